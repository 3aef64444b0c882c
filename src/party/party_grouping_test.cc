#include "party/party_grouping.h"

#include <gtest/gtest.h>

#include "party/party_report.h"
#include "party/party_test_entities.h"

namespace vigil::party {
namespace {

using testing::alone;
using testing::Entities;
using testing::EntityBuilder;
using testing::group_of;
using testing::person;

TEST(PartyGroupingTest, OfacUidLinksOfacListsAndCslRows) {
  const Entities entities = {
      EntityBuilder("us_csl", "SSI-18748", Schema::kOrganization)
          .name("ACTIVEBUSINESSCOLLECTION LLC")
          .sanction("Treasury Department", "UKRAINE-EO13662")
          .build(),
      EntityBuilder("ofac_sdn", "18748", Schema::kOrganization)
          .name("ACTIVE BUSINESS CONSULT LLC")
          .sanction("OFAC", "UKRAINE-EO13661")
          .build(),
      EntityBuilder("us_csl", "SDN-18748", Schema::kOrganization)
          .name("ACTIVEBUSINESSCOLLECTION LLC")
          .sanction("Treasury Department", "UKRAINE-EO13661")
          .build(),
      EntityBuilder("ofac_cons", "18748", Schema::kOrganization)
          .name("ACTIVE BUSINESS CONSULT LLC")
          .sanction("OFAC", "UKRAINE-EO13662")
          .build(),
      // Not a Treasury row: its number is no OFAC uid.
      EntityBuilder("us_csl", "EL-18748", Schema::kOrganization)
          .name("OTHER COMPANY")
          .sanction("Bureau of Industry and Security", "EL")
          .build(),
  };
  // Two CSL rows of one uid are one party: the uid links them directly.
  EXPECT_EQ(group_of(entities, "us_csl:SSI-18748"),
            (std::vector<std::string>{"ofac_sdn:18748", "ofac_cons:18748", "us_csl:SDN-18748",
                                      "us_csl:SSI-18748"}));
  EXPECT_EQ(group_of(entities, "us_csl:EL-18748"), alone("us_csl:EL-18748"));
}

TEST(PartyGroupingTest, UnReferenceLinksTheListsThatCiteIt) {
  const Entities entities = {
      person("au_dfat", "8001").name("Frank Kakolele BWAMBALE").un_reference("CDi.002").build(),
      // Australia copied the reference onto an associate's row: names disagree, not grouped.
      person("au_dfat", "8002").name("Gaston IYAMUREMYE").un_reference("CDi.002").build(),
      person("uk_ofsi", "12").name("Frank Kakolele BWAMBALE").un_reference("CDi.002").build(),
      person("un_sc", "6907994").name("FRANK KAKOLELE BWAMBALE").un_reference("CDI.002").build(),
  };
  EXPECT_EQ(group_of(entities, "au_dfat:8001"),
            (std::vector<std::string>{"un_sc:6907994", "uk_ofsi:12", "au_dfat:8001"}));
  EXPECT_EQ(group_of(entities, "au_dfat:8002"), alone("au_dfat:8002"));
}

TEST(PartyGroupingTest, PassportNeedsTheSameIssuingCountry) {
  const Entities entities = {
      person("ofac_sdn", "1")
          .name("Ali HASSAN")
          .identifier(IdentifierType::kPassport, "D1017310", "IQ")
          .build(),
      person("uk_ofsi", "2")
          .name("Ali Hasan")
          .identifier(IdentifierType::kNationalId, "D 1017-310", "IQ")
          .build(),
      // The same number from another country is another document.
      person("au_dfat", "3")
          .name("Ali Hassan")
          .identifier(IdentifierType::kPassport, "D1017310", "SY")
          .build(),
      // No stated country: not enough on its own.
      person("ca_sema", "4")
          .name("Ali Hassan")
          .identifier(IdentifierType::kPassport, "D1017310")
          .build(),
  };
  const PartyGroups groups = group_parties(entities);
  EXPECT_EQ(group_of(entities, groups, "uk_ofsi:2"),
            (std::vector<std::string>{"ofac_sdn:1", "uk_ofsi:2"}));
  EXPECT_EQ(group_of(entities, groups, "au_dfat:3"), alone("au_dfat:3"));
  EXPECT_EQ(group_of(entities, groups, "ca_sema:4"), alone("ca_sema:4"));
  const PartyGroup& group = groups.group(groups.group_of(0));
  ASSERT_EQ(group.links.size(), 1U);
  EXPECT_EQ(group.links[0].rule, LinkRule::kIdentifier);
  EXPECT_EQ(group.links[0].evidence, "passport D1017310 (IQ)");
  EXPECT_TRUE(group.links[0].joined);
}

TEST(PartyGroupingTest, WeakIdentifiersDoNotLink) {
  const Entities entities = {
      person("ofac_sdn", "1")
          .name("Ali HASSAN")
          .identifier(IdentifierType::kPhone, "+98 21 8801 2345")
          .build(),
      person("uk_ofsi", "2")
          .name("Ali Hassan")
          .identifier(IdentifierType::kPhone, "+98 21 8801 2345")
          .build(),
  };
  EXPECT_EQ(group_of(entities, "uk_ofsi:2"), alone("uk_ofsi:2"));
}

TEST(PartyGroupingTest, AVesselsImoLinksVesselsOnly) {
  const Entities entities = {
      EntityBuilder("ofac_sdn", "1", Schema::kVessel)
          .name("ADRIAN DARYA 1")
          .identifier(IdentifierType::kImo, "9116412")
          .build(),
      EntityBuilder("uk_ofsi", "2", Schema::kVessel)
          .name("ADRIAN DARYA")
          .identifier(IdentifierType::kImo, "IMO 9116412")
          .build(),
      // Owner and manager list the ship's number: neither is the ship, nor each other.
      EntityBuilder("au_dfat", "3", Schema::kOrganization)
          .name("NATIONAL IRANIAN TANKER CO")
          .identifier(IdentifierType::kImo, "9116412")
          .build(),
      EntityBuilder("ca_sema", "4", Schema::kOrganization)
          .name("GRACE SHIPPING")
          .identifier(IdentifierType::kImo, "9116412")
          .build(),
  };
  const PartyGroups groups = group_parties(entities);
  EXPECT_EQ(group_of(entities, groups, "uk_ofsi:2"),
            (std::vector<std::string>{"ofac_sdn:1", "uk_ofsi:2"}));
  EXPECT_EQ(group_of(entities, groups, "au_dfat:3"), alone("au_dfat:3"));
  EXPECT_EQ(group_of(entities, groups, "ca_sema:4"), alone("ca_sema:4"));
}

TEST(PartyGroupingTest, DifferentTypesAreNeverOneParty) {
  const std::string wallet = "1BoatSLRHtKNngkdXEeobR76b53LETtpyT";
  const Entities entities = {
      person("ofac_sdn", "1")
          .name("Ivan PETROV")
          .identifier(IdentifierType::kCryptoWallet, wallet)
          .build(),
      EntityBuilder("uk_ofsi", "2", Schema::kOrganization)
          .name("PETROV EXCHANGE")
          .identifier(IdentifierType::kCryptoWallet, wallet)
          .build(),
  };
  GroupingStats stats;
  const PartyGroups groups = group_parties(entities, &stats);
  EXPECT_EQ(groups.group_count(), 2U);
  EXPECT_EQ(stats.refused_schema, 1U);
}

TEST(PartyGroupingTest, UnknownTypeJoinsOnlyWhenNamesAgree) {
  const Entities entities = {
      person("ofac_sdn", "1")
          .name("Ivan PETROV")
          .identifier(IdentifierType::kPassport, "7123456", "RU")
          .build(),
      EntityBuilder("us_csl", "DPL-1", Schema::kUnknown)
          .name("Petrov, Ivan")
          .identifier(IdentifierType::kPassport, "7123456", "RU")
          .build(),
      EntityBuilder("uk_ofsi", "3", Schema::kUnknown)
          .name("Sergei IVANOV")
          .identifier(IdentifierType::kPassport, "7123456", "RU")
          .build(),
  };
  GroupingStats stats;
  const PartyGroups groups = group_parties(entities, &stats);
  EXPECT_EQ(group_of(entities, groups, "us_csl:DPL-1"),
            (std::vector<std::string>{"ofac_sdn:1", "us_csl:DPL-1"}));
  EXPECT_EQ(group_of(entities, groups, "uk_ofsi:3"), alone("uk_ofsi:3"));
  EXPECT_EQ(stats.refused_unknown_name, 2U);
}

TEST(PartyGroupingTest, AChainNeverJoinsTwoRecordsOfOneList) {
  // Two OFAC records each share a passport with the one UK record: the UK record joins the
  // first (lower index); the second OFAC record stays apart.
  const Entities entities = {
      person("ofac_sdn", "1")
          .name("Ali HASSAN")
          .identifier(IdentifierType::kPassport, "A111111", "IQ")
          .build(),
      person("ofac_sdn", "2")
          .name("Ali HASSAN")
          .identifier(IdentifierType::kPassport, "B222222", "IQ")
          .build(),
      person("uk_ofsi", "3")
          .name("Ali Hassan")
          .identifier(IdentifierType::kPassport, "A111111", "IQ")
          .identifier(IdentifierType::kPassport, "B222222", "IQ")
          .build(),
  };
  GroupingStats stats;
  const PartyGroups groups = group_parties(entities, &stats);
  EXPECT_EQ(group_of(entities, groups, "uk_ofsi:3"),
            (std::vector<std::string>{"ofac_sdn:1", "uk_ofsi:3"}));
  EXPECT_EQ(group_of(entities, groups, "ofac_sdn:2"), alone("ofac_sdn:2"));
  EXPECT_EQ(stats.refused_same_list, 1U);
}

TEST(PartyGroupingTest, SameInputSameGroups) {
  const Entities entities = {
      person("uk_ofsi", "2")
          .name("Ali Hasan")
          .identifier(IdentifierType::kPassport, "D1017310", "IQ")
          .build(),
      person("ofac_sdn", "1")
          .name("Ali HASSAN")
          .identifier(IdentifierType::kPassport, "D1017310", "IQ")
          .build(),
      person("ofac_sdn", "9").name("Somebody ELSE").build(),
  };
  const PartyGroups first = group_parties(entities);
  const PartyGroups second = group_parties(entities);
  ASSERT_EQ(first.group_count(), 2U);
  ASSERT_EQ(second.group_count(), 2U);
  for (size_t g = 0; g < first.group_count(); ++g) {
    EXPECT_EQ(first.group(g).id, second.group(g).id);
    EXPECT_EQ(first.group(g).members, second.group(g).members);
  }
  // Groups are ordered by id; the most authoritative member names the group and comes first.
  EXPECT_EQ(first.group(0).id, "party:ofac_sdn:1");
  EXPECT_EQ(first.group(0).members, (std::vector<uint32_t>{1, 0}));
  EXPECT_EQ(first.group(1).id, "party:ofac_sdn:9");
  const std::vector<std::string> reasons = member_reasons(entities, first.group(0), 0);
  ASSERT_EQ(reasons.size(), 1U);
  EXPECT_EQ(reasons[0], "identifier: passport D1017310 (IQ) (with ofac_sdn:1)");
}

}  // namespace
}  // namespace vigil::party
