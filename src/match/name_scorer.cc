#include "match/name_scorer.h"

#include <algorithm>
#include <array>
#include <bit>

namespace vigil::match {
namespace {

// Weight multipliers by token class: particles and legal forms are weak evidence.
constexpr double kParticleFactor = 0.3;
constexpr double kLegalFormWeight = 0.12;
// A title or honorific in a person's name: worth half a name token when both sides have it,
// nearly free when only one side does ("Seyed Esmaeil Khatib" ~ "Esmaeil KHATIB").
constexpr double kHonorificFactor = 0.5;
constexpr double kHonorificUnmatchedMass = 0.1;
// An unaligned name token weighs at least this much however common it is: a different given
// name is evidence of a different person even when the name is frequent.
constexpr double kUnmatchedFloor = 0.8;
// An unaligned particle whose name aligned without it is a small structural difference,
// whatever its weight: "Mohammed al-Ali" is not quite "Muhammad Ali" (al-Ali is a family name),
// while "Bashar al-Assad" still matches "Bashar Assad" when the rest agrees. A particle dropped
// with its name ("al-Khalid" of a dropped middle name) costs only its weight.
constexpr double kUnmatchedParticleFloor = 0.2;
// An unaligned query token is charged this many times its mass on top of missing from the
// numerator: the query says something the list name does not.
constexpr double kUnmatchedQueryPenalty = 1.0;
// An unaligned list token (a dropped middle name) costs this fraction of its mass when at
// least two tokens aligned; a person's first given name, or anything when fewer tokens
// aligned, costs its full mass (a bare surname is not a person).
constexpr double kUnmatchedListFactor = 0.5;

bool is_honorific(const ScoredToken& token, bool person) {
  return person && token.token_class == TokenClass::kHonorific;
}

double effective_weight(const ScoredToken& token, bool person) {
  switch (token.token_class) {
    case TokenClass::kHonorific: return person ? token.weight * kHonorificFactor : token.weight;
    case TokenClass::kParticle: return token.weight * kParticleFactor;
    case TokenClass::kLegalForm: return kLegalFormWeight;
    case TokenClass::kNumber:
    case TokenClass::kName: break;
  }
  return token.weight;
}

// The mass an unaligned token adds to the denominator, before side-specific factors. An
// honorific is nearly free beside two aligned names; beside one it may be the other name
// ("Sayyid NUR" is not the mononym "NOOR").
// `orphaned`: the token after it aligned (a particle whose name is there without it).
double unmatched_mass(const ScoredToken& token, double weight, bool person, size_t aligned,
                      bool orphaned) {
  if (is_honorific(token, person) && aligned >= 2) return kHonorificUnmatchedMass;
  if (is_honorific(token, person)) return std::max(token.weight, kUnmatchedFloor);
  const TokenClass token_class = token.token_class;
  if (token_class == TokenClass::kName || token_class == TokenClass::kNumber) {
    return std::max(weight, kUnmatchedFloor);
  }
  if (token_class == TokenClass::kParticle && orphaned) {
    return std::max(weight, kUnmatchedParticleFloor);
  }
  return weight;
}

bool penalised(const ScoredToken& token, bool person, size_t aligned) {
  const TokenClass token_class = token.token_class;
  if (is_honorific(token, person)) return aligned < 2;
  return token_class == TokenClass::kName || token_class == TokenClass::kNumber;
}

// Particles and legal forms align only with their own kind unless spelled the same: "al" is
// not a misspelt "ali", "co" not a misspelt "coal".
// A misspelt legal form ("compani", "leemited") may align with the real one when close.
bool classes_may_align(const TokenFeatures& a, const TokenFeatures& b, const TokenMatch& m) {
  if (m.kind == TokenMatchKind::kExact || m.kind == TokenMatchKind::kInitial ||
      a.token_class == b.token_class) {
    return true;
  }
  const auto weak = [](TokenClass c) {
    return c == TokenClass::kParticle || c == TokenClass::kLegalForm;
  };
  if (!weak(a.token_class) && !weak(b.token_class)) return true;
  if (a.token_class == TokenClass::kParticle || b.token_class == TokenClass::kParticle) {
    return false;
  }
  constexpr double kMisspeltLegalForm = 0.8;
  return m.kind == TokenMatchKind::kPhonetic ||
         (m.similarity >= kMisspeltLegalForm && std::min(a.text.size(), b.text.size()) >= 3);
}

// Weight of a pair's tokens: when one of them is a legal form, both count as one.
bool pair_is_legal_form(const TokenFeatures& a, const TokenFeatures& b) {
  return a.token_class == TokenClass::kLegalForm || b.token_class == TokenClass::kLegalForm;
}

struct Candidate {
  double similarity;
  double weight;
  AlignedPair pair;
};

void collect_candidates(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                        const TokenPairs& pairs, bool person,
                        const std::array<double, kMaxTokens>& query_weight,
                        const std::array<double, kMaxTokens>& list_weight,
                        std::vector<Candidate>& out) {
  const auto add = [&out](const TokenMatch& m, double weight, size_t qi, size_t qn, size_t lj,
                          size_t ln) {
    out.push_back({m.similarity,
                   weight,
                   {static_cast<uint8_t>(qi), static_cast<uint8_t>(qn), static_cast<uint8_t>(lj),
                    static_cast<uint8_t>(ln), m, weight}});
  };
  for (size_t i = 0; i < query.size(); ++i) {
    for (size_t j = 0; j < list.size(); ++j) {
      const TokenMatch m = pairs.match(i, j);
      if (m.kind == TokenMatchKind::kNone) continue;
      if (!classes_may_align(*query[i].features, *list[j].features, m)) continue;
      // Initials abbreviate people's names; in an organisation's name a lone letter is a word.
      if (m.kind == TokenMatchKind::kInitial && !person) continue;
      add(m, std::max(query_weight[i], list_weight[j]), i, 1, j, 1);
    }
  }
  // Joined compounds, both ways.
  for (size_t i = 0; pairs.may_join_list() && i < query.size(); ++i) {
    for (size_t j = 0; j + 1 < list.size(); ++j) {
      const TokenMatch m = pairs.match_list_joined(i, j);
      if (m.kind != TokenMatchKind::kNone) add(m, list_weight[j] + list_weight[j + 1], i, 1, j, 2);
    }
  }
  for (size_t i = 0; pairs.may_join_query() && i + 1 < query.size(); ++i) {
    for (size_t j = 0; j < list.size(); ++j) {
      const TokenMatch m = pairs.match_query_joined(i, j);
      if (m.kind != TokenMatchKind::kNone) {
        add(m, query_weight[i] + query_weight[i + 1], i, 2, j, 1);
      }
    }
  }
}

}  // namespace

std::string_view to_string(NameRole role) {
  switch (role) {
    case NameRole::kGiven: return "given";
    case NameRole::kFamily: return "family";
    case NameRole::kUnknown: break;
  }
  return "";
}

TokenMatch as_joined_match(const TokenMatch& plain) {
  constexpr double kMinJoinedSimilarity = 0.8;
  constexpr double kJoinedFactor = 0.98;
  if (plain.kind == TokenMatchKind::kNone || plain.similarity < kMinJoinedSimilarity) return {};
  if (plain.kind == TokenMatchKind::kExact) return {1.0, TokenMatchKind::kJoined};
  return {plain.similarity * kJoinedFactor, TokenMatchKind::kJoined};
}

TokenMatch DirectTokenPairs::compare(const TokenFeatures& a, const TokenFeatures& b,
                                     KeyFilter filter) {
  if (filter != nullptr && !filter(a, b)) return {};
  return compare_tokens(a, b);
}

TokenMatch DirectTokenPairs::joined(const TokenFeatures& single, const TokenFeatures& first,
                                    const TokenFeatures& second, KeyFilter filter) {
  if (first.text.size() + second.text.size() > kMaxJoinedLength) return {};
  return as_joined_match(compare(single, make_token_features(first.text + second.text), filter));
}

TokenMatch DirectTokenPairs::match(size_t query, size_t list) const {
  const TokenMatch m = compare(*query_[query].features, *list_[list].features, shares_key_);
  return known(query) ? as_known_token_match(m, person_) : m;
}

TokenMatch DirectTokenPairs::match_list_joined(size_t query, size_t list) const {
  const TokenFeatures& first = *list_[list].features;
  const TokenFeatures& second = *list_[list + 1].features;
  if (first.text.size() + second.text.size() > kMaxJoinedLength) return {};
  TokenMatch m =
      compare(*query_[query].features, make_token_features(first.text + second.text), shares_key_);
  if (known(query)) m = as_known_token_match(m, person_);
  return as_joined_match(m);
}

TokenMatch DirectTokenPairs::match_query_joined(size_t query, size_t list) const {
  return joined(*list_[list].features, *query_[query].features, *query_[query + 1].features,
                shares_joined_query_key_);
}

NameScore score_names(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                      bool person, bool explain) {
  return score_names(query, list, DirectTokenPairs(query, list), person, explain);
}

NameScore score_names(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                      const TokenPairs& pairs, bool person, bool explain) {
  NameScore result;
  query = query.first(std::min(query.size(), kMaxTokens));
  list = list.first(std::min(list.size(), kMaxTokens));
  if (query.empty() || list.empty()) return result;
  // A query of legal forms and particles alone ("CORP", "THE GROUP", "TRADING COMPANY") names
  // no one: it matches nothing by itself.
  const bool names_someone = std::any_of(query.begin(), query.end(), [](const ScoredToken& t) {
    return t.token_class != TokenClass::kLegalForm && t.token_class != TokenClass::kParticle;
  });
  if (!names_someone) return result;

  std::array<double, kMaxTokens> query_weight{};
  std::array<double, kMaxTokens> list_weight{};
  for (size_t i = 0; i < query.size(); ++i) query_weight[i] = effective_weight(query[i], person);
  for (size_t j = 0; j < list.size(); ++j) list_weight[j] = effective_weight(list[j], person);

  thread_local std::vector<Candidate> candidates;
  candidates.clear();
  collect_candidates(query, list, pairs, person, query_weight, list_weight, candidates);
  // Best similarity first; among equals the heavier pair; then position, for determinism.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.similarity != b.similarity) return a.similarity > b.similarity;
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.pair.query_begin != b.pair.query_begin) return a.pair.query_begin < b.pair.query_begin;
    return a.pair.list_begin < b.pair.list_begin;
  });

  std::array<bool, kMaxTokens> query_used{};
  std::array<bool, kMaxTokens> list_used{};
  double numerator = 0, mass = 0;
  size_t aligned = 0;
  for (const Candidate& c : candidates) {
    const AlignedPair& p = c.pair;
    bool free = true;
    for (size_t k = 0; k < p.query_count; ++k) free = free && !query_used[p.query_begin + k];
    for (size_t k = 0; k < p.list_count; ++k) free = free && !list_used[p.list_begin + k];
    if (!free) continue;
    const double evidence = evidence_of(p.match);
    const bool legal_form =
        p.query_count == 1 && p.list_count == 1 &&
        pair_is_legal_form(*query[p.query_begin].features, *list[p.list_begin].features);
    double pair_mass = 0;
    for (size_t k = 0; k < p.query_count; ++k) {
      query_used[p.query_begin + k] = true;
      pair_mass += legal_form ? kLegalFormWeight : query_weight[p.query_begin + k];
    }
    for (size_t k = 0; k < p.list_count; ++k) {
      list_used[p.list_begin + k] = true;
      pair_mass += legal_form ? kLegalFormWeight : list_weight[p.list_begin + k];
    }
    numerator += evidence * pair_mass;
    mass += pair_mass;
    ++aligned;
    if (explain) {
      result.pairs.push_back(p);
      result.pairs.back().evidence = evidence;
      result.pairs.back().mass = pair_mass;
    }
  }
  if (aligned == 0) return result;

  for (size_t i = 0; i < query.size(); ++i) {
    if (query_used[i]) continue;
    const bool orphaned = i + 1 < query.size() && query_used[i + 1];
    const double m = unmatched_mass(query[i], query_weight[i], person, aligned, orphaned);
    const double charged =
        penalised(query[i], person, aligned) ? (1.0 + kUnmatchedQueryPenalty) * m : m;
    mass += charged;
    if (explain) {
      result.unmatched_query.push_back(static_cast<uint8_t>(i));
      result.unmatched_query_mass.push_back(charged);
    }
  }
  bool family_aligned = false;
  for (size_t j = 0; j < list.size(); ++j) {
    family_aligned = family_aligned || (list_used[j] && list[j].role == NameRole::kFamily);
  }
  bool first_name_token = person;
  for (size_t j = 0; j < list.size(); ++j) {
    const bool is_name = penalised(list[j], person, aligned);
    const bool first = first_name_token && is_name;
    if (is_name) first_name_token = false;
    if (list_used[j]) continue;
    const bool orphaned = j + 1 < list.size() && list_used[j + 1];
    double m = unmatched_mass(list[j], list_weight[j], person, aligned, orphaned);
    if (is_name && list[j].role == NameRole::kFamily && family_aligned) {
      m /= role_factor(NameRole::kFamily);
    }
    const bool cheap = is_name && aligned >= 2 && !first;
    const double charged = cheap ? kUnmatchedListFactor * m : m;
    mass += charged;
    if (explain) {
      result.unmatched_list.push_back(static_cast<uint8_t>(j));
      result.unmatched_list_mass.push_back(charged);
    }
  }
  result.numerator = numerator;
  result.mass = mass;
  if (mass <= 0) return result;
  result.score = std::clamp(numerator / mass, 0.0, 1.0);
  return result;
}

