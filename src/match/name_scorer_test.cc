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

TEST(NameScorerTest, TheExplanationAddsUpToTheScore) {
  Tokens t;
  const NameScore s = score_names(t.make({"seyed", "mohammad", "x", "khatib"}),
                                  t.make({"muhammad", "hamza", "khateeb"}), true, true);
  double numerator = 0, mass = 0;
  for (const AlignedPair& p : s.pairs) {
    numerator += p.evidence * p.mass;
    mass += p.mass;
  }
  for (double m : s.unmatched_query_mass) mass += m;
  for (double m : s.unmatched_list_mass) mass += m;
  EXPECT_EQ(s.unmatched_query_mass.size(), s.unmatched_query.size());
  EXPECT_EQ(s.unmatched_list_mass.size(), s.unmatched_list.size());
  EXPECT_NEAR(numerator, s.numerator, 1e-12);
  EXPECT_NEAR(mass, s.mass, 1e-12);
  EXPECT_NEAR(numerator / mass, s.score, 1e-12);
  // Explaining changes nothing in the score.
  EXPECT_EQ(score_names(t.make({"seyed", "mohammad", "x", "khatib"}),
                        t.make({"muhammad", "hamza", "khateeb"}), true, false)
                .score,
            s.score);
}

TEST(NameScorerTest, AnUnalignedParticleCostsAFloor) {
  Tokens t;
  // "al" weighs little (0.1) but leaving it unaligned still costs 0.2 of mass.
  const NameScore s = score_names(t.make({"mohammed", "al", "ali"}, {0.5, 0.1, 0.6}),
                                  t.make({"mohammed", "ali"}, {0.5, 0.6}), true, true);
  ASSERT_EQ(s.unmatched_query_mass.size(), 1U);
  EXPECT_DOUBLE_EQ(s.unmatched_query_mass[0], 0.2);
  EXPECT_LT(s.score, 0.92);
}

// List tokens with the roles the list states (given, family): weight times the role's factor.
std::vector<ScoredToken> with_roles(std::vector<ScoredToken> tokens,
                                    std::initializer_list<NameRole> roles) {
  auto role = roles.begin();
  for (ScoredToken& token : tokens) {
    token.role = *role++;
    token.weight *= role_factor(token.role);
  }
  return tokens;
}

TEST(NameScorerTest, FamilyNamesWeighMoreThanGivenNamesWhereTheListTellsThemApart) {
  Tokens t;
  constexpr auto kGiven = NameRole::kGiven;
  constexpr auto kFamily = NameRole::kFamily;
  const auto query = t.make({"ali", "karimi"}, {0.9, 0.9});
  // Tokens of equal rarity: without roles, sharing the given or the family name is the same.
  EXPECT_DOUBLE_EQ(score(query, t.make({"hassan", "karimi"}, {0.9, 0.9})),
                   score(query, t.make({"ali", "tehrani"}, {0.9, 0.9})));
  // With them, the same family with another given name scores above the same given name with
  // another family...
  const double same_family =
      score(query, with_roles(t.make({"hassan", "karimi"}, {0.9, 0.9}), {kGiven, kFamily}));
  const double same_given =
      score(query, with_roles(t.make({"ali", "tehrani"}, {0.9, 0.9}), {kGiven, kFamily}));
  EXPECT_GT(same_family, same_given + 0.05);
  // ...and a missing family name costs more than a missing middle name.
  const auto listed = t.make({"ali", "reza", "karimi"}, {0.9, 0.9, 0.9});
  const auto roles = {kGiven, kGiven, kFamily};
  EXPECT_GT(score(t.make({"ali", "karimi"}, {0.9, 0.9}), with_roles(listed, roles)),
            score(t.make({"ali", "reza"}, {0.9, 0.9}), with_roles(listed, roles)));
}

TEST(NameScorerTest, OnePartOfADoubleFamilyNameMissingCostsAsAMiddleName) {
  Tokens t;
  const auto query = t.make({"santos", "garcia"}, {0.9, 0.9});
  const auto plain = t.make({"santos", "bueno", "garcia"}, {0.9, 0.9, 0.9});
  const auto roles = {NameRole::kGiven, NameRole::kFamily, NameRole::kFamily};
  // The aligned family part weighs more, the missing one no more than without roles.
  EXPECT_GE(score(query, with_roles(plain, roles)), score(query, plain));
}

