// Validation of a client's details before they are stored: one FieldError per
// faulty field, named as in the JSON API, with a message key as its code.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "clients/client.hpp"
#include "platform/core/error.hpp"

namespace polku::clients {

inline constexpr std::size_t kMaxNameLength = 100;   // characters, not bytes
inline constexpr std::size_t kMaxFieldLength = 200;  // characters, not bytes
inline constexpr std::size_t kMinPhoneDigits = 5;

// Surrounding white space removed.
std::string trimmed(std::string_view s);

// Every string trimmed and the identity code upper-cased: store this form.
ClientInput normalized(ClientInput input);

// Checks the normalized form of `input`, so callers need not normalize first
// (but should store normalized(input)). Empty optional fields are accepted.
// `today` (YYYY-MM-DD) refuses an identity code of someone not yet born.
std::vector<FieldError> validate_client(const ClientInput& input, std::string_view today);

}  // namespace polku::clients
