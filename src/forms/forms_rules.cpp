#include "forms/forms_rules.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::forms {
namespace json = boost::json;

namespace {

// Reading a definition: a wrong shape is noted once at its path, and what can be read is kept.
struct Reader {
  std::vector<FieldError> errors;

  const json::object* object(const json::value& v, const std::string& path) {
    if (v.is_object()) return &v.as_object();
    errors.push_back({path, "invalid_format"});
    return nullptr;
  }
  std::string text(const json::object& o, std::string_view key, const std::string& path) {
    const auto* v = o.if_contains(key);
    if (!v || v->is_null()) return "";
    if (v->is_string()) return std::string(v->as_string());
    errors.push_back({path + "." + std::string(key), "invalid_format"});
    return "";
  }
  bool flag(const json::object& o, std::string_view key, const std::string& path) {
    const auto* v = o.if_contains(key);
    if (!v || v->is_null()) return false;
    if (v->is_bool()) return v->as_bool();
    errors.push_back({path + "." + std::string(key), "invalid_format"});
    return false;
  }
  std::optional<double> number(const json::object& o, std::string_view key, const std::string& path) {
    const auto* v = o.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (v->is_number()) return v->to_number<double>();
    errors.push_back({path + "." + std::string(key), "invalid_format"});
    return std::nullopt;
  }
  Texts texts(const json::object& o, std::string_view key, const std::string& path) {
    Texts t;
    const auto* v = o.if_contains(key);
    if (!v || v->is_null()) return t;
    const auto* in = object(*v, path + "." + std::string(key));
    if (!in) return t;
    const std::string at = path + "." + std::string(key);
    t.fi = text(*in, "fi", at);
    t.sv = text(*in, "sv", at);
    t.en = text(*in, "en", at);
    return t;
  }
  template <typename F>
  void each(const json::object& o, std::string_view key, const std::string& path, F&& f) {
    const auto* v = o.if_contains(key);
    if (!v || v->is_null()) return;
    if (!v->is_array()) {
      errors.push_back({path + "." + std::string(key), "invalid_format"});
      return;
    }
    const auto& a = v->as_array();
    for (std::size_t i = 0; i < a.size(); ++i) f(a[i], path + "." + std::string(key) + "[" + std::to_string(i) + "]");
  }

