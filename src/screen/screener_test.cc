#include "vigil/screener.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

Entity person(std::string id, std::string name, std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = "test:" + id;
  e.dataset = "test";
  e.source_id = id;
  e.schema = Schema::kPerson;
  e.names.push_back({name, {}, NameKind::kPrimary, "Latn", ""});
  for (auto& alias : aliases) e.names.push_back({alias, {}, NameKind::kAlias, "", ""});
  return e;
}

Entity organization(std::string id, std::string name) {
  Entity e = person(std::move(id), std::move(name));
  e.schema = Schema::kOrganization;
  return e;
}

std::shared_ptr<const Screener> build_test_screener() {
  ParseOutput output;
  output.info.id = "test";
  output.entities.push_back(person("1", "Esmail KHATIB", {"Seyed Esmaeil KHATIB"}));
  output.entities.back().birth_dates.push_back({{1960, 0, 0}, {1961, 0, 0}, false, "1960 to 1961"});
  output.entities.back().nationalities.push_back("IR");
  output.entities.push_back(person("2", "Hassan ROUHANI"));
  output.entities.push_back(organization("3", "EVIN PRISON"));
  output.entities.push_back(organization("4", "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY"));
  for (int i = 0; i < 30; ++i) {
    output.entities.push_back(person(
        std::to_string(100 + i), "Ali FILLER" + std::string(1, 'A' + i % 26) + std::to_string(i)));
  }
  std::vector<ParseOutput> outputs;
  outputs.push_back(std::move(output));
  auto screener = Screener::build(std::move(outputs));
  EXPECT_TRUE(screener.ok());
  return screener.value();
}

class ScreenerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { screener_ = build_test_screener(); }
  static void TearDownTestSuite() { screener_.reset(); }

  static ScreenResult screen(const std::string& name, Schema schema = Schema::kUnknown) {
    Query q;
    q.name = name;
    q.schema = schema;
    auto result = screener_->screen(q);
    EXPECT_TRUE(result.ok()) << result.error().to_string();
    return result.ok() ? result.value() : ScreenResult{};
  }

  static std::shared_ptr<const Screener> screener_;
};
std::shared_ptr<const Screener> ScreenerTest::screener_;

TEST_F(ScreenerTest, FindsVariantsOfAListedName) {
  for (const char* name : {"Esmail KHATIB", "khatib, esmail", "Esmaeil Khateeb", "Ismail Khatib",
                           "Seyed Esmaeil Khatib"}) {
    const ScreenResult r = screen(name);
    ASSERT_FALSE(r.matches.empty()) << name;
    EXPECT_EQ(r.matches.front().entity->id, "test:1") << name;
    EXPECT_TRUE(r.matches.front().is_match) << name;
  }
}

TEST_F(ScreenerTest, ExplainsTheMatch) {
  const ScreenResult r = screen("Esmaeil Khateeb");
  ASSERT_FALSE(r.matches.empty());
  const Match& m = r.matches.front();
  ASSERT_EQ(m.alignments.size(), 2U);
  EXPECT_FALSE(m.matched_name.empty());
}

TEST_F(ScreenerTest, UnrelatedNamesRaiseNoAlert) {
  for (const char* name : {"John Smith", "Acme Trading Company", "Maria Garcia Lopez"}) {
    for (const Match& m : screen(name).matches) EXPECT_FALSE(m.is_match) << name;
  }
}

TEST_F(ScreenerTest, AttributesMoveTheScore) {
  Query q;
  q.name = "Esmail Khatib";
  const double plain = screener_->screen(q)->matches.front().score;
  q.birth_date = DateValue{{1990, 1, 1}, {1990, 1, 1}, false, ""};
  const Match conflicting = screener_->screen(q)->matches.front();
  EXPECT_LT(conflicting.score, plain);
  ASSERT_FALSE(conflicting.adjustments.empty());
  EXPECT_EQ(conflicting.adjustments.front().feature, "birth_date");
  q.birth_date.reset();
  q.schema = Schema::kOrganization;
  EXPECT_LT(screener_->screen(q)->matches.front().score, plain);
}

TEST_F(ScreenerTest, SameQuerySameScoreBitForBit) {
  const ScreenResult a = screen("Esmaeil Khateeb");
  const ScreenResult b = screen("Esmaeil Khateeb");
  ASSERT_EQ(a.matches.size(), b.matches.size());
  for (size_t i = 0; i < a.matches.size(); ++i) {
    EXPECT_EQ(a.matches[i].score, b.matches[i].score);
    EXPECT_EQ(a.matches[i].entity->id, b.matches[i].entity->id);
  }
}

TEST_F(ScreenerTest, BadQueriesAreErrorsNotCrashes) {
  Query q;
  q.name = "";
  EXPECT_FALSE(screener_->screen(q).ok());
  q.name = "\xff\xfe";
  EXPECT_FALSE(screener_->screen(q).ok());
  q.name = std::string(100000, 'a');
  EXPECT_FALSE(screener_->screen(q).ok());
  q.name = "!!! ... ---";
  EXPECT_FALSE(screener_->screen(q).ok());
  q.name = "Esmail Khatib";
  q.country = "Atlantis";
  EXPECT_FALSE(screener_->screen(q).ok());
}

TEST_F(ScreenerTest, CompareUsesListWeights) {
  Query q;
  q.name = "Esmaeil Khateeb";
  auto m = screener_->compare(q, "Esmail KHATIB", Schema::kPerson);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m->is_match);
  EXPECT_NEAR(m->score, screen("Esmaeil Khateeb").matches.front().score, 0.05);
}

// An entry of unknown type (the US CSL's) compares a person query's tokens as a person's:
// Victoria is not Victor there; a query of unknown type keeps the plain spelling similarity.
TEST_F(ScreenerTest, AnUntypedEntryComparesAPersonQueryAsAPersonsName) {
  Query person_query;
  person_query.name = "Victoria Brownlow";
  person_query.schema = Schema::kPerson;
  const auto as_person = screener_->compare(person_query, "Victor BROWNLOW", Schema::kUnknown);
  ASSERT_TRUE(as_person.ok());
  EXPECT_FALSE(as_person->is_match) << as_person->score;
  Query untyped_query = person_query;
  untyped_query.schema = Schema::kUnknown;
  const auto untyped = screener_->compare(untyped_query, "Victor BROWNLOW", Schema::kUnknown);
  ASSERT_TRUE(untyped.ok());
  EXPECT_GT(untyped->name_score, as_person->name_score);
}

}  // namespace
}  // namespace vigil