namespace {

// The least mass score_names charges an unaligned token (an honorific beside two aligned
// names; a name token at its floor, times `name_factor`, and without its family-name factor;
// a particle or legal form its weight).
double least_unaligned_mass(const ScoredToken& token, double weight, bool person,
                            double name_factor) {
  if (is_honorific(token, person)) return kHonorificUnmatchedMass;
  const TokenClass token_class = token.token_class;
  if (token_class == TokenClass::kName || token_class == TokenClass::kNumber) {
    const double family = token.role == NameRole::kFamily ? role_factor(NameRole::kFamily) : 1.0;
    return name_factor * std::max(weight, kUnmatchedFloor) / family;
  }
  return weight;
}

}  // namespace

// score = numerator / (aligned mass + unaligned mass) with numerator <= aligned mass (evidence
// is at most 1). Every token that may align counts as aligned with its full effective weight
// (a legal-form pair counts less); every token that cannot is charged the least score_names
// may charge it.
ScoreBound::ScoreBound(std::span<const ScoredToken> query)
    : query_size_(std::min(query.size(), kMaxTokens)) {
  static_assert(kMaxTokens <= 32, "alignment masks are 32 bits");
  for (const bool person : {false, true}) {
    Side& side = query_[person ? 1 : 0];
    for (size_t i = 0; i < query_size_; ++i) {
      side.aligned[i] = effective_weight(query[i], person);
      side.unaligned[i] =
          least_unaligned_mass(query[i], side.aligned[i], person, 1.0 + kUnmatchedQueryPenalty);
    }
    if (query_size_ > kMaskedTokens) continue;
    // Each mask adds its lowest token to the mask without it.
    const uint32_t all = (1U << query_size_) - 1;
    for (size_t i = 0; i < query_size_; ++i) side.unaligned_by_mask[0] += side.unaligned[i];
    for (uint32_t mask = 1; mask <= all; ++mask) {
      const uint32_t rest = mask & (mask - 1);
      const auto lowest = static_cast<size_t>(std::countr_zero(mask));
      side.aligned_by_mask[mask] = side.aligned_by_mask[rest] + side.aligned[lowest];
      side.unaligned_by_mask[mask] = side.unaligned_by_mask[rest] - side.unaligned[lowest];
    }
  }
}

