#include "index/name_index.h"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>

namespace vigil::index {
namespace {

enum class KeyKind : uint64_t {
  kText = 1,
  kCanonical = 2,
  kSkeleton = 3,
  kDeletion = 4,
  kSkeletonDeletion = 5,
  kSpelling = 6,
};

// Deletion variants are generated only for tokens long enough that one edit still leaves a
// distinctive string.
constexpr size_t kMinLengthForDeletions = 4;
constexpr size_t kMinSkeletonLength = 2;
constexpr size_t kMaxLengthForSpellingKey = 5;
// Single-deletion variants of the consonant skeleton catch a typo on top of a romanisation
// variant ("cosntrouction" ~ "construction"); shorter skeletons would match too much.
constexpr size_t kMinSkeletonLengthForDeletions = 4;

uint64_t key_hash(KeyKind kind, std::string_view text) {
  return XXH3_64bits_withSeed(text.data(), text.size(), static_cast<uint64_t>(kind));
}

// Calls `visit(hash)` for each single-deletion variant of `text` (and `text` itself).
template <typename Visit>
void for_each_deletion(KeyKind kind, std::string_view text, Visit&& visit) {
  char buffer[match::kMaxSpellingLength];
  const size_t size = std::min(text.size(), sizeof buffer);
  for (size_t skip = 0; skip < size; ++skip) {
    // Deleting either letter of a doubled pair gives the same variant: emit it once.
    if (skip > 0 && text[skip] == text[skip - 1]) continue;
    size_t length = 0;
    for (size_t i = 0; i < size; ++i) {
      if (i != skip) buffer[length++] = text[i];
    }
    visit(key_hash(kind, std::string_view(buffer, length)));
  }
  visit(key_hash(kind, text));
}

// Calls `visit(hash)` for every key of a token in `keys`.
template <typename Visit>
void for_each_key(const match::TokenFeatures& features, KeySet keys, Visit&& visit) {
  visit(key_hash(KeyKind::kText, features.text));
  if (features.has_class) visit(key_hash(KeyKind::kCanonical, features.canonical));
  if (features.skeleton.size() >= kMinSkeletonLength) {
    visit(key_hash(KeyKind::kSkeleton, features.skeleton));
  }
  // The phonetic spelling of short tokens, which have few deletion or skeleton keys: "dhu" and
  // "dhou" are one spelling ("zu"). Longer tokens meet through their other keys.
  if (features.spelling.size() >= kMinSkeletonLength &&
      features.text.size() <= kMaxLengthForSpellingKey) {
    visit(key_hash(KeyKind::kSpelling, features.spelling));
  }
  if (keys == KeySet::kWholeToken) return;
  if (features.text.size() >= kMinLengthForDeletions) {
    for_each_deletion(KeyKind::kDeletion, features.text, visit);
  }
  if (features.skeleton.size() >= kMinSkeletonLengthForDeletions) {
    for_each_deletion(KeyKind::kSkeletonDeletion, features.skeleton, visit);
  }
}

}  // namespace

uint32_t NameIndex::intern(std::string_view text, bool joined_pair) {
  const auto it = token_ids_.find(text);
  if (it != token_ids_.end()) {
    if (!joined_pair) vocabulary_[it->second].joined_pair = false;
    return it->second;
  }
  const auto id = static_cast<uint32_t>(vocabulary_.size());
  // The features are computed in finish(), on every core; until then only the text is known.
  VocabularyToken token;
  token.features.text = std::string(text);
  token.joined_pair = joined_pair;
  vocabulary_.push_back(std::move(token));
  token_ids_.emplace(std::string(text), id);
  return id;
}

void NameIndex::add_name(uint32_t entity, uint32_t name_in_entity, NameKind kind, Schema schema,
                         const std::vector<std::string>& tokens,
                         std::span<const match::NameRole> roles) {
  NameRecord record;
  record.entity = entity;
  record.name_in_entity = name_in_entity;
  record.kind = kind;
  record.schema = schema;
  record.tokens_begin = static_cast<uint32_t>(name_tokens_.size());
  record.tokens_count = static_cast<uint32_t>(tokens.size());
  record.pairs_begin = static_cast<uint32_t>(name_pairs_.size());
  const auto name_id = static_cast<uint32_t>(names_.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    name_tokens_.push_back(intern(tokens[i], false));
    name_roles_.push_back(i < roles.size() ? roles[i] : match::NameRole::kUnknown);
  }
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    const std::string joined = tokens[i] + tokens[i + 1];
    if (joined.size() > match::kMaxJoinedLength) {
      name_pairs_.push_back(kNoToken);
      continue;
    }
    const uint32_t pair = intern(joined, true);
    name_pairs_.push_back(pair);
    joined_occurrences_.emplace_back(pair, name_id);
  }
  names_.push_back(record);
  name_lengths_.push_back(static_cast<uint8_t>(std::min<size_t>(record.tokens_count, UINT8_MAX)));
}

