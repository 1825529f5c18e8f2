// Forms (lomakkeet) as versioned data: a definition of sections and fields with their labels, help and
// plain-language (selkokieli) texts in fi, sv and en, which a purchaser's manager publishes as a new version
// without code. A filled form keeps the version it was filled on; a published version never changes.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polku::forms {

inline constexpr std::array<std::string_view, 3> kLanguages = {"fi", "sv", "en"};
// A repeating group holds fields of the other types, each entry answered on its own.
inline constexpr std::array<std::string_view, 9> kFieldTypes = {
    "text", "long_text", "single_choice", "multiple_choice", "date", "number", "scale", "yes_no", "group"};

// A text in each of the UI's languages.
struct Texts {
  std::string fi, sv, en;
  const std::string& in(std::string_view lang) const { return lang == "sv" ? sv : lang == "en" ? en : fi; }
  bool empty() const { return fi.empty() && sv.empty() && en.empty(); }
};

// A choice, or a scale's labelled step (its key the step's number, "1" ... "n").
struct Option {
  std::string key;
  Texts label;
};

struct Field {
  std::string key;  // unique in the form; the answer's name (a national structure's element where one applies)
  std::string type;
  bool required = false;
  bool client_facing = false;  // the client reads it: a plain-language text in every language
  Texts label, help, plain;
  std::vector<Option> options;     // single_choice, multiple_choice, scale
  std::optional<double> min, max;  // number
  std::vector<Field> fields;       // group
};

struct Section {
  std::string key;
  Texts title;
  std::vector<Field> fields;
};

struct FormDefinition {
  std::string kind;  // e.g. ktt_evaluation, implementation_plan, client_feedback
  Texts title;
  // THL's national client document structure the form follows, if any (its OID and version).
  std::string national_oid, national_version;
  std::vector<Section> sections;
};

// A published version of a form kind: a purchaser's own, or shipped with Polku (no organisation).
struct FormVersion {
  long long id = 0;
  std::optional<long long> organisation_id;
  std::string kind;
  int version = 0;
  FormDefinition definition;
  std::string published_by_name;
  std::string published_at;
};

// A form filled for a case on one version of its form: a draft while it is filled, locked once completed.
struct FormEntry {
  long long id = 0;
  long long case_id = 0;
  long long client_id = 0;
  long long form_version_id = 0;
  int form_version = 0;
  std::string kind;
  std::string state;    // draft, completed
  std::string answers;  // JSON object by field key
  std::optional<long long> corrects_id;
  std::string correction_reason;
  std::string created_by_name, created_at, updated_by_name, updated_at, completed_by_name, completed_at;
  std::string acknowledged_by_name, acknowledged_at;  // an implementation plan, by the client's own worker
  std::optional<long long> own_worker_id;             // the client's, who acknowledges a plan
  std::string client_name;
  long long version = 1;
};

// A form Polku ships (forms/shipped/<kind>.json): its definition and its version number.
struct ShippedForm {
  int version = 0;
  FormDefinition definition;
};

}  // namespace polku::forms
