#include "sources/ofac_remarks.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vigil::sources {
namespace {

Entity parse(std::string_view remarks, Schema schema = Schema::kUnknown) {
  Entity e;
  e.schema = schema;
  apply_ofac_remarks(remarks, e);
  return e;
}

Entity person(std::string_view remarks) { return parse(remarks, Schema::kPerson); }

// Every value of a property key, "|"-joined; "" when absent.
std::string property(const Entity& e, std::string_view key) {
  std::string out;
  for (const Property& p : e.properties) {
    if (p.key == key) out += (out.empty() ? "" : "|") + p.value;
  }
  return out;
}

const Identifier* find_identifier(const Entity& e, IdentifierType type) {
  const auto it = std::find_if(e.identifiers.begin(), e.identifiers.end(),
                               [type](const Identifier& i) { return i.type == type; });
  return it == e.identifiers.end() ? nullptr : &*it;
}

// --- Splitting. ---

TEST(OfacRemarksTest, SplitsAtTopLevelSemicolons) {
  const auto facts = split_remarks(
      "DOB 1960 to 1961; POB Ghayenat, South Khorasan Province, Iran; a.k.a. 'A; B'; "
      "Registration Number 1 (note; x) (Iran).");
  ASSERT_EQ(facts.size(), 4U);
  EXPECT_EQ(facts[0], "DOB 1960 to 1961");
  EXPECT_EQ(facts[2], "a.k.a. 'A; B'");
  EXPECT_EQ(facts[3], "Registration Number 1 (note; x) (Iran)");
}

TEST(OfacRemarksTest, ApostrophesInsideNamesDoNotOpenQuotes) {
  const auto facts = split_remarks(
      "a.k.a. 'ABU 'ABD AL-'AZIZ'; a.k.a. 'PEOPLE'S ARMY'; Ba'th party official; "
      "a.k.a. 'ABDEL' AZIZ BEN NARVAN'; DOB 1960.");
  ASSERT_EQ(facts.size(), 5U);
  EXPECT_EQ(facts[0], "a.k.a. 'ABU 'ABD AL-'AZIZ'");
  EXPECT_EQ(facts[1], "a.k.a. 'PEOPLE'S ARMY'");
  EXPECT_EQ(facts[2], "Ba'th party official");
  EXPECT_EQ(facts[4], "DOB 1960");
}

TEST(OfacRemarksTest, UnclosedParenthesisOrQuoteDoesNotSwallowTheRest) {
  EXPECT_EQ(split_remarks("Passport 123 (Iran; DOB 1960; nationality Iran.").size(), 3U);
  EXPECT_EQ(split_remarks("a.k.a. 'ABC; DOB 1960; nationality Iran.").size(), 3U);
  EXPECT_EQ(split_remarks("Passport 123 (Iran)); DOB 1960.").size(), 2U);
}

TEST(OfacRemarksTest, EmptyFactsAndTheFinalPeriodGo) {
  EXPECT_TRUE(split_remarks("").empty());
  EXPECT_TRUE(split_remarks(" ; ;. ").empty());
  EXPECT_EQ(split_remarks("Gender Male."), std::vector<std::string>{"Gender Male"});
  EXPECT_EQ(split_remarks("Linked To: KPD S.A."), std::vector<std::string>{"Linked To: KPD S.A"});
}

// --- Persons. ---

TEST(OfacRemarksTest, KhatibRemarks) {
  const Entity e = person(
      "DOB 1960 to 1961; POB Ghayenat, South Khorasan Province, Iran; nationality Iran; "
      "Additional Sanctions Information - Subject to Secondary Sanctions; Gender Male; "
      "Linked To: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY.");
  ASSERT_EQ(e.birth_dates.size(), 1U);
  EXPECT_EQ(e.birth_dates[0].to_string(), "1960/1961");
  EXPECT_EQ(e.birth_dates[0].original, "1960 to 1961");
  EXPECT_EQ(e.birth_places, std::vector<std::string>{"Ghayenat, South Khorasan Province, Iran"});
  EXPECT_EQ(e.nationalities, std::vector<std::string>{"IR"});
  EXPECT_EQ(e.gender, Gender::kMale);
  ASSERT_EQ(e.relations.size(), 1U);
  EXPECT_EQ(e.relations[0].kind, RelationKind::kLinkedTo);
  EXPECT_EQ(e.relations[0].target_name, "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY");
  EXPECT_TRUE(e.relations[0].target_id.empty());
  EXPECT_EQ(property(e, "additional_sanctions_information"), "Subject to Secondary Sanctions");
  EXPECT_EQ(property(e, "remark"), "");
  EXPECT_EQ(property(e, "position"), "");
}

TEST(OfacRemarksTest, BirthDatesInEveryShape) {
  const Entity e = person(
      "DOB 10 Dec 1948; alt. DOB 03 May 1938; DOB circa 1951; DOB Mar 1945; alt. DOB 1960 to 1961; "
      "DOB circa 1979-1982; DOB 01 Jan 1960 to 31 Dec 1962; DOB 10 Dec 1948; DOB unknown.");
  std::vector<std::string> dates;
  for (const DateValue& d : e.birth_dates) dates.push_back(d.to_string());
  EXPECT_EQ(dates, (std::vector<std::string>{"1948-12-10", "1938-05-03", "~1951", "1945-03",
                                             "1960/1961", "~1979/1982", "1960-01-01/1962-12-31"}));
  EXPECT_EQ(property(e, "birth_date"), "unknown");  // kept, never lost
}

TEST(OfacRemarksTest, NationalitiesCitizenshipsAndGender) {
  const Entity e = person(
      "nationality Korea, North; alt. nationality Lebanon; nationality Iran; nationality Iran; "
      "citizen Mexico; alt. citizen Bosnia and Herzegovina; nationality possibly Palestinian; "
      "Gender Female.");
  EXPECT_EQ(e.nationalities, (std::vector<std::string>{"KP", "LB", "IR"}));
  EXPECT_EQ(e.citizenships, (std::vector<std::string>{"MX", "BA"}));
  EXPECT_EQ(property(e, "nationality"), "possibly Palestinian");
  EXPECT_EQ(e.gender, Gender::kFemale);
}

TEST(OfacRemarksTest, PositionsTitlesAndFamily) {
  const Entity e = person(
      "Minister of Interior; Brigadier General; Position: Director, General Intelligence "
      "Directorate; Haji; wife of Izzat Ibrahim Al-Duri; arrested 30 Sep 2002; ethnicity Kurdish; "
      "Tribe: Noorzai; currently incarcerated in the Philippines; Director of Main Street 1095 "
      "Proprietary Limited.");
  EXPECT_EQ(property(e, "position"),
            "Minister of Interior|Brigadier General|Director, General Intelligence Directorate");
  EXPECT_EQ(property(e, "title"), "Haji");
  ASSERT_EQ(e.relations.size(), 1U);
  EXPECT_EQ(e.relations[0].kind, RelationKind::kFamily);
  EXPECT_EQ(e.relations[0].target_name, "Izzat Ibrahim Al-Duri");
  EXPECT_EQ(property(e, "family_relation"), "wife of Izzat Ibrahim Al-Duri");
  EXPECT_EQ(property(e, "arrested"), "30 Sep 2002");
  EXPECT_EQ(property(e, "ethnicity"), "Kurdish");
  EXPECT_EQ(property(e, "tribe"), "Noorzai");
  // A status, and a number that is no identifier: remarks, not positions or identifiers.
  EXPECT_EQ(property(e, "remark"),
            "currently incarcerated in the Philippines|Director of Main Street 1095 Proprietary "
            "Limited");
  EXPECT_TRUE(e.identifiers.empty());
}

TEST(OfacRemarksTest, AnOrganisationsFreeFactIsARemark) {
  const Entity e = parse("all offices worldwide; Minister of Interior.", Schema::kOrganization);
  EXPECT_EQ(property(e, "remark"), "all offices worldwide|Minister of Interior");
  EXPECT_EQ(property(e, "position"), "");
}

// --- Names and relations. ---

TEST(OfacRemarksTest, QuotedNames) {
  const Entity e = parse(
      "a.k.a. 'BNC'; f.k.a. 'SAND SWAN'; n.k.a. 'NEW NAME'; a.k.a. ''FOOPIE''; "
      "a.k.a. ''ABD AL-MUHSI'; a.k.a. 'A; B'; a.k.a. 'BNC'; d.b.a. 'ANARQUIA PAINTBALL'.");
  ASSERT_EQ(e.names.size(), 7U);
  EXPECT_EQ(e.names[0].full, "BNC");
  EXPECT_EQ(e.names[0].kind, NameKind::kWeakAlias);
  EXPECT_EQ(e.names[0].script, "Latn");
  EXPECT_EQ(e.names[1].full, "SAND SWAN");
  EXPECT_EQ(e.names[1].kind, NameKind::kFormer);
  EXPECT_EQ(e.names[2].kind, NameKind::kAlias);
  EXPECT_EQ(e.names[3].full, "FOOPIE");
  EXPECT_EQ(e.names[4].full, "'ABD AL-MUHSI");  // the apostrophe of a transliterated ayn
  EXPECT_EQ(e.names[5].full, "A; B");
  EXPECT_EQ(e.names[6].full, "ANARQUIA PAINTBALL");
  EXPECT_EQ(e.names[6].kind, NameKind::kAlias);
}

TEST(OfacRemarksTest, APersonsWeakAliasIsTurnedAround) {
  const Entity e = person("a.k.a. 'AL-WARD, Abu'; a.k.a. 'ABU ANAS'.");
  ASSERT_EQ(e.names.size(), 2U);
  EXPECT_EQ(e.names[0].full, "Abu AL-WARD");
  EXPECT_EQ(e.names[0].parts.family, "AL-WARD");
  EXPECT_EQ(e.names[0].parts.given, "Abu");
  EXPECT_EQ(e.names[1].full, "ABU ANAS");
}

TEST(OfacRemarksTest, LinkedToTargets) {
  const Entity e = parse(
      "Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE; Linked To: NEW AHMADI "
      "LTD.; Linked To: NEW AHMADI LTD; Linked To: KPD S.A.");
  ASSERT_EQ(e.relations.size(), 3U);
  EXPECT_EQ(e.relations[0].target_name, "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE");
  EXPECT_EQ(e.relations[1].target_name, "NEW AHMADI LTD");
  EXPECT_EQ(e.relations[2].target_name, "KPD S.A");
}

// --- Identifiers. ---

TEST(OfacRemarksTest, IdentifiersWithCountryAndDates) {
  const Entity e = parse(
      "Passport B 960789 issued 15 Jul 1998 expires 22 May 2003; alt. Passport 1084010 (Egypt); "
      "Registration Number HRA 738077 (Stuttgart) (Germany); Tax ID No. 7704104217 (Russia); "
      "SWIFT/BIC HAVIGB2L; Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); "
      "C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968; Diplomatic Passport 008827 (Iran) "
      "issued 1999.");
  ASSERT_EQ(e.identifiers.size(), 8U);
  const Identifier& passport = e.identifiers[0];
  EXPECT_EQ(passport.type, IdentifierType::kPassport);
  EXPECT_EQ(passport.label, "Passport");
  EXPECT_EQ(passport.value, "B 960789");
  EXPECT_EQ(passport.normalised, "B960789");
  EXPECT_EQ(passport.issued, "15 Jul 1998");
  EXPECT_EQ(passport.expires, "22 May 2003");
  EXPECT_EQ(passport.country, "");
  EXPECT_EQ(e.identifiers[1].country, "EG");
  EXPECT_EQ(e.identifiers[2].type, IdentifierType::kRegistration);
  EXPECT_EQ(e.identifiers[2].value, "HRA 738077");
  EXPECT_EQ(e.identifiers[2].normalised, "HRA738077");
  EXPECT_EQ(e.identifiers[2].country, "DE");
  EXPECT_EQ(e.identifiers[2].note, "Stuttgart");
  EXPECT_EQ(e.identifiers[3].type, IdentifierType::kTaxId);
  EXPECT_EQ(e.identifiers[3].country, "RU");
  EXPECT_EQ(e.identifiers[4].type, IdentifierType::kBic);
  EXPECT_EQ(e.identifiers[5].type, IdentifierType::kLei);
  EXPECT_EQ(e.identifiers[6].type, IdentifierType::kNationalId);
  EXPECT_EQ(e.identifiers[6].label, "C.U.R.P.");
  EXPECT_EQ(e.identifiers[6].issued, "1968");
  EXPECT_EQ(e.identifiers[7].type, IdentifierType::kPassport);
  EXPECT_EQ(e.identifiers[7].label, "Diplomatic Passport");
  EXPECT_EQ(e.identifiers[7].country, "IR");
}

TEST(OfacRemarksTest, LongestLabelWins) {
  const Entity e = parse(
      "Identification Number IMO 5342883; Identification Number 2.194.575 (Paraguay); "
      "Company Number IMO 5055293; Company Number 01074897 (United Kingdom); "
      "Unified Social Credit Code (USCC) 91110117663725176G (China); C.U.R.P. # "
      "HESU430525HBCRMR13 (Mexico); National ID No. 660000 73767 (Belgium).");
  ASSERT_EQ(e.identifiers.size(), 7U);
  EXPECT_EQ(e.identifiers[0].type, IdentifierType::kImo);
  EXPECT_EQ(e.identifiers[0].value, "5342883");
  EXPECT_EQ(e.identifiers[1].type, IdentifierType::kNationalId);
  EXPECT_EQ(e.identifiers[1].normalised, "2194575");
  EXPECT_EQ(e.identifiers[2].type, IdentifierType::kImo);
  EXPECT_EQ(e.identifiers[3].type, IdentifierType::kRegistration);
  EXPECT_EQ(e.identifiers[3].country, "GB");
  EXPECT_EQ(e.identifiers[4].label, "Unified Social Credit Code (USCC)");
  EXPECT_EQ(e.identifiers[4].value, "91110117663725176G");
  EXPECT_EQ(e.identifiers[5].label, "C.U.R.P. #");
  EXPECT_EQ(e.identifiers[5].value, "HESU430525HBCRMR13");
  EXPECT_EQ(e.identifiers[6].value, "660000 73767");
}

TEST(OfacRemarksTest, LabelsWithAndWithoutTheirAbbreviation) {
  const Entity e = parse(
      "Legal Entity Number (LEI) 253400V1H6ART1UQ0N98; Driver's License 180839 (Mexico); "
      "Driver's License No. 210082884 (Mexico).");
  ASSERT_EQ(e.identifiers.size(), 3U);
  EXPECT_EQ(e.identifiers[0].type, IdentifierType::kLei);
  EXPECT_EQ(e.identifiers[0].value, "253400V1H6ART1UQ0N98");
  EXPECT_EQ(e.identifiers[1].type, IdentifierType::kDriverLicense);
  EXPECT_EQ(e.identifiers[1].value, "180839");
  EXPECT_EQ(e.identifiers[2].label, "Driver's License No.");
  EXPECT_EQ(e.identifiers[2].value, "210082884");
}

TEST(OfacRemarksTest, LabelsTheTableDoesNotKnowStillMakeIdentifiers) {
  const Entity e = parse(
      "RUC # 20108363101 (Peru); Trademark number 38266997 (China); UAE Identification "
      "784-1968-9720837-5; International Maritime Organization No. (5777731).");
  ASSERT_EQ(e.identifiers.size(), 4U);
  EXPECT_EQ(e.identifiers[0].type, IdentifierType::kTaxId);
  EXPECT_EQ(e.identifiers[1].label, "Trademark number");
  EXPECT_EQ(e.identifiers[1].value, "38266997");
  EXPECT_EQ(e.identifiers[1].country, "CN");
  EXPECT_EQ(e.identifiers[2].value, "784-1968-9720837-5");
  EXPECT_EQ(e.identifiers[3].type, IdentifierType::kImo);
  EXPECT_EQ(e.identifiers[3].normalised, "5777731");
}

TEST(OfacRemarksTest, WalletsKeepCurrencyAndCase) {
  const Entity e = parse(
      "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; alt. Digital Currency "
      "Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; Digital Currency Address - "
      "USDT 0xfec8a60023265364d066a1212fde3930f6ae8da7; Digital Currency Address - XBT.");
  ASSERT_EQ(e.identifiers.size(), 3U);
  EXPECT_EQ(e.identifiers[0].type, IdentifierType::kCryptoWallet);
  EXPECT_EQ(e.identifiers[0].label, "XBT");
  EXPECT_EQ(e.identifiers[0].value, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
  EXPECT_EQ(e.identifiers[0].normalised, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
  EXPECT_EQ(e.identifiers[1].label, "ETH");
  EXPECT_EQ(e.identifiers[1].normalised, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96");
  EXPECT_EQ(e.identifiers[2].label, "USDT");
}

TEST(OfacRemarksTest, ContactsWithAndWithoutKeys) {
  const Entity e = parse(
      "Website http://waatasemu.org.ly; Email Address info@x.ir; Phone Number 982188526300; "
      "Telephone: 0097282851500; Fax: 0097282858208; www.manartv.com; info@sanabel.org.uk "
      "(email); http://www.sanabel.org.uk (website); PHONE 850 2 381 8221.");
  std::vector<std::pair<IdentifierType, std::string>> got;
  for (const Identifier& i : e.identifiers) got.emplace_back(i.type, i.value);
  const std::vector<std::pair<IdentifierType, std::string>> expected = {
      {IdentifierType::kWebsite, "http://waatasemu.org.ly"},
      {IdentifierType::kEmail, "info@x.ir"},
      {IdentifierType::kPhone, "982188526300"},
      {IdentifierType::kPhone, "0097282851500"},
      {IdentifierType::kPhone, "0097282858208"},
      {IdentifierType::kWebsite, "www.manartv.com"},
      {IdentifierType::kEmail, "info@sanabel.org.uk"},
      {IdentifierType::kWebsite, "http://www.sanabel.org.uk"},
      {IdentifierType::kPhone, "850 2 381 8221"},
  };
  EXPECT_EQ(got, expected);
  EXPECT_EQ(e.identifiers[0].normalised, "waatasemu.org.ly");
  EXPECT_EQ(property(e, "remark"), "");
}

// --- Vessels, aircraft, organisations. ---

TEST(OfacRemarksTest, VesselFacts) {
  const Entity e = parse(
      "Vessel Registration Identification IMO 7406784; MMSI 572469210; Vessel Call Sign 9BQW; "
      "Vessel Flag Iran; alt. Former Vessel Flag Tanzania; Former Vessel Flag Atlantis; "
      "Other Vessel Type Roll-on Roll-off; Vessel Year of Build 1999; Vessel Gross Registered "
      "Tonnage 1,234; Vessel Owner NITC; Linked To: NATIONAL IRANIAN TANKER COMPANY.",
      Schema::kVessel);
  ASSERT_NE(find_identifier(e, IdentifierType::kImo), nullptr);
  EXPECT_EQ(find_identifier(e, IdentifierType::kImo)->value, "7406784");
  EXPECT_EQ(find_identifier(e, IdentifierType::kMmsi)->value, "572469210");
  EXPECT_EQ(find_identifier(e, IdentifierType::kCallSign)->value, "9BQW");
  EXPECT_EQ(property(e, "vessel_flag"), "Iran");
  EXPECT_EQ(property(e, "vessel_flag_code"), "IR");
  EXPECT_EQ(property(e, "former_vessel_flag"), "Tanzania|Atlantis");
  EXPECT_EQ(property(e, "former_vessel_flag_code"), "TZ");
  EXPECT_EQ(e.countries, std::vector<std::string>{"IR"});  // the flag it flies now
  EXPECT_EQ(property(e, "vessel_type"), "Roll-on Roll-off");
  EXPECT_EQ(property(e, "vessel_build_year"), "1999");
  EXPECT_EQ(property(e, "vessel_grt"), "1,234");
  EXPECT_EQ(property(e, "vessel_owner"), "NITC");
  EXPECT_EQ(e.relations.size(), 1U);
}

TEST(OfacRemarksTest, AircraftFacts) {
  const Entity e = parse(
      "Aircraft Tail Number EP-IEB; Previous Aircraft Tail Number EP-MMB; Aircraft Manufacturer's "
      "Serial Number (MSN) 1023409321; Aircraft Model IL76-TD; Aircraft Operator Iran Air; "
      "Aircraft Manufacture Date 01 Jan 1992; alt. Aircraft Manufacture Date 1991; Aircraft "
      "Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Mode S Transponder "
      "Code 140AE7.",
      Schema::kAircraft);
  ASSERT_EQ(e.identifiers.size(), 3U);
  EXPECT_EQ(e.identifiers[0].type, IdentifierType::kAircraftTail);
  EXPECT_EQ(e.identifiers[0].normalised, "EPIEB");
  EXPECT_EQ(e.identifiers[1].label, "Previous Aircraft Tail Number");
  EXPECT_EQ(e.identifiers[2].type, IdentifierType::kAircraftSerial);
  EXPECT_EQ(e.identifiers[2].value, "1023409321");
  EXPECT_EQ(property(e, "aircraft_model"), "IL76-TD");
  EXPECT_EQ(property(e, "aircraft_operator"), "Iran Air");
  EXPECT_EQ(property(e, "aircraft_manufacture_date"), "1992-01-01|1991");
  EXPECT_EQ(property(e, "aircraft_construction_number"), "8401");
  EXPECT_EQ(property(e, "aircraft_mode_s"), "140AE7");
}

TEST(OfacRemarksTest, OrganisationFacts) {
  const Entity e = parse(
      "Organization Established Date 19 Nov 1991; alt. Organization Established Date 1969; "
      "Organization Established Date circa 1950; Organization Type: Passenger air transport; "
      "Target Type Financial Institution; Nationality of Registration Korea, North; Equity Ticker "
      "ROSB; ISIN RU0007796926.",
      Schema::kOrganization);
  EXPECT_EQ(property(e, "organization_established_date"), "1991-11-19|1969|circa 1950");
  EXPECT_EQ(property(e, "organization_type"), "Passenger air transport");
  EXPECT_EQ(property(e, "target_type"), "Financial Institution");
  EXPECT_EQ(property(e, "nationality_of_registration"), "Korea, North");
  EXPECT_EQ(property(e, "nationality_of_registration_code"), "KP");
  EXPECT_EQ(e.countries, std::vector<std::string>{"KP"});
  EXPECT_EQ(property(e, "equity_ticker"), "ROSB");
  EXPECT_EQ(find_identifier(e, IdentifierType::kIsin)->value, "RU0007796926");
}

TEST(OfacRemarksTest, SanctionsInformation) {
  const Entity e = parse(
      "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive "
      "Order 13886; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial "
      "Institutions: North Korea Sanctions Regulations section 510.214; Executive Order 13846 "
      "information: BLOCKING PROPERTY AND INTERESTS IN PROPERTY.  Sec. 5(a)(iv); Executive Order "
      "13662 Directive Determination - Subject to Directive 1; CAATSA Section 235 Information: "
      "FOREIGN EXCHANGE. Sec 235(a)(7); Listing Date (EO 14024 Directive 2): 24 Feb 2022; "
      "Effective Date (EO 14024 Directive 2): 26 Mar 2022; IFCA Determination - Involved in the "
      "Shipping Sector; For more information on directives, please visit the following link: "
      "http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives.");
  EXPECT_EQ(property(e, "secondary_sanctions_risk"),
            "section 1(b) of Executive Order 13224, as amended by Executive Order 13886");
  EXPECT_EQ(property(e, "transactions_prohibited"),
            "North Korea Sanctions Regulations section 510.214");
  EXPECT_EQ(property(e, "executive_order_information"),
            "Executive Order 13846 information: BLOCKING PROPERTY AND INTERESTS IN PROPERTY.  Sec. "
            "5(a)(iv)");
  EXPECT_EQ(property(e, "directive_determination"),
            "Executive Order 13662 Directive Determination - Subject to Directive 1");
  EXPECT_EQ(property(e, "caatsa_information"),
            "CAATSA Section 235 Information: FOREIGN EXCHANGE. Sec 235(a)(7)");
  EXPECT_EQ(property(e, "listing_date"), "(EO 14024 Directive 2): 24 Feb 2022");
  EXPECT_EQ(property(e, "effective_date"), "(EO 14024 Directive 2): 26 Mar 2022");
  EXPECT_EQ(property(e, "ifca_determination"), "Involved in the Shipping Sector");
  EXPECT_EQ(
      property(e, "information_link"),
      "http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives");
  EXPECT_EQ(property(e, "remark"), "");
}

TEST(OfacRemarksTest, LegalBasesCitedInText) {
  EXPECT_EQ(legal_bases_in("section 1(b) of Executive Order 13224, as amended by Executive Order "
                           "13886; see also E.O. 13224 and EO 14024"),
            (std::vector<std::string>{"E.O. 13224", "E.O. 13886", "E.O. 14024"}));
  EXPECT_TRUE(legal_bases_in("Listing Date (GEO 14024)").empty());
  EXPECT_TRUE(legal_bases_in("Executive Order information").empty());
  EXPECT_TRUE(legal_bases_in("").empty());
}

// --- Robustness. ---

TEST(OfacRemarksTest, OddInputNeverCrashesAndLosesNothing) {
  for (std::string_view text :
       {"", ";;;", "DOB", "a.k.a. '", "a.k.a. ''", "Passport ()", "Passport (Iran)", "(((((",
        ")))))", "alt.", "alt. ", "Linked To:", "Digital Currency Address -", "'''''",
        "Registration Number (", "DOB 31 Feb 1990"}) {
    Entity e;
    EXPECT_NO_THROW(apply_ofac_remarks(text, e)) << text;
  }
  EXPECT_EQ(property(parse("DOB 31 Feb 1990."), "birth_date"), "31 Feb 1990");
  std::string noise;
  for (int i = 0; i < 20000; ++i) noise += static_cast<char>((i * 7919 + 13) % 256);
  Entity e;
  EXPECT_NO_THROW(apply_ofac_remarks(noise, e));
}

}  // namespace
}  // namespace vigil::sources
