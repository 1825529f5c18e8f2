#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "platform/http/problem.hpp"
#include "platform/http/request.hpp"
#include "platform/http/static_files.hpp"
#include "platform/i18n/messages.hpp"

namespace polku::http {
namespace {

struct StatusCase {
  ErrorCode code;
  int status;
};

class ErrorCodes : public ::testing::TestWithParam<StatusCase> {};

TEST_P(ErrorCodes, MapToOneHttpStatus) { EXPECT_EQ(http_status(GetParam().code), GetParam().status); }

INSTANTIATE_TEST_SUITE_P(
    Table, ErrorCodes,
    ::testing::Values(StatusCase{ErrorCode::kInvalidInput, 422}, StatusCase{ErrorCode::kBadRequest, 400},
                      StatusCase{ErrorCode::kUnauthenticated, 401}, StatusCase{ErrorCode::kForbidden, 403},
                      StatusCase{ErrorCode::kNotFound, 404}, StatusCase{ErrorCode::kMethodNotAllowed, 405},
                      StatusCase{ErrorCode::kConflict, 409}, StatusCase{ErrorCode::kPayloadTooLarge, 413},
                      StatusCase{ErrorCode::kTooManyRequests, 429}, StatusCase{ErrorCode::kUnavailable, 503},
                      StatusCase{ErrorCode::kInternal, 500}));

// The client's address behind proxies: only a trusted peer's X-Forwarded-For is read, from its end, skipping the
// trusted proxies; what a client wrote before them is not believed.
struct ForwardedCase {
  const char* name;
  std::string peer;
  std::string forwarded_for;
  std::vector<std::string> trusted;
  std::string client;
};

TEST(ClientAddress, IsThePeerUnlessATrustedProxyNamesIt) {
  const std::vector<std::string> nginx = {"127.0.0.1"};
  const std::vector<std::string> two = {"127.0.0.1", "10.0.0.2"};
  const std::vector<ForwardedCase> cases = {
      {"no proxy trusted", "127.0.0.1", "203.0.113.9", {}, "127.0.0.1"},
      {"an untrusted peer's header", "198.51.100.1", "203.0.113.9", nginx, "198.51.100.1"},
      {"the trusted proxy names the client", "127.0.0.1", "203.0.113.9", nginx, "203.0.113.9"},
      {"the trusted proxy without a header", "127.0.0.1", "", nginx, "127.0.0.1"},
      {"a forged entry before the proxy's", "127.0.0.1", "10.9.9.9, 203.0.113.9", nginx, "203.0.113.9"},
      {"two trusted proxies in a row", "127.0.0.1", "203.0.113.9,10.0.0.2", two, "203.0.113.9"},
      {"spaces and an empty entry", "127.0.0.1", " 203.0.113.9 , ,", nginx, "203.0.113.9"},
      {"only proxies in the list", "127.0.0.1", "10.0.0.2", two, "10.0.0.2"},
      {"IPv6", "::1", "2001:db8::7", {"::1"}, "2001:db8::7"},
  };
  for (const auto& c : cases) EXPECT_EQ(client_address(c.peer, c.forwarded_for, c.trusted), c.client) << c.name;
}

TEST(ProblemDetails, CarryTypeTitleStatusRequestIdAndTranslatedFieldMessages) {
  auto error = Error::invalid({{"personalIdentityCode", "invalid_checksum"}, {"lastName", "required"}});
  auto fi = problem_body(error, "fi", "req-1");
  EXPECT_EQ(fi.at("status"), 422);
  EXPECT_EQ(fi.at("type"), "urn:polku:problem:invalid_input");
  EXPECT_EQ(fi.at("requestId"), "req-1");
  const auto& errors = fi.at("errors").as_array();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].at("field"), "personalIdentityCode");
  EXPECT_EQ(errors[0].at("code"), "invalid_checksum");
  EXPECT_EQ(errors[1].at("message"), "Pakollinen tieto.");
  auto sv = problem_body(error, "sv", "req-1");
  EXPECT_EQ(sv.at("errors").as_array()[1].at("message"), "Obligatorisk uppgift.");
  EXPECT_NE(fi.at("title"), sv.at("title"));
}

