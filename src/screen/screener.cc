#include "vigil/screener.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "index/identifier_index.h"
#include "index/name_index.h"
#include "match/attribute_scorer.h"
#include "match/name_scorer.h"
#include "match/prepared_name.h"
#include "model/country.h"
#include "model/written_name.h"
#include "screen/entity_filter.h"
#include "screen/name_roles.h"
#include "screen/screener_state.h"
#include "text/normalise.h"

namespace vigil {
namespace {

// A query longer than this is not a name: refuse it rather than spend time on it.
constexpr size_t kMaxQueryBytes = 4096;
// Names scored in full per query, chosen by retrieval evidence (tests/acceptance_test.cc
// checks on real queries that nothing a full scan finds at the threshold is lost).
constexpr size_t kMaxCandidateNames = 100;
// Retrieval evidence a name needs, as a fraction of the query's total weight.
constexpr double kMinRetrievalFraction = 0.2;
constexpr double kRetrievalMargin = 0.15;
// A weak token's postings are walked when at most this many times longer than the list of
// open names; otherwise each open name is looked up in them (binary search).
constexpr size_t kPostingsWalkFactor = 8;
// When more names qualify than are scored, each name token no query token reached lowers a
// name's rank as if it weighed this much.
constexpr double kUnreachedTokenCharge = 0.4;
// Particles and legal forms count this share of their weight in retrieval.
constexpr double kWeakClassRetrievalFactor = 0.1;

struct QueryToken {
  match::TokenFeatures features;
  double weight = index::NameIndex::kUnknownTokenWeight;
  // Sorted by token id: a list token's precomputed list, or `searched` for other tokens.
  std::span<const index::SimilarToken> similar;
  std::vector<index::SimilarToken> searched;
  bool known = false;  // the token is a list token: a known name (as_known_token_match)
  QueryToken() = default;
  QueryToken(const QueryToken&) = delete;  // `similar` may point into `searched`
  QueryToken& operator=(const QueryToken&) = delete;
  QueryToken(QueryToken&&) = default;  // moves `searched`'s buffer with it
  QueryToken& operator=(QueryToken&&) = default;
  std::vector<index::SimilarToken> similar_joined_next;  // this token joined with the next
  bool similar_has_joined = false;  // `similar` holds a joined-pair pseudo-token
};

// Every (query token, vocabulary token) similarity of one query, for constant-time lookups
// while scoring candidates: a per-thread array indexed by token id points into small tables.
class QueryMatchTable {
 public:
  QueryMatchTable(size_t vocabulary_size, const std::vector<QueryToken>& query)
      : width_(query.size()) {
    if (slot_of_token_.size() < vocabulary_size) slot_of_token_.assign(vocabulary_size, 0);
    size_t most_rows = 0;
    for (const QueryToken& q : query) most_rows += q.similar.size() + q.similar_joined_next.size();
    touched_.reserve(most_rows);
    single_.reserve(most_rows * width_);
    joined_.reserve(most_rows * width_);
    single_mask_.reserve(most_rows);
    joined_mask_.reserve(most_rows);
    for (size_t i = 0; i < query.size(); ++i) {
      const uint32_t bit = 1U << i;
      for (const index::SimilarToken& s : query[i].similar) {
        const size_t row = slot(s.token);
        single_[row * width_ + i] = s.match;
        single_mask_[row] |= bit;
      }
      for (const index::SimilarToken& s : query[i].similar_joined_next) {
        const size_t row = slot(s.token);
        joined_[row * width_ + i] = s.match;
        joined_mask_[row] |= bit;
      }
      const std::string& text = query[i].features.text;
      const auto first = static_cast<unsigned char>(text.front()) & 0x7FU;
      starting_with_[first] |= bit;
      if (text.size() == 1) one_letter_[first] |= bit;
    }
  }
  ~QueryMatchTable() {
    for (uint32_t token : touched_) slot_of_token_[token] = 0;
  }
  QueryMatchTable(const QueryMatchTable&) = delete;
  QueryMatchTable& operator=(const QueryMatchTable&) = delete;

