// Field errors of the pure rules, compared as a whole: a test names every field it expects in
// error (with its code), so that a rule that also flags a field it should not is caught.
#pragma once
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "platform/core/error.hpp"

namespace polku::unit_test {

using Fields = std::map<std::string, std::string>;  // field -> code

// The fields in error with their codes (a field's first code).
inline Fields fields_in_error(const std::vector<FieldError>& errors) {
  Fields out;
  for (const auto& e : errors) out.emplace(e.field, e.code);
  return out;
}

using FieldCodes = std::vector<std::pair<std::string, std::string>>;  // (field, code), sorted

// Every error as (field, code), sorted: also catches a second code on one field, or one error twice.
inline FieldCodes all_errors(const std::vector<FieldError>& errors) {
  FieldCodes out;
  for (const auto& e : errors) out.emplace_back(e.field, e.code);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace polku::unit_test
