#include "sources/ca_sema_xml.h"

#include <gtest/gtest.h>

#include <iostream>

#include "sources/damaged_input_test_util.h"
#include "sources/loader.h"

namespace vigil::sources {
namespace {

constexpr std::string_view kDataset = "ca_test";

// Records as the real file writes them (whitespace, no-break spaces and all).
constexpr std::string_view kSample = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<data-set xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
	<record>
		<Country>Belarus / Bélarus</Country>
		<LastName>LUKASHENKO</LastName>
		<GivenName>Nikolai Aleksandrovich </GivenName>
		<Aliases>Mikalay Alyaksandravich Lukashenka, Kolya Lukashenko, Belarusian: Мікалай Аляксандравіч Лукашэнка; Russian: Николай Александрович Лукашенко, Коля Лукашенко</Aliases>
		<DateOfBirthOrShipBuildDate>2004-08-31</DateOfBirthOrShipBuildDate>
		<Schedule>1, Part 1</Schedule>
		<Item>120</Item>
		<DateOfListing>2024-08-08</DateOfListing>
	</record>
	<record>
		<Country>Syria / Syrie</Country>
		<TitleOrShip>Major General/major-général</TitleOrShip>
		<LastName>Nazih )"
                                     "\xC2\xA0"
                                     R"(</LastName>
		<GivenName>Hassan</GivenName>
		<DateOfBirthOrShipBuildDate>1963-1964</DateOfBirthOrShipBuildDate>
		<Schedule>Part 2</Schedule>
		<Item>74</Item>
		<DateOfListing>2011-12-23</DateOfListing>
	</record>
	<record>
		<Country>Russia / Russie</Country>
		<EntityOrShip>Balitiyskiy III</EntityOrShip>
		<TitleOrShip>General Cargo / Multi Purpose</TitleOrShip>
		<ShipIMONumber>7612448</ShipIMONumber>
		<DateOfBirthOrShipBuildDate>1980</DateOfBirthOrShipBuildDate>
		<Schedule>1.1</Schedule>
		<Item>1</Item>
		<DateOfListing>2025-02-21</DateOfListing>
	</record>
	<record>
		<Country>Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) / Règlement relatif à la justice pour les victimes de dirigeants étrangers corrompus (RJVDEC)</Country>
		<LastName>ABAHUSSAIN</LastName>
		<GivenName>Mansour Othman </GivenName>
		<DateOfBirthOrShipBuildDate>1972-08-10 or 1972-08-11</DateOfBirthOrShipBuildDate>
		<Item>54</Item>
		<DateOfListing>2018-11-29</DateOfListing>
	</record>
	<record>
		<Country>Russia / Russie</Country>
		<EntityOrShip>Ocean Electronics LLC</EntityOrShip>
		<Aliases>Океан Электроники, ООО; ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "ОКЕАН ЭЛЕКТРОНИКИ"</Aliases>
		<Schedule>1, Part 2</Schedule>
		<Item>442</Item>
		<DateOfListing>2023-08-22</DateOfListing>
	</record>
</data-set>
)";

InputFile file_of(std::string_view bytes, std::string path = "sema-lsi.xml") {
  return InputFile{std::move(path), std::string(bytes)};
}

