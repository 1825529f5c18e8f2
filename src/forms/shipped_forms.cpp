#include "forms/shipped_forms.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <set>
#include <stdexcept>
#include <string>

#include "forms/forms_rules.hpp"
#include "forms/forms_store.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

std::string describe(const std::vector<FieldError>& errors) {
  std::string out;
  for (const auto& e : errors) out += (out.empty() ? "" : ", ") + e.field + " " + e.code;
  return out;
}

ShippedForm read_one(const EmbeddedForm& file) {
  const std::string name = file.name;
  const auto fail = [&](const std::string& why) { throw std::logic_error("shipped form " + name + ": " + why); };
  boost::system::error_code ec;
  const auto value = json::parse(file.text, ec);
  if (ec) fail("not JSON (" + ec.message() + ")");
  auto parsed = parse_definition(value);
  if (!parsed) fail(describe(parsed.error().fields));
  if (auto errors = validate_definition(*parsed); !errors.empty()) fail(describe(errors));
  if (name != parsed->kind + ".json") fail("the file is not named after its kind " + parsed->kind);
  const auto* version = value.as_object().if_contains("version");
  if (!version || !version->is_int64() || version->as_int64() < 1 || version->as_int64() > 1000000) {
    fail("\"version\" is not a whole number from 1");
  }
  return {static_cast<int>(version->as_int64()), std::move(*parsed)};
}

}  // namespace

std::vector<ShippedForm> read_shipped_forms(const std::vector<EmbeddedForm>& files) {
  std::vector<ShippedForm> out;
  std::set<std::string> kinds;
  for (const auto& file : files) {
    auto form = read_one(file);
    if (!kinds.insert(form.definition.kind).second) {
      throw std::logic_error("shipped form " + form.definition.kind + " is shipped twice");
    }
    out.push_back(std::move(form));
  }
  return out;
}

const std::vector<ShippedForm>& shipped_forms() {
  static const std::vector<ShippedForm> forms = read_shipped_forms(embedded_form_files());
  return forms;
}

int install_shipped_forms(db::Database& db) {
  const int added = FormsStore(db).install_shipped(shipped_forms());
  if (added > 0) spdlog::info("installed {} shipped form versions", added);
  return added;
}

}  // namespace polku::forms
