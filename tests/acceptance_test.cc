// Issue #2 acceptance on the real embedded lists: the named parties are found, on top, above
// the threshold, with their programs and relations.
#include <gtest/gtest.h>

#include <algorithm>

#include "sources/loader.h"
#include "vigil/screener.h"

namespace vigil {
namespace {

class AcceptanceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = sources::load_sources(sources::default_source_paths());
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    screener_ = Screener::build(std::move(loaded.value())).value();
  }
  static void TearDownTestSuite() { screener_.reset(); }

  // The best match among the entities of `dataset` (every list names some of these parties:
  // the tests check OFAC's entries and their facts).
  static Match top(const std::string& name, Schema schema = Schema::kUnknown,
                   const std::string& dataset = "ofac_sdn") {
    Query q;
    q.name = name;
    q.schema = schema;
    if (!dataset.empty()) q.lists.datasets = {dataset};
    auto result = screener_->screen(q);
    EXPECT_TRUE(result.ok());
    EXPECT_FALSE(result->matches.empty()) << name;
    return result->matches.empty() ? Match{} : result->matches.front();
  }

  static std::shared_ptr<const Screener> screener_;
};
std::shared_ptr<const Screener> AcceptanceTest::screener_;

bool has_program(const Entity& e, const std::string& program) {
  return std::any_of(e.sanctions.begin(), e.sanctions.end(),
                     [&](const Sanction& s) { return s.program == program; });
}

TEST_F(AcceptanceTest, DefaultListsAreAllLoaded) {
  std::vector<std::string> ids;
  for (const DatasetInfo& d : screener_->datasets()) ids.push_back(d.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"au_dfat", "ca_sema", "ofac_cons", "ofac_sdn", "uk_ofsi",
                                           "un_sc", "us_csl"}));
  EXPECT_EQ(screener_->entity_count(), 43827U);
}

// The same party listed by several authorities is found in each list, each entry a match.
TEST_F(AcceptanceTest, KhatibIsFoundInEveryListThatNamesHim) {
  Query q;
  q.name = "Esmaeil Khateeb";
  q.group_parties = false;
  auto result = screener_->screen(q);
  ASSERT_TRUE(result.ok());
  std::vector<std::string> ids;
  for (const Match& m : result->matches) {
    if (m.is_match) ids.push_back(m.entity->id);
  }
  for (const char* id : {"ofac_sdn:39017", "au_dfat:8595", "ca_sema:iran-1-part-2-1-1"}) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  }
}

// One party, one result: Khatib's three records come back as one match that names the others.
TEST_F(AcceptanceTest, KhatibIsOneResultNamingEveryList) {
  Query q;
  q.name = "Esmail Mohammad Khatib";
  auto result = screener_->screen(q);
  ASSERT_TRUE(result.ok());
  ASSERT_FALSE(result->matches.empty());
  const Match& top = result->matches.front();
  EXPECT_TRUE(top.is_match);
  EXPECT_EQ(top.entity->id, "ofac_sdn:39017");
  EXPECT_EQ(top.party_id, "party:ofac_sdn:39017");
  std::vector<std::string> others;
  for (const PartyRecord& r : top.party_records) others.push_back(r.entity->id);
  for (const char* id : {"au_dfat:8595", "ca_sema:iran-1-part-2-1-1"}) {
    EXPECT_NE(std::find(others.begin(), others.end(), id), others.end()) << id;
  }
  for (size_t k = 1; k < result->matches.size(); ++k) {
    EXPECT_NE(result->matches[k].party_id, top.party_id) << "a party returned twice";
  }
}

TEST_F(AcceptanceTest, KhatibInLatinAndPersianScript) {
  for (const char* name : {"Esmaeil Khateeb", "اسماعیل خطیب"}) {
    const Match m = top(name);
    ASSERT_TRUE(m.entity) << name;
    EXPECT_EQ(m.entity->id, "ofac_sdn:39017") << name;
    EXPECT_TRUE(m.is_match) << name << " scored " << m.score;
    for (const char* program : {"IFSR", "IRAN-HR", "CYBER2"}) {
      EXPECT_TRUE(has_program(*m.entity, program)) << program;
    }
    ASSERT_FALSE(m.entity->relations.empty());
    EXPECT_EQ(m.entity->relations.front().target_name,
              "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY");
  }
}

