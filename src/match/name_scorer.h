// Scores one query name against one list name: aligns tokens regardless of order, lets rare
// tokens count more than common ones, charges a missing query token more than an extra list
// token (a dropped middle name costs less than a wrong one), and says what aligned with what.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "match/chinese_names.h"
#include "match/scored_token.h"
#include "match/token_features.h"
#include "match/token_similarity.h"
#include "vigil/entity.h"

namespace vigil::match {

struct AlignedPair {
  uint8_t query_begin = 0, query_count = 1;  // query tokens [begin, begin + count)
  uint8_t list_begin = 0, list_count = 1;
  TokenMatch match;
  double weight = 0;
  // Filled when explaining: the pair adds evidence * mass to the numerator and mass to the
  // denominator of the score.
  double evidence = 0;
  double mass = 0;
};

// score = numerator / mass, where the numerator sums evidence * mass over the aligned pairs and
// the mass adds every pair's mass and every leftover token's charge.
struct NameScore {
  double score = 0;  // 0..1
  std::vector<AlignedPair> pairs;
  std::vector<uint8_t> unmatched_query;  // indices of query tokens left unaligned
  std::vector<uint8_t> unmatched_list;
  // Filled when explaining.
  std::vector<double> unmatched_query_mass;  // what each leftover query token was charged
  std::vector<double> unmatched_list_mass;
  double numerator = 0;
  double mass = 0;
  // Every aligned list token is weak evidence (three letters or fewer, or in a person's name a
  // given name, unless the list calls it the family name) and the match is partial, or is a
  // person's single name: "Li Wei" against "LI Fang Wei", a company "Martin" against a person's
  // alias "Martin". Such a match names no one; the screener caps its
  // score (kWeakEvidenceCap in attribute_scorer.h). Filled with or without `explain`.
  bool weak_evidence = false;
};

// In the names of persons, vessels and aircraft a query token that is a known name and only
// looks like a list token is likelier another name than a typo (as_known_token_match); in an
// organisation's name, words come in families ("Iran", "Iranian") and keep their similarity.
inline bool known_names_distinct(Schema schema) {
  return schema == Schema::kPerson || schema == Schema::kVessel || schema == Schema::kAircraft;
}

// An organisation's name, or an untyped entry's (scored as an organisation's: score_names).
inline bool organisation_like(Schema schema) {
  return schema == Schema::kOrganization || schema == Schema::kUnknown;
}

// The type a list name's tokens are compared as (known_names_distinct): its entry's, or the
// query's when the entry states none (the US CSL's export-control lists): to a query typed
// person, "Victoria" is not "Victor" in an untyped entry either. The name's structure (given
// and family names, what an extra name costs) stays that of an untyped name: its parts are
// not known.
inline Schema compared_schema(Schema list, Schema query) {
  return list == Schema::kUnknown ? query : list;
}

// Answers "how alike are query token i and list token j" (and the joined variants). The
// screener answers from similarities it computed once per query against the index; the
// direct implementation computes them. Both give the same answers for the same tokens.
class TokenPairs {
 public:
  virtual ~TokenPairs() = default;
  virtual TokenMatch match(size_t query, size_t list) const = 0;
  // Query token `query` against list tokens `list` and `list + 1` joined.
  virtual TokenMatch match_list_joined(size_t query, size_t list) const = 0;
  // Query tokens `query` and `query + 1` joined against list token `list`.
  virtual TokenMatch match_query_joined(size_t query, size_t list) const = 0;
  // False when no joined comparison of that side can align: the scorer then skips them.
  [[nodiscard]] virtual bool may_join_list() const { return true; }
  [[nodiscard]] virtual bool may_join_query() const { return true; }
};

// The evidence a token match gives, 0..1. Close but unequal spellings are weaker evidence
// the further they are apart below 0.85. When the query token is itself a known name every
// point of similarity lost there costs two points of evidence ("barrera" ~ "becerra" is a
// different family more often than a typo); a token no list knows is likelier a typo and loses
// one point a point. An initial carries one letter of evidence: three quarters of its
// similarity.
inline double evidence_of(const TokenMatch& m) {
  constexpr double kKnee = 0.85;
  const double slope = m.known_name ? 2.0 : 1.0;
  constexpr double kInitialEvidence = 0.75;
  double evidence = m.similarity >= kKnee ? m.similarity : kKnee - slope * (kKnee - m.similarity);
  if (m.kind == TokenMatchKind::kInitial) evidence *= kInitialEvidence;
  return evidence > 0 ? evidence : 0.0;
}

// A joined comparison from the plain comparison of the single token with the joined text:
// joined compounds align only when close (>= 0.8), and slightly below a plain match.
TokenMatch as_joined_match(const TokenMatch& plain);

// Computes every answer with compare_tokens; `shares_key(a, b)` says whether the index would
// have found b for a, and `shares_joined_query_key` the same for two query tokens joined
// against a list token (so the direct and indexed paths agree); null means always.
// `is_known_token(t)` says whether a query token is a known name (as_known_token_match, with
// `distinct` saying known_names_distinct of the list name, then applies to its single matches);
// null means never.
class DirectTokenPairs final : public TokenPairs {
 public:
  using KeyFilter = bool (*)(const TokenFeatures&, const TokenFeatures&);
  using KnownToken = std::function<bool(const TokenFeatures&)>;
  DirectTokenPairs(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                   KeyFilter shares_key = nullptr, KeyFilter shares_joined_query_key = nullptr,
                   KnownToken is_known_token = nullptr, bool distinct = false,
                   bool query_in_han = false)
      : query_(query),
        list_(list),
        shares_key_(shares_key),
        shares_joined_query_key_(shares_joined_query_key),
        is_known_token_(std::move(is_known_token)),
        distinct_(distinct),
        pinyin_(pinyin_rule(has_chinese_family_name(query), has_chinese_family_name(list),
                            query_in_han)) {}
  TokenMatch match(size_t query, size_t list) const override;
  TokenMatch match_list_joined(size_t query, size_t list) const override;
  TokenMatch match_query_joined(size_t query, size_t list) const override;

