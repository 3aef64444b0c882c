// The OFAC SDN_ADVANCED XML parser. No real file was available: the fixture
// tests/data/fixtures/ofac_advanced/sdn_advanced.xml is hand-made in the published structure
// (element and attribute names and reference value IDs as in the official files, invented
// parties).
#include "sources/ofac_advanced_xml.h"

#include <gtest/gtest.h>

#include "sources/damaged_input_test_util.h"
#include "sources/list_format.h"
#include "sources/loader.h"

namespace vigil::sources {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kFixtureDir = VIGIL_TEST_DATA_DIR "/fixtures/ofac_advanced";
constexpr const char* kFixture = VIGIL_TEST_DATA_DIR "/fixtures/ofac_advanced/sdn_advanced.xml";

const Entity* find(const std::vector<Entity>& entities, std::string_view source_id) {
  for (const Entity& entity : entities) {
    if (entity.source_id == source_id) return &entity;
  }
  return nullptr;
}

std::vector<std::string> property_values(const Entity& entity, std::string_view key) {
  std::vector<std::string> values;
  for (const Property& property : entity.properties) {
    if (property.key == key) values.push_back(property.value);
  }
  return values;
}

const Identifier* find_identifier(const Entity& entity, IdentifierType type) {
  for (const Identifier& identifier : entity.identifiers) {
    if (identifier.type == type) return &identifier;
  }
  return nullptr;
}

// The fixture, loaded through the public loader as `vigil lists --source` does.
class OfacAdvancedFixtureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::vector<ParseOutput>> loaded = load_sources({kFixtureDir});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1u);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() { delete output_; }
  static const Entity& entity(std::string_view source_id) {
    const Entity* found = find(output_->entities, source_id);
    if (found == nullptr) throw std::runtime_error("no entity " + std::string(source_id));
    return *found;
  }
  static ParseOutput* output_;
};
ParseOutput* OfacAdvancedFixtureTest::output_ = nullptr;

TEST(OfacAdvancedDetectTest, RootAndNamespace) {
  Result<InputFile> fixture = read_input_file(kFixture);
  ASSERT_TRUE(fixture.ok());
  EXPECT_TRUE(is_ofac_advanced_xml(fixture->bytes));
  EXPECT_EQ(detect_list_format(fixture->bytes), ListFormat::kOfacAdvancedXml);
  EXPECT_EQ(format_id(ListFormat::kOfacAdvancedXml), "ofac_advanced_xml");
  EXPECT_TRUE(is_ofac_advanced_xml("<Sanctions xmlns=\"http://www.un.org/sanctions/1.0\"/>"));
  EXPECT_FALSE(is_ofac_advanced_xml("<Sanctions/>"));
  EXPECT_FALSE(is_ofac_advanced_xml("<sdnList/>"));
  EXPECT_FALSE(is_ofac_advanced_xml(""));
}

TEST_F(OfacAdvancedFixtureTest, DatasetFacts) {
  ASSERT_NE(output_, nullptr);
  const DatasetInfo& info = output_->info;
  EXPECT_EQ(info.id, "ofac_sdn");  // from the file name, as OFAC names SDN_ADVANCED.XML
  EXPECT_EQ(info.authority, "OFAC");
  EXPECT_EQ(info.publication_date, "2025-03-14");
  EXPECT_EQ(info.files.at(0).format, "ofac_advanced_xml");
  EXPECT_EQ(info.entity_count, 5u);
  EXPECT_EQ(info.skipped_records, 0u);
  EXPECT_TRUE(output_->diagnostics.empty());
}