  [[nodiscard]] match::TokenMatch single(size_t query, uint32_t token) const {
    const uint32_t at = slot_of_token_[token];
    return at == 0 ? match::TokenMatch{} : single_[(at - 1) * width_ + query];
  }
  [[nodiscard]] match::TokenMatch joined_next(size_t query, uint32_t token) const {
    const uint32_t at = slot_of_token_[token];
    return at == 0 ? match::TokenMatch{} : joined_[(at - 1) * width_ + query];
  }
  // Bit i set: query token i is similar to `token` (single), or query tokens i and i + 1
  // joined are (joined_next).
  [[nodiscard]] uint32_t single_mask(uint32_t token) const {
    const uint32_t at = slot_of_token_[token];
    return at == 0 ? 0 : single_mask_[at - 1];
  }
  [[nodiscard]] uint32_t joined_next_mask(uint32_t token) const {
    const uint32_t at = slot_of_token_[token];
    return at == 0 ? 0 : joined_mask_[at - 1];
  }
  // Calls visit(token, matches) for each token with a row, matches[i] being query token i's
  // single match with it.
  template <typename Visit>
  void for_each_row(Visit&& visit) const {
    for (size_t row = 0; row < touched_.size(); ++row) {
      visit(touched_[row], std::span<const match::TokenMatch>(&single_[row * width_], width_));
    }
  }
  // The query tokens that start with `first` / are that one letter: initials align with them.
  [[nodiscard]] uint32_t starting_with(char first) const {
    return starting_with_[static_cast<unsigned char>(first) & 0x7FU];
  }
  [[nodiscard]] uint32_t one_letter(char first) const {
    return one_letter_[static_cast<unsigned char>(first) & 0x7FU];
  }

 private:
  // The row of `token`, creating it on first use.
  size_t slot(uint32_t token) {
    uint32_t& at = slot_of_token_[token];
    if (at == 0) {
      touched_.push_back(token);
      at = static_cast<uint32_t>(touched_.size());
      single_.resize(touched_.size() * width_);
      joined_.resize(touched_.size() * width_);
      single_mask_.push_back(0);
      joined_mask_.push_back(0);
    }
    return at - 1;
  }

  static thread_local std::vector<uint32_t> slot_of_token_;  // 0 = no row, else row + 1
  size_t width_;
  std::vector<uint32_t> touched_;
  std::vector<match::TokenMatch> single_;
  std::vector<match::TokenMatch> joined_;
  std::vector<uint32_t> single_mask_;
  std::vector<uint32_t> joined_mask_;
  std::array<uint32_t, 128> starting_with_{};
  std::array<uint32_t, 128> one_letter_{};
};
thread_local std::vector<uint32_t> QueryMatchTable::slot_of_token_;

// Token similarities of a query against one indexed name, answered from the table: no string
// comparison per candidate.
class IndexedTokenPairs final : public match::TokenPairs {
 public:
  IndexedTokenPairs(const index::NameIndex& index, const std::vector<QueryToken>& query,
                    const QueryMatchTable& table, std::span<const uint32_t> tokens,
                    std::span<const uint32_t> joined_pairs, bool person)
      : index_(index),
        query_(query),
        table_(table),
        tokens_(tokens),
        joined_pairs_(joined_pairs),
        person_(person) {
    for (const QueryToken& q : query) {
      may_join_list_ = may_join_list_ || q.similar_has_joined;
      may_join_query_ = may_join_query_ || !q.similar_joined_next.empty();
    }
  }
  [[nodiscard]] bool may_join_list() const override { return may_join_list_; }
  [[nodiscard]] bool may_join_query() const override { return may_join_query_; }

  match::TokenMatch match(size_t query, size_t list) const override {
    const match::TokenFeatures& q = query_[query].features;
    if (q.text.size() == 1 || index_.is_initial(tokens_[list])) {
      return match::compare_tokens(q, index_.token(tokens_[list]).features);
    }
    return known_penalty(query, table_.single(query, tokens_[list]));
  }
  match::TokenMatch match_list_joined(size_t query, size_t list) const override {
    const uint32_t pair = joined_pairs_[list];
    if (pair == index::NameIndex::kNoToken) return {};
    return match::as_joined_match(known_penalty(query, table_.single(query, pair)));
  }
  match::TokenMatch match_query_joined(size_t query, size_t list) const override {
    return match::as_joined_match(table_.joined_next(query, tokens_[list]));
  }

 private:
  const index::NameIndex& index_;
  const std::vector<QueryToken>& query_;
  const QueryMatchTable& table_;
  std::span<const uint32_t> tokens_;
  // A query token that is a known name is not taken for a typo of another.
  [[nodiscard]] match::TokenMatch known_penalty(size_t query, const match::TokenMatch& m) const {
    return query_[query].known ? match::as_known_token_match(m, person_) : m;
  }

  std::span<const uint32_t> joined_pairs_;
  bool person_ = false;
  bool may_join_list_ = false;
  bool may_join_query_ = false;
};

// Honorifics retrieve too: "Sayyed", "Sheikh" and "Mirza" are also family names.
bool retrieval_worthy(match::TokenClass token_class) {
  return token_class != match::TokenClass::kParticle &&
         token_class != match::TokenClass::kLegalForm;
}

}  // namespace

// The built state (entities, indexes, catalog) is a ScreenerState, so that the compiled
// snapshot can write it and read it back; Impl adds the screening.
class Screener::Impl : public screen::ScreenerState {
 public:
  Impl() = default;
  explicit Impl(screen::ScreenerState state) : screen::ScreenerState(std::move(state)) {
    prepare_similar_cache();
  }
  double build_seconds = 0;
  // Distinguishes screeners that reuse one address, for per-thread caches.
  uint64_t generation = next_generation();

