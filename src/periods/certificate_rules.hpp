// Pure rules of a certificate of participation (todistus osallistumisesta): what the issuer gives, in which
// language it is printed, and that the period has begun.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "periods/period.hpp"
#include "platform/core/error.hpp"

namespace polku::periods {

struct CertificateInput {
  std::string language;  // fi, sv, en
  std::string learned;   // what the client learned, in the issuer's words
};

// Characters, not bytes: a Finnish text of ä and ö is no shorter for the limit than an English one.
inline constexpr std::size_t kMaxLearned = 2000;

// A language of the three, what was learned (at most kMaxLearned characters), and a period begun by `today`.
std::vector<FieldError> validate_certificate(const CertificateInput& in, const PeriodInput& p, std::string_view today);

}  // namespace polku::periods
