// polku: the command line. Each subcommand loads configuration the same way.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "app/app.hpp"
#include "app/demo_data.hpp"
#include "forms/shipped_forms.hpp"
#include "organisations/organisation_service.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/dates.hpp"
#include "platform/db/backup.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/row.hpp"

using namespace polku;

namespace {

config::Config load_or_exit(const std::string& config_path, const std::map<std::string, std::string>& flags) {
  auto loaded = config::load_config(config_path, flags);
  if (auto* error = std::get_if<config::ConfigError>(&loaded)) {
    std::cerr << "polku: configuration error: " << error->message << "\n";
    std::exit(2);
  }
  auto c = std::get<config::Config>(loaded);
  spdlog::set_level(spdlog::level::from_str(c.log_level));
  return c;
}

int add_user(const config::Config& c, const std::string& username, const std::string& name, std::string password,
             const std::string& role, const std::string& organisation_name) {
  db::Database db(c.database_url, 1);
  organisations::OrganisationStore store(db);
  audit::AuditLog audit(db);
  work::Transactor transactor(db, audit);
  files::FileStore files(db);
  organisations::OrganisationService service(store, transactor, files);
  if (password.empty()) {
    std::cerr << "Password for " << username << ": ";
    std::getline(std::cin, password);
  }
  // The command is the administrator: it makes the first one, before anyone can sign in.
  auth::AuthContext administrator;
  administrator.username = "polku user add";
  administrator.roles = {{0, "admin"}};
  const work::Caller caller{administrator, {0, "polku user add", "user-add"}};
  long long org_id = 0;
  for (const auto& o : store.list_organisations())
    if (o.name == organisation_name) org_id = o.id;
  if (org_id == 0) {
    auto made = service.create_operator_organisation(caller, organisation_name);
    if (!made) {
      std::cerr << "polku: could not add the organisation " << organisation_name << "\n";
      return 1;
    }
    org_id = made->id;
  }
  organisations::UserInput in;
  in.username = username;
  in.display_name = name.empty() ? username : name;
  in.roles = {{org_id, role}};
  in.password = password;
  auto created = service.create_user(caller, in);
  if (!created) {
    std::cerr << "polku: could not add the user:";
    for (const auto& f : created.error().fields) std::cerr << " " << f.field << " (" << f.code << ")";
    std::cerr << "\n";
    return 1;
  }
  std::cout << "added user " << username << " (" << role << ") with id " << created->id << "\n";
  return 0;
}

int verify_audit(const std::string& url) {
  db::Database db(url, 1);
  audit::AuditLog log(db);
  auto verdict = log.verify();
  if (verdict.ok) {
    std::cout << "audit log intact\n";
    return 0;
  }
  std::cout << "audit log BROKEN at record " << verdict.first_broken_id << ": " << verdict.reason << "\n";
  return 1;
}

// Lists first; removes only when asked, then says what it removed.
int run_retention(const config::Config& c, std::string today, bool remove) {
  if (today.empty()) today = today_helsinki();
  if (!is_iso_date(today)) {
    std::cerr << "polku: --today takes a date, YYYY-MM-DD\n";
    return 2;
  }
  app::App application(c);
  auto& job = application.retention();
  const auto plan = job.plan(today);
  std::cout << "on " << today << ":\n";
  if (plan.client_rule) {
    std::cout << "client records kept " << plan.client_rule->years << " years (" << plan.client_rule->source
              << "): " << plan.clients.size() << " clients due\n";
    for (const auto& d : plan.clients)
      std::cout << "  client " << d.client_id << ": closed " << d.basis << ", due " << d.due_on << "\n";
  }
  if (plan.access_log_rule) {
    std::cout << "access log kept " << plan.access_log_rule->years << " years (" << plan.access_log_rule->source
              << "): " << plan.access_log_entries << " entries made before " << plan.access_log_before << " due\n";
  }
  if (!remove) return 0;
  auto removed = job.remove(today);
  if (!removed) {
    std::cerr << "polku: retention stopped: " << removed.error().message_key << "\n";
    return 1;
  }
  std::cout << "removed the records of " << removed->clients << " clients and " << removed->access_log_entries
            << " access log entries\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Polku: case management for rehabilitative work activity"};
  cli.require_subcommand(1);
  std::string config_path = "polku.toml";
  auto* config_option = cli.add_option("--config", config_path, "configuration file (default polku.toml)");
  std::map<std::string, std::string> flags;
  for (const auto& spec : config::setting_specs()) {
    cli.add_option_function<std::string>(
           spec.flag, [&flags, key = spec.key](const std::string& v) { flags[key] = v; },
           spec.help + " (env " + spec.env + ")")
        ->configurable(false);
  }
  cli.fallthrough();

