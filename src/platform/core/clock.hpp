// Time: UTC instants as ISO text and epoch milliseconds; calendar dates in Europe/Helsinki.
#pragma once
#include <string>

namespace polku {

long long now_ms();
std::string now_iso();  // 2026-11-25T18:58:12.123Z
std::string iso_from_ms(long long ms);
std::string today_helsinki();  // YYYY-MM-DD
std::string now_helsinki();    // YYYY-MM-DDTHH:MM, the wall clock in Helsinki
// The Helsinki calendar date of a UTC instant as stored ("2026-12-02T22:30:00.000Z" → "2026-12-03"); text that is no
// such instant gives its first ten characters, as it was printed before.
std::string helsinki_date_of(const std::string& iso_instant);

}  // namespace polku
