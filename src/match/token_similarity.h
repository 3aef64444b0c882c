// How alike two name tokens are, in 0..1, and why. The engine's own idea: a weighted edit
// distance over phonetic spellings, where the edits romanisation makes freely (vowels,
// doubled letters, a dropped h) cost little and the edits a typo makes cost a whole letter.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "match/token_features.h"

namespace vigil::match {

enum class TokenMatchKind : uint8_t {
  kNone,
  kExact,       // same normalised token
  kEquivalent,  // same given-name or legal-form class (mohammad ~ muhammad, ltd ~ limited);
                // known given names of different classes never align (hasan, husayn)
  kPhonetic,    // same consonant skeleton (khatib ~ khateeb)
  kSpelling,    // close spelling: a typo or an uncommon variant
  kInitial,     // a single letter and a name starting with it
  kJoined,      // one token equals two adjacent tokens of the other side joined
};

std::string_view to_string(TokenMatchKind kind);

struct TokenMatch {
  double similarity = 0;  // 0..1
  TokenMatchKind kind = TokenMatchKind::kNone;
  // The query token is itself a known name (a list token): a near miss is then more likely a
  // different name than a typo (as_known_token_match; evidence_of falls faster below 0.85).
  bool known_name = false;
};

// Similarity below which two tokens do not align at all.
inline constexpr double kMinTokenSimilarity = 0.70;

// REQUIRES: both tokens lower-case ASCII. Symmetric. Allocation-free.
TokenMatch compare_tokens(const TokenFeatures& a, const TokenFeatures& b);

// A match whose query token is itself a known name (a list token), marked known_name. In the
// name of a person, vessel or aircraft (`distinct`: match::known_names_distinct), when it only
// looks like the list token (a spelling match, or a phonetic one whose vowels differ enough to
// fall under 0.855), it is more likely a different name than a typo: "Hejabi" is a name, not a
// misspelt "Hejazi", nor "Said" a misspelt "Saadi", nor "Putin" the vessel "Petion"; "Homse" is
// a misspelt "Horse". Such a match loses kKnownTokenPenalty of similarity (and is dropped below
// the minimum). Organisation words keep their similarity: "Iran" and "Iranian" are one family.
inline constexpr double kKnownTokenPenalty = 0.05;
inline TokenMatch as_known_token_match(const TokenMatch& plain, bool distinct) {
  if (plain.kind == TokenMatchKind::kNone) return plain;
  TokenMatch known = plain;
  known.known_name = true;
  constexpr double kCloseVowels = 0.855;
  const bool different =
      plain.kind == TokenMatchKind::kSpelling ||
      (plain.kind == TokenMatchKind::kPhonetic && plain.similarity < kCloseVowels);
  if (!distinct || !different) return known;
  known.similarity -= kKnownTokenPenalty;
  return known.similarity < kMinTokenSimilarity ? TokenMatch{} : known;
}

// `derived` is `name` with the ending that makes another name of it: after a consonant a
// final "a" or "ia" (the feminine: Samir and Samira, Jamil and Jamila, Ivanov and Ivanova,
// Victor and Victoria; after an "e", "a": Andre and Andrea) or "i" (the
// nisba, a family name made from a name or place: Akbar and Akbari, Omid and Omidi, Qahtan and
// Qahtani), the vowels before it spelled any way (Rustam and Rostami, Nasser and Naseri);
// after a final "a", the Persian nisba "i", "ei", "ee", "ie" or "yi" (Reza and Rezaei, Mina
// and Minaee). Doubled letters count once. Either order.
bool derived_name_form(std::string_view a, std::string_view b);

// In the name of a person, vessel or aircraft (`distinct`), a token and its derived form are
// different names however alike their letters: the match is dropped. Exact and equivalent
// matches stand.
inline TokenMatch as_distinct_name_match(const TokenMatch& m, std::string_view a,
                                         std::string_view b, bool distinct) {
  if (!distinct || m.kind == TokenMatchKind::kNone || m.kind == TokenMatchKind::kExact ||
      m.kind == TokenMatchKind::kEquivalent) {
    return m;
  }
  return derived_name_form(a, b) ? TokenMatch{} : m;
}

// Whether one insertion, deletion, substitution or swap of two adjacent letters turns `a`
// into `b`.
bool one_edit_apart(std::string_view a, std::string_view b);

// A match whose query token is no list token, so more likely a misspelling than another name:
// one edit in a token of five or six letters ("Homse" for HORSE, "Nlasha" for NASHA) scores
// kOneEditSimilarity, as one edit in a seven-letter token does, instead of 0.80 or 0.83. An
// edit at the first letter keeps its cost (names differ most at their start).
inline constexpr double kOneEditSimilarity = 0.86;
inline TokenMatch as_unknown_token_match(const TokenMatch& plain, std::string_view query,
                                         std::string_view list) {
  if (plain.kind != TokenMatchKind::kSpelling && plain.kind != TokenMatchKind::kPhonetic) {
    return plain;
  }
  constexpr size_t kMinLength = 5;
  constexpr size_t kMaxLength = 6;
  const size_t longer = std::max(query.size(), list.size());
  if (std::min(query.size(), list.size()) < kMinLength - 1 || longer < kMinLength ||
      plain.similarity >= kOneEditSimilarity) {
    return plain;
  }
  const double cost = (1.0 - plain.similarity) * static_cast<double>(longer);
  const bool one_edit =
      cost <= 1.0 + 1e-9 ||
      (longer <= kMaxLength && query.front() == list.front() && one_edit_apart(query, list));
  return one_edit ? TokenMatch{kOneEditSimilarity, plain.kind} : plain;
}

// A name token of two to six letters, not a known given name, one edit from a particle ("Bni"
// for "Bin", "All" for "Al", "Abo" for "Abu") is that particle misspelt: compare_tokens scores
// the pair at least kParticleTypoSimilarity, so a misspelt particle costs what the particle
// weighs, not what a rare name weighs.
inline constexpr double kParticleTypoSimilarity = 0.85;
bool may_be_misspelt_particle(const TokenFeatures& token);
// Whether `token` is `particle` (of two to four letters) misspelt by one edit. Longer Abd-
// prefixes have their own rules (NameTables::misspelt_particle): "Abul" is a name (Abu al-),
// not a misspelt "Abdul".
bool misspelt_particle_of(const TokenFeatures& token, const TokenFeatures& particle);

// 1 - weighted edit distance / longer length, over two phonetic spellings. 0 when either is
// empty or longer than kMaxSpellingLength, or when the result is below `min_similarity`
// (which lets the computation stop early).
double spelling_similarity(std::string_view a, std::string_view b, double min_similarity = 0);
inline constexpr size_t kMaxSpellingLength = 64;

}  // namespace vigil::match
