#include "screen/prepared_query.h"

#include <algorithm>
#include <unordered_map>

#include "match/chinese_names.h"

namespace vigil::screen {
namespace {

uint64_t next_generation() {
  static std::atomic<uint64_t> counter{0};
  return ++counter;
}

void sort_by_token(std::vector<index::SimilarToken>& similar) {
  std::sort(similar.begin(), similar.end(),
            [](const auto& a, const auto& b) { return a.token < b.token; });
}

// A list token weighs its own weight; another token what its closest list token weighs (the
// rarest among equals); a token like no list token is as rare as can be.
void weigh(const index::NameIndex& index, QueryToken& q, const index::VocabularyToken* known) {
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
  if (known != nullptr) q.weight = known->weight;
}

}  // namespace

SimilarTokenLookup::SimilarTokenLookup(const index::NameIndex& index)
    : index_(index),
      generation_(next_generation()),
      of_list_token_(index.vocabulary_size()),
      searched_(std::make_unique<std::once_flag[]>(index.vocabulary_size())) {
  for (uint32_t id = 0; id < index.vocabulary_size(); ++id) {
    const index::VocabularyToken& token = index.token(id);
    if (!token.joined_pair && token.features.token_class == match::TokenClass::kParticle) {
      particles_.push_back(id);
    }
  }
}

void SimilarTokenLookup::add_misspelt_particles(const match::TokenFeatures& token,
                                                std::vector<index::SimilarToken>& out) const {
  if (!match::may_be_misspelt_particle(token)) return;
  for (const uint32_t particle : particles_) {
    const match::TokenFeatures& features = index_.token(particle).features;
    if (!match::misspelt_particle_of(token, features)) continue;
    const match::TokenMatch m = match::compare_tokens(token, features);
    const auto same = std::find_if(out.begin(), out.end(),
                                   [particle](const auto& s) { return s.token == particle; });
    if (same == out.end()) out.push_back({particle, m});
  }
}

std::span<const index::SimilarToken> SimilarTokenLookup::of_list_token(uint32_t id) const {
  std::call_once(searched_[id], [this, id] {
    std::vector<index::SimilarToken> similar;
    index_.find_similar(index_.token(id).features, similar);
    add_misspelt_particles(index_.token(id).features, similar);
    sort_by_token(similar);
    similar.shrink_to_fit();
    of_list_token_[id] = std::move(similar);
  });
  return of_list_token_[id];
}

std::vector<index::SimilarToken> SimilarTokenLookup::search(const std::string& text,
                                                            index::KeySet keys) const {
  using Entries = std::unordered_map<std::string, std::vector<index::SimilarToken>>;
  struct Cache {
    uint64_t generation = 0;
    Entries all_keys;
    Entries whole_token_keys;
  };
  constexpr size_t kMaxCachedTokens = 1 << 16;
  thread_local Cache cache;
  if (cache.generation != generation_) {
    cache.generation = generation_;
    for (Entries* entries : {&cache.all_keys, &cache.whole_token_keys}) {
      entries->clear();
      entries->reserve(kMaxCachedTokens);  // no rehash pauses while screening
    }
  }
  Entries& entries = keys == index::KeySet::kAll ? cache.all_keys : cache.whole_token_keys;
  const auto it = entries.find(text);
  if (it != entries.end()) return it->second;
  std::vector<index::SimilarToken> similar;
  const match::TokenFeatures features = match::make_token_features(text);
  index_.find_similar(features, similar, keys);
  if (keys == index::KeySet::kAll) {
    for (index::SimilarToken& s : similar) {
      s.match = match::as_unknown_token_match(s.match, text, index_.token(s.token).features.text);
    }
    add_misspelt_particles(features, similar);
  }
  sort_by_token(similar);
  // Most joined query pairs are like no list token and never come back: remembering them
  // costs more than looking them up again by their few whole-token keys.
  if (similar.empty() && keys == index::KeySet::kWholeToken) return similar;
  if (entries.size() >= kMaxCachedTokens) entries.clear();
  entries.emplace(text, similar);
  return similar;
}

PreparedQuery prepare_query(const index::NameIndex& index, const SimilarTokenLookup& lookup,
                            const std::vector<std::string>& tokens, Schema schema,
                            bool written_in_han) {
  PreparedQuery out;
  out.schema = schema;
  out.written_in_han = written_in_han;
  // Reserved: `similar` may point into an element's own `searched`, so elements never move.
  out.tokens.reserve(std::min(tokens.size(), match::kMaxTokens));
  for (const std::string& token : tokens) {
    if (out.tokens.size() == match::kMaxTokens) break;
    QueryToken& q = out.tokens.emplace_back();
    // Most query tokens are list tokens: their features and similar tokens are known.
    const int64_t id = index.find_token(token);
    const index::VocabularyToken* known =
        id >= 0 ? &index.token(static_cast<uint32_t>(id)) : nullptr;
    if (known != nullptr && known->joined_pair) known = nullptr;
    if (known != nullptr) {
      q.known = true;
      q.family_name = index.is_family_name(static_cast<uint32_t>(id));
      q.features = known->features;
      q.similar = lookup.of_list_token(static_cast<uint32_t>(id));
    } else {
      q.features = match::make_token_features(token);
      q.searched = lookup.search(q.features.text, index::KeySet::kAll);
      q.similar = q.searched;
    }
    weigh(index, q, known);
  }
  std::vector<QueryToken>& query = out.tokens;
  for (size_t i = 0; i + 1 < query.size(); ++i) {
    const std::string& a = query[i].features.text;
    const std::string& b = query[i + 1].features.text;
    if (a.size() + b.size() > match::kMaxJoinedLength) continue;
    auto& joined = query[i].similar_joined_next;
    // Two query tokens joined match a list token only when close (as_joined_match): the
    // keys of the whole joined token suffice, the deletion variants are not searched.
    joined = lookup.search(a + b, index::KeySet::kWholeToken);
    std::erase_if(joined, [&index](const index::SimilarToken& s) {
      return index.token(s.token).joined_pair;
    });
  }
  out.chinese_family_name = std::any_of(query.begin(), query.end(), [](const QueryToken& q) {
    return q.features.chinese_family_name;
  });
  out.side.reserve(query.size());
  for (const QueryToken& q : query) {
    out.side.emplace_back(&q.features, q.weight);
    // A query token has no stated role; one the lists know as a family name is marked so, and
    // the scorer does not take it for a middle name (match::NameScore).
    if (q.family_name) out.side.back().role = match::NameRole::kFamily;
  }
  return out;
}

thread_local std::vector<uint32_t> QueryMatchTable::slot_of_token_;

QueryMatchTable::QueryMatchTable(size_t vocabulary_size, const std::vector<QueryToken>& query)
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

QueryMatchTable::~QueryMatchTable() {
  for (uint32_t token : touched_) slot_of_token_[token] = 0;
}

size_t QueryMatchTable::slot(uint32_t token) {
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

IndexedTokenPairs::IndexedTokenPairs(const index::NameIndex& index, const PreparedQuery& prepared,
                                     const QueryMatchTable& table, const index::NameRecord& name)
    : index_(index),
      query_(prepared.tokens),
      table_(table),
      tokens_(index.tokens_of(name)),
      joined_pairs_(index.joined_pairs_of(name)),
      distinct_known_names_(
          match::known_names_distinct(match::compared_schema(name.schema, prepared.schema))) {
  if (prepared.chinese_family_name) {
    const bool list_chinese = std::any_of(tokens_.begin(), tokens_.end(), [&index](uint32_t t) {
      return index.token(t).features.chinese_family_name;
    });
    pinyin_ = match::pinyin_rule(true, list_chinese, prepared.written_in_han);
  }
  for (const QueryToken& q : query_) {
    may_join_list_ = may_join_list_ || q.similar_has_joined;
    may_join_query_ = may_join_query_ || !q.similar_joined_next.empty();
  }
}

match::TokenMatch IndexedTokenPairs::match(size_t query, size_t list) const {
  const match::TokenFeatures& q = query_[query].features;
  if (q.text.size() == 1 || index_.is_initial(tokens_[list])) {
    return match::compare_tokens(q, index_.token(tokens_[list]).features);
  }
  const std::string& list_text = index_.token(tokens_[list]).features.text;
  match::TokenMatch m = table_.single(query, tokens_[list]);
  m = match::as_pinyin_match(m, q.text, list_text, pinyin_);
  return known_penalty(query,
                       match::as_distinct_name_match(m, q.text, list_text, distinct_known_names_));
}

match::TokenMatch IndexedTokenPairs::match_list_joined(size_t query, size_t list) const {
  const uint32_t pair = joined_pairs_[list];
  if (pair == index::NameIndex::kNoToken) return {};
  const match::TokenMatch m =
      match::as_pinyin_match(table_.single(query, pair), query_[query].features.text,
                             index_.token(pair).features.text, pinyin_);
  return match::as_joined_match(known_penalty(query, m));
}

match::TokenMatch IndexedTokenPairs::match_query_joined(size_t query, size_t list) const {
  const match::TokenMatch m = match::as_joined_match(table_.joined_next(query, tokens_[list]));
  if (pinyin_ == match::PinyinRule::kNone || m.kind == match::TokenMatchKind::kNone) return m;
  const std::string joined = query_[query].features.text + query_[query + 1].features.text;
  return match::as_pinyin_match(m, joined, index_.token(tokens_[list]).features.text, pinyin_);
}

}  // namespace vigil::screen
