#include "periods/certificate_rules.hpp"

namespace polku::periods {
namespace {

std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;  // a UTF-8 continuation byte starts no character
  return n;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

std::vector<FieldError> validate_certificate(const CertificateInput& in, const PeriodInput& p, std::string_view today) {
  std::vector<FieldError> e;
  if (in.language.empty()) {
    e.push_back({"language", "required"});
  } else if (in.language != "fi" && in.language != "sv" && in.language != "en") {
    e.push_back({"language", "invalid_choice"});
  }
  if (blank(in.learned)) {
    e.push_back({"learned", "required"});
  } else if (characters(in.learned) > kMaxLearned) {
    e.push_back({"learned", "too_long"});
  }
  if (today < p.start_date) e.push_back({"period", "period_not_started"});
  return e;
}

}  // namespace polku::periods
