#include "party/party_facts.h"

#include <gtest/gtest.h>

#include "party/party_test_entities.h"

namespace vigil::party {
namespace {

using testing::EntityBuilder;

TEST(PartyFactsTest, OfacUidOfOfacRecordsAndTreasuryCslRows) {
  EXPECT_EQ(
      ofac_uid(
          *EntityBuilder("ofac_sdn", "39017", Schema::kPerson).sanction("OFAC", "IRAN-HR").build()),
      "39017");
  EXPECT_EQ(ofac_uid(*EntityBuilder("us_csl", "SDN-21944", Schema::kPerson)
                          .sanction("Treasury Department", "SYRIA")
                          .build()),
            "21944");
  // Commerce's rows are numbered by hashes, and other lists' numbers are theirs.
  EXPECT_EQ(ofac_uid(*EntityBuilder("us_csl", "EL-52c7", Schema::kUnknown)
                          .sanction("Bureau of Industry and Security", "EL")
                          .build()),
            "");
  EXPECT_EQ(ofac_uid(*EntityBuilder("un_sc", "6908", Schema::kPerson)
                          .sanction("UN Security Council", "Al-Qaida")
                          .build()),
            "");
}

TEST(PartyFactsTest, UnReferencesAreShapedAndUpperCased) {
  const auto entity = EntityBuilder("au_dfat", "1", Schema::kPerson)
                          .un_reference("QDi.371")
                          .un_reference("Qdi.371")
                          .un_reference("CDi")
                          .un_reference("IQi.04")
                          .un_reference("TAi.002.")
                          .build();
  EXPECT_EQ(un_references(*entity), (std::vector<std::string>{"QDI.371", "TAI.002"}));
}

TEST(PartyFactsTest, FullNameKeysKeepTheScriptAndIgnoreOrderAndCase) {
  const auto entity = EntityBuilder("ca_sema", "1", Schema::kPerson)
                          .name("Esmail KHATIB")
                          .name("KHATIB, Esmail", NameKind::kAlias)
                          .name("Seyed", NameKind::kAlias)              // one token
                          .name("Sheikh Esmail", NameKind::kWeakAlias)  // weak
                          .name("سید اسماعیل خطیب", NameKind::kNativeScript, "Arab")
                          .build();
  const std::vector<std::string> keys = full_name_keys(*entity);
  ASSERT_EQ(keys.size(), 2U);
  EXPECT_TRUE(keys[0].starts_with("Arab|"));
  EXPECT_EQ(keys[1], "Latn|esmail khatib");
}

// A person's name needs two tokens that say who the person is: a title or a particle is not one.
TEST(PartyFactsTest, FullNameKeysOfPersonsNeedTwoTokensThatName) {
  const auto person = EntityBuilder("uk_ofsi", "1", Schema::kPerson)
                          .name("Hassan Dahir AWEYS")
                          .name("Sheikh Hassan", NameKind::kAlias)
                          .name("Abu Baqer", NameKind::kAlias)
                          .build();
  std::string primary;
  EXPECT_EQ(full_name_keys(*person, &primary),
            (std::vector<std::string>{"Latn|aweys dahir hassan"}));
  EXPECT_EQ(primary, "Latn|aweys dahir hassan");
  const auto company =
      EntityBuilder("uk_ofsi", "2", Schema::kOrganization).name("AL-SHABAAB").build();
  EXPECT_EQ(full_name_keys(*company), (std::vector<std::string>{"Latn|al shabaab"}));
}

TEST(PartyFactsTest, CountriesOfPersonsFallBackToTheirProgramsCountry) {
  EXPECT_EQ(person_countries(*EntityBuilder("x", "1", Schema::kPerson)
                                  .nationality("IR")
                                  .sanction("Canada", "Russia")
                                  .build()),
            (std::vector<std::string>{"IR"}));
  EXPECT_EQ(person_countries(
                *EntityBuilder("x", "1", Schema::kPerson).sanction("Canada", "Russia").build()),
            (std::vector<std::string>{"RU"}));
  EXPECT_TRUE(
      person_countries(*EntityBuilder("x", "1", Schema::kPerson).sanction("OFAC", "SDGT").build())
          .empty());
}

TEST(PartyFactsTest, AuthorityRankOrdersTheLists) {
  const std::vector<std::string> ordered = {"ofac_sdn", "un_sc",     "uk_ofsi", "eu_fsf", "ca_sema",
                                            "au_dfat",  "ofac_cons", "us_csl",  "my_list"};
  for (size_t i = 1; i < ordered.size(); ++i) {
    EXPECT_LT(authority_rank(ordered[i - 1]), authority_rank(ordered[i])) << ordered[i];
  }
}

}  // namespace
}  // namespace vigil::party
