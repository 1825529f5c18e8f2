// The service types' limits as migrated, on both databases: each type's limits come into force on the day its
// provision did (migration 0016, from Finlex), so a day before has none in force and the day itself has the row;
// the legal basis names the act whose date it is.
#include "platform/core/dates.hpp"
#include "service_types/service_type_rules.hpp"
#include "service_types/service_type_store.hpp"
#include "storage/store_fixtures.hpp"

namespace polku {
namespace {

class ServiceTypesStoreTest : public storage_test::StoreTest {};

TEST_P(ServiceTypesStoreTest, EachTypesLimitsAreInForceFromTheDayItsProvisionCameIntoForce) {
  struct Case {
    std::string code, in_force_from;
    int days_per_week_max;
    std::string legal_basis_fi;
  };
  const std::vector<Case> cases = {
      {"ktt", "2015-07-01", 4, "Laki kuntouttavasta työtoiminnasta 189/2001, 13 § (muut. 142/2015)"},
      {"work_activity", "2015-04-01", 5, "Sosiaalihuoltolaki 1301/2014"},
      {"day_activity", "2015-04-01", 5, "Sosiaalihuoltolaki 1301/2014"},
      {"disability_work_activity", "2002-04-01", 5, "Sosiaalihuoltolaki 710/1982, 27 e §"},
      {"job_coaching", "2002-04-01", 5, "Sosiaalihuoltolaki 710/1982, 27 d §"},
      {"supported_employment", "2002-04-01", 5, "Sosiaalihuoltolaki 710/1982, 27 d §"},
  };
  service_types::ServiceTypeStore store(db());
  ASSERT_EQ(store.all().size(), cases.size());
  for (const auto& c : cases) {
    const auto type = store.find(c.code);
    ASSERT_TRUE(type.has_value()) << c.code;
    EXPECT_EQ(type->legal_basis.fi, c.legal_basis_fi) << c.code;
    ASSERT_EQ(type->limits.size(), 1U) << c.code;
    EXPECT_EQ(type->limits[0].valid_from, c.in_force_from) << c.code;
    EXPECT_FALSE(service_types::limits_on(type->limits, add_days(c.in_force_from, -1)).has_value()) << c.code;
    EXPECT_FALSE(service_types::limits_on(type->limits, "2000-01-01").has_value()) << c.code;
    const auto on_the_day = service_types::limits_on(type->limits, c.in_force_from);
    ASSERT_TRUE(on_the_day.has_value()) << c.code;
    EXPECT_EQ(on_the_day->valid_from, c.in_force_from) << c.code;
    EXPECT_EQ(on_the_day->days_per_week_max, c.days_per_week_max) << c.code;
    EXPECT_TRUE(service_types::limits_on(type->limits, "2026-01-01").has_value()) << c.code;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, ServiceTypesStoreTest, ::testing::ValuesIn(testing::test_backends()),
                         testing::BackendName());

}  // namespace
}  // namespace polku
