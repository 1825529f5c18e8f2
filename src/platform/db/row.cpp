#include "platform/db/row.hpp"

#include <stdexcept>

namespace polku::db {

std::optional<long long> opt_int_at(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer: return r.get<int>(i);
    case soci::dt_long_long: return r.get<long long>(i);
    case soci::dt_unsigned_long_long: return static_cast<long long>(r.get<unsigned long long>(i));
    case soci::dt_double: return static_cast<long long>(r.get<double>(i));
    case soci::dt_string: return std::stoll(r.get<std::string>(i));
    default: throw std::runtime_error("column " + std::to_string(i) + " is not an integer");
  }
}

long long int_at(const soci::row& r, std::size_t i) { return opt_int_at(r, i).value_or(0); }

std::string text_at(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return {};
  if (r.get_properties(i).get_data_type() == soci::dt_string) return r.get<std::string>(i);
  return std::to_string(int_at(r, i));
}

std::string placeholders(const char* prefix, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? ", :" : ":") + std::string(prefix) + std::to_string(i);
  return out;
}

void bind_list(soci::statement& st, const std::vector<long long>& ids, const char* prefix) {
  for (std::size_t i = 0; i < ids.size(); ++i) st.exchange(soci::use(ids[i], prefix + std::to_string(i)));
}

}  // namespace polku::db
