// The EU Financial Sanctions Files parser. No real FSF file was available: the fixture
// tests/data/fixtures/eu_fsf/fsf_fixture.xml is hand-made in the published XML 1.1 structure
// (element and attribute names as in the official files, invented parties).
#include "sources/eu_fsf_xml.h"

#include <gtest/gtest.h>

#include "sources/damaged_input_test_util.h"
#include "sources/loader.h"

namespace vigil::sources {
namespace {

constexpr std::string_view kDataset = "eu_test";
constexpr const char* kFixtureDir = VIGIL_TEST_DATA_DIR "/fixtures/eu_fsf";
constexpr const char* kFixture = VIGIL_TEST_DATA_DIR "/fixtures/eu_fsf/fsf_fixture.xml";

InputFile file_of(std::string_view bytes, std::string path = "fsf.xml") {
  return InputFile{std::move(path), std::string(bytes)};
}

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

using Strings = std::vector<std::string>;

// The fixture, loaded through the public loader as `vigil lists --source` does.
class EuFsfFixtureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::vector<ParseOutput>> loaded = load_sources({kFixtureDir});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1u);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() { delete output_; }
  static ParseOutput* output_;
};
ParseOutput* EuFsfFixtureTest::output_ = nullptr;

TEST(EuFsfDetectTest, RecognisesTheNamespaceOrTheEntries) {
  Result<InputFile> fixture = read_input_file(kFixture);
  ASSERT_TRUE(fixture.ok());
  EXPECT_TRUE(is_eu_fsf_xml(fixture->bytes));
  EXPECT_TRUE(is_eu_fsf_xml("<export><sanctionEntity logicalId=\"1\"/></export>"));
  EXPECT_FALSE(is_eu_fsf_xml("<export><item/></export>"));
  EXPECT_FALSE(is_eu_fsf_xml("<sdnList/>"));
  EXPECT_FALSE(is_eu_fsf_xml(""));
}

TEST_F(EuFsfFixtureTest, DatasetFacts) {
  ASSERT_NE(output_, nullptr);
  const DatasetInfo& info = output_->info;
  EXPECT_EQ(info.id, "eu_fsf");
  EXPECT_EQ(info.title, "EU Consolidated Financial Sanctions List (FSF)");
  EXPECT_EQ(info.authority, "European Union");
  EXPECT_EQ(info.publication_date, "2025-03-14");
  EXPECT_EQ(info.files.at(0).format, "eu_fsf_xml");
  EXPECT_EQ(info.entity_count, 3u);
  EXPECT_EQ(info.skipped_records, 1u);  // the entry without a name
  ASSERT_EQ(output_->diagnostics.size(), 1u);
  EXPECT_NE(output_->diagnostics[0].message.find("900404 has no name"), std::string::npos);
  EXPECT_GT(output_->diagnostics[0].where.line, 30);
}

TEST_F(EuFsfFixtureTest, PersonNamesStrongWeakAndOriginalScript) {
  ASSERT_NE(output_, nullptr);
  const Entity* person = find(output_->entities, "900101");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->id, "eu_fsf:900101");
  EXPECT_EQ(person->schema, Schema::kPerson);
  ASSERT_EQ(person->names.size(), 4u);
  const Name& primary = person->names[0];
  EXPECT_EQ(primary.kind, NameKind::kPrimary);
  EXPECT_EQ(primary.full, "Ivan Petrovich Testov");
  EXPECT_EQ(primary.parts.given, "Ivan");
  EXPECT_EQ(primary.parts.middle, "Petrovich");
  EXPECT_EQ(primary.parts.family, "Testov");
  EXPECT_EQ(person->names[1].full, "Иван Петрович Тестов");
  EXPECT_EQ(person->names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(person->names[1].script, "Cyrl");
  EXPECT_EQ(person->names[1].language, "ru");
  EXPECT_EQ(person->names[2].kind, NameKind::kWeakAlias);
  EXPECT_EQ(person->names[3].full, "Ivan Testoff");  // no wholeName: the parts joined
  EXPECT_EQ(person->names[3].language, "fr");
  EXPECT_EQ(person->gender, Gender::kMale);
  EXPECT_EQ(property_values(*person, "position"),
            Strings{"Deputy Chairman of the Management Board"});
  EXPECT_EQ(person->citizenships, Strings{"RU"});
  EXPECT_EQ(person->remarks, "Member of the board of a state-owned bank.");
}

TEST_F(EuFsfFixtureTest, EveryBirthDateForm) {
  ASSERT_NE(output_, nullptr);
  const Entity& person = *find(output_->entities, "900101");
  ASSERT_EQ(person.birth_dates.size(), 3u);
  EXPECT_EQ(person.birth_dates[0].to_string(), "1970-01-01");
  EXPECT_EQ(person.birth_dates[1].to_string(), "~1968");
  EXPECT_EQ(person.birth_dates[1].original, "circa 1968");
  EXPECT_EQ(person.birth_dates[2].to_string(), "1965/1967");
  EXPECT_EQ(person.birth_places, Strings{"Leningrad, RUSSIAN FEDERATION"});
}