double ScoreBound::bound(std::span<const ScoredToken> list, uint32_t query_may_align,
                         uint32_t list_may_align, bool person) const {
  const uint32_t all = query_size_ == 32 ? ~0U : (1U << query_size_) - 1;
  if ((query_may_align & all) == 0) return 0;
  const Side& side = query_[person ? 1 : 0];
  double aligned = 0, unaligned = 0;
  if (query_size_ <= kMaskedTokens) {
    aligned = side.aligned_by_mask[query_may_align & all];
    unaligned = side.unaligned_by_mask[query_may_align & all];
  } else {
    for (size_t i = 0; i < query_size_; ++i) {
      if ((query_may_align >> i) & 1U) {
        aligned += side.aligned[i];
      } else {
        unaligned += side.unaligned[i];
      }
    }
  }
  list = list.first(std::min(list.size(), kMaxTokens));
  for (size_t j = 0; j < list.size(); ++j) {
    const double weight = effective_weight(list[j], person);
    if ((list_may_align >> j) & 1U) {
      aligned += weight;
    } else {
      unaligned += least_unaligned_mass(list[j], weight, person, kUnmatchedListFactor);
    }
  }
  const double mass = aligned + unaligned;
  return mass <= 0 ? 0 : std::min(1.0, aligned / mass);
}

}  // namespace vigil::match