TEST(ProblemDetails, OmitFieldErrorsWhenThereAreNone) {
  auto body = problem_body(Error::make(ErrorCode::kForbidden, "forbidden"), "en", "r");
  EXPECT_FALSE(body.contains("errors"));
  EXPECT_EQ(body.at("title"), "You do not have permission to do this.");
}

TEST(ProblemDetails, RetryAfterIsSentForThrottling) {
  Request req;
  req.request_id = "r";
  auto error = Error::make(ErrorCode::kTooManyRequests, "too_many_attempts");
  error.retry_after_seconds = 61;
  auto res = problem_response(req, error);
  EXPECT_EQ(res.result_int(), 429);
  EXPECT_EQ(res[bhttp::field::retry_after], "61");
  EXPECT_EQ(res[bhttp::field::content_type], "application/problem+json");
}

TEST(Messages, EveryFieldCodeTheServerSendsHasATextInEachLanguage) {
  for (const char* key :
       {"required", "too_long", "too_short", "invalid_format", "invalid_checksum", "invalid_date", "invalid_choice",
        "duplicate", "stale_version", "wrong_password", "in_use", "organisation_required", "reference_missing"}) {
    EXPECT_TRUE(i18n::has_message(key)) << key;
    EXPECT_NE(i18n::message(key, "fi"), i18n::message(key, "sv")) << key;
    EXPECT_NE(i18n::message(key, "fi"), i18n::message(key, "en")) << key;
  }
}

TEST(Language, PicksTheFirstSupportedLanguageOfTheHeader) {
  EXPECT_EQ(pick_language(""), "fi");
  EXPECT_EQ(pick_language("sv-FI,sv;q=0.9,en;q=0.8"), "sv");
  EXPECT_EQ(pick_language("en-GB,en;q=0.9"), "en");
  EXPECT_EQ(pick_language("de-DE"), "fi");
  EXPECT_EQ(pick_language("en, fi"), "en");
}

TEST(Cookies, FindsTheNamedCookieAmongOthers) {
  RawRequest raw;
  raw.set(bhttp::field::cookie, "a=1; polku_session=abc; b=2");
  EXPECT_EQ(cookie_value(raw, "polku_session"), "abc");
  EXPECT_EQ(cookie_value(raw, "missing"), "");
}

TEST(StaticFiles, RefusesPathsThatLeaveTheWebRoot) {
  EXPECT_EQ(StaticFiles::safe_relative("/assets/index-abc.js"), "assets/index-abc.js");
  EXPECT_EQ(StaticFiles::safe_relative("/../etc/passwd"), "");
  EXPECT_EQ(StaticFiles::safe_relative("/assets/%2e%2e/secret"), "");
  EXPECT_EQ(StaticFiles::safe_relative("/"), "");
  EXPECT_EQ(StaticFiles::mime_type("x/app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(StaticFiles::mime_type("font.woff2"), "font/woff2");
}

// A web root as a misconfiguration could leave it: the build plus secrets.
class StaticFilesRoot : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = std::filesystem::temp_directory_path() / ("polku-static-" + std::to_string(std::random_device{}()));
    root_ = base_ / "dist";
    for (const char* dir : {"assets", ".git", "data"}) std::filesystem::create_directories(root_ / dir);
    write(root_ / "index.html", "<html>app</html>");
    write(root_ / "assets" / "index-abc.js", "js");
    write(root_ / "assets" / "index-abc.css", "css");
    write(root_ / ".env", "SECRET=1");
    write(root_ / "assets" / ".hidden.js", "hidden");
    write(root_ / ".git" / "config.txt", "git");
    write(root_ / "polku.db", "sqlite");
    write(root_ / "data" / "polku.db-wal", "wal");
    write(root_ / "notes.md", "notes");
    write(base_ / "x.txt", "outside");
    std::error_code ec;
    std::filesystem::create_symlink(base_ / "x.txt", root_ / "link.txt", ec);
  }
  void TearDown() override { std::filesystem::remove_all(base_); }

  static void write(const std::filesystem::path& p, const std::string& text) { std::ofstream(p) << text; }

  int status_of(const StaticFiles& files, const std::string& path) const {
    Request req;
    req.raw.method(bhttp::verb::get);
    req.path = path;
    auto res = files.serve(req);
    return res ? static_cast<int>(res->result_int()) : 404;
  }
  std::string body_of(const StaticFiles& files, const std::string& path) const {
    Request req;
    req.raw.method(bhttp::verb::get);
    req.path = path;
    auto res = files.serve(req);
    return res ? res->body() : std::string();
  }

  std::filesystem::path base_;
  std::filesystem::path root_;
};

