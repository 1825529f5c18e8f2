// Every table has one owning module, and no module reads or writes another's
// tables: what others may read is published as a view (migrations/0009_read_models.sql).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Who owns what: a new table or view fails the test until it is given an owner here.
const std::map<std::string, std::set<std::string>> kOwners = {
    {"platform", {"auth_sessions", "audit_log", "audit_head", "audit_anchor", "schema_migrations", "stored_files"}},
    {"retention", {"retention_schedule"}},
    {"case_documents", {"issued_documents"}},
    {"organisations",
     {"organisations", "regions", "users", "user_roles", "login_throttle", "organisations_view", "users_view",
      "active_roles_view", "regions_view"}},
    {"clients", {"clients", "clients_view", "client_identities_view"}},
    {"forms", {"form_versions", "form_entries", "case_goals", "case_goal_revisions", "goal_ratings"}},
    {"service_types", {"service_types", "service_type_limits"}},
    {"cases",
     {"cases", "case_events", "process_models", "case_participants", "cases_view", "case_participants_view",
      "process_models_view", "region_uses_view"}},
    {"decisions", {"decisions", "case_notices", "signed_decisions_view"}},
    {"registry", {"host_profiles", "places", "places_view", "place_closed_days", "place_closed_days_view"}},
    {"agreements",
     {"service_products", "agreements", "agreement_places", "agreement_products", "agreement_documents",
      "service_products_view", "agreement_places_view"}},
    {"bookings",
     {"placement_bookings", "introductory_visits", "client_agreements", "client_agreement_acknowledgements",
      "bookings_view", "client_agreements_view"}},
    {"service_orders", {"service_orders", "accepted_orders_view"}},
    {"notifications", {"notifications", "outbox"}},
    {"periods",
     {"periods", "period_steps", "period_day_moves", "period_breaks", "period_breaks_view", "attendance",
      "attendance_changes", "absence_alerts", "observations", "orientation_items", "calendar_feeds", "activity_groups",
      "group_sessions", "group_members", "period_calendar_feeds", "periods_view", "attendance_view",
      "period_steps_view", "period_day_moves_view"}},
    {"guidance", {"guidance_sessions", "guidance_reminders"}},
    {"meetings", {"meetings", "meeting_participants"}},
    {"compensation",
     {"compensation_rates", "client_benefits", "travel_fares", "travel_claims", "compensation_batches",
      "compensation_batch_lines", "compensation_adjustments", "approved_months_view", "absence_notices"}},
    {"tasks", {"task_reminders"}},  // derives its items from the other modules' sources, keeps whom it reminded
    {"app", {}},                    // the composition root and the demo seed own nothing
};

struct Schema {
  std::set<std::string> tables;
  std::set<std::string> views;
};

std::string read_all(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Schema schema_of(const std::vector<std::string>& migrations) {
  Schema out;
  const std::regex create(R"(CREATE\s+(TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+))");
  const std::regex rename(R"(ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\s+(\w+))");
  for (const auto& text : migrations) {
    for (std::sregex_iterator it(text.begin(), text.end(), create), end; it != end; ++it) {
      ((*it)[1] == "TABLE" ? out.tables : out.views).insert((*it)[2]);
    }
    for (std::sregex_iterator it(text.begin(), text.end(), rename), end; it != end; ++it) {
      out.tables.erase((*it)[1]);  // a SQLite rebuild's temporary name
      out.tables.insert((*it)[2]);
    }
  }
  return out;
}

std::string owner_of(const std::string& name) {
  for (const auto& [module, names] : kOwners) {
    if (names.count(name)) return module;
  }
  return "";
}

// "file:line: what" for each use of a table outside its owner, and each write to a view.
std::vector<std::string> violations_in(const std::string& module, const std::string& file, const std::string& text,
                                       const Schema& schema) {
  std::vector<std::string> out;
  const std::regex use(R"(\b(FROM|JOIN|INTO|UPDATE|TABLE)\s+(\w+))");
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    for (std::sregex_iterator it(line.begin(), line.end(), use), end; it != end; ++it) {
      const std::string verb = (*it)[1], name = (*it)[2];
      const std::string where = file + ":" + std::to_string(number) + ": ";
      if (schema.views.count(name)) {
        if (verb == "INTO" || verb == "UPDATE") out.push_back(where + "writes the view " + name);
      } else if (schema.tables.count(name) && owner_of(name) != module) {
        out.push_back(where + module + " uses " + owner_of(name) + "'s table " + name);
      }
    }
  }
  return out;
}

const Schema kExample{{"clients", "cases"}, {"clients_view"}};

TEST(TableOwnershipRule, FindsAnotherModulesTableAndWritesToViews) {
  struct Case {
    std::string module, sql;
    size_t violations;
  };
  const std::vector<Case> cases = {
      {"cases", "SELECT c.id FROM cases c", 0},
      {"cases", "SELECT c.id FROM cases c JOIN clients cl ON cl.id = c.client_id", 1},
      {"cases", "SELECT c.id FROM cases c JOIN clients_view cl ON cl.id = c.client_id", 0},
      {"cases", "UPDATE clients SET last_name = ''", 1},
      {"clients", "INSERT INTO clients_view (id) VALUES (1)", 1},
      {"clients", "DELETE FROM clients WHERE id = 1", 0},
      {"app", "SELECT id FROM cases WHERE stage = 'plan'", 1},
      {"app", "-- read from the cases' view", 0},  // a word, not a table
  };
  for (const auto& c : cases) {
    EXPECT_EQ(violations_in(c.module, "f.cpp", c.sql, kExample).size(), c.violations) << c.module << ": " << c.sql;
  }
}

class TableOwnership : public ::testing::Test {
 protected:
  const fs::path root = POLKU_SOURCE_DIR;
  Schema schema() const {
    std::vector<std::string> texts;
    for (const auto& f : fs::directory_iterator(root / "migrations")) texts.push_back(read_all(f.path()));
    texts.push_back(read_all(root / "src/platform/db/migrations.cpp"));  // the runner makes its own table
    return schema_of(texts);
  }
};

TEST_F(TableOwnership, EveryTableAndViewHasOneOwner) {
  const Schema s = schema();
  ASSERT_GT(s.tables.size(), 20u);
  std::map<std::string, int> owners;
  for (const auto& [module, names] : kOwners) {
    for (const auto& n : names) {
      ++owners[n];
      EXPECT_TRUE(s.tables.count(n) || s.views.count(n)) << module << " owns " << n << ", which no migration creates";
    }
  }
  for (const auto* names : {&s.tables, &s.views}) {
    for (const auto& n : *names) EXPECT_EQ(owners[n], 1) << n << " needs exactly one owner in kOwners";
  }
}

TEST_F(TableOwnership, NoModuleUsesAnotherModulesTables) {
  const Schema s = schema();
  std::vector<std::string> found;
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root / "src")) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
    const auto relative = fs::relative(entry.path(), root / "src");
    const std::string module = relative.begin()->string();
    if (module == "pch.hpp") continue;
    ASSERT_TRUE(kOwners.count(module)) << "src/" << module << " is not in kOwners";
    ++files;
    auto v = violations_in(module, relative.string(), read_all(entry.path()), s);
    found.insert(found.end(), v.begin(), v.end());
  }
  EXPECT_GT(files, 50);
  for (const auto& v : found) ADD_FAILURE() << v;
}

}  // namespace
