#include "match/name_scorer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>

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
// least two tokens aligned; a person's first given name or family name (the one the list
// states, else the last token), or anything when fewer tokens aligned, costs its full mass (a
// bare surname is not a person, nor a given name and a middle name). In an organisation's or a
// vessel's name every word counts in full: "Global Investments Limited" is not "ASHTON GLOBAL
// INVESTMENTS LIMITED".
constexpr double kUnmatchedListFactor = 0.5;

// An extra name token of the query that reads as a middle name (a given name, a patronymic, an
// initial: middle_name_like) costs this fraction of its weight, and nothing more, when every
// name token of a person's list name aligned: a customer record is usually fuller than the
// list's name.
constexpr double kExtraQueryTokenFactor = 0.5;
// A one-token query that is the family name of a listed person: each given name it lacks costs
// this fraction of what it costs otherwise, so that a search by surname ranks the persons who
// bear it above one-letter-off names (it still stays under the threshold: a surname alone is
// not a person).
constexpr double kFamilyOnlyQueryFactor = 0.6;
// Tokens this short say little on their own (Li, Wei, Lee, Kim).
constexpr size_t kShortTokenLength = 3;
// An organisation's word this short aligned only approximately is weak evidence.
constexpr size_t kShortOrganisationWord = 5;
// The summed weight under which a person's list name is too common for extra query names to
// cost little (two common given or family names: Muhammad 0.54 + Hassan 0.72).
constexpr double kMinDistinctiveListWeight = 1.35;

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
// not a misspelt "ali", "co" not a misspelt "coal" (but a query's "bni" is a misspelt "bin").
// A misspelt legal form ("compani", "leemited") may align with the real one when close.
// `a` is query, `b` list.
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
    // A query token may be a misspelt particle of the list name (kParticleTypoSimilarity), not
    // the other way round: "El Masri" is not "Eli MASRI".
    return b.token_class == TokenClass::kParticle && misspelt_particle_of(a, b);
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
      // A particle comes before the name it joins: a name's last token is no misspelt
      // particle ("Wu Min" is not "Wu Bin").
      const TokenClass qc = query[i].features->token_class;
      const TokenClass lc = list[j].features->token_class;
      const bool misspelt_particle = m.kind != TokenMatchKind::kExact && qc != lc &&
                                     (qc == TokenClass::kParticle || lc == TokenClass::kParticle);
      if (misspelt_particle && (i + 1 == query.size() || j + 1 == list.size())) continue;
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

// A match other than the same letters (alone or joined) or an equivalent spelling.
bool is_approximate(const TokenMatch& m) {
  if (m.kind == TokenMatchKind::kJoined) return m.similarity < 1.0;
  return m.kind != TokenMatchKind::kExact && m.kind != TokenMatchKind::kEquivalent;
}

// The greedy alignment as it is taken: which tokens are used, the score's sums so far.
struct Alignment {
  std::array<bool, kMaxTokens> query_used{};
  std::array<bool, kMaxTokens> list_used{};
  // Aligned by a match other than the same letters or an equivalent spelling.
  std::array<bool, kMaxTokens> list_approximate{};
  double numerator = 0;
  double mass = 0;
  size_t aligned = 0;
  double last_evidence = 0;  // of the pair taken last
  double last_mass = 0;

  // Takes pair `p` when all its tokens are free; false when one is used already.
  bool take(const AlignedPair& p, std::span<const ScoredToken> query,
            std::span<const ScoredToken> list, const std::array<double, kMaxTokens>& query_weight,
            const std::array<double, kMaxTokens>& list_weight) {
    for (size_t k = 0; k < p.query_count; ++k) {
      if (query_used[p.query_begin + k]) return false;
    }
    for (size_t k = 0; k < p.list_count; ++k) {
      if (list_used[p.list_begin + k]) return false;
    }
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
      list_approximate[p.list_begin + k] = is_approximate(p.match);
      pair_mass += legal_form ? kLegalFormWeight : list_weight[p.list_begin + k];
    }
    last_evidence = evidence_of(p.match);
    last_mass = pair_mass;
    numerator += last_evidence * pair_mass;
    mass += pair_mass;
    ++aligned;
    return true;
  }
};