  Field field(const json::value& v, const std::string& path) {
    Field f;
    const auto* o = object(v, path);
    if (!o) return f;
    f.key = text(*o, "key", path);
    f.type = text(*o, "type", path);
    f.required = flag(*o, "required", path);
    f.client_facing = flag(*o, "clientFacing", path);
    f.label = texts(*o, "label", path);
    f.help = texts(*o, "help", path);
    f.plain = texts(*o, "plain", path);
    each(*o, "options", path, [&](const json::value& ov, const std::string& at) {
      if (const auto* oo = object(ov, at)) f.options.push_back({text(*oo, "key", at), texts(*oo, "label", at)});
    });
    f.min = number(*o, "min", path);
    f.max = number(*o, "max", path);
    each(*o, "fields", path, [&](const json::value& fv, const std::string& at) { f.fields.push_back(field(fv, at)); });
    return f;
  }
};

json::object texts_json(const Texts& t) { return {{"fi", t.fi}, {"sv", t.sv}, {"en", t.en}}; }

json::object field_json(const Field& f) {
  json::object o{{"key", f.key},
                 {"type", f.type},
                 {"required", f.required},
                 {"clientFacing", f.client_facing},
                 {"label", texts_json(f.label)}};
  if (!f.help.empty()) o["help"] = texts_json(f.help);
  if (!f.plain.empty()) o["plain"] = texts_json(f.plain);
  if (!f.options.empty()) {
    json::array options;
    for (const auto& option : f.options) options.push_back({{"key", option.key}, {"label", texts_json(option.label)}});
    o["options"] = std::move(options);
  }
  if (f.min) o["min"] = *f.min;
  if (f.max) o["max"] = *f.max;
  if (!f.fields.empty()) {
    json::array fields;
    for (const auto& child : f.fields) fields.push_back(field_json(child));
    o["fields"] = std::move(fields);
  }
  return o;
}

bool is_key(std::string_view k) {
  if (k.empty() || k.size() > 60 || k[0] < 'a' || k[0] > 'z') return false;
  return std::all_of(k.begin(), k.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

void every_language(std::vector<FieldError>& e, const Texts& t, const std::string& path) {
  for (const auto lang : kLanguages) {
    if (t.in(lang).empty()) e.push_back({path + "." + std::string(lang), "required"});
  }
}

bool is_choice(const Field& f) { return f.type == "single_choice" || f.type == "multiple_choice"; }

void check_field(std::vector<FieldError>& e, const Field& f, const std::string& path, std::set<std::string>& keys,
                 bool in_group) {
  if (f.key.empty()) {
    e.push_back({path + ".key", "required"});
  } else if (!is_key(f.key)) {
    e.push_back({path + ".key", "invalid_format"});
  } else if (!keys.insert(f.key).second) {
    e.push_back({path + ".key", "duplicate"});
  }
  if (f.type.empty()) {
    e.push_back({path + ".type", "required"});
  } else if (!checks::one_of(kFieldTypes, f.type)) {
    e.push_back({path + ".type", "invalid_choice"});
  }
  every_language(e, f.label, path + ".label");
  if (f.client_facing) every_language(e, f.plain, path + ".plain");
  if (!f.help.empty()) every_language(e, f.help, path + ".help");

  const bool scale = f.type == "scale";
  if (is_choice(f) || scale) {
    if (f.options.size() < 2) e.push_back({path + ".options", "too_short"});
    if (scale && f.options.size() > kMaxSteps) e.push_back({path + ".options", "too_long"});
    std::set<std::string> option_keys;
    for (std::size_t i = 0; i < f.options.size(); ++i) {
      const auto& o = f.options[i];
      const std::string at = path + ".options[" + std::to_string(i) + "]";
      // A scale's steps are its numbers in order, so that evaluations on one scale compare.
      if (scale && o.key != std::to_string(i + 1)) {
        e.push_back({at + ".key", "invalid_format"});
      } else if (!scale && !is_key(o.key)) {
        e.push_back({at + ".key", o.key.empty() ? "required" : "invalid_format"});
      } else if (!option_keys.insert(o.key).second) {
        e.push_back({at + ".key", "duplicate"});
      }
      every_language(e, o.label, at + ".label");
    }
  } else if (!f.options.empty()) {
    e.push_back({path + ".options", "not_allowed"});
  }
  if (f.type == "number") {
    if (f.min && f.max && *f.min > *f.max) e.push_back({path + ".min", "min_above_max"});
  } else if (f.min || f.max) {
    e.push_back({path + (f.min ? ".min" : ".max"), "not_allowed"});
  }
  if (f.type == "group") {
    if (in_group) e.push_back({path + ".type", "not_allowed"});
    if (f.fields.empty()) e.push_back({path + ".fields", "too_short"});
    for (std::size_t i = 0; i < f.fields.size(); ++i) {
      check_field(e, f.fields[i], path + ".fields[" + std::to_string(i) + "]", keys, true);
    }
  } else if (!f.fields.empty()) {
    e.push_back({path + ".fields", "not_allowed"});
  }
}

bool has_option(const Field& f, std::string_view key) {
  return std::any_of(f.options.begin(), f.options.end(), [&](const Option& o) { return o.key == key; });
}

bool answered(const json::value* v) {
  if (!v || v->is_null()) return false;
  if (v->is_string()) return !v->as_string().empty();
  if (v->is_array()) return !v->as_array().empty();
  return true;
}

void check_answers(std::vector<FieldError>& e, const std::vector<const Field*>& fields, const json::object& answers,
                   bool completing, const std::string& prefix) {
  for (const auto& answer : answers) {
    const auto key = answer.key();
    const bool known =
        std::any_of(fields.begin(), fields.end(), [&](const Field* f) { return f->key == std::string_view(key); });
    if (!known) e.push_back({prefix + std::string(key), "unknown_field"});
  }
  for (const Field* f : fields) {
    const std::string at = prefix + f->key;
    const json::value* v = answers.if_contains(f->key);
    if (!answered(v)) {
      if (completing && f->required) e.push_back({at, "required"});
      continue;
    }
    const auto& t = f->type;
    if (t == "text" || t == "long_text") {
      if (!v->is_string()) {
        e.push_back({at, "invalid_format"});
      } else if (v->as_string().size() > (t == "text" ? kMaxText : kMaxLongText)) {
        e.push_back({at, "too_long"});
      }
    } else if (t == "single_choice" || t == "scale") {
      if (!v->is_string() || !has_option(*f, v->as_string())) e.push_back({at, "invalid_choice"});
    } else if (t == "multiple_choice") {
      if (!v->is_array()) {
        e.push_back({at, "invalid_format"});
        continue;
      }
      std::set<std::string> seen;
      for (const auto& x : v->as_array()) {
        if (!x.is_string() || !has_option(*f, x.as_string()) || !seen.insert(std::string(x.as_string())).second) {
          e.push_back({at, "invalid_choice"});
          break;
        }
      }
    } else if (t == "date") {
      if (!v->is_string() || !is_iso_date(v->as_string())) e.push_back({at, "invalid_date"});
    } else if (t == "number") {
      if (!v->is_number() || !std::isfinite(v->to_number<double>())) {
        e.push_back({at, "invalid_format"});
      } else if ((f->min && v->to_number<double>() < *f->min) || (f->max && v->to_number<double>() > *f->max)) {
        e.push_back({at, "out_of_range"});
      }
    } else if (t == "yes_no") {
      if (!v->is_bool()) e.push_back({at, "invalid_format"});
    } else if (t == "group") {
      if (!v->is_array()) {
        e.push_back({at, "invalid_format"});
        continue;
      }
      std::vector<const Field*> children;
      for (const auto& c : f->fields) children.push_back(&c);
      const auto& entries = v->as_array();
      for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string entry = at + "[" + std::to_string(i) + "]";
        if (!entries[i].is_object()) {
          e.push_back({entry, "invalid_format"});
          continue;
        }
        check_answers(e, children, entries[i].as_object(), completing, entry + ".");
      }
    }
  }
}

}  // namespace

Result<FormDefinition> parse_definition(const json::value& v) {
  Reader r;
  FormDefinition d;
  const auto* o = r.object(v, "definition");
  if (!o) return Error::invalid(std::move(r.errors));
  d.kind = r.text(*o, "kind", "definition");
  d.title = r.texts(*o, "title", "definition");
  d.national_oid = r.text(*o, "nationalOid", "definition");
  d.national_version = r.text(*o, "nationalVersion", "definition");
  r.each(*o, "sections", "definition", [&](const json::value& sv, const std::string& at) {
    Section s;
    if (const auto* so = r.object(sv, at)) {
      s.key = r.text(*so, "key", at);
      s.title = r.texts(*so, "title", at);
      r.each(*so, "fields", at,
             [&](const json::value& fv, const std::string& fat) { s.fields.push_back(r.field(fv, fat)); });
    }
    d.sections.push_back(std::move(s));
  });
  if (!r.errors.empty()) return Error::invalid(std::move(r.errors));
  return d;
}

json::object to_json(const FormDefinition& d) {
  json::array sections;
  for (const auto& s : d.sections) {
    json::array fields;
    for (const auto& f : s.fields) fields.push_back(field_json(f));
    sections.push_back({{"key", s.key}, {"title", texts_json(s.title)}, {"fields", std::move(fields)}});
  }
  json::object o{{"kind", d.kind}, {"title", texts_json(d.title)}, {"sections", std::move(sections)}};
  if (!d.national_oid.empty()) {
    o["nationalOid"] = d.national_oid;
    o["nationalVersion"] = d.national_version;
  }
  return o;
}

std::vector<FieldError> validate_definition(const FormDefinition& d) {
  std::vector<FieldError> e;
  if (d.kind.empty()) {
    e.push_back({"kind", "required"});
  } else if (!is_key(d.kind)) {
    e.push_back({"kind", "invalid_format"});
  }
  every_language(e, d.title, "title");
  if (!d.national_oid.empty() && d.national_version.empty()) e.push_back({"nationalVersion", "required"});
  if (d.sections.empty()) e.push_back({"sections", "too_short"});
  std::set<std::string> section_keys, field_keys;
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const auto& s = d.sections[i];
    const std::string at = "sections[" + std::to_string(i) + "]";
    if (!is_key(s.key)) {
      e.push_back({at + ".key", s.key.empty() ? "required" : "invalid_format"});
    } else if (!section_keys.insert(s.key).second) {
      e.push_back({at + ".key", "duplicate"});
    }
    every_language(e, s.title, at + ".title");
    if (s.fields.empty()) e.push_back({at + ".fields", "too_short"});
    for (std::size_t k = 0; k < s.fields.size(); ++k) {
      check_field(e, s.fields[k], at + ".fields[" + std::to_string(k) + "]", field_keys, false);
    }
  }
  return e;
}

