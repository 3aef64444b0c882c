// The candidate index: every list name as tokens over one shared vocabulary, with keys that
// survive spelling variation so that a query finds its candidates without scanning all names.
// Keys per vocabulary token: the token, its equivalence class, its consonant skeleton, its
// phonetic spelling, and its single-deletion variants (any one-letter typo, insertion or adjacent
// swap on either side meets at a shared deletion variant). Adjacent token pairs are also indexed
// joined
// ("abdol rahman" -> "abdolrahman") so a query that joins them still finds the name.
// Built once, then read-only: safe for concurrent readers.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/scored_token.h"
#include "match/token_features.h"
#include "match/token_similarity.h"
#include "model/binary_io.h"
#include "vigil/entity.h"
#include "vigil/result.h"

namespace vigil::index {

struct NameRecord {
  uint32_t entity = 0;          // index into the screener's entity table
  uint32_t name_in_entity = 0;  // index into Entity::names
  uint32_t tokens_begin = 0;    // into the name-token arena
  uint32_t tokens_count = 0;
  uint32_t pairs_begin = 0;  // into the joined-pair arena
  NameKind kind = NameKind::kPrimary;
  Schema schema = Schema::kUnknown;
};

struct VocabularyToken {
  match::TokenFeatures features;
  float weight = 1.0F;       // 0..1, rarer tokens weigh more
  bool joined_pair = false;  // a pseudo-token: two adjacent name tokens joined
  uint32_t document_frequency = 0;
};

struct SimilarToken {
  uint32_t token = 0;
  match::TokenMatch match;
};

// Which keys a search uses: all of them, or only those of the whole token (text, class,
// skeleton) without the deletion variants: cheaper, for comparisons that need to be close
// anyway (two query tokens joined against a list token).
enum class KeySet { kAll, kWholeToken };

class NameIndex {
 public:
  // REQUIRES: not finished. `tokens` are the name's prepared tokens (match::name_tokens);
  // `roles`, empty or one per token, what the list says each token is (given or family name).
  void add_name(uint32_t entity, uint32_t name_in_entity, NameKind kind, Schema schema,
                const std::vector<std::string>& tokens,
                std::span<const match::NameRole> roles = {});
  // Computes weights and builds the keys and postings. REQUIRES: called once, before reads.
  void finish();

  // The finished index as arrays (name_index_io.cc), for the compiled snapshot. REQUIRES:
  // finished. read() checks every stored range and id, so a damaged index is an error.
  void write(model::BinaryWriter& out) const;
  static Result<NameIndex> read(model::BinaryReader& in);

  // Vocabulary tokens aligning with `query` (compare_tokens >= kMinTokenSimilarity), found
  // through the keys in `keys`. Appends to `out`.
  void find_similar(const match::TokenFeatures& query, std::vector<SimilarToken>& out,
                    KeySet keys = KeySet::kAll) const;

  // The id of a vocabulary token with exactly this text, or -1.
  [[nodiscard]] int64_t find_token(std::string_view text) const;

  // Whether `b` is reachable from `a` through a shared key: the index finds exactly the
  // tokens that share a key and compare at or above kMinTokenSimilarity. Initials (one
  // letter) have no keys and are compared directly: always true.
  static bool share_key(const match::TokenFeatures& a, const match::TokenFeatures& b, KeySet keys);
  static bool share_any_key(const match::TokenFeatures& a, const match::TokenFeatures& b) {
    return share_key(a, b, KeySet::kAll);
  }
  static bool share_whole_token_key(const match::TokenFeatures& a, const match::TokenFeatures& b) {
    return share_key(a, b, KeySet::kWholeToken);
  }