void NameIndex::finish() {
  tbb::parallel_for(size_t{0}, vocabulary_.size(), [this](size_t id) {
    match::TokenFeatures& features = vocabulary_[id].features;
    features = match::make_token_features(features.text);
  });
  build_postings();
  compute_weights();
  build_summaries();
  build_keys();
}

// The compact copies of the vocabulary that hot loops read (also rebuilt from a snapshot).
void NameIndex::build_summaries() {
  // How often each token is stated as a family name and as a given name, where lists say.
  std::vector<int32_t> family_minus_given(vocabulary_.size(), 0);
  for (size_t k = 0; k < name_tokens_.size(); ++k) {
    if (name_roles_[k] == match::NameRole::kFamily) ++family_minus_given[name_tokens_[k]];
    if (name_roles_[k] == match::NameRole::kGiven) --family_minus_given[name_tokens_[k]];
  }
  summaries_.resize(vocabulary_.size());
  for (size_t id = 0; id < vocabulary_.size(); ++id) {
    const match::TokenFeatures& features = vocabulary_[id].features;
    summaries_[id] = {vocabulary_[id].weight, features.token_class, features.text.size() == 1,
                      features.text.front(), family_minus_given[id] > 0};
  }
}

void NameIndex::build_postings() {
  std::vector<std::pair<uint32_t, uint32_t>> pairs = joined_occurrences_;
  for (uint32_t name_id = 0; name_id < names_.size(); ++name_id) {
    for (uint32_t token : tokens_of(names_[name_id])) pairs.emplace_back(token, name_id);
  }
  tbb::parallel_sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  postings_begin_.assign(vocabulary_.size() + 1, 0);
  postings_.clear();
  postings_.reserve(pairs.size());
  size_t at = 0;
  for (uint32_t token = 0; token < vocabulary_.size(); ++token) {
    postings_begin_[token] = static_cast<uint32_t>(postings_.size());
    while (at < pairs.size() && pairs[at].first == token) postings_.push_back(pairs[at++].second);
  }
  postings_begin_[vocabulary_.size()] = static_cast<uint32_t>(postings_.size());
  joined_occurrences_.clear();
  joined_occurrences_.shrink_to_fit();
}

void NameIndex::compute_weights() {
  // Inverse document frequency over names, scaled so the rarest token weighs 1 and the most
  // common ordinary token about 0.3: a common token still counts, a rare one counts more.
  const double names = std::max<double>(2.0, static_cast<double>(names_.size()));
  const double max_idf = std::log(names);
  for (uint32_t id = 0; id < vocabulary_.size(); ++id) {
    VocabularyToken& token = vocabulary_[id];
    token.document_frequency = postings_begin_[id + 1] - postings_begin_[id];
    const double df = std::max<double>(1.0, token.document_frequency);
    const double idf = std::clamp(std::log(names / df) / max_idf, 0.0, 1.0);
    token.weight = static_cast<float>(0.3 + 0.7 * idf);
  }
}

