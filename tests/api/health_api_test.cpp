#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace polku {
namespace {

class HealthApi : public ::testing::TestWithParam<std::string> {};

TEST_P(HealthApi, HealthAndReadinessAnswerOk) {
  testing::TestServer server(GetParam());
  testing::HttpClient client(server.port());
  auto health = client.get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.json().at("status"), "ok");
  EXPECT_FALSE(health.header("x-request-id").empty());
  EXPECT_EQ(client.get("/readyz").status, 200);
}

TEST_P(HealthApi, ServesTheOpenApiDocument) {
  testing::TestServer server(GetParam());
  testing::HttpClient client(server.port());
  auto res = client.get("/api/v1/openapi.json");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(std::string(res.json().at("openapi").as_string()).substr(0, 3), "3.1");
}

INSTANTIATE_TEST_SUITE_P(Backends, HealthApi, ::testing::ValuesIn(testing::test_backends()), testing::BackendName());

}  // namespace
}  // namespace polku
