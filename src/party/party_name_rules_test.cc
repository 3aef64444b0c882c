// The name rules (name_links.h) through group_parties: persons by name, birth date and
// country; organisations by a primary name and country; ambiguity.
#include <gtest/gtest.h>

#include "party/party_grouping.h"
#include "party/party_test_entities.h"

namespace vigil::party {
namespace {

using testing::alone;
using testing::Entities;
using testing::EntityBuilder;
using testing::group_of;
using testing::person;

TEST(PartyNameRulesTest, NameBirthDateAndNationalityLinkPersons) {
  const Entities entities = {
      person("ofac_sdn", "39017")
          .name("Esmail KHATIB")
          .born("1960 to 1961")
          .nationality("IR")
          .build(),
      person("au_dfat", "8595").name("Esmail Khatib").born("1961").nationality("IR").build(),
      // Canada states no nationality: the country of its Iran regime stands in.
      person("ca_sema", "iran-1")
          .name("Esmail Khatib")
          .born("1961")
          .sanction("Canada", "Iran")
          .build(),
  };
  const PartyGroups groups = group_parties(entities);
  EXPECT_EQ(group_of(entities, groups, "ca_sema:iran-1"),
            (std::vector<std::string>{"ofac_sdn:39017", "ca_sema:iran-1", "au_dfat:8595"}));
  const PartyGroup& group = groups.group(0);
  EXPECT_EQ(group.id, "party:ofac_sdn:39017");
  ASSERT_FALSE(group.links.empty());
  EXPECT_EQ(group.links[0].rule, LinkRule::kPersonName);
  EXPECT_EQ(group.links[0].evidence,
            "name 'esmail khatib' (Latn), born 1961 (within 1960/1961), country IR");
}

TEST(PartyNameRulesTest, NameAloneOrWithOneAttributeDoesNotLink) {
  const Entities entities = {
      person("ofac_sdn", "1").name("Ahmad AL-KHATIB").born("1969-07-03").nationality("EG").build(),
      person("uk_ofsi", "2").name("Ahmad AL KHATIB").build(),                     // name only
      person("au_dfat", "3").name("Ahmad Al-Khatib").born("1969-07-03").build(),  // no country
      person("ca_sema", "4").name("Ahmad Al-Khatib").born("1970").nationality("EG").build(),
      person("un_sc", "5").name("Ahmad Al-Khatib").born("1969-07-04").nationality("EG").build(),
      // The same name written in Arabic script is another script: no link by name.
      person("eu_fsf", "6")
          .name("أحمد الخطيب", NameKind::kPrimary, "Arab")
          .born("1969-07-03")
          .nationality("EG")
          .build(),
      // A conflicting gender.
      person("us_csl", "SDN-7")
          .name("Ahmad Al-Khatib")
          .born("1969-07-03")
          .nationality("EG")
          .gender(Gender::kFemale)
          .build(),
  };
  const auto with_male = [&] {
    Entities copy = entities;
    Entity first = *copy[0];
    first.gender = Gender::kMale;
    copy[0] = std::make_shared<const Entity>(first);
    return copy;
  }();
  const PartyGroups groups = group_parties(with_male);
  EXPECT_EQ(groups.group_count(), entities.size());
}

TEST(PartyNameRulesTest, AmbiguousNameLinksNeither) {
  const Entities entities = {
      person("ofac_sdn", "1").name("Ali HASSAN").born("1970").nationality("IQ").build(),
      person("ofac_sdn", "2").name("Ali HASSAN").born("1970-05-01").nationality("IQ").build(),
      person("uk_ofsi", "3").name("Ali Hassan").born("1970").nationality("IQ").build(),
  };
  GroupingStats stats;
  const PartyGroups groups = group_parties(entities, &stats);
  EXPECT_EQ(groups.group_count(), 3U);
  EXPECT_GE(stats.ambiguous_keys, 1U);
}

// A list that files its aliases of a parent company on a subsidiary too (the UK's Mada
// Transport carries Cham Holding's names): the UK's own Cham Holding states no country, so it
// could be the party as well, and the name links neither.
TEST(PartyNameRulesTest, ANamesakeWithoutFactsMakesTheNameAmbiguous) {
  const Entities entities = {
      EntityBuilder("ofac_sdn", "12744", Schema::kOrganization)
          .name("CHAM HOLDING")
          .country("SY")
          .build(),
      EntityBuilder("uk_ofsi", "12062", Schema::kOrganization)
          .name("MADA TRANSPORT")
          .name("CHAM HOLDING", NameKind::kAlias)
          .country("SY")
          .build(),
      EntityBuilder("uk_ofsi", "12152", Schema::kOrganization).name("CHAM HOLDING").build(),
      person("ofac_sdn", "1").name("Ali HASSAN").born("1970").nationality("IQ").build(),
      person("au_dfat", "2").name("Ali Hassan").born("1970").nationality("IQ").build(),
      person("au_dfat", "3").name("Ali Hassan").build(),
  };
  const PartyGroups groups = group_parties(entities);
  EXPECT_EQ(groups.group_count(), entities.size());
}

// Organisations that share only aliases are not linked: Australia writes the names of
// Almaz-Antey's design bureau under the concern itself, which OFAC lists apart.
TEST(PartyNameRulesTest, OrganisationsNeedAPrimaryNameInCommon) {
  const Entities entities = {
      EntityBuilder("ofac_sdn", "17258", Schema::kOrganization)
          .name("JSC ALMAZ-ANTEY AIR DEFENSE CONCERN MAIN SYSTEM DESIGN BUREAU")
          .name("ALMAZ-ANTEY GSKB", NameKind::kAlias)
          .country("RU")
          .build(),
      EntityBuilder("au_dfat", "3018", Schema::kOrganization)
          .name("Almaz-Antey")
          .name("Almaz-Antey GSKB", NameKind::kAlias)
          .country("RU")
          .build(),
      // A company renamed: each list's primary name is among the other's names.
      EntityBuilder("ofac_sdn", "13109", Schema::kOrganization)
          .name("POUYA AIR")
          .name("YAS AIR", NameKind::kAlias)
          .country("IR")
          .build(),
      EntityBuilder("un_sc", "110327", Schema::kOrganization).name("YAS AIR").country("IR").build(),
  };
  const PartyGroups groups = group_parties(entities);
  EXPECT_EQ(group_of(entities, groups, "au_dfat:3018"), alone("au_dfat:3018"));
  EXPECT_EQ(group_of(entities, groups, "un_sc:110327"),
            (std::vector<std::string>{"ofac_sdn:13109", "un_sc:110327"}));
}

TEST(PartyNameRulesTest, OrganisationsNeedNameAndCountry) {
  const Entities entities = {
      EntityBuilder("ofac_sdn", "1", Schema::kOrganization)
          .name("BANK MELLI IRAN")
          .country("IR")
          .build(),
      EntityBuilder("uk_ofsi", "2", Schema::kOrganization)
          .name("Bank Melli Iran")
          .country("IR")
          .build(),
      EntityBuilder("au_dfat", "3", Schema::kOrganization).name("Bank Melli Iran").build(),
      EntityBuilder("ca_sema", "4", Schema::kOrganization)
          .name("Bank Melli Iran")
          .country("DE")
          .build(),
      // Vessels are never linked by name.
      EntityBuilder("ofac_sdn", "5", Schema::kVessel).name("HAPPY DAY").country("PA").build(),
      EntityBuilder("uk_ofsi", "6", Schema::kVessel).name("HAPPY DAY").country("PA").build(),
  };
  const PartyGroups groups = group_parties(entities);
  EXPECT_EQ(group_of(entities, groups, "uk_ofsi:2"),
            (std::vector<std::string>{"ofac_sdn:1", "uk_ofsi:2"}));
  EXPECT_EQ(group_of(entities, groups, "au_dfat:3"), alone("au_dfat:3"));
  EXPECT_EQ(group_of(entities, groups, "ca_sema:4"), alone("ca_sema:4"));
  EXPECT_EQ(group_of(entities, groups, "uk_ofsi:6"), alone("uk_ofsi:6"));
}

}  // namespace
}  // namespace vigil::party