void NameIndex::build_keys() {
  // Keys are made on every core, then sorted: the table is the same whatever the timing.
  using Keys = std::vector<std::pair<uint64_t, uint32_t>>;
  tbb::enumerable_thread_specific<Keys> keys_per_thread;
  tbb::parallel_for(size_t{0}, vocabulary_.size(), [&](size_t id) {
    Keys& local = keys_per_thread.local();
    for_each_key(vocabulary_[id].features, KeySet::kAll,
                 [&](uint64_t hash) { local.emplace_back(hash, static_cast<uint32_t>(id)); });
  });
  Keys keys;
  size_t total = 0;
  for (const Keys& local : keys_per_thread) total += local.size();
  keys.reserve(total);
  for (const Keys& local : keys_per_thread) keys.insert(keys.end(), local.begin(), local.end());
  tbb::parallel_sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  size_t unique = 0;
  for (size_t i = 0; i < keys.size(); ++i) unique += (i == 0 || keys[i].first != keys[i - 1].first);
  size_t capacity = 16;
  while (capacity < unique * 2) capacity *= 2;
  key_slots_.assign(capacity, KeySlot{});
  key_tokens_.clear();
  key_tokens_.reserve(keys.size());
  for (size_t i = 0; i < keys.size();) {
    const uint64_t hash = keys[i].first;
    KeySlot slot{hash, static_cast<uint32_t>(key_tokens_.size()), 0};
    for (; i < keys.size() && keys[i].first == hash; ++i) {
      key_tokens_.push_back(keys[i].second);
      ++slot.count;
    }
    size_t at = hash & (capacity - 1);
    while (key_slots_[at].count != 0) at = (at + 1) & (capacity - 1);
    key_slots_[at] = slot;
  }
}

const NameIndex::KeySlot* NameIndex::find_key(uint64_t hash) const {
  if (key_slots_.empty()) return nullptr;
  const size_t mask = key_slots_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const KeySlot& slot = key_slots_[at];
    if (slot.count == 0) return nullptr;
    if (slot.hash == hash) return &slot;
  }
}

void NameIndex::find_similar(const match::TokenFeatures& query, std::vector<SimilarToken>& out,
                             KeySet keys) const {
  // Each vocabulary token is compared at most once per call, however many keys reach it.
  thread_local std::vector<uint32_t> visited_stamp;
  thread_local uint32_t stamp = 0;
  if (visited_stamp.size() < vocabulary_.size()) visited_stamp.assign(vocabulary_.size(), 0);
  if (++stamp == 0) {
    std::fill(visited_stamp.begin(), visited_stamp.end(), 0);
    stamp = 1;
  }
  for_each_key(query, keys, [&](uint64_t hash) {
    const KeySlot* slot = find_key(hash);
    if (slot == nullptr) return;
    for (uint32_t k = slot->begin; k < slot->begin + slot->count; ++k) {
      const uint32_t token = key_tokens_[k];
      if (visited_stamp[token] == stamp) continue;
      visited_stamp[token] = stamp;
      const match::TokenMatch match = match::compare_tokens(query, vocabulary_[token].features);
      if (match.similarity >= match::kMinTokenSimilarity &&
          match.kind != match::TokenMatchKind::kNone) {
        out.push_back({token, match});
      }
    }
  });
}

int64_t NameIndex::find_token(std::string_view text) const {
  const auto it = token_ids_.find(text);
  return it == token_ids_.end() ? -1 : static_cast<int64_t>(it->second);
}

std::span<const uint32_t> NameIndex::postings(uint32_t token) const {
  return {postings_.data() + postings_begin_[token], postings_.data() + postings_begin_[token + 1]};
}

std::span<const uint32_t> NameIndex::joined_pairs_of(const NameRecord& name) const {
  return {name_pairs_.data() + name.pairs_begin,
          name.tokens_count == 0 ? 0 : name.tokens_count - 1};
}

bool NameIndex::share_key(const match::TokenFeatures& a, const match::TokenFeatures& b,
                          KeySet keys) {
  // Initials and particles are compared directly, never through keys (a misspelt particle
  // shares few keys with it: screen::SimilarTokenLookup adds particles to its searches).
  if (a.text.size() == 1 || b.text.size() == 1) return true;
  if (a.token_class == match::TokenClass::kParticle ||
      b.token_class == match::TokenClass::kParticle) {
    return true;
  }
  std::vector<uint64_t> hashes;
  for_each_key(a, keys, [&hashes](uint64_t hash) { hashes.push_back(hash); });
  bool shared = false;
  for_each_key(b, keys, [&](uint64_t hash) {
    shared = shared || std::find(hashes.begin(), hashes.end(), hash) != hashes.end();
  });
  return shared;
}

std::span<const uint32_t> NameIndex::tokens_of(const NameRecord& name) const {
  return {name_tokens_.data() + name.tokens_begin, name.tokens_count};
}

std::span<const match::NameRole> NameIndex::roles_of(const NameRecord& name) const {
  return {name_roles_.data() + name.tokens_begin, name.tokens_count};
}

}  // namespace vigil::index
