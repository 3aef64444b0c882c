// The grouping on the real embedded lists: known parties are grouped across the lists that
// name them, and the guards hold for every group.
#include <gtest/gtest.h>

#include <algorithm>

#include "party/party_grouping.h"
#include "party/party_test_entities.h"
#include "sources/loader.h"

namespace vigil::party {
namespace {

class PartyListsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = sources::load_sources(sources::default_source_paths());
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    for (ParseOutput& output : loaded.value()) {
      for (Entity& entity : output.entities) {
        entities_.push_back(std::make_shared<const Entity>(std::move(entity)));
      }
    }
    groups_ = group_parties(entities_, &stats_);
  }
  static void TearDownTestSuite() { entities_.clear(); }

  // The ids of the members of the group of `id`; empty when no entity has it.
  static std::vector<std::string> group_of(const std::string& id) {
    return testing::group_of(entities_, groups_, id);
  }

  static std::vector<std::shared_ptr<const Entity>> entities_;
  static PartyGroups groups_;
  static GroupingStats stats_;
};
std::vector<std::shared_ptr<const Entity>> PartyListsTest::entities_;
PartyGroups PartyListsTest::groups_;
GroupingStats PartyListsTest::stats_;

// Esmail Khatib, Iran's Minister of Intelligence: OFAC, Australia (name, birth year and
// nationality) and Canada (name, birth year, and the country of its Iran regime). The 2022 US
// CSL copy predates his designation, so it has no row for him.
TEST_F(PartyListsTest, KhatibIsOneParty) {
  EXPECT_EQ(
      group_of("ofac_sdn:39017"),
      (std::vector<std::string>{"ofac_sdn:39017", "ca_sema:iran-1-part-2-1-1", "au_dfat:8595"}));
}

// A UN designation with its UK and Australian copies, by UN reference QDe.145... and an OFAC
// record repeated by the US CSL, by uid.
TEST_F(PartyListsTest, CrossReferencesGroupCopies) {
  EXPECT_EQ(group_of("un_sc:6908669"),
            (std::vector<std::string>{"un_sc:6908669", "uk_ofsi:13624", "au_dfat:3579"}));
  const std::vector<std::string> khatib = group_of("ofac_sdn:34278");
  EXPECT_NE(std::find(khatib.begin(), khatib.end(), "us_csl:SDN-34278"), khatib.end());
}

TEST_F(PartyListsTest, EveryGroupKeepsTheGuards) {
  for (const PartyGroup& group : groups_.groups()) {
    Schema known = Schema::kUnknown;
    for (uint32_t member : group.members) {
      const Schema schema = entities_[member]->schema;
      if (schema == Schema::kUnknown) continue;
      EXPECT_TRUE(known == Schema::kUnknown || known == schema) << group.id;
      known = schema;
    }
    // Two records of one list share a group only when a link joins them directly.
    for (size_t i = 0; i < group.members.size(); ++i) {
      for (size_t j = i + 1; j < group.members.size(); ++j) {
        const uint32_t a = std::min(group.members[i], group.members[j]);
        const uint32_t b = std::max(group.members[i], group.members[j]);
        if (entities_[a]->dataset != entities_[b]->dataset) continue;
        EXPECT_TRUE(std::any_of(group.links.begin(), group.links.end(), [&](const PartyLink& l) {
          return l.first == a && l.second == b;
        })) << group.id;
      }
    }
    size_t joins = 0;
    for (const PartyLink& link : group.links) joins += link.joined ? 1 : 0;
    EXPECT_EQ(joins + 1, group.members.size()) << group.id;
  }
}

TEST_F(PartyListsTest, CountsArePlausible) {
  EXPECT_EQ(stats_.entities, 43827U);
  EXPECT_EQ(stats_.groups, groups_.group_count());
  // The CSL repeats about 9,600 current OFAC records, and the UN's ~1,000 designations have
  // UK and Australian copies: several thousand parties span more than one record, and no
  // party spans more records than the lists could name it in.
  EXPECT_GT(stats_.multi_member_groups, 9000U);
  EXPECT_LT(stats_.multi_member_groups, 15000U);
  for (const PartyGroup& group : groups_.groups()) EXPECT_LE(group.members.size(), 12U) << group.id;
  for (LinkRule rule : kLinkRules) {
    EXPECT_GT(stats_.joins_by_rule[static_cast<size_t>(rule)], 0U) << to_string(rule);
  }
}

}  // namespace
}  // namespace vigil::party