TEST(NameScorerTest, EmptySidesScoreZero) {
  Tokens t;
  EXPECT_EQ(score(t.make({}), t.make({"a"})), 0.0);
  EXPECT_EQ(score(t.make({"a"}), t.make({})), 0.0);
}

// Bits of the tokens that align with anything, as the screener reads them off its table.
std::pair<uint32_t, uint32_t> may_align(const std::vector<ScoredToken>& q,
                                        const std::vector<ScoredToken>& l) {
  const DirectTokenPairs pairs(q, l);
  uint32_t query_mask = 0, list_mask = 0;
  for (size_t i = 0; i < q.size(); ++i) {
    for (size_t j = 0; j < l.size(); ++j) {
      if (pairs.match(i, j).kind != TokenMatchKind::kNone) {
        query_mask |= 1U << i;
        list_mask |= 1U << j;
      }
      if (j + 1 < l.size() && pairs.match_list_joined(i, j).kind != TokenMatchKind::kNone) {
        query_mask |= 1U << i;
        list_mask |= 3U << j;
      }
      if (i + 1 < q.size() && pairs.match_query_joined(i, j).kind != TokenMatchKind::kNone) {
        query_mask |= 3U << i;
        list_mask |= 1U << j;
      }
    }
  }
  return {query_mask, list_mask};
}

TEST(ScoreBoundTest, IsNeverBelowTheScore) {
  // Names drawn from tokens of every class, joined and split forms, initials and numbers,
  // with weights across the index's range: the bound must hold for every pair.
  static const char* kWords[] = {"mohammad", "muhammad", "mohamed", "ali",     "hassan",
                                 "hasan",    "khatib",   "khateeb", "seyed",   "haji",
                                 "al",       "bin",      "abdul",   "rahman",  "abdulrahman",
                                 "ltd",      "company",  "llc",     "m",       "h",
                                 "11420",    "corp",     "trading", "tejarat", "bank"};
  uint64_t state = 42;
  const auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  Tokens t;
  size_t positive = 0;
  for (int round = 0; round < 4000; ++round) {
    const auto draw = [&] {
      std::vector<ScoredToken> out;
      const size_t count = 1 + next(4);
      for (size_t k = 0; k < count; ++k) {
        auto one = t.make({kWords[next(std::size(kWords))]}, {0.3 + 0.7 * double(next(8)) / 7});
        out.push_back(one.front());
      }
      return out;
    };
    const auto q = draw();
    auto l = draw();
    // List tokens carry their roles, as the index gives them: weight times the role's factor.
    for (ScoredToken& token : l) {
      token.role = static_cast<NameRole>(next(3));
      token.weight *= role_factor(token.role);
    }
    const bool person = next(2) == 0;
    const auto [query_mask, list_mask] = may_align(q, l);
    const double s = score(q, l, person);
    const double bound = ScoreBound(q).bound(l, query_mask, list_mask, person);
    positive += s > 0;
    ASSERT_GE(bound + 1e-12, s) << "round " << round;
  }
  EXPECT_GT(positive, 1000U);  // the draws really align
}

TEST(ScoreBoundTest, IsZeroWhenNothingAlignsAndOneForTheSameName) {
  Tokens t;
  const auto q = t.make({"esmail", "khatib"});
  EXPECT_EQ(ScoreBound(q).bound(t.make({"john", "smith"}), 0, 0, true), 0.0);
  EXPECT_DOUBLE_EQ(ScoreBound(q).bound(t.make({"esmail", "khatib"}), 3, 3, true), 1.0);
}

TEST(ScoreBoundTest, ChargesWhatCannotAlign) {
  // One of three query tokens and one of three list tokens may align: far below 0.5.
  Tokens t;
  const auto q = t.make({"ali", "reza", "karimi"});
  const auto l = t.make({"ali", "hassan", "tehrani"});
  EXPECT_LT(ScoreBound(q).bound(l, 1, 1, true), 0.4);
}

}  // namespace
}  // namespace vigil::match