  static uint64_t next_generation() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }

  void add_entities(std::vector<ParseOutput>& outputs);
  Result<ScreenResult> screen(const Query& query) const;
  Result<Match> compare(const Query& query, const Name& candidate, Schema candidate_schema) const;

 private:
  // The tokens of a list name as the scorer takes them (weights times role factors).
  std::vector<match::ScoredToken> list_side_of(const index::NameRecord& record) const {
    std::vector<match::ScoredToken> side;
    side.reserve(record.tokens_count);
    for (size_t j = 0; j < record.tokens_count; ++j) side.push_back(index.scored_in(record, j));
    return side;
  }
  Result<Query> validate(const Query& query) const;
  // The name part of a match: matched name, alignments, leftovers and name score.
  static Match explained_match(const std::vector<QueryToken>& tokens,
                               std::shared_ptr<const Entity> entity, size_t name_in_entity,
                               std::span<const match::ScoredToken> list_side,
                               const match::TokenPairs& pairs);
  // Identifier hits of a query, grouped by entity (sorted by entity index).
  std::vector<std::pair<uint32_t, std::vector<IdentifierHit>>> identifier_hits(
      const Query& query) const;
  std::vector<QueryToken> prepare_query(const std::vector<std::string>& tokens) const;
  // The vocabulary tokens similar to `text` through `keys`, sorted by token id; each thread
  // remembers the answers for this index.
  std::vector<index::SimilarToken> similar_tokens(const std::string& text,
                                                  index::KeySet keys) const;
  // The vocabulary tokens similar to list token `id`, sorted by id: searched the first time a
  // query holds the token, then remembered for every thread (a query token that is a list
  // token, as most are, then costs a lookup instead of a key search). Searching them all at
  // build time would double the time to build the index.
  std::span<const index::SimilarToken> similar_of(uint32_t id) const;
  mutable std::vector<std::vector<index::SimilarToken>> similar_of_token;
  mutable std::unique_ptr<std::once_flag[]> similar_searched;
  // Sizes the cache of similar_of for the index (none searched yet).
  void prepare_similar_cache() {
    similar_of_token.assign(index.vocabulary_size(), {});
    similar_searched = std::make_unique<std::once_flag[]>(index.vocabulary_size());
  }
  std::vector<uint32_t> retrieve(const std::vector<QueryToken>& query,
                                 std::span<const match::ScoredToken> query_side,
                                 const QueryMatchTable& table, double min_score,
                                 const screen::EntityFilter& filter) const;
  bool may_reach(const match::ScoreBound& score_bound, const QueryMatchTable& table,
                 uint32_t name_id, double min_score) const;
  // The explained match of list name `name_id` (kNoName: the entity's primary name, when the
  // query has no name), which scored `name_score` and was ranked with `adjustments`.
  Match make_match(const Query& query, const std::vector<QueryToken>& tokens,
                   const QueryMatchTable& table, uint32_t entity, uint32_t name_id,
                   double name_score, const std::vector<IdentifierHit>& hits,
                   std::vector<Adjustment> adjustments) const;
  static constexpr uint32_t kNoName = UINT32_MAX;
};

void Screener::Impl::add_entities(std::vector<ParseOutput>& outputs) {
  for (ParseOutput& output : outputs) {
    datasets.push_back(output.info);
    for (Entity& entity : output.entities) {
      entity_by_id.emplace(entity.id, static_cast<uint32_t>(entities.size()));
      entities.push_back(std::make_shared<const Entity>(std::move(entity)));
    }
    output.entities.clear();
  }
  catalog = screen::EntityCatalog(entities);
  // Normalising is the expensive part: do it on every core, then index in a fixed order so
  // the index is the same whatever the thread timing.
  struct NameRef {
    uint32_t entity;
    uint32_t name;
  };
  std::vector<NameRef> refs;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    for (uint32_t n = 0; n < entities[e]->names.size(); ++n) refs.push_back({e, n});
  }
  std::vector<std::vector<std::string>> tokens(refs.size());
  std::vector<std::vector<match::NameRole>> roles(refs.size());
  tbb::parallel_for(size_t{0}, refs.size(), [&](size_t i) {
    const Entity& entity = *entities[refs[i].entity];
    const Name& name = entity.names[refs[i].name];
    tokens[i] = match::name_tokens(text::normalise_name(name.full), entity.schema);
    roles[i] = screen::name_roles(name, entity.schema, tokens[i]);
  });
  for (size_t i = 0; i < refs.size(); ++i) {
    if (tokens[i].empty()) continue;
    const Entity& entity = *entities[refs[i].entity];
    index.add_name(refs[i].entity, refs[i].name, entity.names[refs[i].name].kind, entity.schema,
                   tokens[i], roles[i]);
  }
  index.finish();
  prepare_similar_cache();
  names_begin.assign(entities.size() + 1, 0);
  for (uint32_t n = 0; n < index.name_count(); ++n) ++names_begin[index.name(n).entity + 1];
  for (size_t e = 0; e < entities.size(); ++e) names_begin[e + 1] += names_begin[e];
  for (uint32_t e = 0; e < entities.size(); ++e) {
    const auto& listed = entities[e]->identifiers;
    for (uint32_t k = 0; k < listed.size(); ++k) identifiers.add(e, k, listed[k]);
  }
}