bool is_name_token(const ScoredToken& token) {
  return token.token_class == TokenClass::kName || token.token_class == TokenClass::kNumber;
}

// A list token that says little about who is named on its own, unless the list says it is the
// family name: a short token (Li, Wei, Lee), or in a person's name a given name (Martin).
bool weak_evidence_token(const ScoredToken& token, bool person) {
  if (token.role == NameRole::kFamily) return false;  // the list says it is the family name
  if (token.features->text.size() <= kShortTokenLength) return true;
  return person && token.features->given_name;
}

// A Slavic or Turkic patronymic (Viktorovich, Petrovna, Aliyevich, Hasanoglu): written last in
// "Family Given Patronymic", so a last token of this shape is not the family name.
bool patronymic_like(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kEndings = {"vich", "vych", "vna", "ogly",
                                                               "oglu", "kyzy", "qizi"};
  return std::any_of(kEndings.begin(), kEndings.end(), [text](std::string_view ending) {
    return text.size() > ending.size() + 2 && text.ends_with(ending);
  });
}

// What a fuller record adds to a listed name: a given name, an initial, a patronymic, any token
// the lists do not know as a family name. A query token the lists give as a family name more
// often than as a given name (its role is kFamily: the screener marks it) is likelier another
// family, and costs in full: "Hossein Dehghan Ali" is not "Ali HUSAYN".
bool middle_name_like(const ScoredToken& token) {
  if (!is_name_token(token)) return false;
  return token.role != NameRole::kFamily || token.features->given_name ||
         token.features->text.size() == 1;
}

// What the alignment covers, which decides how leftovers are charged.
struct Coverage {
  // Every name token of a person's list name aligned, at least two of them and one that is the
  // family name the list states, or neither short nor a given name: the query names the listed
  // person, and what else it says (a middle name, an initial, a patronymic) costs little.
  bool list_covered = false;
  // The query is one name token, aligned with the list's family name: a search by surname.
  bool family_only_query = false;
  // Only weak-evidence tokens aligned, and either something was left over or the list name
  // is a person's single name: no evidence of the party (see NameScore::weak_evidence).
  bool weak_evidence = false;
};

Coverage coverage_of(const Alignment& alignment, std::span<const ScoredToken> query,
                     std::span<const ScoredToken> list, bool person, bool organisation) {
  Coverage coverage;
  size_t list_names = 0, list_names_aligned = 0, query_names = 0;
  bool leftover = false, strong = false, family_aligned = false;
  // An organisation's name resting on short words aligned only approximately ("Speer AG" and
  // SPIR, "Barth AG" and BEARS, "Metz" and MTS): a coincidence of a few letters.
  bool short_approximate_only = organisation;
  double list_name_weight = 0;
  for (size_t j = 0; j < list.size(); ++j) {
    if (is_name_token(list[j])) list_name_weight += list[j].weight;
    if (!is_name_token(list[j])) {
      // A title the list gives as the family name ("Qari Muhammad SHEIKH") names the family.
      strong = strong || (alignment.list_used[j] && list[j].role == NameRole::kFamily);
      continue;
    }
    ++list_names;
    if (!alignment.list_used[j]) {
      leftover = true;
      continue;
    }
    ++list_names_aligned;
    const bool short_approximate =
        alignment.list_approximate[j] && list[j].features->text.size() <= kShortOrganisationWord;
    short_approximate_only = short_approximate_only && short_approximate;
    strong =
        strong || (!weak_evidence_token(list[j], person) && !(organisation && short_approximate));
    family_aligned = family_aligned || list[j].role == NameRole::kFamily;
  }
  for (size_t i = 0; i < query.size(); ++i) {
    if (!is_name_token(query[i])) continue;
    ++query_names;
    leftover = leftover || !alignment.query_used[i];
  }
  // A list name of common tokens only ("Muhammad HASSAN") is not distinctive: a fuller query
  // name that holds it is likelier another person, and its extra names cost in full.
  coverage.list_covered = person && strong && list_names_aligned == list_names && list_names >= 2 &&
                          list_name_weight >= kMinDistinctiveListWeight;
  coverage.family_only_query = person && query_names == 1 && family_aligned;
  coverage.weak_evidence = !strong && (leftover || (person && list_names_aligned == 1) ||
                                       (short_approximate_only && list_names_aligned > 0));
  return coverage;
}

