#include "sources/uk_fcdo_facts.h"

#include <gtest/gtest.h>

namespace vigil::sources::uk_fcdo {
namespace {

NameFields name_of(std::string given, std::string family, std::string type,
                   std::string strength = {}) {
  NameFields fields;
  fields.parts[0] = std::move(given);
  fields.parts[5] = std::move(family);
  fields.type = std::move(type);
  fields.strength = std::move(strength);
  return fields;
}

TEST(UkFcdoFactsTest, NameTypesAndStrengths) {
  DesignationBuilder builder("uk", "X1", "Individual");
  builder.add_non_latin_name({"Иван ТЕСТОВ", "Russian"});
  builder.add_name(name_of("Vanya", "TESTOV", "ALias", "Low quality a.k.a"));
  builder.add_name(name_of("Ivan", "TESTOV", "Primary Name"));
  builder.add_name(name_of("Ivan", "TESTOFF", "Primary Name"));
  builder.add_name(name_of("Ivan", "OLDNAME", "Former name"));
  builder.add_name(name_of("Ivan", "TESTOV", "Alias"));  // already known
  const Entity entity = builder.finish();
  ASSERT_EQ(entity.names.size(), 5u);
  EXPECT_EQ(entity.names[0].full, "Ivan TESTOV");
  EXPECT_EQ(entity.names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(entity.names[1].kind, NameKind::kWeakAlias);
  EXPECT_EQ(entity.names[2].kind, NameKind::kAlias);  // a second primary name
  EXPECT_EQ(entity.names[3].kind, NameKind::kFormer);
  EXPECT_EQ(entity.names[4].kind, NameKind::kNativeScript);
  EXPECT_EQ(entity.names[4].language, "ru");
}

TEST(UkFcdoFactsTest, WithoutAPrimaryNameTheFirstLatinOneLeads) {
  DesignationBuilder builder("uk", "X2", "Ship");
  builder.add_non_latin_name({"測試", "Chinese"});
  builder.add_name(name_of("", "SEA TESTER", "Alias"));
  const Entity entity = builder.finish();
  EXPECT_EQ(entity.schema, Schema::kVessel);
  EXPECT_EQ(entity.names[0].full, "SEA TESTER");
  EXPECT_EQ(entity.names[0].kind, NameKind::kPrimary);
  EXPECT_TRUE(entity.names[0].parts.family.empty());
}

TEST(UkFcdoFactsTest, PartialAndBadBirthDates) {
  DesignationBuilder builder("uk", "X3", "Individual");
  builder.add(Fact::kBirthDate, "dd/mm/1957");
  builder.add(Fact::kBirthDate, "00/05/1960");
  builder.add(Fact::kBirthDate, "not known");
  builder.add(Fact::kDateDesignated, "yesterday");
  builder.add(Fact::kRegime, "Russia");
  builder.add(Fact::kRegime, "Global Human Rights");
  const Entity entity = builder.finish();
  ASSERT_EQ(entity.birth_dates.size(), 2u);
  EXPECT_EQ(entity.birth_dates[0].to_string(), "1957");
  EXPECT_EQ(entity.birth_dates[0].original, "dd/mm/1957");
  EXPECT_EQ(entity.birth_dates[1].to_string(), "1960-05");
  ASSERT_EQ(builder.warnings().size(), 2u);
  EXPECT_EQ(builder.warnings()[0], "unrecognised date of birth 'not known' kept as text");
  EXPECT_EQ(builder.warnings()[1], "unrecognised Date Designated 'yesterday'");
  ASSERT_EQ(entity.sanctions.size(), 2u);  // one per regime
  EXPECT_EQ(entity.sanctions[1].program, "Global Human Rights");
  EXPECT_EQ(entity.sanctions[1].listed_on, "");
}

TEST(UkFcdoFactsTest, RepeatedFactsAreAddedOnce) {
  DesignationBuilder builder("uk", "X4", "Entity");
  for (int row = 0; row < 3; ++row) {
    builder.add(Fact::kOtherInformation, "Listed for testing.");
    builder.add(Fact::kSanctionsImposed, "Asset freeze|Trust services sanctions");
    builder.add(Fact::kPhone, "+44 20 7946 0000");
    builder.add_document(Document::kPassport, "A 123", "Mali passport");
    builder.add_address({{"1 Test Road", "", "", "", "", "London"}, "SW1A 1AA", "United Kingdom"});
    builder.add(Fact::kParentCompany, "Parent Ltd");
  }
  const Entity entity = builder.finish();
  EXPECT_EQ(entity.remarks, "Listed for testing.");
  EXPECT_EQ(entity.properties.size(), 2u);  // the two measures imposed
  ASSERT_EQ(entity.identifiers.size(), 2u);
  EXPECT_EQ(entity.identifiers[0].type, IdentifierType::kPassport);  // grouped by type
  EXPECT_EQ(entity.identifiers[0].country, "ML");
  EXPECT_EQ(entity.addresses.size(), 1u);
  EXPECT_EQ(entity.addresses[0].country, "GB");
  EXPECT_EQ(entity.relations.size(), 1u);
}

}  // namespace
}  // namespace vigil::sources::uk_fcdo
