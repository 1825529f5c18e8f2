// Pure rules of a certificate of participation: the language, what was learned (counted in characters) and a
// period begun; and the days attended counted from the marks. Every case names all the errors it expects.
#include "periods/certificate_rules.hpp"

#include <gtest/gtest.h>

#include "periods/attendance_rules.hpp"
#include "platform/i18n/messages.hpp"
#include "unit/field_errors.hpp"

namespace polku::periods {
namespace {

using unit_test::all_errors;
using unit_test::FieldCodes;

PeriodInput from_april() { return {"2026-04-06", "2026-06-30", 5, std::nullopt, {}}; }

struct CertificateCase {
  const char* name;
  CertificateInput in;
  const char* today;
  FieldCodes errors;
};

class CertificateRules : public ::testing::TestWithParam<CertificateCase> {};

TEST_P(CertificateRules, NameEveryFieldInError) {
  const auto& c = GetParam();
  EXPECT_EQ(all_errors(validate_certificate(c.in, from_april(), c.today)), c.errors) << c.name;
}

// 2,000 characters of "ä" are 4,000 bytes: within the limit; one more character is not.
const std::string kLongest = [] {
  std::string s;
  for (std::size_t i = 0; i < kMaxLearned; ++i) s += "ä";
  return s;
}();

INSTANTIATE_TEST_SUITE_P(
    Table, CertificateRules,
    ::testing::Values(
        CertificateCase{"whole", {"fi", "Asiakaspalvelua ja kassan käsittelyä (20 €)."}, "2026-05-01", {}},
        CertificateCase{"on_the_first_day", {"sv", "Sortering"}, "2026-04-06", {}},
        CertificateCase{"in_english", {"en", "Sorting"}, "2026-07-15", {}},
        CertificateCase{"the_longest", {"fi", kLongest}, "2026-05-01", {}},
        CertificateCase{"too_long", {"fi", kLongest + "å"}, "2026-05-01", {{"learned", "too_long"}}},
        CertificateCase{"nothing_given", {"", ""}, "2026-05-01", {{"language", "required"}, {"learned", "required"}}},
        CertificateCase{"blank_learned", {"fi", "  \n\t"}, "2026-05-01", {{"learned", "required"}}},
        CertificateCase{"german", {"de", "Sortieren"}, "2026-05-01", {{"language", "invalid_choice"}}},
        CertificateCase{"before_the_start", {"fi", "Lajittelua"}, "2026-04-05", {{"period", "period_not_started"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DaysAttended, CountOnlyTheDaysMarkedPresent) {
  const auto day = [](const char* date, const char* status) {
    Attendance a;
    a.day = date;
    a.status = status;
    return a;
  };
  EXPECT_EQ(days_attended({}), 0);
  EXPECT_EQ(days_attended({day("2026-04-06", "present"), day("2026-04-07", "absent_with_notice"),
                           day("2026-04-08", "present"), day("2026-04-13", "absent_without_notice"),
                           day("2026-04-14", "place_closed"), day("2026-04-15", "present")}),
            3);
}

// "12 päivää" never breaks between its number and unit: the printed counts carry a no-break space in each language.
TEST(PrintedCounts, KeepTheNumberAndItsUnitTogether) {
  for (const char* key :
       {"certificate.days.one", "certificate.days.many", "decision_document.days.one", "decision_document.days.many",
        "decision_document.hours.one", "decision_document.hours.many"}) {
    for (const char* lang : {"fi", "sv", "en"}) {
      EXPECT_EQ(i18n::message(key, lang).rfind("{n}\u00a0", 0), 0U) << key << " " << lang;
    }
  }
  EXPECT_EQ(i18n::message("certificate.days.many", "fi"), "{n}\u00a0päivää");
}

}  // namespace
}  // namespace polku::periods
