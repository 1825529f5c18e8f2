// Lists kept in one text column: codes joined by commas, free-text items by newlines.
#pragma once
#include <string>
#include <vector>

namespace polku::registry {

std::string join(const std::vector<std::string>& items, char separator);
std::vector<std::string> split(const std::string& text, char separator);

}  // namespace polku::registry