TEST_F(StaticFilesRoot, ListsOnlyTheFilesOfTheBuild) {
  const std::set<std::string> expected = {"assets/index-abc.css", "assets/index-abc.js", "index.html"};
  EXPECT_EQ(StaticFiles::servable_files(root_.string()), expected);
}

TEST_F(StaticFilesRoot, ServesTheBuildAndTheAppForClientRoutesOnly) {
  const StaticFiles files(root_.string());
  EXPECT_EQ(body_of(files, "/"), "<html>app</html>");
  EXPECT_EQ(body_of(files, "/assets/index-abc.js"), "js");
  EXPECT_EQ(body_of(files, "/clients/12"), "<html>app</html>");
  for (const char* refused :
       {"/.env", "/polku.db", "/data/polku.db-wal", "/assets/.hidden.js", "/.git/config.txt", "/notes.md", "/link.txt",
        "/../x.txt", "/assets/%2e%2e/%2e%2e/x.txt", "/assets/missing.js"}) {
    EXPECT_EQ(status_of(files, refused), 404) << refused;
  }
}

TEST_F(StaticFilesRoot, APrecompressedFileGoesCompressedOnlyToWhoAcceptsGzip) {
  write(root_ / "assets" / "index-abc.js.gz", "gzipped js");
  const StaticFiles files(root_.string());
  EXPECT_EQ(StaticFiles::servable_files(root_.string()).count("assets/index-abc.js.gz"), 0U) << "not a file of its own";
  const auto get = [&](const char* path, const char* accept) {
    Request req;
    req.raw.method(bhttp::verb::get);
    if (accept != nullptr) req.raw.set(bhttp::field::accept_encoding, accept);
    req.path = path;
    return *files.serve(req);
  };
  for (const char* accept : {"gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*"}) {
    const auto res = get("/assets/index-abc.js", accept);
    EXPECT_EQ(res.body(), "gzipped js") << accept;
    EXPECT_EQ(res[bhttp::field::content_encoding], "gzip") << accept;
    EXPECT_EQ(res[bhttp::field::vary], "Accept-Encoding");
  }
  for (const char* accept : {static_cast<const char*>(nullptr), "identity", "gzip;q=0", "br"}) {
    const auto res = get("/assets/index-abc.js", accept);
    EXPECT_EQ(res.body(), "js") << (accept ? accept : "none");
    EXPECT_EQ(res[bhttp::field::content_encoding], "");
    EXPECT_EQ(res[bhttp::field::vary], "Accept-Encoding");
  }
  EXPECT_EQ(get("/assets/index-abc.css", "gzip")[bhttp::field::content_encoding], "") << "no .gz beside it";
}

TEST_F(StaticFilesRoot, AMissingRootServesNothing) {
  const StaticFiles files((base_ / "no-such-dir").string());
  EXPECT_EQ(status_of(files, "/"), 404);
  EXPECT_EQ(status_of(files, "/clients"), 404);
}

TEST(ParseId, TakesOnlyWholePositiveDecimals) {
  EXPECT_EQ(parse_id("12"), 12);
  EXPECT_EQ(parse_id("9223372036854775807"), 9223372036854775807LL);
  for (const char* bad : {"", "0", "-1", "12x", "x12", " 12", "1.5", "9223372036854775808", "+3"}) {
    EXPECT_FALSE(parse_id(bad).has_value()) << bad;
  }
}

TEST(ParseCount, TakesZeroAndWholePositiveDecimals) {
  EXPECT_EQ(parse_count("0"), 0);
  EXPECT_EQ(parse_count("60"), 60);
  for (const char* bad : {"", "abc", "-1", "60d", "1.5", " 1", "+3"}) {
    EXPECT_FALSE(parse_count(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace polku::http
