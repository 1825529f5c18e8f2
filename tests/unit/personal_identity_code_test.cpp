#include "clients/personal_identity_code.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <variant>

namespace polku::clients {
namespace {

using E = IdentityCodeError;

struct Case {
  const char* name;
  const char* code;
  std::optional<E> error;     // nullopt: valid
  const char* iso_date = "";  // checked when valid
  bool temporary = false;
};

// Invalid cases carry a correct check character where possible, so that the
// defect under test is the only one.
// Check characters computed as "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN % 31]
// and cross-checked by hand for 131052-308T (131052308 % 31 = 25 -> 'T').
const Case kCases[] = {
    {"ExampleFromDvv", "131052-308T", std::nullopt, "1952-10-13"},
    {"PlusIs1800s", "010199+5004", std::nullopt, "1899-01-01"},
    {"MinusIs1900s", "010101-0101", std::nullopt, "1901-01-01"},
    {"YIs1900s", "131052Y308T", std::nullopt, "1952-10-13"},
    {"XIs1900s", "131052X308T", std::nullopt, "1952-10-13"},
    {"WIs1900s", "131052W308T", std::nullopt, "1952-10-13"},
    {"VIs1900s", "131052V308T", std::nullopt, "1952-10-13"},
    {"UIs1900s", "131052U308T", std::nullopt, "1952-10-13"},
    {"AIs2000s", "010123A002E", std::nullopt, "2023-01-01"},
    {"BIs2000s", "010123B002E", std::nullopt, "2023-01-01"},
    {"CIs2000s", "010123C002E", std::nullopt, "2023-01-01"},
    {"DIs2000s", "010123D002E", std::nullopt, "2023-01-01"},
    {"EIs2000s", "010123E002E", std::nullopt, "2023-01-01"},
    {"FIs2000s", "010123F002E", std::nullopt, "2023-01-01"},
    {"LowestIndividualNumber002", "010100-002H", std::nullopt, "1900-01-01"},
    {"HighestPermanentNumber899", "311299-8997", std::nullopt, "1999-12-31"},
    {"TemporaryNumber900", "150560-9007", std::nullopt, "1960-05-15", true},
    {"TemporaryNumber999", "250304A999T", std::nullopt, "2004-03-25", true},
    {"LowerCaseAccepted", "131052-308t", std::nullopt, "1952-10-13"},
    {"LowerCaseSignAccepted", "010123a002e", std::nullopt, "2023-01-01"},
    {"SurroundingSpacesTrimmed", "  131052-308T \t", std::nullopt, "1952-10-13"},
    {"Feb29OnLeapYear2000", "290200A1239", std::nullopt, "2000-02-29"},
    {"Feb29OnLeapYear1996", "290296-456T", std::nullopt, "1996-02-29"},
    {"Feb29OnLeapYear2004", "290204A123A", std::nullopt, "2004-02-29"},

    {"WrongChecksum", "131052-308U", E::kChecksum},
    {"CheckCharNeverUsedG", "131052-308G", E::kChecksum},
    {"WrongChecksumWithNewCenturySign", "010123A002F", E::kChecksum},
    {"Feb29In1900IsNotLeap", "290200-1239", E::kDate},
    {"Feb29In1800IsNotLeap", "290200+1239", E::kDate},
    {"Feb29In2001IsNotLeap", "290201A123J", E::kDate},
    {"Month13", "011352-308F", E::kDate},
    {"Month00", "010052-3080", E::kDate},
    {"Day00", "001052-308D", E::kDate},
    {"April31", "310452-308K", E::kDate},
    {"IndividualNumber000", "010100-000E", E::kIndividualNumber},
    {"IndividualNumber001", "010100-001F", E::kIndividualNumber},
    {"UnknownCenturySignG", "131052G308T", E::kCenturySign},
    {"UnknownCenturySignSlash", "131052/308T", E::kCenturySign},
    {"SpaceAsCenturySign", "131052 308T", E::kCenturySign},
    {"TooShort", "131052-308", E::kFormat},
    {"TooLong", "131052-308TT", E::kFormat},
    {"Empty", "", E::kFormat},
    {"OnlySpaces", "   ", E::kFormat},
    {"LetterInDate", "13105A-308T", E::kFormat},
    {"LetterInIndividualNumber", "131052-3O8T", E::kFormat},
    {"PunctuationAsCheckChar", "131052-308!", E::kFormat},
    {"NonAsciiByte", "131052-30\xC3\x84", E::kFormat},
    {"InnerSpace", "1310 52-308T", E::kFormat},
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name << " \"" << c.code << '"'; }

class IdentityCodeTable : public testing::TestWithParam<Case> {};

TEST_P(IdentityCodeTable, ParsesOrRefusesWithTheRightReason) {
  const Case& c = GetParam();
  const auto result = parse_identity_code(c.code);
  if (c.error) {
    ASSERT_TRUE(std::holds_alternative<IdentityCodeError>(result)) << c.code;
    EXPECT_EQ(std::get<IdentityCodeError>(result), *c.error) << c.code;
    return;
  }
  ASSERT_TRUE(std::holds_alternative<ParsedIdentityCode>(result)) << c.code;
  const auto& parsed = std::get<ParsedIdentityCode>(result);
  EXPECT_EQ(to_iso_date(parsed), c.iso_date);
  EXPECT_EQ(parsed.temporary, c.temporary);
}

INSTANTIATE_TEST_SUITE_P(PersonalIdentityCode, IdentityCodeTable, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& p) { return p.param.name; });

TEST(PersonalIdentityCode, NormalizedIsUpperCaseAndTrimmed) {
  const auto result = parse_identity_code(" 010123a002e ");
  ASSERT_TRUE(std::holds_alternative<ParsedIdentityCode>(result));
  EXPECT_EQ(std::get<ParsedIdentityCode>(result).normalized, "010123A002E");
}

TEST(PersonalIdentityCode, KeepsCenturySignBecauseCodesDifferOnlyByIt) {
  const auto minus = parse_identity_code("131052-308T");
  const auto y = parse_identity_code("131052Y308T");
  ASSERT_TRUE(std::holds_alternative<ParsedIdentityCode>(minus));
  ASSERT_TRUE(std::holds_alternative<ParsedIdentityCode>(y));
  EXPECT_NE(std::get<ParsedIdentityCode>(minus).normalized,
            std::get<ParsedIdentityCode>(y).normalized);
}

TEST(PersonalIdentityCode, IsoDatePadsYearMonthAndDay) {
  EXPECT_EQ(to_iso_date(ParsedIdentityCode{1899, 1, 2, "", false}), "1899-01-02");
}

}  // namespace
}  // namespace polku::clients
