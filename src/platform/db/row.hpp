// Reading SOCI rows the same way on SQLite and PostgreSQL, whose column types differ.
#pragma once
#include <optional>
#include <soci/soci.h>
#include <string>

namespace polku::db {

long long int_at(const soci::row& r, std::size_t i);
std::optional<long long> opt_int_at(const soci::row& r, std::size_t i);
std::string text_at(const soci::row& r, std::size_t i);
inline bool bool_at(const soci::row& r, std::size_t i) { return int_at(r, i) != 0; }

}  // namespace polku::db
