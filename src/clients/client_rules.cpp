#include "clients/client_rules.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <variant>

#include "clients/personal_identity_code.hpp"
#include "platform/core/field_checks.hpp"

namespace polku::clients {
namespace {

constexpr std::string_view kWhiteSpace = " \t\r\n\v\f";

// Limits are meant for people, who count characters: ä is one, not two bytes.
std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Each check returns "" when the value passes, else the message key. Checks
// see the value even when empty, so an optional field's check lets "" pass.
using Check = std::string (*)(std::string_view);

std::string check_phone(std::string_view s) {
  if (s.empty()) return {};
  std::size_t digits = 0;
  for (char c : s) {
    if (is_digit(c)) {
      ++digits;
    } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')') {
      return "invalid_format";
    }
  }
  return digits >= kMinPhoneDigits ? "" : "invalid_format";
}

// Deliberately loose: one @, something before it, and a dotted domain. The
// real check is whether mail arrives.
std::string check_email(std::string_view s) {
  if (s.empty()) return {};
  return checks::is_email_address(s) ? "" : "invalid_format";
}

std::string check_postal_code(std::string_view s) {
  if (s.empty()) return {};
  const bool ok = s.size() == 5 && std::all_of(s.begin(), s.end(), is_digit);
  return ok ? "" : "invalid_format";
}

std::string check_identity_code(std::string_view code) {
  const auto result = parse_identity_code(code);
  if (std::holds_alternative<ParsedIdentityCode>(result)) return {};
  switch (std::get<IdentityCodeError>(result)) {
    case IdentityCodeError::kDate:
      return "invalid_date";
    case IdentityCodeError::kChecksum:
      return "invalid_checksum";
    case IdentityCodeError::kFormat:
    case IdentityCodeError::kCenturySign:
    case IdentityCodeError::kIndividualNumber:
      return "invalid_format";
  }
  return "invalid_format";
}

// Empty is not a language: the API fills in "fi" when the field is missing.
std::string check_language(std::string_view s) {
  return (s == "fi" || s == "sv" || s == "en") ? "" : "invalid_choice";
}

std::string check_representative_kind(std::string_view s) {
  const bool ok = s.empty() || s == "legal_representative" || s == "close_person";
  return ok ? "" : "invalid_choice";
}

struct FieldRule {
  const char* field;
  std::string ClientInput::*member;
  bool required;
  std::size_t max_length;
  Check check;  // may be null
};

constexpr std::array kFieldRules = {
    FieldRule{"firstNames", &ClientInput::first_names, true, kMaxNameLength, nullptr},
    FieldRule{"lastName", &ClientInput::last_name, true, kMaxNameLength, nullptr},
    FieldRule{"personalIdentityCode", &ClientInput::personal_identity_code, true, kMaxFieldLength,
              check_identity_code},
    FieldRule{"phone", &ClientInput::phone, false, kMaxFieldLength, check_phone},
    FieldRule{"email", &ClientInput::email, false, kMaxFieldLength, check_email},
    FieldRule{"streetAddress", &ClientInput::street_address, false, kMaxFieldLength, nullptr},
    FieldRule{"postalCode", &ClientInput::postal_code, false, kMaxFieldLength, check_postal_code},
    FieldRule{"postOffice", &ClientInput::post_office, false, kMaxFieldLength, nullptr},
    FieldRule{"municipality", &ClientInput::municipality, false, kMaxFieldLength, nullptr},
    FieldRule{"preferredLanguage", &ClientInput::preferred_language, false, kMaxFieldLength,
              check_language},
    FieldRule{"representativeKind", &ClientInput::representative_kind, false, kMaxFieldLength,
              check_representative_kind},
    FieldRule{"representativeName", &ClientInput::representative_name, false, kMaxNameLength,
              nullptr},
    FieldRule{"representativePhone", &ClientInput::representative_phone, false, kMaxFieldLength,
              check_phone},
};

}  // namespace

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(kWhiteSpace);
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(kWhiteSpace);
  return std::string(s.substr(first, last - first + 1));
}

ClientInput normalized(ClientInput input) {
  for (const FieldRule& rule : kFieldRules) input.*rule.member = trimmed(input.*rule.member);
  for (char& c : input.personal_identity_code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return input;
}

std::vector<FieldError> validate_client(const ClientInput& raw, std::string_view today) {
  const ClientInput in = normalized(raw);
  const auto parsed_code = parse_identity_code(in.personal_identity_code);
  std::vector<FieldError> errors;
  for (const FieldRule& rule : kFieldRules) {
    const std::string& value = in.*rule.member;
    std::string code;
    if (value.empty() && rule.required) {
      code = "required";
    } else if (utf8_length(value) > rule.max_length) {
      code = "too_long";
    } else if (rule.check != nullptr) {
      code = rule.check(value);
    }
    if (!code.empty()) errors.push_back(FieldError{rule.field, std::move(code)});
  }
  // A well-formed code can still name a date after today (sign A and year 99 is 2099).
  if (const auto* p = std::get_if<ParsedIdentityCode>(&parsed_code); p != nullptr && to_iso_date(*p) > today) {
    errors.push_back(FieldError{"personalIdentityCode", "birth_date_in_future"});
  }
  // The sign + is the 1800s: well-formed, but nobody in the service was born then, and Polku's dates begin in 1900.
  if (const auto* p = std::get_if<ParsedIdentityCode>(&parsed_code); p != nullptr && p->year < 1900) {
    errors.push_back(FieldError{"personalIdentityCode", "birth_date_before_1900"});
  }
  // Whoever represents the client must be named.
  if (!in.representative_kind.empty() && in.representative_name.empty()) {
    errors.push_back(FieldError{"representativeName", "required"});
  }
  return errors;
}

}  // namespace polku::clients
