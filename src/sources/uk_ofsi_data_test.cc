// The UK OFSI ConList parser on the real list as OFSI published it on 2025-04-14, loaded
// through the public loader, and on damaged copies of it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "sources/entity_test_support.h"
#include "sources/input_file.h"
#include "sources/list_format.h"
#include "sources/loader.h"
#include "sources/uk_ofsi.h"

namespace vigil::sources {
namespace {

using testing::dates_of;
using testing::find_entity;
using testing::find_identifier;
using testing::names_of;
using testing::properties_of;
using testing::Strings;

// The real list as OFSI published it on 2025-04-14, through the public loader.
class UkOfsiDataTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = load_sources({VIGIL_SOURCE_DATA_DIR "/lists/uk_ofsi"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1U);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() {
    delete output_;
    output_ = nullptr;
  }
  static const ParseOutput& out() { return *output_; }
  static const Entity& entity(std::string_view group_id) {
    const Entity* found = find_entity(out(), group_id);
    EXPECT_NE(found, nullptr) << group_id;
    static const Entity kNone;
    return found == nullptr ? kNone : *found;
  }

 private:
  static ParseOutput* output_;
};
ParseOutput* UkOfsiDataTest::output_ = nullptr;

TEST_F(UkOfsiDataTest, EveryGroupIdIsAnEntity) {
  EXPECT_EQ(out().info.id, "uk_ofsi");
  EXPECT_EQ(out().info.title, "UK OFSI Consolidated List of Financial Sanctions Targets");
  EXPECT_EQ(out().info.publication_date, "2025-04-14");
  EXPECT_EQ(out().entities.size(), 4688U);  // the manifest's 4,688 group IDs
  EXPECT_EQ(out().info.skipped_records, 0U);
  EXPECT_TRUE(out().diagnostics.empty());
  ASSERT_EQ(out().info.files.size(), 1U);
  EXPECT_EQ(out().info.files[0].format, "uk_ofsi_xlsx");
  size_t names = 0;
  std::map<Schema, size_t> schemas;
  for (const Entity& e : out().entities) {
    names += e.names.size();
    ++schemas[e.schema];
    EXPECT_EQ(e.names.front().kind, NameKind::kPrimary) << e.id;
  }
  EXPECT_EQ(schemas[Schema::kVessel], 15U);
  // Distinct names of the 18,798 rows (15,966), and the 62 acronyms the organisations' names
  // carry ("... CORPS (IRGC)"), split off as aliases.
  EXPECT_EQ(names, 16028U);
}

TEST_F(UkOfsiDataTest, StateDumaMemberWithCyrillicName) {
  const Entity& e = entity("14241");
  EXPECT_EQ(e.schema, Schema::kPerson);
  EXPECT_EQ(e.names.front().full, "Khizri Magomedovich ABAKAROV");
  EXPECT_EQ(e.names.front().parts.family, "ABAKAROV");
  EXPECT_EQ(names_of(e, NameKind::kNativeScript), Strings{"Хизри Магомедович Абакаров"});
  EXPECT_EQ(dates_of(e), Strings{"1960-06-28"});
  EXPECT_EQ(e.birth_places, Strings{"Yuzhno Sakhalinsk, Russia"});
  EXPECT_EQ(e.nationalities, Strings{"RU"});
  EXPECT_EQ(e.gender, Gender::kMale);
  ASSERT_EQ(e.addresses.size(), 1U);
  EXPECT_EQ(e.addresses[0].street, "1 Okhotny Ryad str");
  EXPECT_EQ(e.addresses[0].postal_code, "103265");
  EXPECT_EQ(e.addresses[0].country, "RU");
  ASSERT_EQ(e.sanctions.size(), 1U);
  EXPECT_EQ(e.sanctions[0].program, "Russia");
  EXPECT_EQ(e.sanctions[0].listed_on, "2022-03-11");
  EXPECT_NE(find_identifier(e, IdentifierType::kOther, "RUS0296"), nullptr);
}

TEST_F(UkOfsiDataTest, QaidaOperativeWithPassportsAndAWeakAlias) {
  const Entity& e = entity("13312");
  EXPECT_EQ(e.names.front().full, "ABD AL-BASET AZZOUZ");
  EXPECT_EQ(names_of(e, NameKind::kWeakAlias), Strings{"AA"});
  EXPECT_EQ(names_of(e, NameKind::kAlias), (Strings{"Abdelbassed AZOUZ", "Abdul Baset AZOUZ"}));
  EXPECT_EQ(dates_of(e), Strings{"1966-02-07"});
  EXPECT_EQ(e.nationalities, Strings{"LY"});
  const Identifier* british = find_identifier(e, IdentifierType::kPassport, "C00146605");
  ASSERT_NE(british, nullptr);
  EXPECT_EQ(british->country, "GB");
  ASSERT_NE(find_identifier(e, IdentifierType::kPassport, "223611"), nullptr);
  EXPECT_EQ(find_identifier(e, IdentifierType::kPassport, "223611")->country, "LY");
  EXPECT_NE(find_identifier(e, IdentifierType::kOther, "QDi.371"), nullptr);
  EXPECT_EQ(properties_of(e, "un_reference_number"), Strings{"QDi.371"});
  ASSERT_EQ(e.sanctions.size(), 1U);
  EXPECT_EQ(e.sanctions[0].program, "ISIL (Da'esh) and Al-Qaida");
}

TEST_F(UkOfsiDataTest, PartialBirthDatesKeepTheirKnownParts) {
  const Entity& kony = entity("13344");
  const Strings dates = dates_of(kony);
  for (const char* date : {"1959", "1961-08", "1964-09-18"}) {
    EXPECT_NE(std::find(dates.begin(), dates.end(), date), dates.end()) << date;
  }
  EXPECT_EQ(kony.birth_places.size(), 3U);
  EXPECT_EQ(kony.addresses.size(), 8U);
  EXPECT_EQ(kony.countries, (Strings{"CF", "CD"}));
}

TEST_F(UkOfsiDataTest, IranianScientistWithPersianName) {
  const Entity& e = entity("16166");
  EXPECT_EQ(e.names.front().full, "FEREIDOUN ABBASI-DAVANI");
  const auto native = std::find_if(e.names.begin(), e.names.end(),
                                   [](const Name& n) { return n.kind == NameKind::kNativeScript; });
  ASSERT_NE(native, e.names.end());
  EXPECT_EQ(native->full, "فریدون عباسی دوانی");
  EXPECT_EQ(native->language, "fa");
  EXPECT_EQ(dates_of(e), (Strings{"1958-09-08", "1958-07-11"}));
  EXPECT_EQ(e.sanctions[0].program, "Iran (Nuclear)");
  EXPECT_EQ(properties_of(e, "position").size(), 2U);
}

TEST_F(UkOfsiDataTest, DprkTankerWithItsImoNumber) {
  const Entity& e = entity("13651");
  EXPECT_EQ(e.schema, Schema::kVessel);
  EXPECT_EQ(e.names.front().full, "SAM JONG 2");
  EXPECT_EQ(e.names.size(), 9U);
  EXPECT_NE(find_identifier(e, IdentifierType::kImo, "7408873"), nullptr);
  EXPECT_EQ(properties_of(e, "vessel_type"), Strings{"Oil tanker"});
  EXPECT_EQ(properties_of(e, "vessel_tonnage"), Strings{"1676"});
}

TEST_F(UkOfsiDataTest, KazakhCompanyWithRegistrationAndWebsite) {
  const Entity& e = entity("16636");
  EXPECT_EQ(e.schema, Schema::kOrganization);
  EXPECT_EQ(e.names.front().full, "ZAPCHASTTRADE LLP");
  EXPECT_EQ(names_of(e, NameKind::kNativeScript), Strings{"ТОО ЗАПЧАСТЬ ТРЕЙД"});
  const Identifier* bin = find_identifier(e, IdentifierType::kRegistration, "170440031562");
  ASSERT_NE(bin, nullptr);
  EXPECT_EQ(bin->label, "Kazakhstan BIN");
  EXPECT_NE(find_identifier(e, IdentifierType::kWebsite, "https://armtek.kz/"), nullptr);
  ASSERT_EQ(e.addresses.size(), 1U);
  EXPECT_EQ(e.addresses[0].city, "ALMATY");
  EXPECT_EQ(e.addresses[0].country, "KZ");
}

// Truncated, flipped, emptied and mis-encoded copies: a clear error or diagnostics, never a
// crash.
TEST(UkOfsiDamagedTest, DamagedWorkbooksAreRejectedOrReportedNeverCrash) {
  const Result<InputFile> real =
      read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/uk_ofsi/ConList.xlsx");
  ASSERT_TRUE(real.ok());
  const std::string& bytes = real->bytes;
  for (size_t size : {size_t{0}, size_t{3}, size_t{100}, bytes.size() / 2, bytes.size() - 30}) {
    const InputFile cut{"cut.xlsx", bytes.substr(0, size)};
    EXPECT_FALSE(detect_list_format(cut.bytes)) << size;
    const Result<ParseOutput> output = parse_uk_ofsi(cut, "uk_ofsi");
    ASSERT_FALSE(output.ok()) << size;
    EXPECT_NE(output.error().to_string().find("cut.xlsx"), std::string::npos);
    if (size > 3) {
      EXPECT_NE(unrecognised_format_reason(cut.bytes).find("ZIP"), std::string::npos)
          << unrecognised_format_reason(cut.bytes);
    }
  }
  for (size_t at : {size_t{40}, size_t{5000}, bytes.size() / 3, bytes.size() - 100}) {
    InputFile flipped{"flipped.xlsx", bytes};
    for (size_t i = at; i < at + 16; ++i) flipped.bytes[i] = static_cast<char>(~flipped.bytes[i]);
    const Result<ParseOutput> output = parse_uk_ofsi(flipped, "uk_ofsi");
    if (!output.ok()) {
      EXPECT_NE(output.error().to_string().find("flipped.xlsx"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace vigil::sources
