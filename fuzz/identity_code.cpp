// The henkilötunnus parser on any bytes: it never crashes, and a code it accepts is a real calendar date (the sign
// + is the 1800s: client validation refuses those) that parses again to the same thing from its normalised form.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <date/date.h>

#include "clients/personal_identity_code.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = polku::clients::parse_identity_code(text);
  const auto* ok = std::get_if<polku::clients::ParsedIdentityCode>(&parsed);
  if (ok == nullptr) return 0;
  if (!date::year_month_day{date::year{ok->year}, date::month(ok->month), date::day(ok->day)}.ok()) std::abort();
  if (polku::clients::to_iso_date(*ok).size() != 10) std::abort();
  const auto again = polku::clients::parse_identity_code(ok->normalized);
  const auto* same = std::get_if<polku::clients::ParsedIdentityCode>(&again);
  if (same == nullptr || same->normalized != ok->normalized || same->year != ok->year || same->month != ok->month ||
      same->day != ok->day || same->temporary != ok->temporary)
    std::abort();
  return 0;
}