TEST_F(AcceptanceTest, MinistryOfIntelligenceByNameAndAcronym) {
  for (const char* name : {"Ministry of Intelligence and Security of Iran", "VEVAK", "MOIS"}) {
    const Match m = top(name);
    ASSERT_TRUE(m.entity) << name;
    EXPECT_EQ(m.entity->primary_name()->full, "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY")
        << name;
    EXPECT_TRUE(m.is_match) << name << " scored " << m.score;
  }
}

TEST_F(AcceptanceTest, EvinPrison) {
  const Match m = top("Evin Prison", Schema::kOrganization);
  ASSERT_TRUE(m.entity);
  EXPECT_EQ(m.entity->primary_name()->full, "EVIN PRISON");
  EXPECT_TRUE(has_program(*m.entity, "IRAN-HR"));
  EXPECT_TRUE(m.is_match);
}

// The candidate index must not lose what a full scan finds: for real queries, every entity that
// scoring every list name (Screener::compare on each name, no index) puts at or above the
// threshold is returned by screen() with the same score.
TEST_F(AcceptanceTest, IndexFindsEverythingAFullScanFinds) {
  auto loaded = sources::load_sources(sources::default_source_paths());
  ASSERT_TRUE(loaded.ok());
  std::vector<const Entity*> entities;
  for (const ParseOutput& d : loaded.value()) {
    for (const Entity& e : d.entities) entities.push_back(&e);
  }
  const std::vector<std::pair<std::string, Schema>> queries = {
      {"Esmaeil Khateeb", Schema::kPerson},
      {"Muhammad Hamza Zubaidi", Schema::kPerson},
      {"Hossein Dehghan", Schema::kPerson},
      {"Mohammad Ali Jafari", Schema::kPerson},
      {"Qasem Soleimani", Schema::kPerson},
      {"Kim Jong Un", Schema::kPerson},
      {"Bank Tejarat", Schema::kOrganization},
      {"Mahan Air", Schema::kOrganization},
      {"Evin Prison", Schema::kOrganization},
      {"Islamic Revolutionary Guard Corps", Schema::kUnknown},
  };
  for (const auto& [name, schema] : queries) {
    Query query;
    query.name = name;
    query.schema = schema;
    query.limit = 1000;
    query.group_parties = false;  // every record, to compare with the full scan record by record
    const auto indexed = screener_->screen(query);
    ASSERT_TRUE(indexed.ok());
    for (const Entity* e : entities) {
      double best = 0;
      for (const Name& n : e->names) {
        const auto m = screener_->compare(query, n, e->schema);
        if (m.ok()) best = std::max(best, m->name_score);
      }
      if (best < query.threshold) continue;
      const auto found = std::find_if(indexed->matches.begin(), indexed->matches.end(),
                                      [&](const Match& m) { return m.entity->id == e->id; });
      ASSERT_NE(found, indexed->matches.end())
          << name << " misses " << e->id << " (" << best << ")";
      EXPECT_NEAR(found->name_score, best, 1e-9) << name << " vs " << e->id;
    }
  }
}

// A dataset or program selection returns only what it selects, and loses nothing the unfiltered
// screen finds there: the filter applies before the candidate cap, so a narrow selection keeps
// its candidates even for a common name.
TEST_F(AcceptanceTest, ListSelectionNarrowsWithoutLosingMatches) {
  for (const char* name : {"Mohammad Ali", "Ali Hassan", "Bank Tejarat"}) {
    Query all;
    all.name = name;
    all.limit = 1000;
    Query selected = all;
    selected.lists.programs = {"IRAN-HR", "SDGT"};
    selected.lists.exclude_datasets = {"ofac_cons"};
    const auto everything = screener_->screen(all);
    const auto narrowed = screener_->screen(selected);
    ASSERT_TRUE(everything.ok() && narrowed.ok());
    const auto in_selection = [](const Entity& e) {
      return e.dataset != "ofac_cons" && (has_program(e, "IRAN-HR") || has_program(e, "SDGT"));
    };
    for (const Match& m : narrowed->matches) EXPECT_TRUE(in_selection(*m.entity)) << m.entity->id;
    for (const Match& m : everything->matches) {
      if (!in_selection(*m.entity)) continue;
      const auto found = std::find_if(narrowed->matches.begin(), narrowed->matches.end(),
                                      [&](const Match& n) { return n.entity == m.entity; });
      ASSERT_NE(found, narrowed->matches.end()) << name << " loses " << m.entity->id;
      // At least as high: for a common name the unfiltered cap may drop a better alias.
      EXPECT_GE(found->score, m.score);
    }
  }
}

}  // namespace
}  // namespace vigil
