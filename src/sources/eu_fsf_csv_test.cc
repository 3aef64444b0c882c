// The EU Financial Sanctions Files CSV 1.1 parser. No real FSF file was available: the fixture
// tests/data/fixtures/eu_fsf/csv/fsf_fixture.csv is hand-made in the published CSV structure
// (the 118 columns of the official header, ';'-separated, a byte-order mark, one row per name,
// birth date, identification, citizenship or address) and holds the entries of the XML fixture
// beside it, so that the two formats can be checked to give the same entities.
#include "sources/eu_fsf_csv.h"

#include <gtest/gtest.h>

#include "sources/damaged_input_test_util.h"
#include "sources/eu_fsf_xml.h"
#include "sources/list_format.h"
#include "sources/loader.h"

namespace vigil::sources {
namespace {

constexpr std::string_view kDataset = "eu_test";
constexpr const char* kCsvDir = VIGIL_TEST_DATA_DIR "/fixtures/eu_fsf/csv";
constexpr const char* kCsvFixture = VIGIL_TEST_DATA_DIR "/fixtures/eu_fsf/csv/fsf_fixture.csv";
constexpr const char* kXmlFixture = VIGIL_TEST_DATA_DIR "/fixtures/eu_fsf/fsf_fixture.xml";

// A header with the columns the small inline files below use.
constexpr std::string_view kShortHeader =
    "fileGenerationDate;Entity_LogicalId;Entity_DesignationDate;Entity_SubjectType;"
    "Entity_Regulation_Programme;NameAlias_WholeName;NameAlias_LogicalId;BirthDate_Year;"
    "BirthDate_Circa;BirthDate_LogicalId\n";

InputFile file_of(std::string_view bytes, std::string path = "fsf.csv") {
  return InputFile{std::move(path), std::string(bytes)};
}

ParseOutput parse_fixture(const char* path,
                          Result<ParseOutput> (*parse)(const InputFile&, std::string_view)) {
  Result<InputFile> file = read_input_file(path);
  EXPECT_TRUE(file.ok());
  Result<ParseOutput> output = parse(*file, kDataset);
  EXPECT_TRUE(output.ok()) << output.error().to_string();
  return output.ok() ? std::move(output).value() : ParseOutput{};
}

const Entity* find(const std::vector<Entity>& entities, std::string_view source_id) {
  for (const Entity& entity : entities) {
    if (entity.source_id == source_id) return &entity;
  }
  return nullptr;
}

TEST(EuFsfCsvDetectTest, RecognisesTheHeaderRow) {
  Result<InputFile> csv = read_input_file(kCsvFixture);
  Result<InputFile> xml = read_input_file(kXmlFixture);
  ASSERT_TRUE(csv.ok() && xml.ok());
  EXPECT_TRUE(is_eu_fsf_csv(csv->bytes));
  EXPECT_EQ(detect_list_format(csv->bytes), ListFormat::kEuFsfCsv);
  EXPECT_EQ(format_id(ListFormat::kEuFsfCsv), "eu_fsf_csv");
  EXPECT_TRUE(is_eu_fsf_csv(kShortHeader));
  EXPECT_FALSE(is_eu_fsf_csv(xml->bytes));
  EXPECT_FALSE(is_eu_fsf_csv("Entity_LogicalId,NameAlias_WholeName\n1,A\n"));  // not ';'
  EXPECT_FALSE(is_eu_fsf_csv("Entity_LogicalId;Entity_Remark\n"));
  EXPECT_FALSE(is_eu_fsf_csv(""));
}

TEST(EuFsfCsvTest, LoadsThroughTheLoaderWithItsFacts) {
  Result<std::vector<ParseOutput>> loaded = load_sources({kCsvDir});
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->size(), 1u);
  const ParseOutput& output = loaded->front();
  EXPECT_EQ(output.info.id, "eu_fsf");
  EXPECT_EQ(output.info.title, "EU Consolidated Financial Sanctions List (FSF)");
  EXPECT_EQ(output.info.authority, "European Union");
  EXPECT_EQ(output.info.publication_date, "2025-03-14");  // fileGenerationDate, day first
  EXPECT_EQ(output.info.files.at(0).format, "eu_fsf_csv");
  EXPECT_EQ(output.info.entity_count, 3u);
  EXPECT_EQ(output.info.skipped_records, 1u);
  ASSERT_EQ(output.diagnostics.size(), 1u);
  EXPECT_EQ(output.diagnostics[0].message, "Entity_LogicalId 900404 has no name");
  EXPECT_EQ(output.diagnostics[0].where.line, 21);
}

TEST(EuFsfCsvTest, RowsFoldIntoOneEntityPerLogicalId) {
  const ParseOutput output = parse_fixture(kCsvFixture, parse_eu_fsf_csv);
  const Entity* person = find(output.entities, "900101");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->schema, Schema::kPerson);
  ASSERT_EQ(person->names.size(), 4u);
  EXPECT_EQ(person->names[0].full, "Ivan Petrovich Testov");
  EXPECT_EQ(person->names[0].parts.family, "Testov");
  EXPECT_EQ(person->names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(person->birth_dates.size(), 3u);
  EXPECT_EQ(person->birth_dates[1].to_string(), "~1968");
  EXPECT_EQ(person->citizenships, std::vector<std::string>{"RU"});
  ASSERT_EQ(person->sanctions.size(), 1u);  // every row repeats the one regulation
  EXPECT_EQ(person->sanctions[0].program, "UKR");
  EXPECT_EQ(person->identifiers.at(1).normalised, "721234567");
  EXPECT_EQ(person->identifiers.at(1).note, "knownExpired");

  const Entity* company = find(output.entities, "900202");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->schema, Schema::kOrganization);
  EXPECT_EQ(company->names[0].full, "Test Trading Company");
  ASSERT_EQ(company->identifiers.size(), 6u);
  EXPECT_EQ(company->identifiers[3].value, "+963 11 1234567");
  EXPECT_EQ(company->identifiers[4].type, IdentifierType::kEmail);
  EXPECT_EQ(company->addresses.at(0).note, "Head office; as at listing time");
}

