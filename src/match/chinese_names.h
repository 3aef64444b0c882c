// Chinese names written in Hanyu Pinyin: each syllable is one character, and two names whose
// syllables differ are two names however alike their letters ("Jinggang" is not "Jinping",
// "Qin" is not "Kan"). The matcher's spelling and phonetic similarities, made for names whose
// vowels drift between transliterations, would take them for spellings of one name.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "match/scored_token.h"
#include "match/token_similarity.h"

namespace vigil::match {

// One of the common Chinese family names in pinyin (wang, li, zhang, chen...).
bool is_chinese_family_name(std::string_view token);

// Whether `a` and `b`, both written wholly in pinyin syllables, are different Chinese names:
// another number of syllables, or a syllable whose initial differs (zh/z, ch/c and sh/s
// aside, often written one for the other) or whose final differs other than by -n/-ng. False
// when either is not pinyin (Wade-Giles "Hsiu", Cantonese "Wong", any other name): the rule
// says nothing of them.
bool different_pinyin_names(std::string_view a, std::string_view b);

// Whether a name of these tokens may be Chinese: one of them is a common Chinese family name.
bool has_chinese_family_name(std::span<const ScoredToken> tokens);

// How two names that both may be Chinese compare their pinyin tokens.
enum class PinyinRule : uint8_t {
  kNone,     // not both Chinese: the rule says nothing
  kTyped,    // the query was typed in Latin letters: one edit may be a typo ("Halun" for Hailun)
  kWritten,  // the query was written in Han characters: its pinyin is exact
};

// A match between `a` (query) and `b` (list): dropped when they are different pinyin names,
// except, when the query was typed in Latin letters, one edit apart. Exact and equivalent
// matches stand.
inline TokenMatch as_pinyin_match(const TokenMatch& m, std::string_view a, std::string_view b,
                                  PinyinRule rule) {
  if (rule == PinyinRule::kNone || m.kind == TokenMatchKind::kNone ||
      m.kind == TokenMatchKind::kExact || m.kind == TokenMatchKind::kEquivalent) {
    return m;
  }
  if (rule == PinyinRule::kTyped && one_edit_apart(a, b)) return m;
  return different_pinyin_names(a, b) ? TokenMatch{} : m;
}

// The rule for a query and a list name: kNone unless both hold a Chinese family name.
inline PinyinRule pinyin_rule(bool query_chinese, bool list_chinese, bool query_in_han) {
  if (!query_chinese || !list_chinese) return PinyinRule::kNone;
  return query_in_han ? PinyinRule::kWritten : PinyinRule::kTyped;
}

}  // namespace vigil::match