TEST_F(EuFsfFixtureTest, SanctionsIdentifiersAndAddresses) {
  ASSERT_NE(output_, nullptr);
  const Entity& person = *find(output_->entities, "900101");
  ASSERT_EQ(person.sanctions.size(), 1u);
  EXPECT_EQ(person.sanctions[0].authority, "European Union");
  EXPECT_EQ(person.sanctions[0].program, "UKR");
  EXPECT_EQ(person.sanctions[0].legal_basis, "2022/260 (OJ L42I)");
  EXPECT_EQ(person.sanctions[0].listed_on, "2022-02-23");
  EXPECT_EQ(property_values(person, "eu_reference_number"), Strings{"EU.9001.01"});
  ASSERT_EQ(person.identifiers.size(), 3u);  // the EU reference, a passport, a fiscal code
  const Identifier& passport = person.identifiers[1];
  EXPECT_EQ(passport.type, IdentifierType::kPassport);
  EXPECT_EQ(passport.value, "72 1234567");
  EXPECT_EQ(passport.normalised, "721234567");
  EXPECT_EQ(passport.country, "RU");
  EXPECT_EQ(passport.issued, "2015-05-20");
  EXPECT_EQ(passport.note, "knownExpired");
  EXPECT_EQ(person.identifiers[2].type, IdentifierType::kTaxId);
  ASSERT_EQ(person.addresses.size(), 1u);
  EXPECT_EQ(person.addresses[0].to_string(),
            "Testovaya ulitsa 1, Moscow 101000, RUSSIAN FEDERATION");
  EXPECT_EQ(person.addresses[0].country, "RU");
}

TEST_F(EuFsfFixtureTest, EnterprisesWithContactsAndVessels) {
  ASSERT_NE(output_, nullptr);
  const Entity* company = find(output_->entities, "900202");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->schema, Schema::kOrganization);
  // The Arabic name comes first in the file; the first strong Latin name is the primary one.
  EXPECT_EQ(company->names[0].full, "Test Trading Company");
  EXPECT_EQ(company->names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(company->names[1].script, "Arab");
  EXPECT_EQ(company->names[1].language, "ar");
  EXPECT_EQ(company->names[2].kind, NameKind::kWeakAlias);
  // No designationDate: the regulation's entry into force is the listing date.
  EXPECT_EQ(company->sanctions.at(0).listed_on, "2013-04-24");
  std::vector<IdentifierType> types;
  for (const Identifier& identifier : company->identifiers) types.push_back(identifier.type);
  EXPECT_EQ(types, (std::vector<IdentifierType>{
                       IdentifierType::kOther, IdentifierType::kRegistration, IdentifierType::kBic,
                       IdentifierType::kPhone, IdentifierType::kEmail, IdentifierType::kWebsite}));
  EXPECT_EQ(company->identifiers[1].note, "Damascus Chamber of Commerce");
  EXPECT_EQ(company->identifiers[2].country, "");  // "00": unknown
  ASSERT_EQ(company->addresses.size(), 1u);
  EXPECT_EQ(company->addresses[0].street, "Baghdad Street, P.O. Box 1234");
  EXPECT_EQ(company->addresses[0].note, "Head office; as at listing time");

  const Entity* tanker = find(output_->entities, "900303");
  ASSERT_NE(tanker, nullptr);
  EXPECT_EQ(tanker->identifiers.at(1).type, IdentifierType::kImo);
  EXPECT_EQ(tanker->identifiers.at(1).value, "9123456");
}

TEST(EuFsfXmlTest, OtherCalendarsAndBadDatesAreKeptAsText) {
  Result<ParseOutput> output = parse_eu_fsf_xml(
      file_of("<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"x\">\n"
              "<sanctionEntity logicalId=\"1\"><subjectType code=\"person\"/>"
              "<nameAlias wholeName=\"A B\" strong=\"true\"/>\n"
              "<birthdate calendarType=\"ISLAMIC\" year=\"1390\"/>\n"
              "<birthdate birthdate=\"sometime\"/></sanctionEntity>\n"
              "<sanctionEntity><nameAlias wholeName=\"C\"/></sanctionEntity>\n"
              "<sanctionEntity logicalId=\"1\"><nameAlias wholeName=\"D\"/></sanctionEntity>\n"
              "</export>"),
      kDataset);
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  ASSERT_EQ(output->entities.size(), 1u);
  EXPECT_TRUE(output->entities[0].birth_dates.empty());
  EXPECT_EQ(property_values(output->entities[0], "birth_date"),
            (Strings{"1390 ISLAMIC", "sometime"}));
  EXPECT_EQ(output->info.skipped_records, 2u);
  EXPECT_EQ(output->info.publication_date, "");
  EXPECT_EQ(output->diagnostics.size(), 5u);  // two dates, two skips, the generationDate
}

TEST(EuFsfXmlTest, DamagedFilesNeverCrash) {
  Result<InputFile> fixture = read_input_file(kFixture);
  ASSERT_TRUE(fixture.ok());
  size_t rejected = 0;
  for (const auto& damaged : testing::damaged_copies(fixture->bytes)) {
    const Result<ParseOutput> output = parse_eu_fsf_xml(file_of(damaged.bytes), kDataset);
    if (output.ok()) continue;
    ++rejected;
    EXPECT_EQ(output.error().where.file, "fsf.xml") << damaged.description;
  }
  EXPECT_GE(rejected, 12u);
  const Result<ParseOutput> bad_utf8 =
      parse_eu_fsf_xml(file_of("<export>\n<sanctionEntity logicalId=\"1\">\xC0\xAF</sanctionEntity>"
                               "</export>"),
                       kDataset);
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_EQ(bad_utf8.error().where.line, 2);
  EXPECT_NE(bad_utf8.error().message.find("not valid UTF-8 (byte 0xC0)"), std::string::npos);
  EXPECT_EQ(parse_eu_fsf_xml(file_of("<sdnList/>"), kDataset).error().code, ErrorCode::kFormat);
}

}  // namespace
}  // namespace vigil::sources