// Adds to the alignment's mass what every leftover token costs; fills `explained` when given.
void charge_leftovers(Alignment& alignment, const Coverage& coverage,
                      std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                      const std::array<double, kMaxTokens>& query_weight,
                      const std::array<double, kMaxTokens>& list_weight, bool person,
                      NameScore* explained) {
  const size_t aligned = alignment.aligned;
  for (size_t i = 0; i < query.size(); ++i) {
    if (alignment.query_used[i]) continue;
    const bool orphaned = i + 1 < query.size() && alignment.query_used[i + 1];
    const double m = unmatched_mass(query[i], query_weight[i], person, aligned, orphaned);
    double charged = penalised(query[i], person, aligned) ? (1.0 + kUnmatchedQueryPenalty) * m : m;
    // A particle beside it belongs to the same lineage ("ibn Khalid", "bin Abdullah").
    const bool lineage = query[i].token_class == TokenClass::kParticle;
    if (coverage.list_covered && (middle_name_like(query[i]) || lineage)) {
      charged = kExtraQueryTokenFactor * query_weight[i];
    }
    alignment.mass += charged;
    if (explained != nullptr) {
      explained->unmatched_query.push_back(static_cast<uint8_t>(i));
      explained->unmatched_query_mass.push_back(charged);
    }
  }
  bool family_aligned = false;
  for (size_t j = 0; j < list.size(); ++j) {
    family_aligned =
        family_aligned || (alignment.list_used[j] && list[j].role == NameRole::kFamily);
  }
  // The last name token of a person's name whose parts the list does not state: its family
  // name in natural order.
  size_t last_name = list.size();
  for (size_t j = 0; person && j < list.size(); ++j) {
    if (penalised(list[j], person, aligned)) last_name = j;
  }
  bool first_name_token = person;
  for (size_t j = 0; j < list.size(); ++j) {
    const bool is_name = penalised(list[j], person, aligned);
    // A person's name missing its first given name or its family name is another person's.
    const bool edge = (first_name_token && is_name) ||
                      (list[j].role == NameRole::kFamily && !family_aligned) ||
                      (list[j].role == NameRole::kUnknown && j == last_name &&
                       !patronymic_like(list[j].features->text));
    if (is_name) first_name_token = false;
    if (alignment.list_used[j]) continue;
    const bool orphaned = j + 1 < list.size() && alignment.list_used[j + 1];
    double m = unmatched_mass(list[j], list_weight[j], person, aligned, orphaned);
    if (is_name && list[j].role == NameRole::kFamily && family_aligned) {
      m /= role_factor(NameRole::kFamily);
    }
    double charged = m;
    // In an organisation's or vessel's name only a number is as easily dropped ("ADRIAN
    // DARYA" for "ADRIAN DARYA 1").
    const bool droppable = person ? !edge : list[j].token_class == TokenClass::kNumber;
    if (is_name && aligned >= 2 && droppable) {
      charged = kUnmatchedListFactor * m;
    } else if (is_name && coverage.family_only_query) {
      charged = kFamilyOnlyQueryFactor * m;
    }
    alignment.mass += charged;
    if (explained != nullptr) {
      explained->unmatched_list.push_back(static_cast<uint8_t>(j));
      explained->unmatched_list_mass.push_back(charged);
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
  const TokenFeatures& q = *query_[query].features;
  const TokenFeatures& l = *list_[list].features;
  const TokenMatch m =
      as_pinyin_match(as_distinct_name_match(compare(q, l, shares_key_), q.text, l.text, distinct_),
                      q.text, l.text, pinyin_);
  return known(query) ? as_known_token_match(m, distinct_)
                      : as_unknown_token_match(m, q.text, l.text);
}

TokenMatch DirectTokenPairs::match_list_joined(size_t query, size_t list) const {
  const TokenFeatures& first = *list_[list].features;
  const TokenFeatures& second = *list_[list + 1].features;
  if (first.text.size() + second.text.size() > kMaxJoinedLength) return {};
  const TokenFeatures joined_list = make_token_features(first.text + second.text);
  TokenMatch m = compare(*query_[query].features, joined_list, shares_key_);
  m = as_pinyin_match(m, query_[query].features->text, joined_list.text, pinyin_);
  if (known(query)) m = as_known_token_match(m, distinct_);
  return as_joined_match(m);
}

TokenMatch DirectTokenPairs::match_query_joined(size_t query, size_t list) const {
  const TokenMatch m = joined(*list_[list].features, *query_[query].features,
                              *query_[query + 1].features, shares_joined_query_key_);
  if (pinyin_ == PinyinRule::kNone || m.kind == TokenMatchKind::kNone) return m;
  const std::string joined_query = query_[query].features->text + query_[query + 1].features->text;
  return as_pinyin_match(m, joined_query, list_[list].features->text, pinyin_);
}

NameScore score_names(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                      bool person, bool explain) {
  return score_names(query, list, DirectTokenPairs(query, list), person, explain);
}

NameScore score_names(std::span<const ScoredToken> query, std::span<const ScoredToken> list,
                      const TokenPairs& pairs, bool person, bool explain, bool organisation) {
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

  Alignment alignment;
  for (const Candidate& c : candidates) {
    if (!alignment.take(c.pair, query, list, query_weight, list_weight)) continue;
    if (explain) {
      result.pairs.push_back(c.pair);
      result.pairs.back().evidence = alignment.last_evidence;
      result.pairs.back().mass = alignment.last_mass;
    }
  }
  if (alignment.aligned == 0) return result;
  const Coverage coverage = coverage_of(alignment, query, list, person, organisation);
  charge_leftovers(alignment, coverage, query, list, query_weight, list_weight, person,
                   explain ? &result : nullptr);
  result.numerator = alignment.numerator;
  result.mass = alignment.mass;
  result.weak_evidence = coverage.weak_evidence;
  if (alignment.mass <= 0) return result;
  result.score = std::clamp(alignment.numerator / alignment.mass, 0.0, 1.0);
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
  for (size_t variant = 0; variant < query_.size(); ++variant) {
    const bool person = variant > 0;
    const bool covered = variant == 2;
    Side& side = query_[variant];
    for (size_t i = 0; i < query_size_; ++i) {
      side.aligned[i] = effective_weight(query[i], person);
      side.unaligned[i] =
          least_unaligned_mass(query[i], side.aligned[i], person, 1.0 + kUnmatchedQueryPenalty);
      // An extra query token beside a fully aligned person's name costs less (charge_leftovers).
      if (covered && (is_name_token(query[i]) || query[i].token_class == TokenClass::kParticle)) {
        side.unaligned[i] = std::min(side.unaligned[i], kExtraQueryTokenFactor * side.aligned[i]);
      }
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
  list = list.first(std::min(list.size(), kMaxTokens));
  bool covered = person;
  for (size_t j = 0; covered && j < list.size(); ++j) {
    covered = !is_name_token(list[j]) || ((list_may_align >> j) & 1U) != 0;
  }
  const Side& side = query_[covered ? 2 : (person ? 1 : 0)];
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
  for (size_t j = 0; j < list.size(); ++j) {
    const double weight = effective_weight(list[j], person);
    if ((list_may_align >> j) & 1U) {
      aligned += weight;
    } else {
      unaligned +=
          least_unaligned_mass(list[j], weight, person, person ? kUnmatchedListFactor : 1.0);
    }
  }
  const double mass = aligned + unaligned;
  return mass <= 0 ? 0 : std::min(1.0, aligned / mass);
}

}  // namespace vigil::match