ParseOutput parse_ok(std::string_view bytes) {
  Result<ParseOutput> output = parse_ca_sema_xml(file_of(bytes), kDataset);
  EXPECT_TRUE(output.ok()) << output.error().to_string();
  return output.ok() ? std::move(output).value() : ParseOutput{};
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

using Names = std::vector<std::string>;

TEST(CaSemaDetectTest, RecognisesTheListFromItsContent) {
  EXPECT_TRUE(is_ca_sema_xml(kSample));
  EXPECT_FALSE(is_ca_sema_xml("<data-set><record><Foo/></record></data-set>"));
  EXPECT_FALSE(is_ca_sema_xml("<CONSOLIDATED_LIST><Country/></CONSOLIDATED_LIST>"));
  EXPECT_FALSE(is_ca_sema_xml(""));
}

TEST(CaSemaXmlTest, PersonWithAliasesInSeveralScripts) {
  const ParseOutput output = parse_ok(kSample);
  EXPECT_EQ(output.info.entity_count, 5u);
  EXPECT_EQ(output.info.authority, "Global Affairs Canada");
  EXPECT_EQ(output.info.note,
            "The file states no publication date; its latest listing date is 2025-02-21.");
  const Entity* person = find(output.entities, "belarus-1-part-1-120");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->id, "ca_test:belarus-1-part-1-120");
  EXPECT_EQ(person->schema, Schema::kPerson);
  const Name& primary = person->names.at(0);
  EXPECT_EQ(primary.full, "Nikolai Aleksandrovich LUKASHENKO");
  EXPECT_EQ(primary.parts.given, "Nikolai");
  EXPECT_EQ(primary.parts.middle, "Aleksandrovich");
  EXPECT_EQ(primary.parts.family, "LUKASHENKO");
  ASSERT_EQ(person->names.size(), 6u);
  EXPECT_EQ(person->names[1].kind, NameKind::kAlias);
  EXPECT_EQ(person->names[3].full, "Мікалай Аляксандравіч Лукашэнка");
  EXPECT_EQ(person->names[3].kind, NameKind::kNativeScript);
  EXPECT_EQ(person->names[3].script, "Cyrl");
  EXPECT_EQ(person->names[3].language, "be");
  ASSERT_EQ(person->birth_dates.size(), 1u);
  EXPECT_EQ(person->birth_dates[0].to_string(), "2004-08-31");
  ASSERT_EQ(person->sanctions.size(), 1u);
  EXPECT_EQ(person->sanctions[0].authority, "Global Affairs Canada");
  EXPECT_EQ(person->sanctions[0].program, "Belarus");
  EXPECT_EQ(person->sanctions[0].legal_basis, "Special Economic Measures (Belarus) Regulations");
  EXPECT_EQ(person->sanctions[0].listed_on, "2024-08-08");
  EXPECT_EQ(property_values(*person, "listing_reference"), Names{"Schedule 1, Part 1, item 120"});
}

TEST(CaSemaXmlTest, TitlesYearRangesAndAlternativeDates) {
  const ParseOutput output = parse_ok(kSample);
  const Entity* general = find(output.entities, "syria-part-2-74");
  ASSERT_NE(general, nullptr);
  EXPECT_EQ(general->names[0].full, "Hassan Nazih");  // the no-break space is gone
  EXPECT_EQ(general->names[0].parts.title, "Major General");
  EXPECT_EQ(property_values(*general, "title"), Names{"Major General/major-général"});
  ASSERT_EQ(general->birth_dates.size(), 1u);
  EXPECT_EQ(general->birth_dates[0].to_string(), "1963/1964");

  const Entity* official = find(output.entities, "jvcfor-54");
  ASSERT_NE(official, nullptr);
  EXPECT_EQ(official->sanctions[0].program, "JVCFOR");
  EXPECT_EQ(official->sanctions[0].legal_basis,
            "Justice for Victims of Corrupt Foreign Officials Regulations");
  ASSERT_EQ(official->birth_dates.size(), 2u);
  EXPECT_EQ(official->birth_dates[1].to_string(), "1972-08-11");
  EXPECT_TRUE(output.diagnostics.empty());
}

TEST(CaSemaXmlTest, ShipsHaveAnImoAndABuildYearNotABirthDate) {
  const ParseOutput output = parse_ok(kSample);
  const Entity* ship = find(output.entities, "russia-1-1-1");
  ASSERT_NE(ship, nullptr);
  EXPECT_EQ(ship->schema, Schema::kVessel);
  EXPECT_EQ(ship->names[0].full, "Balitiyskiy III");
  EXPECT_TRUE(ship->birth_dates.empty());
  EXPECT_EQ(property_values(*ship, "vessel_build_year"), Names{"1980"});
  EXPECT_EQ(property_values(*ship, "vessel_type"), Names{"General Cargo / Multi Purpose"});
  ASSERT_EQ(ship->identifiers.size(), 1u);
  EXPECT_EQ(ship->identifiers[0].type, IdentifierType::kImo);
  EXPECT_EQ(ship->identifiers[0].value, "7612448");

  const Entity* company = find(output.entities, "russia-1-part-2-442");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->schema, Schema::kOrganization);
  ASSERT_EQ(company->names.size(), 3u);
  EXPECT_EQ(company->names[1].full, "Океан Электроники, ООО");
  EXPECT_EQ(company->names[1].kind, NameKind::kNativeScript);
}

