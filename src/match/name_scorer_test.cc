#include "match/name_scorer.h"

#include <gtest/gtest.h>

#include <deque>

namespace vigil::match {
namespace {

// Builds scored tokens with equal weights unless given.
class Tokens {
 public:
  std::vector<ScoredToken> make(std::initializer_list<std::string_view> words,
                                std::initializer_list<double> weights = {}) {
    std::vector<ScoredToken> out;
    auto w = weights.begin();
    for (std::string_view word : words) {
      storage_.push_back(make_token_features(word));
      out.push_back({&storage_.back(), w != weights.end() ? *w++ : 1.0});
    }
    return out;
  }

 private:
  std::deque<TokenFeatures> storage_;
};

double score(const std::vector<ScoredToken>& q, const std::vector<ScoredToken>& l,
             bool person = true) {
  return score_names(q, l, person, false).score;
}

TEST(NameScorerTest, OrderDoesNotMatter) {
  Tokens t;
  EXPECT_DOUBLE_EQ(score(t.make({"esmail", "khatib"}), t.make({"khatib", "esmail"})), 1.0);
}

TEST(NameScorerTest, DroppedMiddleNameCostsLessThanAWrongOne) {
  Tokens t;
  const auto listed = t.make({"muhammad", "hamza", "zubaidi"});
  const double dropped = score(t.make({"muhammad", "zubaidi"}), listed);
  const double wrong = score(t.make({"muhammad", "karim", "zubaidi"}), listed);
  EXPECT_GT(dropped, 0.8);
  EXPECT_GT(dropped, wrong);
}

TEST(NameScorerTest, RareTokensWeighMore) {
  Tokens t;
  const auto listed = t.make({"ali", "khamenei"}, {0.3, 1.0});
  const double rare_matched = score(t.make({"hassan", "khamenei"}, {0.3, 1.0}), listed);
  const double common_matched = score(t.make({"ali", "rouhani"}, {0.3, 1.0}), listed);
  EXPECT_GT(rare_matched, common_matched);
}

TEST(NameScorerTest, HonorificsIgnoredForPersonsOnly) {
  Tokens t;
  // An extra honorific beside two aligned names costs almost nothing.
  EXPECT_GT(score(t.make({"seyed", "esmaeil", "khatib"}), t.make({"esmaeil", "khatib"})), 0.95);
  EXPECT_LT(score(t.make({"general", "trading"}), t.make({"trading"}), false), 0.8);
}

TEST(NameScorerTest, JoinedCompoundsAlign) {
  Tokens t;
  const NameScore s = score_names(t.make({"abdolrahman", "rezaei"}),
                                  t.make({"abdol", "rahman", "rezaei"}), true, true);
  EXPECT_GT(s.score, 0.95);
  EXPECT_TRUE(s.unmatched_list.empty());
}

TEST(NameScorerTest, BareSurnameIsNotAPerson) {
  Tokens t;
  EXPECT_LT(score(t.make({"khatib"}), t.make({"esmail", "khatib"})), 0.8);
}

TEST(NameScorerTest, ExplainsAlignmentsAndLeftovers) {
  Tokens t;
  const NameScore s = score_names(t.make({"mohammad", "x", "khatib"}),
                                  t.make({"muhammad", "khatib", "seyed"}), true, true);
  ASSERT_EQ(s.pairs.size(), 2U);
  EXPECT_EQ(s.unmatched_query.size(), 1U);
  EXPECT_EQ(s.unmatched_list.size(), 1U);  // the honorific is reported, at a small cost
  EXPECT_GT(s.score, 0.5);
}

TEST(NameScorerTest, EmptySidesScoreZero) {
  Tokens t;
  EXPECT_EQ(score(t.make({}), t.make({"a"})), 0.0);
  EXPECT_EQ(score(t.make({"a"}), t.make({})), 0.0);
}

}  // namespace
}  // namespace vigil::match
