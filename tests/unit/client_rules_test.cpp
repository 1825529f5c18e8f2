#include "clients/client_rules.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace polku::clients {
namespace {

using Errors = std::vector<std::pair<std::string, std::string>>;  // field, code

ClientInput valid_client() {
  ClientInput c;
  c.first_names = "Aino Maria";
  c.last_name = "Mäkelä";
  c.personal_identity_code = "131052-308T";
  return c;
}

constexpr std::string_view kToday = "2026-03-15";

Errors errors_of(const ClientInput& input) {
  Errors out;
  for (const FieldError& e : validate_client(input, kToday)) out.emplace_back(e.field, e.code);
  return out;
}

struct Case {
  const char* name;
  std::function<void(ClientInput&)> change;
  Errors expected;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

const std::string k100(100, 'a');
const std::string k101(101, 'a');
const std::string k200(200, 'a');
const std::string k201(201, 'a');

const Case kCases[] = {
    {"MinimalClientIsValid", [](ClientInput&) {}, {}},
    {"FullClientIsValid",
     [](ClientInput& c) {
       c.phone = "+358 (40) 123-4567";
       c.email = "aino.makela@example.fi";
       c.street_address = "Kauppakatu 1 B 12";
       c.postal_code = "40100";
       c.post_office = "Jyväskylä";
       c.municipality = "Jyväskylä";
       c.preferred_language = "sv";
       c.representative_kind = "legal_representative";
       c.representative_name = "Pekka Mäkelä";
       c.representative_phone = "040 765 4321";
     },
     {}},
    {"SurroundingSpacesAreTrimmedBeforeChecking",
     [](ClientInput& c) {
       c.first_names = "  Aino ";
       c.personal_identity_code = " 131052-308t ";
       c.postal_code = " 00100 ";
       c.preferred_language = " en ";
     },
     {}},
    {"FirstNamesRequired",
     [](ClientInput& c) { c.first_names = ""; },
     {{"firstNames", "required"}}},
    {"BlankCountsAsMissing",
     [](ClientInput& c) { c.last_name = "   "; },
     {{"lastName", "required"}}},
    {"IdentityCodeRequired",
     [](ClientInput& c) { c.personal_identity_code = ""; },
     {{"personalIdentityCode", "required"}}},
    {"AllRequiredMissing",
     [](ClientInput& c) { c = ClientInput{}; },
     {{"firstNames", "required"}, {"lastName", "required"}, {"personalIdentityCode", "required"}}},
    {"Name100CharactersAccepted", [](ClientInput& c) { c.first_names = k100; }, {}},
    {"Name101CharactersTooLong",
     [](ClientInput& c) { c.last_name = k101; },
     {{"lastName", "too_long"}}},
    {"NameLengthCountsCharactersNotBytes",
     [](ClientInput& c) {
       c.first_names.clear();
       for (int i = 0; i < 100; ++i) c.first_names += "ä";  // 200 bytes
     },
     {}},
    {"Other200CharactersAccepted", [](ClientInput& c) { c.street_address = k200; }, {}},
    {"Other201CharactersTooLong",
     [](ClientInput& c) { c.municipality = k201; },
     {{"municipality", "too_long"}}},
    {"PostOfficeTooLong",
     [](ClientInput& c) { c.post_office = k201; },
     {{"postOffice", "too_long"}}},
    {"RepresentativeNameIsANameLimit",
     [](ClientInput& c) {
       c.representative_kind = "close_person";
       c.representative_name = k101;
     },
     {{"representativeName", "too_long"}}},
    {"IdentityCodeBadChecksum",
     [](ClientInput& c) { c.personal_identity_code = "131052-308U"; },
     {{"personalIdentityCode", "invalid_checksum"}}},
    {"IdentityCodeBadDate",
     [](ClientInput& c) { c.personal_identity_code = "290200-1239"; },
     {{"personalIdentityCode", "invalid_date"}}},
    {"IdentityCodeBornToday", [](ClientInput& c) { c.personal_identity_code = "150326A002V"; }, {}},
    {"IdentityCodeBornTomorrow",
     [](ClientInput& c) { c.personal_identity_code = "160326A002H"; },
     {{"personalIdentityCode", "birth_date_in_future"}}},
    {"IdentityCodeBornIn2099",
     [](ClientInput& c) { c.personal_identity_code = "010199A0022"; },
     {{"personalIdentityCode", "birth_date_in_future"}}},
    {"IdentityCodeBornIn1852",
     [](ClientInput& c) { c.personal_identity_code = "131052+308T"; },
     {{"personalIdentityCode", "birth_date_before_1900"}}},
    {"IdentityCodeBadFormat",
     [](ClientInput& c) { c.personal_identity_code = "131052-308"; },
     {{"personalIdentityCode", "invalid_format"}}},
    {"IdentityCodeBadCenturySign",
     [](ClientInput& c) { c.personal_identity_code = "131052G308T"; },
     {{"personalIdentityCode", "invalid_format"}}},
    {"IdentityCodeIndividualNumber001",
     [](ClientInput& c) { c.personal_identity_code = "010100-001F"; },
     {{"personalIdentityCode", "invalid_format"}}},
    {"IdentityCodeTooLong",
     [](ClientInput& c) { c.personal_identity_code = k201; },
     {{"personalIdentityCode", "too_long"}}},
    {"PhoneWithLetters",
     [](ClientInput& c) { c.phone = "040 123 ABC"; },
     {{"phone", "invalid_format"}}},
    {"PhoneWithFourDigits",
     [](ClientInput& c) { c.phone = "+(12) 34"; },
     {{"phone", "invalid_format"}}},
    {"PhoneWithFiveDigits", [](ClientInput& c) { c.phone = "12-345"; }, {}},
    {"RepresentativePhoneChecked",
     [](ClientInput& c) { c.representative_phone = "call me"; },
     {{"representativePhone", "invalid_format"}}},
    {"EmailWithoutAt",
     [](ClientInput& c) { c.email = "aino.example.fi"; },
     {{"email", "invalid_format"}}},
    {"EmailWithTwoAts",
     [](ClientInput& c) { c.email = "a@b@example.fi"; },
     {{"email", "invalid_format"}}},
    {"EmailWithoutDotInDomain",
     [](ClientInput& c) { c.email = "aino@localhost"; },
     {{"email", "invalid_format"}}},
    {"EmailWithoutLocalPart",
     [](ClientInput& c) { c.email = "@example.fi"; },
     {{"email", "invalid_format"}}},
    {"EmailWithInnerSpace",
     [](ClientInput& c) { c.email = "aino @example.fi"; },
     {{"email", "invalid_format"}}},
    {"EmailDomainEndingInDot",
     [](ClientInput& c) { c.email = "aino@example."; },
     {{"email", "invalid_format"}}},
    {"PostalCodeFourDigits",
     [](ClientInput& c) { c.postal_code = "0010"; },
     {{"postalCode", "invalid_format"}}},
    {"PostalCodeSixDigits",
     [](ClientInput& c) { c.postal_code = "001000"; },
     {{"postalCode", "invalid_format"}}},
    {"PostalCodeWithLetter",
     [](ClientInput& c) { c.postal_code = "0010A"; },
     {{"postalCode", "invalid_format"}}},
    {"LanguageOutsideChoices",
     [](ClientInput& c) { c.preferred_language = "de"; },
     {{"preferredLanguage", "invalid_choice"}}},
    {"LanguageIsCaseSensitive",
     [](ClientInput& c) { c.preferred_language = "FI"; },
     {{"preferredLanguage", "invalid_choice"}}},
    {"EmptyLanguageIsNotAChoice",
     [](ClientInput& c) { c.preferred_language = ""; },
     {{"preferredLanguage", "invalid_choice"}}},
    {"RepresentativeKindOutsideChoices",
     [](ClientInput& c) {
       c.representative_kind = "friend";
       c.representative_name = "Pekka";
     },
     {{"representativeKind", "invalid_choice"}}},
    {"RepresentativeNameRequiredWithKind",
     [](ClientInput& c) { c.representative_kind = "close_person"; },
     {{"representativeName", "required"}}},
    {"RepresentativeNameWithoutKindIsFine",
     [](ClientInput& c) { c.representative_name = "Pekka"; },
     {}},
    {"SeveralErrorsReportedTogether",
     [](ClientInput& c) {
       c.first_names = "";
       c.email = "nope";
       c.postal_code = "1";
     },
     {{"firstNames", "required"}, {"email", "invalid_format"}, {"postalCode", "invalid_format"}}},
};

class ClientRulesTable : public testing::TestWithParam<Case> {};

TEST_P(ClientRulesTable, ReportsExactlyTheExpectedFieldErrors) {
  ClientInput input = valid_client();
  GetParam().change(input);
  EXPECT_EQ(errors_of(input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(ClientRules, ClientRulesTable, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& p) { return p.param.name; });

TEST(ClientRules, NormalizedTrimsEveryStringAndUpperCasesIdentityCode) {
  ClientInput c;
  c.first_names = " Aino ";
  c.last_name = "\tMäkelä\n";
  c.personal_identity_code = " 010123a002e ";
  c.phone = " 040 1234567 ";
  c.email = " a@b.fi ";
  c.street_address = " Katu 1 ";
  c.postal_code = " 00100 ";
  c.post_office = " Helsinki ";
  c.municipality = " Helsinki ";
  c.preferred_language = " sv ";
  c.representative_kind = " close_person ";
  c.representative_name = " Pekka ";
  c.representative_phone = " 040 7654321 ";
  const ClientInput n = normalized(c);
  EXPECT_EQ(n.first_names, "Aino");
  EXPECT_EQ(n.last_name, "Mäkelä");
  EXPECT_EQ(n.personal_identity_code, "010123A002E");
  EXPECT_EQ(n.phone, "040 1234567");
  EXPECT_EQ(n.email, "a@b.fi");
  EXPECT_EQ(n.street_address, "Katu 1");
  EXPECT_EQ(n.postal_code, "00100");
  EXPECT_EQ(n.post_office, "Helsinki");
  EXPECT_EQ(n.municipality, "Helsinki");
  EXPECT_EQ(n.preferred_language, "sv");
  EXPECT_EQ(n.representative_kind, "close_person");
  EXPECT_EQ(n.representative_name, "Pekka");
  EXPECT_EQ(n.representative_phone, "040 7654321");
}

TEST(ClientRules, NormalizedKeepsInnerSpaces) {
  ClientInput c;
  c.first_names = "  Aino  Maria ";
  EXPECT_EQ(normalized(c).first_names, "Aino  Maria");
}

}  // namespace
}  // namespace polku::clients
