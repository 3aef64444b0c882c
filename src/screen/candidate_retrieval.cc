#include "screen/candidate_retrieval.h"

#include <algorithm>
#include <array>
#include <span>

#include "match/attribute_scorer.h"
#include "match/name_scorer.h"

namespace vigil::screen {
namespace {

// Retrieval evidence a name needs, as a fraction of the query's total weight.
constexpr double kMinRetrievalFraction = 0.2;
constexpr double kRetrievalMargin = 0.15;
// A weak token's postings are walked when at most this many times longer than the list of
// open names; otherwise each open name is looked up in them (binary search).
constexpr size_t kPostingsWalkFactor = 8;
// When more names qualify than are scored, each name token no query token reached lowers a
// name's rank as if it weighed this much.
constexpr double kUnreachedTokenCharge = 0.4;
// ... and the part of the query's weight a name did not reach counts this much: a name that
// holds every token of a person's name but not the query's middle name may still score high
// (an extra middle name costs little: match::NameScore).
constexpr double kMissingQueryCharge = 0.25;
// Particles and legal forms count this share of their weight in retrieval.
constexpr double kWeakClassRetrievalFactor = 0.1;

// Honorifics retrieve too: "Sayyed", "Sheikh" and "Mirza" are also family names.
bool retrieval_worthy(match::TokenClass token_class) {
  return token_class != match::TokenClass::kParticle &&
         token_class != match::TokenClass::kLegalForm;
}

// Whether name `name_id` may score min_score or more: which of its tokens and the query's can
// align at all is read off the query's table, and score_upper_bound does the rest. Initials
// and one-letter query tokens are compared directly when scoring: any with the same first
// letter may align.
bool may_reach(const index::NameIndex& index, const match::ScoreBound& score_bound,
               const QueryMatchTable& table, uint32_t name_id, double min_score) {
  const index::NameRecord& record = index.name(name_id);
  const auto tokens = index.tokens_of(record);
  const auto pairs = index.joined_pairs_of(record);
  const size_t count = std::min(tokens.size(), match::kMaxTokens);
  uint32_t query_mask = 0, list_mask = 0;
  std::array<match::ScoredToken, match::kMaxTokens> list_side;
  for (size_t j = 0; j < count; ++j) {
    const uint32_t t = tokens[j];
    list_side[j] = index.scored_in(record, j);
    const char first = index.first_letter(t);
    uint32_t single = table.single_mask(t) | table.one_letter(first);
    if (index.is_initial(t)) single |= table.starting_with(first);
    const uint32_t joined = table.joined_next_mask(t);
    const uint32_t list_joined =
        j + 1 < count && pairs[j] != index::NameIndex::kNoToken ? table.single_mask(pairs[j]) : 0;
    query_mask |= single | joined | (joined << 1U) | list_joined;
    if ((single | joined) != 0) list_mask |= 1U << j;
    if (list_joined != 0) list_mask |= 3U << j;
  }
  const double bound = score_bound.bound(std::span(list_side.data(), count), query_mask, list_mask,
                                         record.schema == Schema::kPerson);
  // The epsilon absorbs rounding in the bound's sums: a name exactly at the edge is kept.
  constexpr double kRounding = 1e-9;
  return bound + match::kMaxAttributeBonus + kRounding >= min_score;
}

}  // namespace

std::vector<uint32_t> retrieve(const index::NameIndex& index, const PreparedQuery& prepared,
                               const QueryMatchTable& table, double min_score,
                               const EntityFilter& filter) {
  const std::vector<QueryToken>& query = prepared.tokens;
  // Per-thread scratch, zero between calls: only the touched entries are reset.
  // Per name: the summed gains and how many vocabulary tokens gave them.
  struct Evidence {
    float sum = 0;
    uint32_t hits = 0;
  };
  thread_local std::vector<Evidence> evidence;
  thread_local std::vector<uint32_t> touched;
  if (evidence.size() < index.name_count()) evidence.assign(index.name_count(), Evidence{});
  touched.clear();
  bool any_worthy = false;
  for (const QueryToken& q : query) any_worthy |= retrieval_worthy(q.features.token_class);
  // Particles and legal forms open no name on their own but add their small weight to names
  // already open, which ranks "BANK TEJARAT LTD" above the other banks for "Bank Tejarat Ltd".
  // Each vocabulary token adds its best gain over the query tokens once: a list token can
  // align with one query token only, and "Mohamed ... MOHAMED" must not count twice.
  std::array<double, match::kMaxTokens> weights{};
  double total = 0;
  for (size_t i = 0; i < query.size(); ++i) {
    const QueryToken& q = query[i];
    const bool weak_class = any_worthy && !retrieval_worthy(q.features.token_class);
    weights[i] = weak_class ? q.weight * kWeakClassRetrievalFactor : q.weight;
    if (!weak_class) total += weights[i];
  }
  // The table has one row per vocabulary token similar to any query token.
  thread_local std::vector<std::pair<uint32_t, float>> gains;
  gains.clear();
  // Two query tokens joined ("Es mail" for ESMAIL, a token split in two) gain what both weigh.
  table.for_each_row([&](uint32_t token, std::span<const match::TokenMatch> single,
                         std::span<const match::TokenMatch> joined) {
    double best = 0;
    for (size_t i = 0; i < single.size(); ++i) {
      best = std::max(best, match::evidence_of(single[i]) * weights[i]);
      if (i + 1 < single.size() && joined[i].kind != match::TokenMatchKind::kNone) {
        const match::TokenMatch m = match::as_joined_match(joined[i]);
        best = std::max(best, match::evidence_of(m) * (weights[i] + weights[i + 1]));
      }
    }
    if (best > 0) gains.emplace_back(token, static_cast<float>(best));
  });
  // A name's score is at most about the share of the query's weight it can explain (every
  // unexplained query token costs twice its weight): names below min_score by that measure,
  // with a margin for weight differences, cannot be results.
  const double fraction = std::max(kMinRetrievalFraction, min_score - kRetrievalMargin);
  const auto floor = static_cast<float>(fraction * total);
  // Tokens whose gains together stay under the floor cannot make a candidate on their own
  // ("max-score" pruning): only names holding a stronger token are opened, and the weak
  // tokens (often the commonest, with the longest postings) only add to names already open.
  // A gain that reaches the floor alone is strong whatever the others: only the smaller ones
  // need sorting to find the weak prefix.
  const auto small_end = std::partition(gains.begin(), gains.end(),
                                        [floor](const auto& g) { return g.second < floor; });
  std::sort(gains.begin(), small_end, [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second < b.second : a.first < b.first;
  });
  size_t weak = 0;
  for (float sum = 0; weak < gains.size() && sum + gains[weak].second < floor; ++weak) {
    sum += gains[weak].second;
  }
  for (size_t i = weak; i < gains.size(); ++i) {
    for (uint32_t name : index.postings(gains[i].first)) {
      Evidence& e = evidence[name];
      if (e.hits == 0) touched.push_back(name);
      e.sum += gains[i].second;
      ++e.hits;
    }
  }
  for (size_t i = 0; i < weak; ++i) {
    // Walk the shorter side: the token's postings, or the open names searched in them.
    const auto postings = index.postings(gains[i].first);
    if (postings.size() <= touched.size() * kPostingsWalkFactor) {
      for (uint32_t name : postings) {
        Evidence& e = evidence[name];
        if (e.hits != 0) {
          e.sum += gains[i].second;
          ++e.hits;
        }
      }
      continue;
    }
    for (uint32_t name : touched) {
      if (std::binary_search(postings.begin(), postings.end(), name)) {
        evidence[name].sum += gains[i].second;
        ++evidence[name].hits;
      }
    }
  }
  std::vector<uint32_t> out;
  for (uint32_t name : touched) {
    if (evidence[name].sum < floor) continue;
    // Filtered before the candidate cap, so that a narrow filter keeps its candidates.
    if (!filter.allows_all() && !filter.allows(index.name(name).entity)) continue;
    out.push_back(name);
  }
  if (out.size() > kMaxCandidateNames) {
    // Keep the names likeliest to score well: evidence over itself plus a charge for the query
    // weight it did not reach and for each name token nothing reached (a name with many extra
    // tokens scores lower).
    // Among equals, shorter names, then index order.
    thread_local std::vector<std::pair<float, uint32_t>> ranked;
    ranked.clear();
    for (uint32_t name : out) {
      const Evidence& e = evidence[name];
      const uint32_t length = index.name_length(name);
      const uint32_t unreached = length > e.hits ? length - e.hits : 0;
      const double missing = std::max(0.0, total - e.sum);
      const double estimate =
          e.sum / (e.sum + kMissingQueryCharge * missing + kUnreachedTokenCharge * unreached);
      ranked.emplace_back(static_cast<float>(estimate), name);
    }
    const auto better = [&index](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      const uint32_t length_a = index.name_length(a.second);
      const uint32_t length_b = index.name_length(b.second);
      return length_a != length_b ? length_a < length_b : a.second < b.second;
    };
    std::nth_element(ranked.begin(), ranked.begin() + kMaxCandidateNames, ranked.end(), better);
    out.clear();
    for (size_t k = 0; k < kMaxCandidateNames; ++k) out.push_back(ranked[k].second);
  }
  // The candidates' records, tokens and token summaries are scattered over the index: ask for
  // them all before reading any, so that the cache misses overlap instead of queueing.
  for (uint32_t name : out) __builtin_prefetch(&index.name(name));
  for (uint32_t name : out) __builtin_prefetch(index.tokens_of(index.name(name)).data());
  for (uint32_t name : out) {
    for (uint32_t t : index.tokens_of(index.name(name))) index.prefetch_token(t);
  }
  const match::ScoreBound score_bound(prepared.side);
  std::erase_if(
      out, [&](uint32_t name) { return !may_reach(index, score_bound, table, name, min_score); });
  for (uint32_t name : touched) evidence[name] = Evidence{};
  return out;
}

}  // namespace vigil::screen
