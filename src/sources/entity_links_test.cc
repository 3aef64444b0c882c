#include "sources/entity_links.h"

#include <gtest/gtest.h>

#include "sources/ofac_names.h"

namespace vigil::sources {
namespace {

Entity entity(std::string id, Schema schema, std::string_view written) {
  Entity e;
  e.id = std::move(id);
  e.schema = schema;
  e.names.push_back(make_ofac_name(written, schema, NameKind::kPrimary));
  return e;
}

void link(Entity& from, std::string target, RelationKind kind = RelationKind::kLinkedTo) {
  from.relations.push_back({kind, "", std::move(target), std::nullopt});
}

TEST(EntityLinksTest, ResolvesPrimaryNamesInEitherOrder) {
  std::vector<Entity> entities = {
      entity("t:1", Schema::kOrganization, "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY"),
      entity("t:2", Schema::kPerson, "RAHMANI, Ajmal"),
      entity("t:3", Schema::kOrganization, "KPD S.A."),
      entity("t:4", Schema::kPerson, "KHATIB, Esmail"),
  };
  link(entities[3], "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY");
  link(entities[3], "RAHMANI, Ajmal");
  link(entities[3], "Ajmal  Rahmani");
  link(entities[3], "KPD S.A");  // the remarks' final period went with the remarks
  link(entities[3], "NOBODY");
  const LinkCounts counts = resolve_relations(entities);
  EXPECT_EQ(counts.resolved, 4U);
  EXPECT_EQ(counts.unresolved, 1U);
  EXPECT_EQ(counts.ambiguous, 0U);
  const auto& r = entities[3].relations;
  EXPECT_EQ(r[0].target_id, "t:1");
  EXPECT_EQ(r[1].target_id, "t:2");
  EXPECT_EQ(r[2].target_id, "t:2");
  EXPECT_EQ(r[3].target_id, "t:3");
  EXPECT_EQ(r[4].target_id, "");
  EXPECT_EQ(r[1].target_name, "RAHMANI, Ajmal");  // the name as the list wrote it stays
}

TEST(EntityLinksTest, AliasesResolveWhenNoPrimaryNameMatches) {
  std::vector<Entity> entities = {entity("t:1", Schema::kOrganization, "NATIONAL BANK"),
                                  entity("t:2", Schema::kOrganization, "OTHER BANK"),
                                  entity("t:3", Schema::kOrganization, "X")};
  entities[0].names.push_back({"NB", {}, NameKind::kAlias, "", ""});
  entities[1].names.push_back({"NATIONAL BANK", {}, NameKind::kAlias, "", ""});
  entities[1].names.push_back({"WEAK", {}, NameKind::kWeakAlias, "", ""});
  link(entities[2], "NB");
  link(entities[2], "NATIONAL BANK");  // t:1's primary name beats t:2's alias
  link(entities[2], "WEAK");           // weak aliases are too loose to point at anyone
  const LinkCounts counts = resolve_relations(entities);
  EXPECT_EQ(entities[2].relations[0].target_id, "t:1");
  EXPECT_EQ(entities[2].relations[1].target_id, "t:1");
  EXPECT_EQ(entities[2].relations[2].target_id, "");
  EXPECT_EQ(counts.resolved, 2U);
}

TEST(EntityLinksTest, AmbiguousSelfAndResolvedAreLeftAlone) {
  std::vector<Entity> entities = {
      entity("t:1", Schema::kOrganization, "MINISTRY OF STATE SECURITY"),
      entity("t:2", Schema::kOrganization, "MINISTRY OF STATE SECURITY"),
      entity("t:3", Schema::kOrganization, "SELF"),
  };
  link(entities[2], "MINISTRY OF STATE SECURITY");
  link(entities[2], "SELF");
  entities[2].relations.push_back({RelationKind::kOwnedBy, "x:9", "SELF", 50.0});
  const LinkCounts counts = resolve_relations(entities);
  EXPECT_EQ(counts.ambiguous, 1U);
  EXPECT_EQ(counts.unresolved, 1U);
  EXPECT_EQ(entities[2].relations[0].target_id, "");
  EXPECT_EQ(entities[2].relations[1].target_id, "");
  EXPECT_EQ(entities[2].relations[2].target_id, "x:9");
}

TEST(EntityLinksTest, FamilyRelationsResolveToo) {
  std::vector<Entity> entities = {entity("t:1", Schema::kPerson, "AL-DURI, Izzat Ibrahim"),
                                  entity("t:2", Schema::kPerson, "X, Y")};
  link(entities[1], "Izzat Ibrahim Al-Duri", RelationKind::kFamily);
  EXPECT_EQ(resolve_relations(entities).resolved, 1U);
  EXPECT_EQ(entities[1].relations[0].target_id, "t:1");
}

TEST(EntityLinksTest, EmptyInput) {
  std::vector<Entity> none;
  EXPECT_EQ(resolve_relations(none).resolved, 0U);
}

}  // namespace
}  // namespace vigil::sources