TEST(CaSemaXmlTest, BadRecordsAreSkippedWithTheirLine) {
  const ParseOutput output = parse_ok(
      "<data-set>\n<record><Country>Iran</Country><LastName>A</LastName></record>\n"
      "<record><Country>Iran</Country><Item>1</Item></record>\n"
      "<record><Country>Iran</Country><LastName>B</LastName><Item>2</Item>"
      "<DateOfBirthOrShipBuildDate>born in the early 1970s</DateOfBirthOrShipBuildDate>"
      "<DateOfListing>sometime</DateOfListing></record>\n"
      "<record><Country>Iran</Country><LastName>C</LastName><Item>2</Item></record>\n"
      "</data-set>");
  ASSERT_EQ(output.entities.size(), 1u);
  EXPECT_EQ(output.info.skipped_records, 3u);
  EXPECT_EQ(property_values(output.entities[0], "birth_date"), Names{"born in the early 1970s"});
  ASSERT_EQ(output.diagnostics.size(), 5u);
  EXPECT_EQ(output.diagnostics[0].where.line, 2);
  EXPECT_EQ(output.diagnostics[0].where.element, "/data-set/record[1]");
  EXPECT_NE(output.diagnostics[0].message.find("<Item>"), std::string::npos);
  EXPECT_NE(output.diagnostics[1].message.find("no name"), std::string::npos);
  EXPECT_NE(output.diagnostics[4].message.find("a second record"), std::string::npos);
}

TEST(CaSemaXmlTest, DamagedFilesNeverCrash) {
  for (const auto& damaged : testing::damaged_copies(kSample)) {
    const Result<ParseOutput> output = parse_ca_sema_xml(file_of(damaged.bytes), kDataset);
    if (!output.ok()) {
      EXPECT_EQ(output.error().where.file, "sema-lsi.xml") << damaged.description;
      EXPECT_FALSE(output.error().message.empty()) << damaged.description;
    }
  }
  const Result<ParseOutput> truncated =
      parse_ca_sema_xml(file_of(kSample.substr(0, kSample.size() / 2)), kDataset);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().code, ErrorCode::kMalformed);
  EXPECT_GT(truncated.error().where.line, 1);
  EXPECT_EQ(parse_ca_sema_xml(file_of("<sdnList/>"), kDataset).error().code, ErrorCode::kFormat);
}

// The real list, loaded through the public loader as `vigil lists --source` does.
class CaSemaRealFileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::vector<ParseOutput>> loaded =
        load_sources({VIGIL_SOURCE_DATA_DIR "/lists/ca_sema"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1u);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() { delete output_; }
  static ParseOutput* output_;
};
ParseOutput* CaSemaRealFileTest::output_ = nullptr;

TEST_F(CaSemaRealFileTest, LoadsEveryRecord) {
  ASSERT_NE(output_, nullptr);
  const DatasetInfo& info = output_->info;
  EXPECT_EQ(info.id, "ca_sema");
  EXPECT_EQ(info.title, "Canada Consolidated Autonomous Sanctions List (SEMA, JVCFOA)");
  EXPECT_EQ(info.files.at(0).format, "ca_sema_xml");
  EXPECT_EQ(info.entity_count, 4759u);
  EXPECT_EQ(info.skipped_records, 0u);
  EXPECT_NE(info.note.find("2025-03-20"), std::string::npos);
  size_t people = 0;
  size_t ships = 0;
  for (const Entity& entity : output_->entities) {
    people += entity.schema == Schema::kPerson ? 1 : 0;
    ships += entity.schema == Schema::kVessel ? 1 : 0;
    ASSERT_EQ(entity.sanctions.size(), 1u) << entity.id;
    EXPECT_FALSE(entity.sanctions[0].legal_basis.empty()) << entity.id;
    EXPECT_EQ(entity.sanctions[0].listed_on.size(), 10u) << entity.id;
  }
  EXPECT_EQ(people, 3334u);
  EXPECT_EQ(ships, 109u);
  // The only warnings are the two birth dates the list does not write as dates.
  for (const Diagnostic& diagnostic : output_->diagnostics) {
    std::cout << diagnostic.to_string() << "\n";
  }
  EXPECT_EQ(output_->diagnostics.size(), 2u);
}