 private:
  static TokenMatch compare(const TokenFeatures& a, const TokenFeatures& b, KeyFilter filter);
  static TokenMatch joined(const TokenFeatures& single, const TokenFeatures& first,
                           const TokenFeatures& second, KeyFilter filter);

  std::span<const ScoredToken> query_;
  std::span<const ScoredToken> list_;
  KeyFilter shares_key_;
  KeyFilter shares_joined_query_key_;
  KnownToken is_known_token_;
  bool distinct_ = false;
  PinyinRule pinyin_ = PinyinRule::kNone;  // as_pinyin_match
  [[nodiscard]] bool known(size_t query) const {
    return is_known_token_ && is_known_token_(*query_[query].features);
  }
};

// `person` says the list name is a person's: honorifics on either side then count little.
// `organisation` says it is an organisation's or an untyped entry's: a short word (five letters
// or fewer) aligned only approximately is then weak evidence, and a name resting on such words
// alone is (NameScore::weak_evidence: "Barth AG" is not BEARS, "Metz" not MTS).
// `explain` fills pairs and unmatched lists; without it only `score` is computed.
NameScore score_names(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                      const TokenPairs& pairs, bool person, bool explain,
                      bool organisation = false);
// The same with DirectTokenPairs and no key filter.
NameScore score_names(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                      bool person, bool explain);

// Upper bounds of score_names(query, list, pairs, person) for one query against many list
// names, for any `pairs` under which query token i can align only when bit i of
// `query_may_align` is set and list token j only when bit j of `list_may_align` is set (joined
// alignments included). Costs no token comparison: the screener uses it to skip candidates
// that cannot reach the minimum score. The query side is summed once, at construction.
class ScoreBound {
 public:
  explicit ScoreBound(std::span<const ScoredToken> query);
  [[nodiscard]] double bound(std::span<const ScoredToken> list, uint32_t query_may_align,
                             uint32_t list_may_align, bool person) const;

 private:
  static constexpr size_t kMaskedTokens = 6;
  struct Side {
    std::array<double, kMaxTokens> aligned{};    // mass when the token may align
    std::array<double, kMaxTokens> unaligned{};  // least mass charged when it cannot
    // For queries of up to kMaskedTokens tokens: both sums for every mask, precomputed.
    std::array<double, 1U << kMaskedTokens> aligned_by_mask{};
    std::array<double, 1U << kMaskedTokens> unaligned_by_mask{};
  };
  // [0] an organisation's name, [1] a person's, [2] a person's whose every name token may
  // align (an extra query token may then cost less: NameScore).
  std::array<Side, 3> query_;
  size_t query_size_ = 0;
};

}  // namespace vigil::match
