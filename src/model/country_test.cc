#include "model/country.h"

#include <gtest/gtest.h>

namespace vigil::model {
namespace {

TEST(CountryTest, OfficialListSpellings) {
  EXPECT_EQ(country_code("Iran"), "IR");
  EXPECT_EQ(country_code("Iran (Islamic Republic of)"), "IR");
  EXPECT_EQ(country_code("Korea, North"), "KP");
  EXPECT_EQ(country_code("Democratic People's Republic of Korea"), "KP");
  EXPECT_EQ(country_code("Burma"), "MM");
  EXPECT_EQ(country_code("Russian Federation"), "RU");
  EXPECT_EQ(country_code("Syrian Arab Republic"), "SY");
  EXPECT_EQ(country_code("Congo, Democratic Republic of the"), "CD");
  EXPECT_EQ(country_code("Kosovo"), "XK");
  EXPECT_EQ(country_code("United Kingdom"), "GB");
  EXPECT_EQ(country_code("Germany"), "DE");
  EXPECT_EQ(country_code("Iranian"), "IR");
}

TEST(CountryTest, CodesAndCaseAndPunctuation) {
  EXPECT_EQ(country_code("ir"), "IR");
  EXPECT_EQ(country_code("IRN"), "IR");
  EXPECT_EQ(country_code("  korea,NORTH "), "KP");
  EXPECT_FALSE(country_code("Atlantis").has_value());
  EXPECT_FALSE(country_code("").has_value());
}

TEST(CountryTest, NamesForCodes) {
  EXPECT_EQ(country_name("IR"), "Iran");
  EXPECT_EQ(country_name("XK"), "Kosovo");
  EXPECT_EQ(country_name("ZZ"), "");
}

}  // namespace
}  // namespace vigil::model