TEST_F(CaSemaRealFileTest, SpotChecks) {
  ASSERT_NE(output_, nullptr);
  const Entity* lukashenko = find(output_->entities, "belarus-1-part-1-8");
  ASSERT_NE(lukashenko, nullptr);
  EXPECT_EQ(lukashenko->names[0].full, "Aleksandr Grigoryevich Lukashenko");
  EXPECT_EQ(lukashenko->birth_dates.at(0).to_string(), "1954-08-30");
  EXPECT_EQ(lukashenko->sanctions[0].listed_on, "2020-09-28");

  const Entity* mordashov = find(output_->entities, "russia-1-part-1-1111");
  ASSERT_NE(mordashov, nullptr);
  EXPECT_EQ(mordashov->names[0].full, "Alexei Alexandrovich MORDASHOV");
  ASSERT_EQ(mordashov->names.size(), 2u);
  EXPECT_EQ(mordashov->names[1].full, "Алексей Александрович Мордашов");
  EXPECT_EQ(mordashov->names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(mordashov->birth_dates.at(0).to_string(), "1965-09-26");
  // His son's date is written "Sep-99": kept as text, not guessed.
  const Entity* son = find(output_->entities, "russia-1-part-1-1114");
  ASSERT_NE(son, nullptr);
  EXPECT_TRUE(son->birth_dates.empty());
  EXPECT_EQ(property_values(*son, "birth_date"), Names{"Sep-99"});

  const Entity* gazprombank = find(output_->entities, "russia-1-part-2-94");
  ASSERT_NE(gazprombank, nullptr);
  EXPECT_EQ(gazprombank->schema, Schema::kOrganization);
  EXPECT_EQ(gazprombank->names.size(), 4u);
  EXPECT_EQ(gazprombank->names[2].full, "Gazprombank (Joint Stock Company)");

  const Entity* khalaf = find(output_->entities, "syria-part-2-198");
  ASSERT_NE(khalaf, nullptr);
  EXPECT_EQ(khalaf->names[0].full, "Ghassan Omar Khalaf");
  EXPECT_EQ(khalaf->names[0].parts.title, "Dr.");

  const Entity* shcherbakov = find(output_->entities, "russia-1-part-1-115");
  ASSERT_NE(shcherbakov, nullptr);
  ASSERT_EQ(shcherbakov->names.size(), 3u);
  EXPECT_EQ(shcherbakov->names[1].full, "Sergei");
  EXPECT_EQ(shcherbakov->names[1].kind, NameKind::kWeakAlias);
  EXPECT_EQ(shcherbakov->names[2].full, "Serhii SHERBAKOV");

  const Entity* tanker = find(output_->entities, "russia-1-1-6");
  ASSERT_NE(tanker, nullptr);
  EXPECT_EQ(tanker->names[0].full, "Bodhi");
  EXPECT_EQ(tanker->identifiers.at(0).value, "9144782");
  EXPECT_EQ(property_values(*tanker, "vessel_type"), Names{"Oil Tanker"});
}

TEST_F(CaSemaRealFileTest, DamagedCopiesOfTheRealFileNeverCrash) {
  Result<InputFile> file = read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/ca_sema/sema-lsi.xml");
  ASSERT_TRUE(file.ok());
  size_t rejected = 0;
  for (const auto& damaged : testing::damaged_copies(file->bytes)) {
    const Result<ParseOutput> output = parse_ca_sema_xml(file_of(damaged.bytes), "ca_sema");
    if (output.ok()) continue;
    ++rejected;
    EXPECT_EQ(output.error().where.file, "sema-lsi.xml") << damaged.description;
  }
  // Every truncation, every splice of invalid UTF-8 and the empty file.
  EXPECT_GE(rejected, 13u);
}

}  // namespace
}  // namespace vigil::sources
