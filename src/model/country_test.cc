#include "model/country.h"

#include <gtest/gtest.h>

#include <set>

#include "model/country_table.h"

namespace vigil::model {
namespace {

// Every spelling of the table leads back to its own code: no two countries share a key.
TEST(CountryTest, EveryTableSpellingFindsItsOwnCountry) {
  std::set<std::string_view> codes;
  for (const detail::CountryRecord& r : detail::country_records()) {
    EXPECT_TRUE(codes.insert(r.alpha2).second) << r.alpha2;
    EXPECT_EQ(country_code(r.alpha2), r.alpha2);
    EXPECT_EQ(country_code(r.alpha3), r.alpha2) << r.alpha3;
    EXPECT_EQ(country_code(r.name), r.alpha2) << r.name;
    if (!r.iso_name.empty()) {
      EXPECT_EQ(country_code(r.iso_name), r.alpha2) << r.iso_name;
    }
    if (!r.official_name.empty()) {
      EXPECT_EQ(country_code(r.official_name), r.alpha2) << r.official_name;
    }
    EXPECT_EQ(country_name(r.alpha2), r.name);
  }
  EXPECT_EQ(codes.size(), 250U);  // 249 ISO 3166-1 countries and Kosovo
  for (const detail::CountrySpelling& s : detail::country_spellings()) {
    EXPECT_EQ(country_code(s.spelling), s.alpha2) << s.spelling;
    EXPECT_TRUE(codes.contains(s.alpha2)) << s.spelling;
  }
}

TEST(CountryTest, OfacSpellings) {
  EXPECT_EQ(country_code("Korea, North"), "KP");
  EXPECT_EQ(country_code("Korea, South"), "KR");
  EXPECT_EQ(country_code("Burma"), "MM");
  EXPECT_EQ(country_code("Russia"), "RU");
  EXPECT_EQ(country_code("Iran"), "IR");
  EXPECT_EQ(country_code("Syria"), "SY");
  EXPECT_EQ(country_code("Congo, Democratic Republic of the"), "CD");
  EXPECT_EQ(country_code("Congo, Republic of the"), "CG");
  EXPECT_EQ(country_code("Palestinian"), "PS");
  EXPECT_EQ(country_code("West Bank"), "PS");
  EXPECT_EQ(country_code("Gaza"), "PS");
  EXPECT_EQ(country_code("Region: Gaza"), "PS");
  EXPECT_EQ(country_code("Kosovo"), "XK");
  EXPECT_EQ(country_code("Region: Crimea"), "UA");
  EXPECT_EQ(country_code("Region: Russia"), "RU");
  EXPECT_EQ(country_code("Region: Northern Gaza"), "PS");
  EXPECT_EQ(country_code("Bosnia and Herzegovina"), "BA");
  EXPECT_EQ(country_code("Bosnia-Herzegovina"), "BA");
  EXPECT_EQ(country_code("North Macedonia, The Republic of"), "MK");
  EXPECT_EQ(country_code("Cote d Ivoire"), "CI");
  EXPECT_EQ(country_code("Turkey"), "TR");
  EXPECT_EQ(country_code("Turkiye"), "TR");
  EXPECT_EQ(country_code("Virgin Islands, British"), "VG");
  EXPECT_EQ(country_code("Man, Isle of"), "IM");
  EXPECT_EQ(country_code("Trinidad and Tobago"), "TT");
  EXPECT_EQ(country_code("Netherlands Antilles"), "CW");
  EXPECT_EQ(country_code("Micronesia, Federated States of"), "FM");
}

TEST(CountryTest, UnSpellings) {
  EXPECT_EQ(country_code("Iran (Islamic Republic of)"), "IR");
  EXPECT_EQ(country_code("Democratic People's Republic of Korea"), "KP");
  EXPECT_EQ(country_code("Republic of Korea"), "KR");
  EXPECT_EQ(country_code("Syrian Arab Republic"), "SY");
  EXPECT_EQ(country_code("Libya"), "LY");
  EXPECT_EQ(country_code("United Republic of Tanzania"), "TZ");
  EXPECT_EQ(country_code("Russian Federation"), "RU");
  EXPECT_EQ(country_code("Viet Nam"), "VN");
  EXPECT_EQ(country_code("Democratic Republic of the Congo"), "CD");
  EXPECT_EQ(country_code("Lao People's Democratic Republic"), "LA");
  EXPECT_EQ(country_code("Bolivia (Plurinational State of)"), "BO");
  EXPECT_EQ(country_code("United Kingdom of Great Britain and Northern Ireland"), "GB");
}

TEST(CountryTest, NationalityAdjectives) {
  EXPECT_EQ(country_code("Iranian"), "IR");
  EXPECT_EQ(country_code("Iraqi"), "IQ");
  EXPECT_EQ(country_code("Syrian"), "SY");
  EXPECT_EQ(country_code("Afghan"), "AF");
  EXPECT_EQ(country_code("Yemeni"), "YE");
  EXPECT_EQ(country_code("Saudi"), "SA");
  EXPECT_EQ(country_code("Russian"), "RU");
  EXPECT_EQ(country_code("Lebanese"), "LB");
  EXPECT_EQ(country_code("Pakistani"), "PK");
  EXPECT_EQ(country_code("North Korean"), "KP");
  EXPECT_EQ(country_code("South Sudanese"), "SS");
  EXPECT_EQ(country_code("Sudanese"), "SD");
}

TEST(CountryTest, CodesCaseAccentsAndPunctuation) {
  EXPECT_EQ(country_code("ir"), "IR");
  EXPECT_EQ(country_code("IRN"), "IR");
  EXPECT_EQ(country_code("  korea,NORTH "), "KP");
  EXPECT_EQ(country_code("IRAN."), "IR");
  EXPECT_EQ(country_code("Côte d’Ivoire"), "CI");
  EXPECT_EQ(country_code("Côte d'Ivoire"), "CI");
  EXPECT_EQ(country_code("Türkiye"), "TR");
  EXPECT_EQ(country_code("Curaçao"), "CW");
  EXPECT_EQ(country_code("St. Kitts & Nevis"), "KN");
  EXPECT_EQ(country_code("U.S.A."), "US");
  EXPECT_EQ(country_code("UK"), "GB");
}

TEST(CountryTest, UnknownOrAmbiguousIsNotGuessed) {
  EXPECT_FALSE(country_code("Atlantis").has_value());
  EXPECT_FALSE(country_code("").has_value());
  EXPECT_FALSE(country_code("   ").has_value());
  EXPECT_FALSE(country_code("-0-").has_value());
  EXPECT_FALSE(country_code("Korea").has_value());  // North or South: not ours to guess
  EXPECT_FALSE(country_code("possibly Palestinian").has_value());
  EXPECT_FALSE(country_code("Tehran, Iran").has_value());
  EXPECT_FALSE(country_code("ZZ").has_value());
  EXPECT_FALSE(country_code("Region:").has_value());
  EXPECT_FALSE(country_code("Region: Jammu and Kashmir").has_value());
  EXPECT_FALSE(country_code("\xC3").has_value());  // a cut UTF-8 sequence
  EXPECT_FALSE(country_code(std::string(1000, '(')).has_value());
}

TEST(CountryTest, NamesForCodes) {
  EXPECT_EQ(country_name("IR"), "Iran");
  EXPECT_EQ(country_name("ir"), "Iran");
  EXPECT_EQ(country_name("KP"), "North Korea");
  EXPECT_EQ(country_name("RU"), "Russia");
  EXPECT_EQ(country_name("XK"), "Kosovo");
  EXPECT_EQ(country_name("ZZ"), "");
  EXPECT_EQ(country_name(""), "");
}

}  // namespace
}  // namespace vigil::model
