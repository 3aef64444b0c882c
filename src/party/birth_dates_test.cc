#include "party/birth_dates.h"

#include <gtest/gtest.h>

#include "party/party_test_entities.h"

namespace vigil::party {
namespace {

using testing::EntityBuilder;

TEST(BirthDatesTest, AgreeAtTheCommonPrecision) {
  const auto with = [](std::vector<std::string> dates) {
    EntityBuilder builder("x", "1", Schema::kPerson);
    for (const std::string& date : dates) builder.born(date);
    return builder.build();
  };
  EXPECT_EQ(shared_birth_date(*with({"1961"}), *with({"1961-05-12"})), "1961");
  EXPECT_EQ(shared_birth_date(*with({"1961-05"}), *with({"1961-05-12"})), "1961-05");
  EXPECT_EQ(shared_birth_date(*with({"1960", "1961-05-12"}), *with({"1961-05-12"})), "1961-05-12");
  EXPECT_FALSE(shared_birth_date(*with({"1961-05"}), *with({"1961-06-12"})));
  EXPECT_FALSE(shared_birth_date(*with({"1961-05-11"}), *with({"1961-05-12"})));
  EXPECT_EQ(shared_birth_date(*with({"1960 to 1961"}), *with({"1961-03-01"})),
            "1961-03-01 (within 1960/1961)");
  EXPECT_EQ(shared_birth_date(*with({"1960 to 1961"}), *with({"1960 to 1961"})), "1960/1961");
  EXPECT_FALSE(shared_birth_date(*with({"1960 to 1961"}), *with({"1962"})));
  EXPECT_FALSE(shared_birth_date(*with({"1960 to 1961"}), *with({"1960 to 1962"})));
  EXPECT_FALSE(shared_birth_date(*with({"1950 to 1960"}), *with({"1955"})));
  // OFAC writes a year it knows as the days of that year, a month as its days.
  EXPECT_EQ(shared_birth_date(*with({"01 Jan 1973 to 31 Dec 1973"}), *with({"1973"})), "1973");
  EXPECT_EQ(shared_birth_date(*with({"01 Jan 1963 to 31 Dec 1965"}), *with({"1964"})),
            "1964 (within 1963/1965)");
  EXPECT_EQ(shared_birth_date(*with({"01 Feb 1960 to 29 Feb 1960"}), *with({"1960-02-11"})),
            "1960-02");
  EXPECT_FALSE(shared_birth_date(*with({"01 Jan 1947 to 01 Jan 1949"}), *with({"1948"})));
  EXPECT_FALSE(shared_birth_date(*with({"circa 1961"}), *with({"1961"})));
  EXPECT_FALSE(shared_birth_date(*with({}), *with({"1961"})));
}

TEST(BirthDatesTest, ExcludeOnlyWhenEveryComparableDateDiffers) {
  const auto with = [](std::vector<std::string> dates) {
    EntityBuilder builder("x", "1", Schema::kPerson);
    for (const std::string& date : dates) builder.born(date);
    return builder.build();
  };
  EXPECT_TRUE(birth_dates_exclude(*with({"1961-05-12"}), *with({"1962"})));
  EXPECT_FALSE(birth_dates_exclude(*with({"1961-05-12"}), *with({"1961"})));
  EXPECT_FALSE(birth_dates_exclude(*with({}), *with({"1962"})));
  // A circa date or a wide range cannot rule anyone out.
  EXPECT_FALSE(birth_dates_exclude(*with({"circa 1961"}), *with({"1970"})));
  EXPECT_FALSE(birth_dates_exclude(*with({"1950 to 1960"}), *with({"1970"})));
}

}  // namespace
}  // namespace vigil::party