std::vector<FieldError> validate_answers(const FormDefinition& d, const json::object& answers, bool completing) {
  std::vector<const Field*> fields;
  for (const auto& s : d.sections) {
    for (const auto& f : s.fields) fields.push_back(&f);
  }
  std::vector<FieldError> e;
  check_answers(e, fields, answers, completing, "");
  return e;
}

namespace {

void field_types(const std::vector<Field>& fields, std::map<std::string, std::string>& out) {
  for (const auto& f : fields) {
    out[f.key] = f.type;
    field_types(f.fields, out);
  }
}

std::map<std::string, std::string> field_types(const FormDefinition& d) {
  std::map<std::string, std::string> out;
  for (const auto& s : d.sections) field_types(s.fields, out);
  return out;
}

}  // namespace

std::vector<FieldError> validate_national(const FormDefinition& d, const std::vector<ShippedForm>& shipped) {
  if (d.national_oid.empty()) return {};
  const FormDefinition* national = nullptr;
  for (const auto& s : shipped) {
    if (s.definition.national_oid == d.national_oid && s.definition.national_version == d.national_version) {
      national = &s.definition;
    }
  }
  if (!national) return {{"nationalOid", "invalid_choice"}};
  std::vector<FieldError> e;
  const auto own = field_types(d);
  for (const auto& [key, type] : field_types(*national)) {
    const auto it = own.find(key);
    if (it == own.end()) {
      e.push_back({"nationalStructure." + key, "national_field_missing"});
    } else if (it->second != type) {
      e.push_back({"nationalStructure." + key, "national_field_retyped"});
    }
  }
  return e;
}

}  // namespace polku::forms