TEST_F(OfacAdvancedFixtureTest, PersonWithBirthDatesAndPassport) {
  ASSERT_NE(output_, nullptr);
  const Entity& person = entity("90001");
  EXPECT_EQ(person.id, "ofac_sdn:90001");
  EXPECT_EQ(person.schema, Schema::kPerson);
  ASSERT_EQ(person.names.size(), 3u);
  EXPECT_EQ(person.names[0].full, "Karim Hassan TESTALI");
  EXPECT_EQ(person.names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(person.names[0].parts.given, "Karim");
  EXPECT_EQ(person.names[0].parts.middle, "Hassan");
  EXPECT_EQ(person.names[0].parts.family, "TESTALI");
  EXPECT_EQ(person.names[1].full, "Kareem TESTALLI");
  EXPECT_EQ(person.names[1].kind, NameKind::kAlias);
  EXPECT_EQ(person.names[2].full, "Abu Test");
  EXPECT_EQ(person.names[2].kind, NameKind::kWeakAlias);
  ASSERT_EQ(person.birth_dates.size(), 2u);
  EXPECT_EQ(person.birth_dates[0].to_string(), "1970-05-12");
  EXPECT_EQ(person.birth_dates[1].to_string(), "~1968");
  EXPECT_EQ(person.birth_places, Strings{"Baghdad, Iraq"});
  EXPECT_EQ(person.nationalities, Strings{"IQ"});
  EXPECT_EQ(person.gender, Gender::kMale);
  const Identifier* passport = find_identifier(person, IdentifierType::kPassport);
  ASSERT_NE(passport, nullptr);
  EXPECT_EQ(passport->value, "A1234567");
  EXPECT_EQ(passport->country, "IQ");
  EXPECT_EQ(passport->issued, "2010-01-15");
  EXPECT_EQ(passport->expires, "2020-01-14");
  ASSERT_EQ(person.sanctions.size(), 1u);
  EXPECT_EQ(person.sanctions[0].program, "SDGT");
  EXPECT_EQ(person.sanctions[0].legal_basis, "E.O. 13224");
  EXPECT_EQ(person.sanctions[0].listed_on, "2015-03-01");
  EXPECT_EQ(property_values(person, "sanctions_list"), Strings{"SDN List"});
  EXPECT_EQ(property_values(person, "legal_authority"),
            Strings{"Executive Order 13224 (Terrorism)"});
  EXPECT_EQ(property_values(person, "sanctions_type"), Strings{"Block"});
}

TEST_F(OfacAdvancedFixtureTest, OrganisationWithArabicAliasAddressAndRegistration) {
  ASSERT_NE(output_, nullptr);
  const Entity& company = entity("90002");
  EXPECT_EQ(company.schema, Schema::kOrganization);
  ASSERT_EQ(company.names.size(), 3u);
  EXPECT_EQ(company.names[0].full, "TEST TRADING COMPANY LLC");
  EXPECT_EQ(company.names[1].full, "شركة الاختبار للتجارة");
  EXPECT_EQ(company.names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(company.names[1].script, "Arab");
  EXPECT_EQ(company.names[2].kind, NameKind::kFormer);
  ASSERT_EQ(company.addresses.size(), 1u);
  EXPECT_EQ(company.addresses[0].street, "Office 12, Test Tower, Sheikh Zayed Road");
  EXPECT_EQ(company.addresses[0].city, "Dubai");
  EXPECT_EQ(company.addresses[0].country, "AE");
  EXPECT_EQ(company.countries, Strings{"AE"});
  const Identifier* registration = find_identifier(company, IdentifierType::kRegistration);
  ASSERT_NE(registration, nullptr);
  EXPECT_EQ(registration->normalised, "DMCC123456");
  EXPECT_EQ(registration->note, "Dubai Multi Commodities Centre");
  EXPECT_NE(find_identifier(company, IdentifierType::kWebsite), nullptr);
  EXPECT_EQ(company.remarks, "Front company of the designated network.");
}

TEST_F(OfacAdvancedFixtureTest, VesselWithImoAndItsOwner) {
  ASSERT_NE(output_, nullptr);
  const Entity& vessel = entity("90003");
  EXPECT_EQ(vessel.schema, Schema::kVessel);
  const Identifier* imo = find_identifier(vessel, IdentifierType::kImo);
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->normalised, "IMO9123456");
  EXPECT_NE(find_identifier(vessel, IdentifierType::kCallSign), nullptr);
  EXPECT_NE(find_identifier(vessel, IdentifierType::kMmsi), nullptr);
  EXPECT_EQ(property_values(vessel, "vessel_type"), Strings{"Crude Oil Tanker"});
  EXPECT_EQ(property_values(vessel, "vessel_flag"), Strings{"Panama"});
  EXPECT_EQ(vessel.countries, Strings{"PA"});
  ASSERT_EQ(vessel.relations.size(), 1u);
  EXPECT_EQ(vessel.relations[0].kind, RelationKind::kOwnedBy);
  EXPECT_EQ(vessel.relations[0].target_id, "ofac_sdn:90002");
  EXPECT_EQ(vessel.relations[0].target_name, "TEST TRADING COMPANY LLC");
}

TEST_F(OfacAdvancedFixtureTest, AircraftAndPersonInCyrillic) {
  ASSERT_NE(output_, nullptr);
  const Entity& aircraft = entity("90004");
  EXPECT_EQ(aircraft.schema, Schema::kAircraft);
  EXPECT_NE(find_identifier(aircraft, IdentifierType::kAircraftTail), nullptr);
  EXPECT_EQ(property_values(aircraft, "aircraft_model"), Strings{"Boeing 747-200"});
  EXPECT_EQ(aircraft.names.at(1).kind, NameKind::kFormer);

  const Entity& person = entity("90005");
  ASSERT_EQ(person.names.size(), 3u);
  EXPECT_EQ(person.names[0].full, "Ivan Petrovich SAMPLOV");
  EXPECT_EQ(person.names[0].parts.patronymic, "Petrovich");
  EXPECT_EQ(person.names[1].full, "Иван Петрович Самплов");
  EXPECT_EQ(person.names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(person.names[1].script, "Cyrl");
  EXPECT_EQ(person.names[2].kind, NameKind::kWeakAlias);
  ASSERT_EQ(person.birth_dates.size(), 1u);
  EXPECT_EQ(person.birth_dates[0].to_string(), "1960/1962");
  EXPECT_EQ(person.citizenships, Strings{"RU"});
  ASSERT_EQ(person.relations.size(), 1u);
  EXPECT_EQ(person.relations[0].kind, RelationKind::kAssociateOf);
  EXPECT_EQ(person.relations[0].target_id, "ofac_sdn:90001");
  EXPECT_EQ(person.sanctions.at(0).legal_basis, "E.O. 14024");
}

std::string fixture_bytes() {
  Result<InputFile> fixture = read_input_file(kFixture);
  return fixture.ok() ? fixture->bytes : std::string();
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(OfacAdvancedDamagedTest, MissingPartsAreSkippedWithDiagnostics) {
  std::string bytes =
      replaced(fixture_bytes(), "<DistinctParty FixedRef=\"90004\">", "<DistinctParty>");
  bytes = replaced(bytes, "To-ProfileID=\"90002\"", "To-ProfileID=\"123\"");
  bytes = replaced(bytes, "<SanctionsEntry ID=\"90005\" ProfileID=\"90005\"",
                   "<SanctionsEntry ID=\"90005\" ProfileID=\"777\"");
  const Result<ParseOutput> output = parse_ofac_advanced_xml({"adv.xml", bytes}, "ofac_sdn");
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  EXPECT_EQ(output->entities.size(), 4u);
  EXPECT_EQ(output->info.skipped_records, 1u);
  // The party without a FixedRef, its sanctions entry, the entry for profile 777 and the
  // relationship to profile 123.
  ASSERT_EQ(output->diagnostics.size(), 4u);
  EXPECT_NE(output->diagnostics[0].message.find("without a FixedRef"), std::string::npos);
  EXPECT_NE(output->diagnostics[1].message.find("unknown profile 90004"), std::string::npos);
  EXPECT_NE(output->diagnostics[2].message.find("unknown profile 777"), std::string::npos);
  EXPECT_NE(output->diagnostics[3].message.find("7001 names an unknown profile"),
            std::string::npos);
  EXPECT_NE(output->diagnostics[0].to_string().find("adv.xml:"), std::string::npos);
  EXPECT_TRUE(find(output->entities, "90003")->relations.empty());
}

TEST(OfacAdvancedDamagedTest, FatalErrorsNameTheFile) {
  const std::string bytes = fixture_bytes();
  const Result<ParseOutput> truncated =
      parse_ofac_advanced_xml({"adv.xml", bytes.substr(0, bytes.size() / 2)}, "ofac_sdn");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.error().to_string().find("adv.xml:"), std::string::npos);
  const Result<ParseOutput> bad_utf8 = parse_ofac_advanced_xml({"adv.xml", replaced(bytes, "Dubai<",
                                                                                    "Dub\xFF"
                                                                                    "ai<")},
                                                               "ofac_sdn");
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_NE(bad_utf8.error().to_string().find("UTF-8"), std::string::npos);
  const Result<ParseOutput> no_parties = parse_ofac_advanced_xml(
      {"adv.xml", replaced(replaced(bytes, "<DistinctParties>", "<Parties>"), "</DistinctParties>",
                           "</Parties>")},
      "ofac_sdn");
  ASSERT_FALSE(no_parties.ok());
  EXPECT_NE(no_parties.error().message.find("no <DistinctParties>"), std::string::npos);
}

TEST(OfacAdvancedDamagedTest, DamagedCopiesNeverCrash) {
  for (const testing::DamagedInput& damaged : testing::damaged_copies(fixture_bytes())) {
    const Result<ParseOutput> output =
        parse_ofac_advanced_xml({"damaged.xml", damaged.bytes}, "ofac_sdn");
    if (!output.ok()) {
      EXPECT_NE(output.error().to_string().find("damaged.xml"), std::string::npos)
          << damaged.description;
    }
  }
}

}  // namespace
}  // namespace vigil::sources
