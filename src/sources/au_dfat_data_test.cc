// The DFAT Consolidated List parser on the real list as DFAT published it in February 2026,
// loaded through the public loader, and on damaged copies of it.
#include <gtest/gtest.h>

#include <map>

#include "sources/au_dfat.h"
#include "sources/entity_test_support.h"
#include "sources/input_file.h"
#include "sources/list_format.h"
#include "sources/loader.h"

namespace vigil::sources {
namespace {

using testing::dates_of;
using testing::find_entity;
using testing::find_identifier;
using testing::names_of;
using testing::properties_of;
using testing::Strings;

// The real list as DFAT published it in February 2026, through the public loader.
class AuDfatDataTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = load_sources({VIGIL_SOURCE_DATA_DIR "/lists/au_dfat"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1U);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() {
    delete output_;
    output_ = nullptr;
  }
  static const ParseOutput& out() { return *output_; }
  static const Entity& entity(std::string_view reference) {
    const Entity* found = find_entity(out(), reference);
    EXPECT_NE(found, nullptr) << reference;
    static const Entity kNone;
    return found == nullptr ? kNone : *found;
  }

 private:
  static ParseOutput* output_;
};
ParseOutput* AuDfatDataTest::output_ = nullptr;

TEST_F(AuDfatDataTest, EveryReferenceIsAnEntity) {
  EXPECT_EQ(out().info.id, "au_dfat");
  EXPECT_EQ(out().info.title, "Australia DFAT Consolidated List");
  EXPECT_EQ(out().info.publication_date, "2026-02-24");  // the manifest's control date
  EXPECT_EQ(out().entities.size(), 3811U);               // the manifest's 3,811 references
  EXPECT_EQ(out().info.skipped_records, 0U);
  ASSERT_EQ(out().info.files.size(), 1U);
  EXPECT_EQ(out().info.files[0].format, "au_dfat_xlsx");
  // Four birth dates in the file are typing errors or a Hijri date; each is kept as text.
  EXPECT_EQ(out().diagnostics.size(), 4U);
  std::map<Schema, size_t> schemas;
  size_t names = 0;
  for (const Entity& e : out().entities) {
    ++schemas[e.schema];
    names += e.names.size();
    EXPECT_EQ(e.names.front().kind, NameKind::kPrimary) << e.id;
  }
  EXPECT_EQ(schemas[Schema::kVessel], 262U);
  EXPECT_EQ(names, 11059U);
}

TEST_F(AuDfatDataTest, TalibanMinisterWithOriginalScriptName) {
  const Entity& e = entity("5");
  EXPECT_EQ(e.names.front().full, "Muhammad Taher Anwari");
  EXPECT_EQ(names_of(e, NameKind::kWeakAlias), Strings{"Haji Mudir"});
  EXPECT_EQ(names_of(e, NameKind::kNativeScript), Strings{"محمد طاهر أنوري"});
  EXPECT_EQ(names_of(e, NameKind::kAlias).size(), 3U);
  EXPECT_EQ(dates_of(e), Strings{"1961"});
  EXPECT_EQ(e.birth_places, Strings{"Zurmat District, Paktia Province, Afghanistan"});
  EXPECT_EQ(e.citizenships, Strings{"AF"});
  EXPECT_NE(find_identifier(e, IdentifierType::kOther, "TAi.005"), nullptr);
  ASSERT_EQ(e.sanctions.size(), 1U);
  EXPECT_EQ(e.sanctions[0].program, "1988 (Taliban)");
  EXPECT_EQ(e.sanctions[0].listed_on, "2001-01-25");
}

TEST_F(AuDfatDataTest, TalibanOfficialWithManyBirthYears) {
  const Entity& e = entity("2");
  EXPECT_EQ(e.names.front().full, "MOHAMMAD HASSAN AKHUND");
  EXPECT_EQ(dates_of(e).size(), 10U);
  EXPECT_EQ(dates_of(e).front(), "1945");
  EXPECT_EQ(properties_of(e, "control_date"), Strings{"2026-02-05"});
}

TEST_F(AuDfatDataTest, DonbasCommanderWithTwoCitizenships) {
  const Entity& e = entity("2974");
  EXPECT_EQ(e.names.front().full, "Igor Mykolaiovych BEZLER");
  EXPECT_EQ(dates_of(e), Strings{"1964-12-30"});  // an Excel date serial
  EXPECT_EQ(e.citizenships, (Strings{"RU", "UA"}));
  ASSERT_EQ(e.addresses.size(), 1U);
  EXPECT_EQ(e.addresses[0].street, "Moscow");
  EXPECT_EQ(e.addresses[0].country, "RU");
  EXPECT_EQ(e.sanctions[0].listed_on, "2014-09-02");
}

TEST_F(AuDfatDataTest, BirthMonthOnlyWhereTheCellShowsMonthAndYear) {
  const Entity& e = entity("2557");
  EXPECT_EQ(e.names.front().full, "Innocent Kaina");
  EXPECT_EQ(dates_of(e), Strings{"1973-11"});
  ASSERT_EQ(e.addresses.size(), 1U);
  EXPECT_EQ(e.addresses[0].country, "UG");
  EXPECT_EQ(e.addresses[0].note, "as of early 2016");
}

TEST_F(AuDfatDataTest, SanctionedVesselWithImoAndFormerName) {
  const Entity& e = entity("8228");
  EXPECT_EQ(e.schema, Schema::kVessel);
  EXPECT_EQ(e.names.front().full, "NOCTIS");
  EXPECT_EQ(names_of(e, NameKind::kFormer), Strings{"ASHER"});
  EXPECT_NE(find_identifier(e, IdentifierType::kImo, "9258868"), nullptr);
  EXPECT_EQ(properties_of(e, "sanction_measure"), Strings{"Maritime Restriction"});
  EXPECT_EQ(properties_of(e, "control_date"), Strings{"2025-06-18"});
}

TEST_F(AuDfatDataTest, RussianEntityWithAddressAndWebsite) {
  const Entity& e = entity("8100");
  EXPECT_EQ(e.schema, Schema::kOrganization);
  EXPECT_EQ(e.names.front().full, "Tambov Gunpowder Plant Federal State Enterprise");
  EXPECT_EQ(names_of(e, NameKind::kAlias), Strings{"TPZ FSE"});
  ASSERT_EQ(e.addresses.size(), 1U);
  EXPECT_EQ(e.addresses[0].country, "RU");
  EXPECT_EQ(e.addresses[0].street, "Prospekt Truda, 23 Kotovsk Tambov Region 393190");
  EXPECT_NE(find_identifier(e, IdentifierType::kWebsite, "http://www.tambovpowder.ru/"), nullptr);
}

TEST(AuDfatDamagedTest, DamagedWorkbooksAreRejectedOrReportedNeverCrash) {
  const Result<InputFile> real = read_input_file(
      VIGIL_SOURCE_DATA_DIR "/lists/au_dfat/Australian_Sanctions_Consolidated_List.xlsx");
  ASSERT_TRUE(real.ok());
  const std::string& bytes = real->bytes;
  for (size_t size : {size_t{0}, size_t{2}, size_t{500}, bytes.size() / 3, bytes.size() - 10}) {
    const InputFile cut{"cut.xlsx", bytes.substr(0, size)};
    EXPECT_FALSE(detect_list_format(cut.bytes)) << size;
    const Result<ParseOutput> output = parse_au_dfat(cut, "au_dfat");
    ASSERT_FALSE(output.ok()) << size;
    EXPECT_NE(output.error().to_string().find("cut.xlsx"), std::string::npos);
  }
  for (size_t at : {size_t{64}, size_t{9000}, bytes.size() / 2, bytes.size() - 200}) {
    InputFile flipped{"flipped.xlsx", bytes};
    for (size_t i = at; i < at + 16; ++i) flipped.bytes[i] = static_cast<char>(~flipped.bytes[i]);
    const Result<ParseOutput> output = parse_au_dfat(flipped, "au_dfat");
    if (!output.ok()) {
      EXPECT_NE(output.error().to_string().find("flipped.xlsx"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace vigil::sources
