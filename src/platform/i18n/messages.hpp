// User-facing messages of the server in Finnish, Swedish and English.
#pragma once
#include <string>
#include <string_view>

namespace polku::i18n {

// Returns the message for key in lang (fi, sv, en); falls back to Finnish, then to the key.
std::string message(std::string_view key, std::string_view lang);
bool has_message(std::string_view key);

}  // namespace polku::i18n
