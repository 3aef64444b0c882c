// The OFAC Enhanced XML parser on the real CONS_ENHANCED.ZIP (dataAsOf 2025-01-10), kept byte
// for byte in tests/data/lists/ofac_enhanced/, loaded through the public loader; compared with
// the legacy consolidated.xml of the embedded default lists; and damaged copies of both the
// archive and the XML inside it.
#include <gtest/gtest.h>

#include <algorithm>
#include <unordered_map>

#include "sources/damaged_input_test_util.h"
#include "sources/list_format.h"
#include "sources/loader.h"
#include "sources/ofac_enhanced_xml.h"
#include "sources/ofac_xml.h"
#include "sources/ofac_zipped_xml.h"

namespace vigil::sources {
namespace {

using Strings = std::vector<std::string>;

constexpr const char* kArchive = VIGIL_TEST_DATA_DIR "/lists/ofac_enhanced/CONS_ENHANCED.ZIP";

class OfacEnhancedDataTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::vector<ParseOutput>> loaded = load_sources({kArchive});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1u);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() { delete output_; }
  static const Entity& entity(std::string_view source_id) {
    for (const Entity& found : output_->entities) {
      if (found.source_id == source_id) return found;
    }
    throw std::runtime_error("no entity " + std::string(source_id));
  }
  static ParseOutput* output_;
};
ParseOutput* OfacEnhancedDataTest::output_ = nullptr;

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

TEST_F(OfacEnhancedDataTest, EveryEntityOfTheConsolidatedList) {
  ASSERT_NE(output_, nullptr);
  const DatasetInfo& info = output_->info;
  EXPECT_EQ(info.id, "ofac_cons");
  EXPECT_EQ(info.authority, "OFAC");
  EXPECT_EQ(info.publication_date, "2025-01-10");
  EXPECT_EQ(info.files.at(0).format, "ofac_enhanced_xml");
  EXPECT_EQ(info.entity_count, 443u);
  EXPECT_EQ(info.skipped_records, 0u);
  EXPECT_TRUE(output_->diagnostics.empty());
  const auto count = [](Schema schema) {
    return std::count_if(output_->entities.begin(), output_->entities.end(),
                         [schema](const Entity& e) { return e.schema == schema; });
  };
  EXPECT_EQ(count(Schema::kPerson), 80);
  EXPECT_EQ(count(Schema::kOrganization), 363);
  size_t relations = 0;
  size_t resolved = 0;
  for (const Entity& e : output_->entities) {
    relations += e.relations.size();
    resolved += std::count_if(e.relations.begin(), e.relations.end(),
                              [](const Relation& r) { return !r.target_id.empty(); });
  }
  EXPECT_EQ(relations, 283u);
  EXPECT_EQ(resolved, 282u);  // one names an entity outside this list
}

TEST_F(OfacEnhancedDataTest, PalestinianLegislatorWithPartialBirthDate) {
  ASSERT_NE(output_, nullptr);
  const Entity& e = entity("9639");
  EXPECT_EQ(e.schema, Schema::kPerson);
  ASSERT_EQ(e.names.size(), 3u);
  EXPECT_EQ(e.names[0].full, "Ismail Abdul Salah HANIYA");
  EXPECT_EQ(e.names[0].parts.given, "Ismail");
  EXPECT_EQ(e.names[0].parts.middle, "Abdul Salah");
  EXPECT_EQ(e.names[0].parts.family, "HANIYA");
  EXPECT_EQ(e.names[2].full, "Ismaeel HANIYYA");
  ASSERT_EQ(e.birth_dates.size(), 1u);
  EXPECT_EQ(e.birth_dates[0].to_string(), "1962");
  EXPECT_EQ(e.birth_places, Strings{"Shati"});
  ASSERT_EQ(e.sanctions.size(), 1u);
  EXPECT_EQ(e.sanctions[0].program, "NS-PLC");
  EXPECT_EQ(e.sanctions[0].listed_on, "2006-04-12");
  EXPECT_EQ(property_values(e, "sanctions_list"),
            (Strings{"Non-SDN Palestinian Legislative Council List", "Consolidated List"}));
}