  auto* serve = cli.add_subcommand("serve", "serve the web UI and the API");
  auto* migrate = cli.add_subcommand("migrate", "bring the database schema up to date and install the shipped forms");
  auto* seed = cli.add_subcommand("seed-demo", "load invented demo data into an empty database");
  auto* user = cli.add_subcommand("user", "manage users");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "add a user, e.g. the first administrator");
  std::string username, name, password, role = "admin", organisation = "Polku-ylläpito";
  user_add->add_option("--username", username, "sign-in name (a-z, 0-9, . _ -)")->required();
  user_add->add_option("--name", name, "display name");
  user_add->add_option("--password", password, "password (read from standard input when not given)");
  user_add->add_option("--role", role, "role")->capture_default_str();
  user_add->add_option("--organisation", organisation, "organisation name (created when missing)")
      ->capture_default_str();
  auto* audit_cmd = cli.add_subcommand("audit", "the access log");
  audit_cmd->require_subcommand(1);
  auto* verify = audit_cmd->add_subcommand("verify", "check the hash chain of the access log");
  std::string backup_file;
  auto* backup_cmd = cli.add_subcommand("backup", "copy the whole database to one file while Polku serves");
  backup_cmd->add_option("--to", backup_file, "the backup file to write")->required();
  auto* restore_cmd = cli.add_subcommand("restore", "restore a backup into an empty database and prove it whole");
  restore_cmd->add_option("--from", backup_file, "the backup file to read")->required();

  std::string retention_day;
  bool remove_due = false;
  auto* retention_cmd =
      cli.add_subcommand("retention", "list what the archive schedule says is due for removal; --remove removes it");
  retention_cmd->add_option("--today", retention_day, "the day to apply the schedule on (default today, Helsinki)");
  retention_cmd->add_flag("--remove", remove_due, "remove what is listed, writing the access log entries");

  CLI11_PARSE(cli, argc, argv);
  // A file named but missing would start Polku on the defaults (SQLite, no Secure cookies): refused.
  if (config_option->count() > 0 && !std::filesystem::exists(config_path)) {
    std::cerr << "polku: configuration error: " << config_path << " not found\n";
    return 2;
  }
  const auto c = load_or_exit(config_path, flags);

  try {
    if (*serve) {
      app::App application(c);
      const auto port = application.listen();
      std::cout << "listening on http://" << c.listen_host << ":" << port << std::endl;
      application.run();
      return 0;
    }
    if (*migrate) {
      db::Database db(c.database_url, 1);
      auto applied = db::migrate(db);
      const int forms_added = forms::install_shipped_forms(db);
      std::cout << "schema at version " << db::schema_version(db) << " (" << applied.size() << " applied); "
                << forms_added << " shipped form versions added\n";
      return 0;
    }
    if (*seed) {
      db::Database db(c.database_url, 2);
      auto logins = app::seed_demo(db);
      if (logins.empty()) {
        std::cout << "demo data not loaded: the database already has users";
        if (app::has_demo_users(db)) std::cout << "; the demo logins (password " << app::kDemoPassword << ") work";
        std::cout << "\n";
      } else {
        std::cout << "demo data loaded; sign in with password " << app::kDemoPassword << " as:\n";
        for (const auto& l : logins) std::cout << "  " << l.username << " (" << l.role << ")\n";
      }
      return 0;
    }
    if (*user_add) return add_user(c, username, name, password, role, organisation);
    if (*retention_cmd) return run_retention(c, retention_day, remove_due);
    if (*verify) return verify_audit(c.database_url);
    if (*backup_cmd) {
      db::backup(c.database_url, backup_file);
      db::Database db(c.database_url, 1);
      long long rows = 0;
      for (const auto& t : db::table_rows(db)) rows += t.rows;
      std::cout << "backed up " << rows << " rows to " << backup_file << "\n";
      return 0;
    }
    if (*restore_cmd) {
      db::restore(backup_file, c.database_url);
      db::Database db(c.database_url, 1);
      for (const auto& t : db::table_rows(db)) std::cout << t.table << " " << t.rows << "\n";
      return verify_audit(c.database_url);
    }
  } catch (const std::exception& e) {
    std::cerr << "polku: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
