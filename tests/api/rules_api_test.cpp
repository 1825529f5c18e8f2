// The rules of issue 9 section 3 over real HTTP: each path that used to let a
// broken rule through now refuses it, naming the field.
#include "api/api_test_helpers.hpp"
#include "app/demo_data.hpp"

namespace polku::api_test {
namespace {

class RulesApi : public BackendTest {};

json::object new_client(const std::string& code) {
  return {{"firstNames", "Tuleva"}, {"lastName", "Syntyjä"}, {"personalIdentityCode", code}};
}

TEST_P(RulesApi, IdentityCodeBornInTheFutureIsRefused) {
  TestServer server(GetParam());
  auto sanna = signed_in(server, "sanna");
  const std::string in_2099 = app::demo_identity_code(1, 1, 2099, 2);
  ASSERT_EQ(in_2099, "010199A0022");

  auto created = sanna.post("/api/v1/clients", new_client(in_2099));
  auto problem = expect_problem(created, 422);
  EXPECT_TRUE(has_field_error(problem, "personalIdentityCode", "birth_date_in_future")) << created.body;

  // An edit cannot bring it in either.
  auto ok = sanna.post("/api/v1/clients", new_client(app::demo_identity_code(2, 2, 2002, 2)));
  ASSERT_EQ(ok.status, 201) << ok.body;
  auto edit = ok.json().as_object();
  edit["personalIdentityCode"] = in_2099;
  auto edited = sanna.put("/api/v1/clients/" + std::to_string(int_at(edit, "id")), edit);
  EXPECT_TRUE(has_field_error(expect_problem(edited, 422), "personalIdentityCode", "birth_date_in_future"))
      << edited.body;
}

}  // namespace

POLKU_API_TEST_BACKENDS(RulesApi);

}  // namespace polku::api_test
