// Field errors of the pure rules, compared as a whole: a test names every field it expects in
// error (with its code), so that a rule that also flags a field it should not is caught.
#pragma once
#include <map>
#include <string>
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

}  // namespace polku::unit_test
