#include "model/entity_diff.h"

#include <gtest/gtest.h>

namespace vigil::model {
namespace {

Entity entity(std::string id, std::string name) {
  Entity e;
  e.id = std::move(id);
  e.dataset = "test";
  e.schema = Schema::kPerson;
  e.names.push_back({std::move(name), {}, NameKind::kPrimary, "Latn", ""});
  return e;
}

std::vector<EntitySummary> summaries(const std::vector<Entity>& entities) {
  std::vector<EntitySummary> out;
  for (const Entity& e : entities) out.push_back(summarise(e));
  return out;
}

TEST(EntityDiffTest, AddedRemovedChangedAndUnchanged) {
  std::vector<Entity> before = {entity("t:1", "Esmail KHATIB"), entity("t:2", "Hassan ROUHANI"),
                                entity("t:3", "EVIN PRISON")};
  std::vector<Entity> after = {entity("t:4", "Qasem SOLEIMANI"), entity("t:2", "Hassan ROUHANI"),
                               entity("t:1", "Esmail KHATIB")};
  after[2].birth_dates.push_back({{1960, 0, 0}, {}, false, "1960"});
  after[2].sanctions.push_back({"OFAC", "IRAN-HR", "", "", ""});
  const auto old_summaries = summaries(before);
  const auto new_summaries = summaries(after);
  const EntityDiff diff = diff_entities(old_summaries, new_summaries);
  ASSERT_EQ(diff.added.size(), 1U);
  EXPECT_EQ(diff.added[0]->id, "t:4");
  ASSERT_EQ(diff.removed.size(), 1U);
  EXPECT_EQ(diff.removed[0]->id, "t:3");
  EXPECT_EQ(diff.unchanged, 1U);
  ASSERT_EQ(diff.changed.size(), 1U);
  EXPECT_EQ(diff.changed[0].after->id, "t:1");
  EXPECT_EQ(diff.changed[0].sections,
            (std::vector<EntitySection>{EntitySection::kBirthDates, EntitySection::kSanctions}));
}

TEST(EntityDiffTest, EverySectionIsSeenOnItsOwn) {
  const Entity base = entity("t:1", "Esmail KHATIB");
  const std::vector<std::pair<EntitySection, void (*)(Entity&)>> edits = {
      {EntitySection::kIdentity, [](Entity& e) { e.schema = Schema::kOrganization; }},
      {EntitySection::kNames, [](Entity& e) { e.names[0].parts.family = "KHATIB"; }},
      {EntitySection::kNationalities, [](Entity& e) { e.nationalities.push_back("IR"); }},
      {EntitySection::kGender, [](Entity& e) { e.gender = Gender::kMale; }},
      {EntitySection::kIdentifiers,
       [](Entity& e) {
         e.identifiers.push_back({IdentifierType::kPassport, "", "X1", "", "", "", "", ""});
       }},
      {EntitySection::kRemarks, [](Entity& e) { e.remarks = "changed"; }},
  };
  for (const auto& [section, edit] : edits) {
    Entity changed = base;
    edit(changed);
    const EntitySummary before[] = {summarise(base)};
    const EntitySummary after[] = {summarise(changed)};
    const EntityDiff diff = diff_entities(before, after);
    ASSERT_EQ(diff.changed.size(), 1U) << to_string(section);
    EXPECT_EQ(diff.changed[0].sections, std::vector<EntitySection>{section});
  }
}

TEST(EntityDiffTest, TheContentHashIsTheSectionsInOneStream) {
  Entity e = entity("t:1", "Esmail KHATIB");
  e.remarks = "x";
  const uint64_t before = compute_content_hash(e);
  e.remarks = "y";
  EXPECT_NE(compute_content_hash(e), before);
}

}  // namespace
}  // namespace vigil::model