  [[nodiscard]] std::span<const uint32_t> postings(uint32_t token) const;
  [[nodiscard]] std::span<const uint32_t> tokens_of(const NameRecord& name) const;
  // For each adjacent token pair of the name, the joined pseudo-token, or kNoToken when the
  // joined text is too long to index. Size tokens_count - 1 (0 for one-token names).
  [[nodiscard]] std::span<const uint32_t> joined_pairs_of(const NameRecord& name) const;
  static constexpr uint32_t kNoToken = UINT32_MAX;
  [[nodiscard]] const NameRecord& name(uint32_t id) const { return names_[id]; }
  // Tokens in name `id` (at most 255), from a compact array for ranking many names.
  [[nodiscard]] uint8_t name_length(uint32_t id) const { return name_lengths_[id]; }
  [[nodiscard]] const VocabularyToken& token(uint32_t id) const { return vocabulary_[id]; }
  void prefetch_token(uint32_t id) const { __builtin_prefetch(&summaries_[id]); }
  [[nodiscard]] bool is_initial(uint32_t id) const { return summaries_[id].initial; }
  [[nodiscard]] char first_letter(uint32_t id) const { return summaries_[id].first_letter; }
  // Whether the lists that state name parts give token `id` as a family name more often than
  // as a given name ("dehghan", not "maria").
  [[nodiscard]] bool is_family_name(uint32_t id) const { return summaries_[id].family_name; }
  // The token as the scorer takes it, from compact arrays (no read of its features).
  [[nodiscard]] match::ScoredToken scored(uint32_t id) const {
    const TokenSummary& summary = summaries_[id];
    return {&vocabulary_[id].features, summary.weight, summary.token_class};
  }
  // Token `position` of `name` as the scorer takes it: its weight times its role's factor.
  [[nodiscard]] match::ScoredToken scored_in(const NameRecord& name, size_t position) const {
    match::ScoredToken token = scored(name_tokens_[name.tokens_begin + position]);
    token.role = name_roles_[name.tokens_begin + position];
    token.weight *= match::role_factor(token.role);
    return token;
  }
  // Every token of `name` as the scorer takes it (scored_in), into `out` (cleared first).
  void scored_tokens(const NameRecord& name, std::vector<match::ScoredToken>& out) const {
    out.clear();
    for (size_t j = 0; j < name.tokens_count; ++j) out.push_back(scored_in(name, j));
  }
  [[nodiscard]] std::span<const match::NameRole> roles_of(const NameRecord& name) const;
  [[nodiscard]] size_t name_count() const { return names_.size(); }
  [[nodiscard]] size_t vocabulary_size() const { return vocabulary_.size(); }
  // The weight of a token that is not in the vocabulary: as rare as can be.
  static constexpr float kUnknownTokenWeight = 1.0F;

 private:
  uint32_t intern(std::string_view text, bool joined_pair);
  void build_keys();
  void build_postings();
  void compute_weights();
  void build_summaries();
  [[nodiscard]] std::string inconsistency() const;

  std::vector<NameRecord> names_;
  std::vector<uint8_t> name_lengths_;
  std::vector<uint32_t> name_tokens_;        // arena: token ids of every name, in order
  std::vector<match::NameRole> name_roles_;  // arena: the role of each, parallel to name_tokens_
  std::vector<uint32_t> name_pairs_;         // arena: joined pair ids, tokens_begin - name index
  std::vector<VocabularyToken> vocabulary_;
  // Compact copies for hot loops, 8 bytes a token: one cache line holds eight.
  struct TokenSummary {
    float weight = 0;
    match::TokenClass token_class = match::TokenClass::kName;
    bool initial = false;  // one letter
    char first_letter = 0;
    // Lists that state name parts give it as a family name more often than as a given name.
    bool family_name = false;
  };
  std::vector<TokenSummary> summaries_;
  // Transparent, so that find_token looks up a string_view without building a string.
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, uint32_t, TextHash, std::equal_to<>> token_ids_;
  // Key hash -> the vocabulary tokens having that key, as a range of key_tokens_: an
  // open-addressing table, one probe (one cache miss) per key in the common case.
  struct KeySlot {
    uint64_t hash = 0;
    uint32_t begin = 0;
    uint32_t count = 0;  // 0 = empty slot
  };
  [[nodiscard]] const KeySlot* find_key(uint64_t hash) const;
  std::vector<KeySlot> key_slots_;
  std::vector<uint32_t> key_tokens_;
  // postings_[postings_begin_[t] .. postings_begin_[t + 1]) = names containing token t.
  std::vector<uint32_t> postings_begin_;
  std::vector<uint32_t> postings_;
  std::vector<std::pair<uint32_t, uint32_t>> joined_occurrences_;  // (pseudo token, name)
};

}  // namespace vigil::index
