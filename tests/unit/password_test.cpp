#include "platform/auth/password.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace polku::auth {
namespace {

class Password : public testing::Test {
 protected:
  // Left light afterwards: the rest of the unit suite wants fast hashes too.
  void SetUp() override { set_password_hash_cost_for_tests(true); }
};

TEST_F(Password, HashVerifiesWithTheSamePassword) {
  const std::string hash = hash_password("correct horse battery staple");
  EXPECT_TRUE(verify_password(hash, "correct horse battery staple"));
}

TEST_F(Password, LightCostHashIsArgon2idAtMinimumCost) {
  const std::string hash = hash_password("correct horse battery staple");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0U) << hash;
  EXPECT_NE(hash.find("m=8,t=1"), std::string::npos) << hash;
}

TEST_F(Password, WrongPasswordDoesNotVerify) {
  const std::string hash = hash_password("correct horse battery staple");
  EXPECT_FALSE(verify_password(hash, "correct horse battery stapler"));
  EXPECT_FALSE(verify_password(hash, ""));
}

TEST_F(Password, NonAsciiPasswordVerifies) {
  const std::string hash = hash_password("Äitini öljyvärit ovat sinisiä");
  EXPECT_TRUE(verify_password(hash, "Äitini öljyvärit ovat sinisiä"));
  EXPECT_FALSE(verify_password(hash, "Aitini oljyvarit ovat sinisia"));
}

TEST_F(Password, SamePasswordHashesDifferentlyBecauseOfSalt) {
  EXPECT_NE(hash_password("correct horse battery staple"),
            hash_password("correct horse battery staple"));
}

TEST_F(Password, MalformedHashDoesNotVerify) {
  EXPECT_FALSE(verify_password("", "anything at all"));
  EXPECT_FALSE(verify_password("not a hash", "not a hash"));
  EXPECT_FALSE(verify_password(std::string(500, '$'), "anything at all"));
}

TEST(PasswordCost, InteractiveCostHashVerifies) {
  set_password_hash_cost_for_tests(false);
  const std::string hash = hash_password("correct horse battery staple");
  EXPECT_NE(hash.find("$argon2id$v=19$m=65536,t=2,"), std::string::npos) << hash;
  EXPECT_TRUE(verify_password(hash, "correct horse battery staple"));
  set_password_hash_cost_for_tests(true);
}

TEST(RandomToken, DefaultIs32BytesAs43UrlSafeCharacters) {
  const std::string token = random_token();
  EXPECT_EQ(token.size(), 43U);
  EXPECT_EQ(
      token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
      std::string::npos);
}

TEST(RandomToken, LengthFollowsByteCountWithoutPadding) {
  EXPECT_EQ(random_token(0).size(), 0U);
  EXPECT_EQ(random_token(1).size(), 2U);
  EXPECT_EQ(random_token(2).size(), 3U);
  EXPECT_EQ(random_token(3).size(), 4U);
  EXPECT_EQ(random_token(16).size(), 22U);
  EXPECT_EQ(random_token(64).size(), 86U);
}

TEST(RandomToken, TokensDoNotRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(random_token());
  EXPECT_EQ(seen.size(), 1000U);
}

TEST(Sha256Hex, MatchesKnownVectors) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

struct PolicyCase {
  const char* name;
  std::string password;
  std::vector<std::string> expected;
};

void PrintTo(const PolicyCase& c, std::ostream* os) { *os << c.name; }

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const PolicyCase kPolicyCases[] = {
    {"EmptyIsTooShort", "", {"too_short"}},
    {"ElevenCharactersTooShort", std::string(11, 'x'), {"too_short"}},
    {"TwelveCharactersAccepted", std::string(12, 'x'), {}},
    {"ElevenNonAsciiCharactersTooShortThoughMoreBytes", repeat("ä", 11), {"too_short"}},
    {"TwelveNonAsciiCharactersAccepted", repeat("ä", 12), {}},
    {"TwoHundredCharactersAccepted", std::string(200, 'x'), {}},
    {"TwoHundredNonAsciiCharactersAccepted", repeat("ö", 200), {}},
    {"TwoHundredOneCharactersTooLong", std::string(201, 'x'), {"too_long"}},
    {"SpacesCount", "a b c d e f g", {}},
};

class PasswordPolicyTable : public testing::TestWithParam<PolicyCase> {};

TEST_P(PasswordPolicyTable, ReportsLengthProblems) {
  EXPECT_EQ(password_policy_errors(GetParam().password), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(PasswordPolicy, PasswordPolicyTable, testing::ValuesIn(kPolicyCases),
                         [](const testing::TestParamInfo<PolicyCase>& p) { return p.param.name; });

}  // namespace
}  // namespace polku::auth