std::span<const index::SimilarToken> Screener::Impl::similar_of(uint32_t id) const {
  std::call_once(similar_searched[id], [this, id] {
    std::vector<index::SimilarToken> similar;
    index.find_similar(index.token(id).features, similar);
    std::sort(similar.begin(), similar.end(),
              [](const auto& a, const auto& b) { return a.token < b.token; });
    similar.shrink_to_fit();
    similar_of_token[id] = std::move(similar);
  });
  return similar_of_token[id];
}

// The vocabulary tokens similar to a query token, sorted by token id. Names repeat the same
// tokens (Muhammad, Ali, Company) all day: each thread remembers the answers for this index.
std::vector<index::SimilarToken> Screener::Impl::similar_tokens(const std::string& text,
                                                                index::KeySet keys) const {
  using Entries = std::unordered_map<std::string, std::vector<index::SimilarToken>>;
  struct Cache {
    const Impl* owner = nullptr;
    uint64_t generation = 0;
    Entries all_keys;
    Entries whole_token_keys;
  };
  constexpr size_t kMaxCachedTokens = 1 << 16;
  thread_local Cache cache;
  if (cache.owner != this || cache.generation != generation) {
    cache.owner = this;
    cache.generation = generation;
    for (Entries* entries : {&cache.all_keys, &cache.whole_token_keys}) {
      entries->clear();
      entries->reserve(kMaxCachedTokens);  // no rehash pauses while screening
    }
  }
  Entries& entries = keys == index::KeySet::kAll ? cache.all_keys : cache.whole_token_keys;
  const auto it = entries.find(text);
  if (it != entries.end()) return it->second;
  std::vector<index::SimilarToken> similar;
  index.find_similar(match::make_token_features(text), similar, keys);
  std::sort(similar.begin(), similar.end(),
            [](const auto& a, const auto& b) { return a.token < b.token; });
  // Most joined query pairs are like no list token and never come back: remembering them
  // costs more than looking them up again by their few whole-token keys.
  if (similar.empty() && keys == index::KeySet::kWholeToken) return similar;
  if (entries.size() >= kMaxCachedTokens) entries.clear();
  entries.emplace(text, similar);
  return similar;
}

std::vector<QueryToken> Screener::Impl::prepare_query(
    const std::vector<std::string>& tokens) const {
  std::vector<QueryToken> out;
  // Reserved: `similar` may point into an element's own `searched`, so elements never move.
  out.reserve(std::min(tokens.size(), match::kMaxTokens));
  for (const std::string& token : tokens) {
    if (out.size() == match::kMaxTokens) break;
    QueryToken& q = out.emplace_back();
    // Most query tokens are list tokens: their features and similar tokens are known.
    const int64_t id = index.find_token(token);
    const index::VocabularyToken* known =
        id >= 0 ? &index.token(static_cast<uint32_t>(id)) : nullptr;
    if (known != nullptr && !known->joined_pair) {
      q.known = true;
      q.features = known->features;
      q.similar = similar_of(static_cast<uint32_t>(id));
    } else {
      q.features = match::make_token_features(token);
      q.searched = similar_tokens(q.features.text, index::KeySet::kAll);
      q.similar = q.searched;
    }
    // A list token weighs its own weight; another token what its closest list token weighs
    // (the rarest among equals); a token like no list token is as rare as can be.
    double best = 0;
    for (const index::SimilarToken& s : q.similar) {
      const index::VocabularyToken& v = index.token(s.token);
      q.similar_has_joined = q.similar_has_joined || v.joined_pair;
      if (v.joined_pair || q.known) continue;
      if (s.match.similarity > best || (s.match.similarity == best && v.weight > q.weight)) {
        best = s.match.similarity;
        q.weight = v.weight;
      }
    }
    if (q.known) q.weight = known->weight;
  }
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    const std::string& a = out[i].features.text;
    const std::string& b = out[i + 1].features.text;
    if (a.size() + b.size() > match::kMaxJoinedLength) continue;
    auto& joined = out[i].similar_joined_next;
    // Two query tokens joined match a list token only when close (as_joined_match): the
    // keys of the whole joined token suffice, the deletion variants are not searched.
    joined = similar_tokens(a + b, index::KeySet::kWholeToken);
    std::erase_if(
        joined, [this](const index::SimilarToken& s) { return index.token(s.token).joined_pair; });
  }
  return out;
}

