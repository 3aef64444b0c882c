// A query name prepared once against the index: its tokens with their features, weights and the
// vocabulary tokens each is similar to, so that scoring a candidate compares no strings. The
// similar-token searches are remembered (SimilarTokenLookup): names repeat the same tokens all
// day. Thread-safety: a SimilarTokenLookup may be shared by every thread; a PreparedQuery and
// its QueryMatchTable belong to one thread.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "index/name_index.h"
#include "match/name_scorer.h"

namespace vigil::screen {

struct QueryToken {
  match::TokenFeatures features;
  double weight = index::NameIndex::kUnknownTokenWeight;
  // Sorted by token id: a list token's remembered list, or `searched` for other tokens.
  std::span<const index::SimilarToken> similar;
  std::vector<index::SimilarToken> searched;
  bool known = false;        // the token is a list token: a known name (as_known_token_match)
  bool family_name = false;  // a list token the lists give as a family name (is_family_name)
  QueryToken() = default;
  QueryToken(const QueryToken&) = delete;  // `similar` may point into `searched`
  QueryToken& operator=(const QueryToken&) = delete;
  QueryToken(QueryToken&&) = default;  // moves `searched`'s buffer with it
  QueryToken& operator=(QueryToken&&) = default;
  std::vector<index::SimilarToken> similar_joined_next;  // this token joined with the next
  bool similar_has_joined = false;  // `similar` holds a joined-pair pseudo-token
};

// The vocabulary tokens similar to a token, sorted by token id. A list token's are searched the
// first time a query holds it and kept for every thread (searching them all at build time would
// double the time to build the index); another token's are kept per thread, for this lookup.
class SimilarTokenLookup {
 public:
  explicit SimilarTokenLookup(const index::NameIndex& index);
  SimilarTokenLookup(const SimilarTokenLookup&) = delete;
  SimilarTokenLookup& operator=(const SimilarTokenLookup&) = delete;

  [[nodiscard]] std::span<const index::SimilarToken> of_list_token(uint32_t id) const;
  [[nodiscard]] std::vector<index::SimilarToken> search(const std::string& text,
                                                        index::KeySet keys) const;

 private:
  // The particles `token` may be a misspelling of (match::compare_tokens): the keys of a short
  // token do not always reach them.
  void add_misspelt_particles(const match::TokenFeatures& token,
                              std::vector<index::SimilarToken>& out) const;

  const index::NameIndex& index_;
  std::vector<uint32_t> particles_;  // vocabulary ids of the particles (al, bin, abu, de...)
  // Distinguishes lookups that reuse one address, for the per-thread caches.
  uint64_t generation_;
  mutable std::vector<std::vector<index::SimilarToken>> of_list_token_;
  std::unique_ptr<std::once_flag[]> searched_;
};

// The query's tokens (at most match::kMaxTokens) and the same tokens as the scorer takes them.
// Movable, not copyable: `side` and `tokens[i].similar` point into the tokens.
struct PreparedQuery {
  PreparedQuery() = default;
  PreparedQuery(const PreparedQuery&) = delete;
  PreparedQuery& operator=(const PreparedQuery&) = delete;
  PreparedQuery(PreparedQuery&&) = default;
  PreparedQuery& operator=(PreparedQuery&&) = default;

  std::vector<QueryToken> tokens;
  std::vector<match::ScoredToken> side;
  Schema schema = Schema::kUnknown;  // the query's type
  bool chinese_family_name = false;  // a token is a common Chinese family name
  bool written_in_han = false;       // the query's name was written in Han characters
  [[nodiscard]] bool empty() const { return tokens.empty(); }
};

// `tokens`: the query's prepared tokens (match::name_tokens of the normalised name).
// `written_in_han`: the name was written in Han characters (its pinyin has no typos).
PreparedQuery prepare_query(const index::NameIndex& index, const SimilarTokenLookup& lookup,
                            const std::vector<std::string>& tokens, Schema schema,
                            bool written_in_han);

// Every (query token, vocabulary token) similarity of one query, for constant-time lookups
// while scoring candidates: a per-thread array indexed by token id points into small tables.
class QueryMatchTable {
 public:
  QueryMatchTable(size_t vocabulary_size, const std::vector<QueryToken>& query);
  ~QueryMatchTable();
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
  // Calls visit(token, single, joined) for each token with a row, single[i] being query token
  // i's match with it and joined[i] that of query tokens i and i + 1 joined.
  template <typename Visit>
  void for_each_row(Visit&& visit) const {
    for (size_t row = 0; row < touched_.size(); ++row) {
      visit(touched_[row], std::span<const match::TokenMatch>(&single_[row * width_], width_),
            std::span<const match::TokenMatch>(&joined_[row * width_], width_));
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
  size_t slot(uint32_t token);

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

// Token similarities of a query against one indexed name, answered from the table: no string
// comparison per candidate.
class IndexedTokenPairs final : public match::TokenPairs {
 public:
  IndexedTokenPairs(const index::NameIndex& index, const PreparedQuery& query,
                    const QueryMatchTable& table, const index::NameRecord& name);
  [[nodiscard]] bool may_join_list() const override { return may_join_list_; }
  [[nodiscard]] bool may_join_query() const override { return may_join_query_; }
  match::TokenMatch match(size_t query, size_t list) const override;
  match::TokenMatch match_list_joined(size_t query, size_t list) const override;
  match::TokenMatch match_query_joined(size_t query, size_t list) const override;

 private:
  // A query token that is a known name is not taken for a typo of another.
  [[nodiscard]] match::TokenMatch known_penalty(size_t query, const match::TokenMatch& m) const {
    return query_[query].known ? match::as_known_token_match(m, distinct_known_names_) : m;
  }

  const index::NameIndex& index_;
  const std::vector<QueryToken>& query_;
  const QueryMatchTable& table_;
  std::span<const uint32_t> tokens_;
  std::span<const uint32_t> joined_pairs_;
  bool distinct_known_names_ = false;  // match::known_names_distinct of the list name
  match::PinyinRule pinyin_ = match::PinyinRule::kNone;  // as_pinyin_match
  bool may_join_list_ = false;
  bool may_join_query_ = false;
};

}  // namespace vigil::screen