// The CSV 1.1 has no column for the XML's strong="false": its weak aliases are read as aliases.
// Everything else must be the same.
TEST(EuFsfCsvTest, GivesTheEntitiesOfTheXml) {
  ParseOutput xml = parse_fixture(kXmlFixture, parse_eu_fsf_xml);
  const ParseOutput csv = parse_fixture(kCsvFixture, parse_eu_fsf_csv);
  ASSERT_EQ(csv.entities.size(), xml.entities.size());
  for (Entity& expected : xml.entities) {
    for (Name& name : expected.names) {
      if (name.kind == NameKind::kWeakAlias) name.kind = NameKind::kAlias;
    }
    const Entity* actual = find(csv.entities, expected.source_id);
    ASSERT_NE(actual, nullptr) << expected.source_id;
    for (EntitySection section : kEntitySections) {
      EXPECT_EQ(compute_section_hash(*actual, section), compute_section_hash(expected, section))
          << expected.source_id << " differs in " << to_string(section);
    }
    EXPECT_EQ(actual->content_hash, compute_content_hash(expected)) << expected.source_id;
  }
  EXPECT_EQ(csv.info.publication_date, xml.info.publication_date);
}

TEST(EuFsfCsvTest, DayFirstDatesFlagsAndScatteredRows) {
  const std::string csv = std::string(kShortHeader) +
                          "01/02/2025;7;23/02/2022;person;UKR;Anna Test;71;;;\n"
                          "01/02/2025;8;;enterprise;RUS;Beta Ltd;81;;;\n"
                          "01/02/2025;7;23/02/2022;person;UKR;;;1970;1;61\n"
                          "01/02/2025;7;23/02/2022;person;UKR;Anna Test;71;;;\n";
  Result<ParseOutput> output = parse_eu_fsf_csv(file_of(csv), kDataset);
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  ASSERT_EQ(output->entities.size(), 2u);
  const Entity& anna = output->entities[0];
  EXPECT_EQ(anna.source_id, "7");
  EXPECT_EQ(anna.names.size(), 1u);  // the repeated row adds nothing
  EXPECT_EQ(anna.sanctions.at(0).listed_on, "2022-02-23");
  ASSERT_EQ(anna.birth_dates.size(), 1u);
  EXPECT_EQ(anna.birth_dates[0].to_string(), "~1970");
  EXPECT_EQ(output->entities[1].schema, Schema::kOrganization);
  EXPECT_EQ(output->info.publication_date, "2025-02-01");
}

TEST(EuFsfCsvTest, BadRowsAreSkippedWithTheirLine) {
  const std::string csv = std::string(kShortHeader) +
                          "01/02/2025;7;;person;UKR;Anna Test;71;;;\n"
                          "01/02/2025;;;person;UKR;No Id;72;;;\n"
                          "01/02/2025;9;;person;UKR;Short row\n"
                          "01/02/2025;10;;person;UKR;;;1970;;61\n";
  Result<ParseOutput> output = parse_eu_fsf_csv(file_of(csv), kDataset);
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  EXPECT_EQ(output->entities.size(), 1u);
  EXPECT_EQ(output->info.skipped_records, 3u);
  ASSERT_EQ(output->diagnostics.size(), 3u);
  EXPECT_EQ(output->diagnostics[0].where.line, 3);
  EXPECT_EQ(output->diagnostics[0].message, "row without an Entity_LogicalId");
  EXPECT_EQ(output->diagnostics[1].where.line, 4);
  EXPECT_EQ(output->diagnostics[1].message, "expected 10 cells as in the header, found 6");
  EXPECT_EQ(output->diagnostics[2].where.line, 5);
  EXPECT_EQ(output->diagnostics[2].where.file, "fsf.csv");
}

TEST(EuFsfCsvTest, DamagedFilesNeverCrash) {
  Result<InputFile> fixture = read_input_file(kCsvFixture);
  ASSERT_TRUE(fixture.ok());
  size_t rejected = 0;
  for (const auto& damaged : testing::damaged_copies(fixture->bytes)) {
    const Result<ParseOutput> output = parse_eu_fsf_csv(file_of(damaged.bytes), kDataset);
    if (output.ok()) continue;
    ++rejected;
    EXPECT_EQ(output.error().where.file, "fsf.csv") << damaged.description;
    EXPECT_GE(output.error().where.line, 1) << damaged.description;
  }
  EXPECT_GE(rejected, 5u);  // the invalid UTF-8 copies, the empty file, the cut headers

  const Result<ParseOutput> bad_utf8 = parse_eu_fsf_csv(
      file_of(std::string(kShortHeader) + "x;1;;person;;A\xC0\xAF;;;;\n"), kDataset);
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_EQ(bad_utf8.error().where.line, 2);
  EXPECT_NE(bad_utf8.error().message.find("not valid UTF-8"), std::string::npos);

  const Result<ParseOutput> missing =
      parse_eu_fsf_csv(file_of("fileGenerationDate;Entity_LogicalId;Entity_Remark\n"), kDataset);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kFormat);
  EXPECT_EQ(missing.error().where.line, 1);
  EXPECT_NE(missing.error().message.find("no NameAlias_WholeName column"), std::string::npos);

  const Result<ParseOutput> empty = parse_eu_fsf_csv(file_of(""), kDataset);
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("empty file"), std::string::npos);
}

}  // namespace
}  // namespace vigil::sources
