// Every endpoint of the real application (on a SQLite file of its own) given any query and any body, signed in as
// an administrator or a social instructor: nothing crashes and nothing answers 500. The input's first byte picks
// the user, the next two the route; its first line is the query, the rest the body; each {parameter} is 1.
#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "app/app.hpp"
#include "forms/shipped_forms.hpp"
#include "organisations/organisation_service.hpp"
#include "platform/db/migrations.hpp"

using namespace polku;

namespace {

struct Session {
  std::string cookie, csrf;
};

struct World {
  std::unique_ptr<app::App> app;
  std::vector<const http::Route*> routes;
  Session sessions[2];
};

const char* const kPassword = "polku-fuzz-2026";

void add_people(const std::string& url) {
  db::Database db(url, 1);
  db::migrate(db);
  forms::install_shipped_forms(db);
  organisations::OrganisationStore store(db);
  audit::AuditLog audit(db);
  work::Transactor transactor(db, audit);
  files::FileStore files(db);
  organisations::OrganisationService service(store, transactor, files);
  auth::AuthContext administrator;
  administrator.roles = {{0, "admin"}};
  const work::Caller as_admin{administrator, {0, "fuzz", "fuzz"}};
  auto county = service.create_organisation(as_admin, {"Fuzz-alue", {"purchaser", "provider"}, {"Alue"}, std::nullopt});
  if (!county) std::abort();
  for (const auto& [name, role] : {std::pair{"admin", "admin"}, std::pair{"instructor", "social_instructor"}}) {
    organisations::UserInput u;
    u.username = name;
    u.display_name = name;
    u.email = std::string(name) + "@example.invalid";
    u.roles = {{county->id, role}};
    u.password = kPassword;
    if (!service.create_user(as_admin, u)) std::abort();
  }
}

Session sign_in(app::App& app, const std::string& username) {
  http::RawRequest raw{http::bhttp::verb::post, "/api/v1/auth/login", 11};
  raw.set(http::bhttp::field::content_type, "application/json");
  raw.body() = R"({"username":")" + username + R"(","password":")" + kPassword + R"("})";
  raw.prepare_payload();
  auto res = app.dispatcher().handle(std::move(raw));
  Session s;
  const std::string set_cookie(res[http::bhttp::field::set_cookie]);
  const auto start = set_cookie.find('=') + 1;
  s.cookie = set_cookie.substr(start, set_cookie.find(';') - start);
  s.csrf = std::string(boost::json::parse(res.body()).at("csrfToken").as_string());
  if (res.result_int() != 200 || s.cookie.empty()) std::abort();
  return s;
}

World& world() {
  static World w = [] {
    spdlog::set_level(spdlog::level::warn);  // a line per request would be most of the run's time
    World made;
    const auto dir = std::filesystem::temp_directory_path() / ("polku-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    config::Config c;
    c.database_url = "sqlite://" + (dir / "endpoints.db").string();
    c.database_pool_size = 2;
    c.web_root = (dir / "no-web").string();
    add_people(c.database_url);
    made.app = std::make_unique<app::App>(c);
    for (const auto& r : made.app->router().routes())
      if (r.pattern.rfind("/api/v1/auth/", 0) != 0) made.routes.push_back(&r);  // the sessions stay
    made.sessions[0] = sign_in(*made.app, "admin");
    made.sessions[1] = sign_in(*made.app, "instructor");
    return made;
  }();
  return w;
}

std::string with_ones(const std::string& pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    i = pattern.find('}', i);
    out += '1';
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  auto& w = world();
  const auto& session = w.sessions[data[0] % 2];
  const auto* route = w.routes[(data[1] << 8 | data[2]) % w.routes.size()];
  const std::string rest(reinterpret_cast<const char*>(data) + 3, size - 3);
  const auto line = rest.find('\n');
  const std::string query = rest.substr(0, line), body = line == std::string::npos ? "" : rest.substr(line + 1);

  http::RawRequest raw;
  raw.version(11);
  raw.method_string(route->method);
  try {
    raw.target(with_ones(route->pattern) + (query.empty() ? "" : "?" + query));
  } catch (const std::exception&) {
    return 0;
  }
  raw.set(http::bhttp::field::cookie, std::string(http::kSessionCookie) + "=" + session.cookie);
  raw.set(http::kCsrfHeader, session.csrf);
  raw.set(http::bhttp::field::content_type, "application/json");
  raw.body() = body;
  raw.prepare_payload();
  const auto res = w.app->dispatcher().handle(std::move(raw));
  if (res.result_int() >= 500 && res.result_int() != 503) {
    std::cerr << route->method << " " << route->pattern << "?" << query << " answered " << res.result_int() << ": "
              << res.body() << "\n";
    std::abort();
  }
  return 0;
}