TEST_F(OfacEnhancedDataTest, VtbBankWithCyrillicNamesAndRegistration) {
  ASSERT_NE(output_, nullptr);
  const Entity& e = entity("17013");
  EXPECT_EQ(e.schema, Schema::kOrganization);
  EXPECT_EQ(e.names[0].full, "VTB BANK PUBLIC JOINT STOCK COMPANY");
  EXPECT_EQ(e.names[1].full, "БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО");
  EXPECT_EQ(e.names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(e.names[1].script, "Cyrl");
  EXPECT_EQ(e.names[2].full, "JSC VTB BANK");
  EXPECT_EQ(e.names[2].kind, NameKind::kFormer);
  const Identifier* registration = find_identifier(e, IdentifierType::kRegistration);
  ASSERT_NE(registration, nullptr);
  EXPECT_EQ(registration->value, "1027739609391");
  EXPECT_EQ(registration->country, "RU");
  EXPECT_NE(find_identifier(e, IdentifierType::kBic), nullptr);
  EXPECT_NE(find_identifier(e, IdentifierType::kWebsite), nullptr);
  EXPECT_EQ(property_values(e, "established_date"), Strings{"17 Oct 1990"});
  Strings programs;
  for (const Sanction& sanction : e.sanctions) programs.push_back(sanction.program);
  EXPECT_EQ(programs, (Strings{"UKRAINE-EO13662", "RUSSIA-EO14024"}));
  EXPECT_EQ(e.sanctions[1].legal_basis, "E.O. 14024");
  EXPECT_EQ(property_values(e, "legal_authority"),
            (Strings{"Executive Order 13662 (Ukraine)", "Executive Order 14024 (Russia)"}));
}

TEST_F(OfacEnhancedDataTest, HaitianFormerPresidentWithWeakAliasAndIds) {
  ASSERT_NE(output_, nullptr);
  const Entity& e = entity("50476");
  EXPECT_EQ(e.names[0].full, "Michel Joseph MARTELLY");
  EXPECT_EQ(e.names[0].parts.given, "Michel");
  EXPECT_EQ(e.names[0].parts.middle, "Joseph");
  EXPECT_EQ(e.names[2].full, "Sweet Micky");
  EXPECT_EQ(e.names[2].kind, NameKind::kWeakAlias);
  EXPECT_EQ(e.birth_dates.at(0).to_string(), "1961-02-12");
  EXPECT_EQ(e.birth_places, Strings{"Port-au-Prince, Haiti"});
  EXPECT_EQ(e.gender, Gender::kMale);
  EXPECT_EQ(e.nationalities, Strings{"HT"});
  ASSERT_EQ(e.addresses.size(), 4u);
  EXPECT_EQ(e.addresses[0].city, "Miami");
  EXPECT_EQ(e.addresses[0].country, "US");
  EXPECT_EQ(e.addresses[3].country, "DO");  // a country alone
  const Identifier* national_id = find_identifier(e, IdentifierType::kNationalId);
  ASSERT_NE(national_id, nullptr);
  EXPECT_EQ(national_id->value, "0032768386");
  EXPECT_EQ(national_id->country, "HT");
  EXPECT_NE(find_identifier(e, IdentifierType::kDriverLicense), nullptr);
  EXPECT_EQ(property_values(e, "sanctions_information").size(), 3u);
}

// The legacy consolidated.xml (2026-01-08) of the embedded lists and this file (2025-01-10)
// hold the same parties a year apart: every legacy uid is an Enhanced entity id, and most
// primary names are the same.
TEST_F(OfacEnhancedDataTest, SameEntitiesAsTheLegacyXml) {
  ASSERT_NE(output_, nullptr);
  const Result<InputFile> legacy_file =
      read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/ofac_cons/consolidated.xml");
  ASSERT_TRUE(legacy_file.ok());
  const Result<ParseOutput> legacy = parse_ofac_xml(*legacy_file, "ofac_cons");
  ASSERT_TRUE(legacy.ok());
  std::unordered_map<std::string, const Entity*> enhanced;
  for (const Entity& e : output_->entities) enhanced.emplace(e.id, &e);
  size_t common = 0;
  size_t same_primary = 0;
  size_t same_schema = 0;
  for (const Entity& old : legacy->entities) {
    const auto found = enhanced.find(old.id);
    if (found == enhanced.end()) continue;
    ++common;
    same_schema += found->second->schema == old.schema ? 1 : 0;
    same_primary += found->second->primary_name()->full == old.primary_name()->full ? 1 : 0;
  }
  EXPECT_EQ(common, legacy->entities.size());
  EXPECT_EQ(same_schema, common);
  EXPECT_GE(same_primary, common * 95 / 100);
}

TEST(OfacEnhancedDataDamagedTest, DamagedArchiveAndXmlNeverCrash) {
  const Result<InputFile> archive = read_input_file(kArchive);
  ASSERT_TRUE(archive.ok());
  for (const testing::DamagedInput& damaged : testing::damaged_copies(archive->bytes)) {
    const Result<ParseOutput> output =
        parse_ofac_enhanced_xml({"damaged.zip", damaged.bytes}, "ofac_cons");
    if (!output.ok()) {
      EXPECT_NE(output.error().to_string().find("damaged.zip"), std::string::npos)
          << damaged.description << ": " << output.error().to_string();
    }
  }
  const Result<InputFile> xml = unzip_single_xml(*archive);
  ASSERT_TRUE(xml.ok()) << xml.error().to_string();
  EXPECT_EQ(detect_list_format(xml->bytes), ListFormat::kOfacEnhancedXml);
  for (const testing::DamagedInput& damaged : testing::damaged_copies(xml->bytes)) {
    const Result<ParseOutput> output =
        parse_ofac_enhanced_xml({"damaged.xml", damaged.bytes}, "ofac_cons");
    if (!output.ok()) {
      EXPECT_NE(output.error().to_string().find("damaged.xml"), std::string::npos)
          << damaged.description;
    }
  }
}

}  // namespace
}  // namespace vigil::sources
