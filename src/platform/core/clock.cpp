#include "platform/core/clock.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <sstream>

namespace polku {

long long now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string iso_from_ms(long long ms) {
  using namespace std::chrono;
  auto tp = sys_time<milliseconds>(milliseconds(ms));
  return date::format("%FT%TZ", tp);
}

std::string now_iso() { return iso_from_ms(now_ms()); }

std::string today_helsinki() {
  auto zoned = date::make_zoned("Europe/Helsinki", std::chrono::system_clock::now());
  return date::format("%F", date::floor<date::days>(zoned.get_local_time()));
}

std::string now_helsinki() {
  auto zoned = date::make_zoned("Europe/Helsinki", std::chrono::system_clock::now());
  return date::format("%FT%H:%M", date::floor<std::chrono::minutes>(zoned.get_local_time()));
}

std::string helsinki_date_of(const std::string& iso_instant) {
  std::istringstream in(iso_instant);
  date::sys_time<std::chrono::milliseconds> tp;
  in >> date::parse("%FT%TZ", tp);
  if (in.fail()) return iso_instant.substr(0, 10);
  auto zoned = date::make_zoned("Europe/Helsinki", tp);
  return date::format("%F", date::floor<date::days>(zoned.get_local_time()));
}

}  // namespace polku
