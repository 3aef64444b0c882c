#include "party/party_groups.h"

#include <gtest/gtest.h>

#include "party/party_grouping.h"
#include "party/party_test_entities.h"

namespace vigil::party {
namespace {

using testing::EntityBuilder;

std::vector<std::shared_ptr<const Entity>> three_records() {
  return {
      EntityBuilder("uk_ofsi", "2", Schema::kPerson)
          .name("Ali Hasan")
          .identifier(IdentifierType::kPassport, "D1017310", "IQ")
          .build(),
      EntityBuilder("ofac_sdn", "1", Schema::kPerson)
          .name("Ali HASSAN")
          .identifier(IdentifierType::kPassport, "D1017310", "IQ")
          .build(),
      EntityBuilder("ofac_sdn", "9", Schema::kPerson).name("Somebody ELSE").build(),
  };
}

TEST(PartyGroupsTest, RoundTripsThroughBytes) {
  const auto entities = three_records();
  const PartyGroups groups = group_parties(entities);
  model::BinaryWriter out;
  groups.write(out);
  model::BinaryReader in(out.bytes());
  const Result<PartyGroups> read = PartyGroups::read(in, entities.size());
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  EXPECT_TRUE(in.at_end());
  ASSERT_EQ(read->group_count(), groups.group_count());
  for (size_t g = 0; g < groups.group_count(); ++g) {
    const PartyGroup& a = groups.group(g);
    const PartyGroup& b = read->group(g);
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.members, b.members);
    ASSERT_EQ(a.links.size(), b.links.size());
    for (size_t l = 0; l < a.links.size(); ++l) {
      EXPECT_EQ(a.links[l].first, b.links[l].first);
      EXPECT_EQ(a.links[l].second, b.links[l].second);
      EXPECT_EQ(a.links[l].rule, b.links[l].rule);
      EXPECT_EQ(a.links[l].evidence, b.links[l].evidence);
      EXPECT_EQ(a.links[l].joined, b.links[l].joined);
    }
  }
  for (uint32_t e = 0; e < entities.size(); ++e) EXPECT_EQ(read->group_of(e), groups.group_of(e));
}

TEST(PartyGroupsTest, RefusesDamagedOrInconsistentBytes) {
  const auto entities = three_records();
  model::BinaryWriter out;
  group_parties(entities).write(out);
  const std::string bytes = out.bytes();
  // Truncated anywhere.
  for (size_t size = 0; size < bytes.size(); ++size) {
    model::BinaryReader in(std::string_view(bytes).substr(0, size));
    EXPECT_FALSE(PartyGroups::read(in, entities.size()).ok()) << size;
  }
  // Written for more entities than are loaded: a member out of range.
  model::BinaryReader fewer(bytes);
  EXPECT_FALSE(PartyGroups::read(fewer, entities.size() - 1).ok());
  // Written for fewer: an entity in no group.
  model::BinaryReader more(bytes);
  EXPECT_FALSE(PartyGroups::read(more, entities.size() + 1).ok());
}

TEST(PartyGroupsTest, RefusesALinkOutsideItsGroup) {
  PartyGroup first{"party:a:1", {0}, {make_link(0, 1, LinkRule::kIdentifier, "x")}};
  PartyGroup second{"party:a:2", {1}, {}};
  const PartyGroups groups({first, second}, 2);
  model::BinaryWriter out;
  groups.write(out);
  model::BinaryReader in(out.bytes());
  EXPECT_FALSE(PartyGroups::read(in, 2).ok());
}

}  // namespace
}  // namespace vigil::party
