// The UK Sanctions List (FCDO) parsers, XML and CSV. No real file was available: the fixtures
// tests/data/fixtures/uk_fcdo/UK-Sanctions-List.xml and csv/UK-Sanctions-List.csv are hand-made
// in the published structures (the XML's element names, the CSV's "Report Date:" line and 58
// header columns) and hold the same designations, so that the two formats can be checked to
// give the same entities. The CSV has a row per name, and further rows where a designation has
// several birth dates or addresses.
#include <gtest/gtest.h>

#include "sources/damaged_input_test_util.h"
#include "sources/list_format.h"
#include "sources/loader.h"
#include "sources/uk_fcdo_csv.h"
#include "sources/uk_fcdo_xml.h"

namespace vigil::sources {
namespace {

constexpr std::string_view kDataset = "uk_test";
constexpr const char* kXmlDir = VIGIL_TEST_DATA_DIR "/fixtures/uk_fcdo";
constexpr const char* kCsvDir = VIGIL_TEST_DATA_DIR "/fixtures/uk_fcdo/csv";
constexpr const char* kXmlFixture = VIGIL_TEST_DATA_DIR "/fixtures/uk_fcdo/UK-Sanctions-List.xml";
constexpr const char* kCsvFixture =
    VIGIL_TEST_DATA_DIR "/fixtures/uk_fcdo/csv/UK-Sanctions-List.csv";

using Strings = std::vector<std::string>;
using Parser = Result<ParseOutput> (*)(const InputFile&, std::string_view);

InputFile file_of(std::string_view bytes, std::string path = "uk.xml") {
  return InputFile{std::move(path), std::string(bytes)};
}

const Entity* find(const std::vector<Entity>& entities, std::string_view source_id) {
  for (const Entity& entity : entities) {
    if (entity.source_id == source_id) return &entity;
  }
  return nullptr;
}

Strings property_values(const Entity& entity, std::string_view key) {
  Strings values;
  for (const Property& property : entity.properties) {
    if (property.key == key) values.push_back(property.value);
  }
  return values;
}

ParseOutput load(const char* directory) {
  Result<std::vector<ParseOutput>> loaded = load_sources({directory});
  EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
  if (!loaded.ok() || loaded->size() != 1) return {};
  return std::move(loaded->front());
}

TEST(UkFcdoDetectTest, RecognisesBothFormats) {
  Result<InputFile> xml = read_input_file(kXmlFixture);
  Result<InputFile> csv = read_input_file(kCsvFixture);
  ASSERT_TRUE(xml.ok() && csv.ok());
  EXPECT_EQ(detect_list_format(xml->bytes), ListFormat::kUkFcdoXml);
  EXPECT_EQ(detect_list_format(csv->bytes), ListFormat::kUkFcdoCsv);
  EXPECT_EQ(format_id(ListFormat::kUkFcdoXml), "uk_fcdo_xml");
  EXPECT_EQ(format_id(ListFormat::kUkFcdoCsv), "uk_fcdo_csv");
  EXPECT_FALSE(is_uk_fcdo_xml("<export/>"));
  EXPECT_FALSE(is_uk_fcdo_csv(xml->bytes));
  EXPECT_FALSE(is_uk_fcdo_csv("Unique ID,Name 6\nRUS1,A\n"));
  EXPECT_TRUE(is_uk_fcdo_csv("Unique ID,Designation Type,Name 6,Name type\n"));
}

// Both fixtures, loaded as `vigil lists --source` does.
class UkFcdoFixtureTest : public ::testing::TestWithParam<const char*> {};

TEST_P(UkFcdoFixtureTest, DatasetFacts) {
  const ParseOutput output = load(GetParam());
  EXPECT_EQ(output.info.id, "uk_fcdo");
  EXPECT_EQ(output.info.title, "UK Sanctions List (FCDO)");
  EXPECT_EQ(output.info.authority, "UK Foreign, Commonwealth & Development Office (FCDO)");
  EXPECT_EQ(output.info.publication_date, "2026-10-08");
  EXPECT_EQ(output.info.entity_count, 3u);
  EXPECT_EQ(output.info.skipped_records, 1u);
  ASSERT_EQ(output.diagnostics.size(), 1u);
  EXPECT_NE(output.diagnostics[0].message.find("RUS9004 has no name"), std::string::npos);
  EXPECT_GT(output.diagnostics[0].where.line, 10);
}

TEST_P(UkFcdoFixtureTest, IndividualNamesDatesAndDocuments) {
  const ParseOutput output = load(GetParam());
  const Entity* person = find(output.entities, "RUS9001");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->id, "uk_fcdo:RUS9001");
  EXPECT_EQ(person->schema, Schema::kPerson);
  ASSERT_EQ(person->names.size(), 4u);
  EXPECT_EQ(person->names[0].full, "Ivan Petrovich TESTOV");
  EXPECT_EQ(person->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(person->names[0].parts.given, "Ivan");
  EXPECT_EQ(person->names[0].parts.middle, "Petrovich");
  EXPECT_EQ(person->names[0].parts.family, "TESTOV");
  EXPECT_EQ(person->names[0].parts.title, "Dr");
  EXPECT_EQ(person->names[1].kind, NameKind::kAlias);  // a primary name variation
  EXPECT_EQ(person->names[2].kind, NameKind::kWeakAlias);
  EXPECT_EQ(person->names[3].kind, NameKind::kNativeScript);
  EXPECT_EQ(person->names[3].script, "Cyrl");
  EXPECT_EQ(person->names[3].language, "ru");
  ASSERT_EQ(person->birth_dates.size(), 2u);
  EXPECT_EQ(person->birth_dates[0].to_string(), "1970-01-01");
  EXPECT_EQ(person->birth_dates[1].to_string(), "1968");  // dd/mm/1968
  EXPECT_EQ(person->birth_places, Strings{"Leningrad, Russia"});
  EXPECT_EQ(person->nationalities, Strings{"RU"});
  EXPECT_EQ(person->gender, Gender::kMale);
  ASSERT_EQ(person->identifiers.size(), 2u);
  EXPECT_EQ(person->identifiers[0].type, IdentifierType::kPassport);
  EXPECT_EQ(person->identifiers[0].normalised, "721234567");
  EXPECT_EQ(person->identifiers[0].country, "RU");
  EXPECT_EQ(person->identifiers[1].type, IdentifierType::kNationalId);
  EXPECT_EQ(property_values(*person, "position"),
            Strings{"Deputy Chairman of the Management Board"});
  EXPECT_EQ(property_values(*person, "ofsi_group_id"), Strings{"90001"});
  EXPECT_EQ(property_values(*person, "sanctions_imposed"),
            (Strings{"Asset freeze", "Travel Ban", "Director disqualification sanction"}));
}

TEST_P(UkFcdoFixtureTest, SanctionsAndRemarks) {
  const ParseOutput output = load(GetParam());
  const Entity& person = *find(output.entities, "RUS9001");
  ASSERT_EQ(person.sanctions.size(), 1u);
  EXPECT_EQ(person.sanctions[0].authority, "UK FCDO");
  EXPECT_EQ(person.sanctions[0].program, "The Russia (Sanctions) (EU Exit) Regulations 2019");
  EXPECT_EQ(person.sanctions[0].listed_on, "2022-03-15");
  EXPECT_NE(person.sanctions[0].reason.find("member of the board"), std::string::npos);
  EXPECT_EQ(person.remarks, "Deputy Chairman of the Management Board of a state-owned bank.");
  EXPECT_EQ(property_values(person, "last_updated"), Strings{"2026-08-04"});
  EXPECT_EQ(property_values(person, "designation_source"), Strings{"UK"});
}

TEST_P(UkFcdoFixtureTest, EntityContactsAddressesAndRelations) {
  const ParseOutput output = load(GetParam());
  const Entity* company = find(output.entities, "AFG9002");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->schema, Schema::kOrganization);
  EXPECT_EQ(company->names[0].full, "TEST TRADING COMPANY");
  EXPECT_TRUE(company->names[0].parts.family.empty());  // parts only for persons
  EXPECT_EQ(company->names[2].script, "Arab");
  EXPECT_EQ(company->names[2].language, "ar");
  std::vector<IdentifierType> types;
  for (const Identifier& identifier : company->identifiers) types.push_back(identifier.type);
  EXPECT_EQ(types, (std::vector<IdentifierType>{IdentifierType::kRegistration,
                                                IdentifierType::kEmail, IdentifierType::kEmail,
                                                IdentifierType::kWebsite, IdentifierType::kPhone}));
  EXPECT_EQ(company->identifiers[2].value, "exchange@ttc.example");
  ASSERT_EQ(company->addresses.size(), 2u);
  EXPECT_EQ(company->addresses[1].to_string(),
            "Chaman Central Bazaar, Baluchistan Province, Chaman, Pakistan");
  EXPECT_EQ(company->countries, (Strings{"AF", "PK"}));
  ASSERT_EQ(company->relations.size(), 2u);
  EXPECT_EQ(company->relations[0].kind, RelationKind::kLinkedTo);
  EXPECT_EQ(company->relations[0].target_name, "TTC Exchange Kandahar");
  EXPECT_EQ(company->relations[1].kind, RelationKind::kOwnedBy);
  EXPECT_EQ(property_values(*company, "un_id"), Strings{"TAe.999"});
  EXPECT_EQ(property_values(*company, "organization_type"), Strings{"Money service business"});
}

TEST_P(UkFcdoFixtureTest, ShipFacts) {
  const ParseOutput output = load(GetParam());
  const Entity* ship = find(output.entities, "RUS9003");
  ASSERT_NE(ship, nullptr);
  EXPECT_EQ(ship->schema, Schema::kVessel);
  ASSERT_EQ(ship->identifiers.size(), 1u);
  EXPECT_EQ(ship->identifiers[0].type, IdentifierType::kImo);
  EXPECT_EQ(ship->identifiers[0].normalised, "IMO9123456");
  EXPECT_EQ(property_values(*ship, "vessel_flag"), Strings{"Gabon"});
  EXPECT_EQ(property_values(*ship, "vessel_flag_code"), Strings{"GA"});
  EXPECT_EQ(property_values(*ship, "vessel_flag_former"), Strings{"Panama"});
  EXPECT_EQ(property_values(*ship, "vessel_type"), Strings{"Oil Tanker"});
  EXPECT_EQ(property_values(*ship, "vessel_owner"), Strings{"Test Shipping FZCO"});
  EXPECT_EQ(property_values(*ship, "vessel_build_year"), Strings{"2005"});
  EXPECT_EQ(property_values(*ship, "vessel_tonnage"), Strings{"81000"});
}

INSTANTIATE_TEST_SUITE_P(XmlAndCsv, UkFcdoFixtureTest, ::testing::Values(kXmlDir, kCsvDir));

TEST(UkFcdoTest, CsvGivesTheEntitiesOfTheXml) {
  const ParseOutput xml = load(kXmlDir);
  const ParseOutput csv = load(kCsvDir);
  ASSERT_EQ(csv.entities.size(), xml.entities.size());
  for (const Entity& expected : xml.entities) {
    const Entity* actual = find(csv.entities, expected.source_id);
    ASSERT_NE(actual, nullptr) << expected.source_id;
    for (EntitySection section : kEntitySections) {
      EXPECT_EQ(compute_section_hash(*actual, section), compute_section_hash(expected, section))
          << expected.source_id << " differs in " << to_string(section);
    }
    EXPECT_EQ(actual->content_hash, expected.content_hash) << expected.source_id;
  }
}

TEST(UkFcdoTest, BadDesignationsAreSkippedWithTheirElement) {
  Result<ParseOutput> output = parse_uk_fcdo_xml(
      file_of("<Designations><DateGenerated>sometime</DateGenerated>\n"
              "<Designation><UniqueID>A1</UniqueID><IndividualEntityShip>Individual"
              "</IndividualEntityShip><Names><Name><Name6>ONE</Name6></Name></Names>\n"
              "<IndividualDetails><Individual><DOBs><DOB>31/02/19x</DOB></DOBs></Individual>"
              "</IndividualDetails></Designation>\n"
              "<Designation><Names><Name><Name6>NO ID</Name6></Name></Names></Designation>\n"
              "<Designation><UniqueID>A1</UniqueID></Designation>\n"
              "</Designations>"),
      kDataset);
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  ASSERT_EQ(output->entities.size(), 1u);
  EXPECT_EQ(output->entities[0].names[0].kind, NameKind::kPrimary);  // the only name
  EXPECT_EQ(property_values(output->entities[0], "birth_date"), Strings{"31/02/19x"});
  EXPECT_EQ(output->info.skipped_records, 2u);
  EXPECT_EQ(output->info.publication_date, "");
  ASSERT_EQ(output->diagnostics.size(), 4u);
  EXPECT_EQ(output->diagnostics[0].message, "unrecognised date of birth '31/02/19x' kept as text");
  EXPECT_EQ(output->diagnostics[0].where.line, 2);  // the designation's line
  EXPECT_EQ(output->diagnostics[1].message, "Designation without a UniqueID");
  EXPECT_EQ(output->diagnostics[1].where.line, 4);
  EXPECT_EQ(output->diagnostics[2].message, "duplicate UniqueID A1");
  EXPECT_EQ(output->diagnostics[3].message, "unrecognised DateGenerated 'sometime'");
}

TEST(UkFcdoTest, CsvRowsWithoutAnIdOrWithMissingCellsAreSkipped) {
  const std::string csv =
      "Report Date: 08-Oct-2026\n"
      "Unique ID,Designation Type,Name 6,Name 1,Name type\n"
      "R1,Individual,ONE,Anna,Primary Name\n"
      ",Individual,TWO,,Primary Name\n"
      "R3,Individual,THREE\n"
      "R1,Individual,UNO,Anna,Alias\n";
  Result<ParseOutput> output = parse_uk_fcdo_csv(file_of(csv, "uk.csv"), kDataset);
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  ASSERT_EQ(output->entities.size(), 1u);
  EXPECT_EQ(output->entities[0].names.size(), 2u);  // rows of one Unique ID fold
  EXPECT_EQ(output->info.skipped_records, 2u);
  ASSERT_EQ(output->diagnostics.size(), 2u);
  EXPECT_EQ(output->diagnostics[0].where.line, 4);
  EXPECT_EQ(output->diagnostics[0].message, "row without a Unique ID");
  EXPECT_EQ(output->diagnostics[1].where.line, 5);
  EXPECT_EQ(output->diagnostics[1].message, "expected 5 cells as in the header, found 3");
}

void expect_damaged_copies_never_crash(const char* fixture, Parser parse, std::string path) {
  Result<InputFile> original = read_input_file(fixture);
  ASSERT_TRUE(original.ok());
  size_t rejected = 0;
  for (const auto& damaged : testing::damaged_copies(original->bytes)) {
    const Result<ParseOutput> output = parse(file_of(damaged.bytes, path), kDataset);
    if (output.ok()) continue;
    ++rejected;
    EXPECT_EQ(output.error().where.file, path) << damaged.description;
  }
  EXPECT_GE(rejected, 5u) << path;  // at least the invalid UTF-8 copies and the empty file
}

TEST(UkFcdoTest, DamagedFilesNeverCrash) {
  expect_damaged_copies_never_crash(kXmlFixture, parse_uk_fcdo_xml, "uk.xml");
  expect_damaged_copies_never_crash(kCsvFixture, parse_uk_fcdo_csv, "uk.csv");

  const Result<ParseOutput> bad_xml = parse_uk_fcdo_xml(
      file_of("<Designations>\n<Designation><UniqueID>\xC0\xAF</UniqueID></Designation>"
              "</Designations>"),
      kDataset);
  ASSERT_FALSE(bad_xml.ok());
  EXPECT_EQ(bad_xml.error().where.line, 2);
  const Result<ParseOutput> bad_csv = parse_uk_fcdo_csv(
      file_of("Unique ID,Designation Type,Name 6,Name type\nR1,Entity,A\xFF,Primary Name\n",
              "uk.csv"),
      kDataset);
  ASSERT_FALSE(bad_csv.ok());
  EXPECT_EQ(bad_csv.error().where.line, 2);
  EXPECT_NE(bad_csv.error().message.find("not valid UTF-8"), std::string::npos);

  const Result<ParseOutput> no_header = parse_uk_fcdo_csv(
      file_of("Report Date: 08-Oct-2026\nUnique ID,Name 6\nR1,A\n", "uk.csv"), kDataset);
  ASSERT_FALSE(no_header.ok());
  EXPECT_EQ(no_header.error().code, ErrorCode::kFormat);
  EXPECT_NE(no_header.error().message.find("Designation Type"), std::string::npos);
  EXPECT_EQ(parse_uk_fcdo_xml(file_of("<export/>"), kDataset).error().code, ErrorCode::kFormat);
}

}  // namespace
}  // namespace vigil::sources
