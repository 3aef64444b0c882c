#include "sources/ofac_remarks.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vigil::sources {
namespace {

Entity parse(std::string_view remarks) {
  Entity e;
  apply_ofac_remarks(remarks, e);
  return e;
}

std::string property(const Entity& e, std::string_view key) {
  for (const Property& p : e.properties) {
    if (p.key == key) return p.value;
  }
  return "(none)";
}

TEST(OfacRemarksTest, SplitsAtTopLevelSemicolons) {
  const auto facts = split_remarks(
      "DOB 1960 to 1961; POB Ghayenat, South Khorasan Province, Iran; a.k.a. 'A; B'; "
      "Registration Number 1 (note; x) (Iran).");
  ASSERT_EQ(facts.size(), 4U);
  EXPECT_EQ(facts[2], "a.k.a. 'A; B'");
  EXPECT_EQ(facts[3], "Registration Number 1 (note; x) (Iran)");
}

TEST(OfacRemarksTest, KhatibRemarks) {
  const Entity e = parse(
      "DOB 1960 to 1961; POB Ghayenat, South Khorasan Province, Iran; nationality Iran; "
      "Additional Sanctions Information - Subject to Secondary Sanctions; Gender Male; "
      "Linked To: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY.");
  ASSERT_EQ(e.birth_dates.size(), 1U);
  EXPECT_EQ(e.birth_dates[0].to_string(), "1960/1961");
  ASSERT_EQ(e.birth_places.size(), 1U);
  EXPECT_EQ(e.birth_places[0], "Ghayenat, South Khorasan Province, Iran");
  EXPECT_EQ(e.nationalities, std::vector<std::string>{"IR"});
  EXPECT_EQ(e.gender, Gender::kMale);
  ASSERT_EQ(e.relations.size(), 1U);
  EXPECT_EQ(e.relations[0].target_name, "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY");
  EXPECT_EQ(property(e, "additional_sanctions_information"), "Subject to Secondary Sanctions");
}

TEST(OfacRemarksTest, IdentifiersWithCountryAndDates) {
  const Entity e = parse(
      "Passport B 960789 issued 15 Jul 1998 expires 22 May 2003; alt. Passport 1084010 (Egypt); "
      "Registration Number HRA 738077 (Stuttgart) (Germany); Tax ID No. 7704104217 (Russia); "
      "SWIFT/BIC HAVIGB2L; Legal Entity Number 253400V1H6ART1UQ0N98 (Russia).");
  ASSERT_EQ(e.identifiers.size(), 6U);
  EXPECT_EQ(e.identifiers[0].type, IdentifierType::kPassport);
  EXPECT_EQ(e.identifiers[0].value, "B 960789");
  EXPECT_EQ(e.identifiers[0].normalised, "B960789");
  EXPECT_EQ(e.identifiers[0].issued, "15 Jul 1998");
  EXPECT_EQ(e.identifiers[0].expires, "22 May 2003");
  EXPECT_EQ(e.identifiers[1].country, "EG");
  EXPECT_EQ(e.identifiers[2].type, IdentifierType::kRegistration);
  EXPECT_EQ(e.identifiers[2].value, "HRA 738077");
  EXPECT_EQ(e.identifiers[2].country, "DE");
  EXPECT_EQ(e.identifiers[2].note, "Stuttgart");
  EXPECT_EQ(e.identifiers[3].type, IdentifierType::kTaxId);
  EXPECT_EQ(e.identifiers[4].type, IdentifierType::kBic);
  EXPECT_EQ(e.identifiers[5].type, IdentifierType::kLei);
}

TEST(OfacRemarksTest, WalletsVesselsAircraftContacts) {
  const Entity e = parse(
      "Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; "
      "Vessel Registration Identification IMO 7406784; MMSI 572469210; Vessel Flag Iran; "
      "Former Vessel Flag Tanzania; Vessel Year of Build 1999; Aircraft Tail Number EP-IEB; "
      "Aircraft Manufacturer's Serial Number (MSN) 1023409321; Website http://waatasemu.org.ly; "
      "Email Address info@x.ir; Phone Number 982188526300.");
  const auto has = [&e](IdentifierType type, std::string_view value) {
    return std::any_of(e.identifiers.begin(), e.identifiers.end(),
                       [&](const Identifier& i) { return i.type == type && i.value == value; });
  };
  EXPECT_TRUE(has(IdentifierType::kCryptoWallet, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"));
  EXPECT_EQ(e.identifiers[0].label, "ETH");
  EXPECT_TRUE(has(IdentifierType::kImo, "7406784"));
  EXPECT_TRUE(has(IdentifierType::kMmsi, "572469210"));
  EXPECT_TRUE(has(IdentifierType::kAircraftTail, "EP-IEB"));
  EXPECT_TRUE(has(IdentifierType::kAircraftSerial, "1023409321"));
  EXPECT_TRUE(has(IdentifierType::kWebsite, "http://waatasemu.org.ly"));
  EXPECT_TRUE(has(IdentifierType::kEmail, "info@x.ir"));
  EXPECT_TRUE(has(IdentifierType::kPhone, "982188526300"));
  EXPECT_EQ(property(e, "vessel_flag"), "Iran");
  EXPECT_EQ(property(e, "former_vessel_flag"), "Tanzania");
  EXPECT_EQ(property(e, "vessel_build_year"), "1999");
  EXPECT_EQ(e.countries, std::vector<std::string>{"IR"});
}

TEST(OfacRemarksTest, AliasesDatesAndUnknownFacts) {
  const Entity e = parse(
      "a.k.a. 'BNC'; f.k.a. 'SAND SWAN'; DOB circa 1951; alt. DOB 03 May 1938; DOB Mar 1945; "
      "Organization Established Date 19 Nov 1991; Organization Type: Holding company; "
      "Minister of Interior; citizen Mexico.");
  ASSERT_EQ(e.names.size(), 2U);
  EXPECT_EQ(e.names[0].full, "BNC");
  EXPECT_EQ(e.names[0].kind, NameKind::kWeakAlias);
  EXPECT_EQ(e.names[1].kind, NameKind::kFormer);
  ASSERT_EQ(e.birth_dates.size(), 3U);
  EXPECT_TRUE(e.birth_dates[0].circa);
  EXPECT_EQ(e.birth_dates[1].to_string(), "1938-05-03");
  EXPECT_EQ(e.birth_dates[2].to_string(), "1945-03");
  EXPECT_EQ(property(e, "organization_established_date"), "1991-11-19");
  EXPECT_EQ(property(e, "organization_type"), "Holding company");
  EXPECT_EQ(property(e, "remark"), "Minister of Interior");
  EXPECT_EQ(e.citizenships, std::vector<std::string>{"MX"});
}

TEST(OfacRemarksTest, EmptyAndOddInputNeverCrash) {
  EXPECT_TRUE(parse("").properties.empty());
  EXPECT_NO_THROW(parse(";;;"));
  EXPECT_NO_THROW(parse("DOB"));
  EXPECT_NO_THROW(parse("a.k.a. '"));
  EXPECT_NO_THROW(parse("Passport ()"));
  EXPECT_NO_THROW(parse("((((("));
}

}  // namespace
}  // namespace vigil::sources