// Whether name `name_id` may score min_score or more: which of its tokens and the query's can
// align at all is read off the query's table, and score_upper_bound does the rest. Initials
// and one-letter query tokens are compared directly when scoring: any with the same first
// letter may align.
bool Screener::Impl::may_reach(const match::ScoreBound& score_bound, const QueryMatchTable& table,
                               uint32_t name_id, double min_score) const {
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

std::vector<uint32_t> Screener::Impl::retrieve(const std::vector<QueryToken>& query,
                                               std::span<const match::ScoredToken> query_side,
                                               const QueryMatchTable& table, double min_score,
                                               const screen::EntityFilter& filter) const {
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
  table.for_each_row([&](uint32_t token, std::span<const match::TokenMatch> single) {
    double best = 0;
    for (size_t i = 0; i < single.size(); ++i) {
      best = std::max(best, match::evidence_of(single[i]) * weights[i]);
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
    // Keep the names likeliest to score well: evidence over the query's weight plus a charge
    // for each name token nothing reached (a name with many extra tokens scores lower).
    // Among equals, shorter names, then index order.
    thread_local std::vector<std::pair<float, uint32_t>> ranked;
    ranked.clear();
    for (uint32_t name : out) {
      const Evidence& e = evidence[name];
      const uint32_t length = index.name_length(name);
      const uint32_t unreached = length > e.hits ? length - e.hits : 0;
      const double estimate = e.sum / (total + kUnreachedTokenCharge * unreached);
      ranked.emplace_back(static_cast<float>(estimate), name);
    }
    const auto better = [this](const auto& a, const auto& b) {
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
  const match::ScoreBound score_bound(query_side);
  std::erase_if(out,
                [&](uint32_t name) { return !may_reach(score_bound, table, name, min_score); });
  for (uint32_t name : touched) evidence[name] = Evidence{};
  return out;
}

Match Screener::Impl::make_match(const Query& query, const std::vector<QueryToken>& tokens,
                                 const QueryMatchTable& table, uint32_t entity, uint32_t name_id,
                                 double name_score, const std::vector<IdentifierHit>& hits,
                                 std::vector<Adjustment> adjustments) const {
  Match match;
  if (name_id == kNoName) {
    match.entity = entities[entity];
    const Name* primary = match.entity->primary_name();
    if (primary != nullptr) {
      match.matched_name = primary->full;
      match.matched_name_kind = primary->kind;
    }
  } else {
    const index::NameRecord& record = index.name(name_id);
    const std::vector<match::ScoredToken> list_side = list_side_of(record);
    const IndexedTokenPairs pairs(index, tokens, table, index.tokens_of(record),
                                  index.joined_pairs_of(record), record.schema == Schema::kPerson);
    match =
        explained_match(tokens, entities[record.entity], record.name_in_entity, list_side, pairs);
    match.matched_name_kind = record.kind;
  }
  // The score the candidate was ranked with (the explained scoring computes the same).
  match.name_score = name_score;
  match.adjustments = std::move(adjustments);
  match.score = match::adjusted_score(name_score, match.adjustments);
  match.is_match = match.score >= query.threshold;
  match.identifier_hits = hits;
  return match;
}

Match Screener::Impl::explained_match(const std::vector<QueryToken>& tokens,
                                      std::shared_ptr<const Entity> entity, size_t name_in_entity,
                                      std::span<const match::ScoredToken> list_side,
                                      const match::TokenPairs& pairs) {
  Match match;
  match.entity = std::move(entity);
  const Name& name = match.entity->names[name_in_entity];
  match.matched_name = name.full;
  match.matched_name_kind = name.kind;
  std::vector<match::ScoredToken> query_side;
  for (const QueryToken& q : tokens) query_side.push_back({&q.features, q.weight});
  const match::NameScore detail = match::score_names(
      query_side, list_side, pairs, match.entity->schema == Schema::kPerson, /*explain=*/true);
  const auto join = [](const auto& side, size_t begin, size_t count) {
    std::string out;
    for (size_t k = begin; k < begin + count; ++k) {
      if (!out.empty()) out += ' ';
      out += side[k].features->text;
    }
    return out;
  };
  // A joined pair of list tokens has a role when both have it.
  const auto role = [&list_side](size_t begin, size_t count) {
    const match::NameRole first = list_side[begin].role;
    for (size_t k = begin + 1; k < begin + count; ++k) {
      if (list_side[k].role != first) return std::string();
    }
    return std::string(match::to_string(first));
  };
  for (const match::AlignedPair& p : detail.pairs) {
    match.alignments.push_back({join(query_side, p.query_begin, p.query_count),
                                join(list_side, p.list_begin, p.list_count),
                                std::string(match::to_string(p.match.kind)), p.match.similarity,
                                p.weight, p.evidence, p.mass, role(p.list_begin, p.list_count)});
  }
  for (uint8_t i : detail.unmatched_query) {
    match.unmatched_query_tokens.push_back(query_side[i].features->text);
  }
  for (uint8_t j : detail.unmatched_list) {
    match.unmatched_list_tokens.push_back(list_side[j].features->text);
    match.unmatched_list_roles.push_back(role(j, 1));
  }
  match.unmatched_query_mass = detail.unmatched_query_mass;
  match.unmatched_list_mass = detail.unmatched_list_mass;
  match.name_mass = detail.mass;
  match.name_score = detail.score;
  return match;
}

std::vector<std::pair<uint32_t, std::vector<IdentifierHit>>> Screener::Impl::identifier_hits(
    const Query& query) const {
  std::vector<std::pair<uint32_t, IdentifierHit>> found;
  for (const QueryIdentifier& q : query.identifiers) {
    for (const index::IdentifierIndex::Hit& hit : identifiers.find(q.type, q.value, q.country)) {
      found.push_back({hit.entity, {q, entities[hit.entity]->identifiers[hit.identifier]}});
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // One entry per entity, its hits in query order.
  std::vector<std::pair<uint32_t, std::vector<IdentifierHit>>> grouped;
  for (auto& [entity, hit] : found) {
    if (grouped.empty() || grouped.back().first != entity) grouped.push_back({entity, {}});
    grouped.back().second.push_back(std::move(hit));
  }
  return grouped;
}

Result<Query> Screener::Impl::validate(const Query& query) const {
  if (query.name.size() > kMaxQueryBytes) {
    return make_error(ErrorCode::kInvalidArgument,
                      "query name is " + std::to_string(query.name.size()) +
                          " bytes; the limit is " + std::to_string(kMaxQueryBytes));
  }
  if (!text::is_valid_utf8(query.name)) {
    return make_error(ErrorCode::kInvalidArgument, "query name is not valid UTF-8");
  }
  Query resolved = query;
  if (!query.country.empty()) {
    const auto code = model::country_code(query.country);
    if (!code) {
      return make_error(ErrorCode::kInvalidArgument, "unknown country: " + query.country);
    }
    resolved.country = *code;
  }
  constexpr size_t kMaxIdentifiers = 64;
  if (query.identifiers.size() > kMaxIdentifiers) {
    return make_error(ErrorCode::kInvalidArgument,
                      "the query has " + std::to_string(query.identifiers.size()) +
                          " identifiers; the limit is " + std::to_string(kMaxIdentifiers));
  }
  for (QueryIdentifier& id : resolved.identifiers) {
    if (id.value.size() > kMaxQueryBytes || !text::is_valid_utf8(id.value)) {
      return make_error(ErrorCode::kInvalidArgument,
                        "identifier value is not valid UTF-8 or longer than " +
                            std::to_string(kMaxQueryBytes) + " bytes");
    }
    const auto key = index::checked_query_key(id.type, id.value);
    if (!key.ok()) return key.error();
    if (!id.country.empty()) {
      const auto code = model::country_code(id.country);
      if (!code) {
        return make_error(ErrorCode::kInvalidArgument,
                          "unknown country of identifier " + id.value + ": " + id.country);
      }
      id.country = *code;
    }
  }
  return resolved;
}

Result<Match> Screener::Impl::compare(const Query& query, const Name& candidate,
                                      Schema candidate_schema) const {
  auto resolved = validate(query);
  if (!resolved.ok()) return resolved.error();
  if (!text::is_valid_utf8(candidate.full) || candidate.full.size() > kMaxQueryBytes) {
    return make_error(ErrorCode::kInvalidArgument, "candidate name is not valid UTF-8 or too long");
  }
  const auto query_tokens = match::name_tokens(text::normalise_name(query.name), query.schema);
  const auto list_tokens =
      match::name_tokens(text::normalise_name(candidate.full), candidate_schema);
  if (query_tokens.empty() || list_tokens.empty()) {
    return make_error(ErrorCode::kInvalidArgument, "a name has no letters or digits");
  }
  const std::vector<QueryToken> tokens = prepare_query(query_tokens);
  const std::vector<match::NameRole> roles =
      screen::name_roles(candidate, candidate_schema, list_tokens);
  std::vector<match::TokenFeatures> list_features;
  for (const std::string& t : list_tokens) list_features.push_back(match::make_token_features(t));
  std::vector<match::ScoredToken> list_side;
  for (size_t j = 0; j < list_features.size(); ++j) {
    const match::TokenFeatures& f = list_features[j];
    const int64_t id = index.find_token(f.text);
    const double weight = id < 0 ? index::NameIndex::kUnknownTokenWeight
                                 : index.token(static_cast<uint32_t>(id)).weight;
    list_side.emplace_back(&f, weight * match::role_factor(roles[j]));
    list_side.back().role = roles[j];
  }
  auto entity = std::make_shared<Entity>();
  entity->id = "candidate";
  entity->schema = candidate_schema;
  entity->names.push_back(candidate);
  std::vector<match::ScoredToken> query_side;
  for (const QueryToken& q : tokens) query_side.push_back({&q.features, q.weight});
  const auto known_name = [this](const match::TokenFeatures& f) {
    const int64_t id = index.find_token(f.text);
    return id >= 0 && !index.token(static_cast<uint32_t>(id)).joined_pair;
  };
  const match::DirectTokenPairs pairs(query_side, list_side, &index::NameIndex::share_any_key,
                                      &index::NameIndex::share_whole_token_key, known_name,
                                      candidate_schema == Schema::kPerson);
  Match match = explained_match(tokens, entity, 0, list_side, pairs);
  match.adjustments = match::score_attributes(resolved.value(), *entity);
  match.score = match::adjusted_score(match.name_score, match.adjustments);
  match.is_match = match.score >= query.threshold;
  return match;
}

Result<ScreenResult> Screener::Impl::screen(const Query& query) const {
  auto validated = validate(query);
  if (!validated.ok()) return validated.error();
  const Query& resolved = validated.value();
  const auto filter = catalog.resolve(resolved.lists);
  if (!filter.ok()) return filter.error();
  ScreenResult result;
  auto hits = identifier_hits(resolved);
  std::erase_if(hits, [&filter](const auto& hit) { return !filter->allows(hit.first); });
  std::vector<std::string> raw_tokens;
  if (!query.name.empty() || query.identifiers.empty()) {
    result.normalised_query = text::normalise_name(query.name);
    raw_tokens = match::name_tokens(result.normalised_query, query.schema);
    if (raw_tokens.empty()) {
      return make_error(ErrorCode::kInvalidArgument, "query name has no letters or digits");
    }
  }
  const std::vector<QueryToken> tokens = prepare_query(raw_tokens);
  const QueryMatchTable table(index.vocabulary_size(), tokens);
  std::vector<match::ScoredToken> query_side;
  for (const QueryToken& q : tokens) query_side.push_back({&q.features, q.weight});

  // Names that may still reach min_score (attributes add at most kMaxAttributeBonus), and every
  // name of an entity an identifier matched. `ranking` adds the name-kind step.
  struct ScoredName {
    uint32_t entity;
    uint32_t name_id;
    double score;
    double ranking;
  };
  std::vector<ScoredName> scored;
  std::vector<match::ScoredToken> list_side;
  const auto score_name = [&](uint32_t name_id) {
    const index::NameRecord& record = index.name(name_id);
    list_side.clear();
    for (size_t j = 0; j < record.tokens_count; ++j)
      list_side.push_back(index.scored_in(record, j));
    const IndexedTokenPairs pairs(index, tokens, table, index.tokens_of(record),
                                  index.joined_pairs_of(record), record.schema == Schema::kPerson);
    const double score =
        match::score_names(query_side, list_side, pairs, record.schema == Schema::kPerson, false)
            .score;
    return ScoredName{record.entity, name_id, score, score + match::name_kind_delta(record.kind)};
  };
  if (!tokens.empty()) {
    for (uint32_t name_id : retrieve(tokens, query_side, table, query.min_score, *filter)) {
      if (match::schemas_exclude(query.schema, index.name(name_id).schema)) continue;
      const ScoredName s = score_name(name_id);
      if (s.ranking + match::kMaxAttributeBonus >= query.min_score) scored.push_back(s);
    }
  }
  for (const auto& [entity, entity_hits] : hits) {
    if (tokens.empty() || names_begin[entity] == names_begin[entity + 1]) {
      scored.push_back({entity, kNoName, 0.0, 0.0});
      continue;
    }
    for (uint32_t n = names_begin[entity]; n < names_begin[entity + 1]; ++n) {
      scored.push_back(score_name(n));
    }
  }
  // The best name of each entity: highest ranking score, then lowest name id.
  std::sort(scored.begin(), scored.end(), [](const ScoredName& a, const ScoredName& b) {
    if (a.entity != b.entity) return a.entity < b.entity;
    return a.ranking != b.ranking ? a.ranking > b.ranking : a.name_id < b.name_id;
  });
  // Rank on scores alone; build (and explain) only the matches returned.
  struct Ranked {
    double score;
    const ScoredName* name;
    const std::vector<IdentifierHit>* hits;
    std::vector<Adjustment> adjustments;
  };
  static const std::vector<IdentifierHit> kNoHits;
  std::vector<Ranked> ranked;
  auto next_hit = hits.begin();
  for (size_t k = 0; k < scored.size(); ++k) {
    if (k > 0 && scored[k].entity == scored[k - 1].entity) continue;
    const ScoredName& best = scored[k];
    while (next_hit != hits.end() && next_hit->first < best.entity) ++next_hit;
    const bool hit = next_hit != hits.end() && next_hit->first == best.entity;
    const std::vector<IdentifierHit>& entity_hits = hit ? next_hit->second : kNoHits;
    const Entity& entity = *entities[best.entity];
    const NameKind kind =
        best.name_id == kNoName ? NameKind::kPrimary : index.name(best.name_id).kind;
    std::vector<Adjustment> adjustments =
        match::adjustments_for(resolved, entity, kind, best.score, entity_hits);
    const double score = match::adjusted_score(best.score, adjustments);
    if (hit || score >= query.min_score) {
      ranked.push_back({score, &best, &entity_hits, std::move(adjustments)});
    }
  }
  std::sort(ranked.begin(), ranked.end(), [this](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    return entities[a.name->entity]->id < entities[b.name->entity]->id;
  });
  if (ranked.size() > query.limit) ranked.resize(query.limit);
  std::vector<Match> matches;
  matches.reserve(ranked.size());
  for (Ranked& r : ranked) {
    matches.push_back(make_match(resolved, tokens, table, r.name->entity, r.name->name_id,
                                 r.name->score, *r.hits, std::move(r.adjustments)));
  }
  result.matches = std::move(matches);
  return result;
}

Screener::Screener(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Screener::~Screener() = default;

Result<std::shared_ptr<const Screener>> Screener::build(std::vector<ParseOutput> datasets) {
  const auto start = std::chrono::steady_clock::now();
  auto impl = std::make_unique<Impl>();
  impl->add_entities(datasets);
  impl->build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::shared_ptr<const Screener>(new Screener(std::move(impl)));
}

void Screener::write_state(model::BinaryWriter& out) const { impl_->write(out); }

Result<std::shared_ptr<const Screener>> Screener::read_state(model::BinaryReader& in) {
  const auto start = std::chrono::steady_clock::now();
  auto state = screen::ScreenerState::read(in);
  if (!state.ok()) return state.error();
  auto impl = std::make_unique<Impl>(std::move(state.value()));
  impl->build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::shared_ptr<const Screener>(new Screener(std::move(impl)));
}

Result<ScreenResult> Screener::screen(const Query& query) const { return impl_->screen(query); }
Result<Match> Screener::compare(const Query& query, std::string_view candidate,
                                Schema candidate_schema) const {
  return impl_->compare(query, model::name_from_family_first(candidate, candidate_schema),
                        candidate_schema);
}
Result<Match> Screener::compare(const Query& query, const Name& candidate,
                                Schema candidate_schema) const {
  return impl_->compare(query, candidate, candidate_schema);
}
Result<size_t> Screener::selected_entity_count(const ListSelection& lists) const {
  const auto filter = impl_->catalog.resolve(lists);
  if (!filter.ok()) return filter.error();
  size_t count = 0;
  for (uint32_t e = 0; e < impl_->entities.size(); ++e) count += filter->allows(e) ? 1 : 0;
  return count;
}
const std::vector<DatasetInfo>& Screener::datasets() const { return impl_->datasets; }
size_t Screener::entity_count() const { return impl_->entities.size(); }

std::span<const std::shared_ptr<const Entity>> Screener::entities() const {
  return impl_->entities;
}
size_t Screener::name_count() const { return impl_->index.name_count(); }
double Screener::index_build_seconds() const { return impl_->build_seconds; }

std::shared_ptr<const Entity> Screener::find_entity(std::string_view id) const {
  const auto it = impl_->entity_by_id.find(std::string(id));
  return it == impl_->entity_by_id.end() ? nullptr : impl_->entities[it->second];
}

}  // namespace vigil
