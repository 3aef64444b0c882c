#include "text/confusables.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace vigil::text {
namespace {

// The Greek, Coptic, Cyrillic and Cyrillic Supplement blocks.
constexpr UChar32 kFirstFolded = 0x0370;
constexpr UChar32 kFoldedLimit = 0x0530;

struct SpoofCheckerCloser {
  void operator()(USpoofChecker* checker) const { uspoof_close(checker); }
};

icu::UnicodeString skeleton(const USpoofChecker& checker, UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out;
  uspoof_getSkeletonUnicodeString(&checker, 0, icu::UnicodeString(c), out, &status);
  return U_SUCCESS(status) ? out : icu::UnicodeString();
}

// For each ASCII letter, its skeleton: several letters share one ("I" and "l" -> "l").
std::array<icu::UnicodeString, 52> latin_skeletons(const USpoofChecker& checker) {
  std::array<icu::UnicodeString, 52> skeletons;
  for (int i = 0; i < 26; ++i) {
    skeletons[i] = skeleton(checker, 'a' + i);
    skeletons[26 + i] = skeleton(checker, 'A' + i);
  }
  return skeletons;
}

// The ASCII letter whose skeleton is `target`, preferring the case of `c`; 0 when none.
UChar32 letter_with_skeleton(const std::array<icu::UnicodeString, 52>& skeletons,
                             const icu::UnicodeString& target, UChar32 c) {
  UChar32 found = 0;
  for (int i = 0; i < 52; ++i) {
    if (skeletons[i] != target) continue;
    const UChar32 letter = i < 26 ? 'a' + i : 'A' + (i - 26);
    if (found == 0 || u_isupper(letter) == u_isupper(c)) found = letter;
  }
  return found;
}

std::vector<UChar32> build_look_alikes() {
  std::vector<UChar32> table(kFoldedLimit - kFirstFolded, 0);
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<USpoofChecker, SpoofCheckerCloser> checker(uspoof_open(&status));
  if (U_FAILURE(status)) return table;
  const auto skeletons = latin_skeletons(*checker);
  for (UChar32 c = kFirstFolded; c < kFoldedLimit; ++c) {
    if (!u_isalpha(c)) continue;
    table[c - kFirstFolded] = letter_with_skeleton(skeletons, skeleton(*checker, c), c);
  }
  return table;
}

UScriptCode script_of(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(c, &status);
  return U_SUCCESS(status) ? code : USCRIPT_INVALID_CODE;
}

bool is_word_part(UChar32 c) {
  const int8_t type = u_charType(c);
  return u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

// What the letters of one word are.
struct Word {
  int32_t start = 0;
  int32_t limit = 0;
  int latin_letters = 0;
  int look_alike_script_letters = 0;  // Cyrillic or Greek
  int cyrillic_letters = 0;
  bool all_look_alikes = true;  // every Cyrillic or Greek letter has a Latin look-alike
  bool other_script = false;    // has a letter of any other script
  bool latin() const { return latin_letters > 0; }
  bool look_alike_script() const { return look_alike_script_letters > 0; }
  bool mixed() const { return latin() && look_alike_script(); }
  bool pure_latin() const { return latin() && !look_alike_script(); }
  // Written in Cyrillic or Greek letters, some without a Latin look-alike: a real word of
  // that script.
  bool real_foreign() const { return look_alike_script() && !latin() && !all_look_alikes; }
};

Word read_word(const icu::UnicodeString& text, int32_t start) {
  Word word{start, start};
  while (word.limit < text.length()) {
    const UChar32 c = text.char32At(word.limit);
    if (!is_word_part(c)) break;
    word.limit += U16_LENGTH(c);
    const UScriptCode code = script_of(c);
    if (code == USCRIPT_LATIN) {
      ++word.latin_letters;
    } else if (code == USCRIPT_CYRILLIC || code == USCRIPT_GREEK) {
      ++word.look_alike_script_letters;
      word.cyrillic_letters += code == USCRIPT_CYRILLIC ? 1 : 0;
      word.all_look_alikes &= latin_look_alike(c) != 0;
    } else if (code > USCRIPT_INHERITED) {
      word.other_script = true;
    }
  }
  return word;
}

std::vector<Word> read_words(const icu::UnicodeString& text) {
  std::vector<Word> words;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    if (!is_word_part(c)) {
      i += U16_LENGTH(c);
      continue;
    }
    words.push_back(read_word(text, i));
    i = words.back().limit;
  }
  return words;
}

bool is_lone_look_alike_word(const Word& word) {
  return word.look_alike_script() && !word.latin() && !word.other_script && word.all_look_alikes;
}

// What the name's words say of its script.
struct NameScript {
  bool latin_word = false;         // a word of Latin letters only
  bool real_foreign_word = false;  // a real Cyrillic or Greek word
};

NameScript read_name_script(const std::vector<Word>& words) {
  NameScript name;
  for (const Word& word : words) {
    name.latin_word |= word.pure_latin();
    name.real_foreign_word |= word.real_foreign();
  }
  return name;
}

// A mixed word is Latin in a Latin name and stays in a Cyrillic or Greek one (lists type a
// stray Latin letter into Cyrillic names: "Iгор", "Aлександрова"); when the other words do
// not tell, the word's own majority does.
bool mixed_word_is_latin(const Word& word, const NameScript& name) {
  if (name.latin_word != name.real_foreign_word) return name.latin_word;
  return word.latin_letters >= word.look_alike_script_letters;
}

void fold_word(icu::UnicodeString& text, const Word& word) {
  for (int32_t i = word.start; i < word.limit;) {
    const UChar32 c = text.char32At(i);
    const UChar32 latin = latin_look_alike(c);
    if (latin != 0) text.replace(i, U16_LENGTH(c), static_cast<char16_t>(latin));
    i += latin != 0 ? 1 : U16_LENGTH(c);
  }
}

// Whether the text has a letter of the Ukrainian or Belarusian alphabet only (і ї є ґ ў).
bool has_ukrainian_or_belarusian_letter(const icu::UnicodeString& text) {
  static constexpr std::array<char16_t, 10> kLetters = {u'\u0456', u'\u0406', u'\u0457', u'\u0407',
                                                        u'\u0454', u'\u0404', u'\u0491', u'\u0490',
                                                        u'\u045E', u'\u040E'};
  return std::any_of(kLetters.begin(), kLetters.end(),
                     [&text](char16_t c) { return text.indexOf(c) >= 0; });
}

// The Cyrillic letter a Latin letter is typed for in a Cyrillic word: "A" for "А"
// ("Aлександрова"), "I" for "І" in a Ukrainian or Belarusian name ("ВАКУЛЬЧIК ... Пáўлавiч")
// and for "И" in another ("Iгор": the Russian reading, as lists spell such names); 0 for
// letters with no Cyrillic look-alike.
UChar32 cyrillic_look_alike(UChar32 c, bool ukrainian_or_belarusian) {
  if (!ukrainian_or_belarusian && (c == 'I' || c == 'i')) return c == 'I' ? 0x0418 : 0x0438;
  static constexpr std::array<std::pair<char, char16_t>, 23> kTable = {{
      {'A', u'\u0410'}, {'a', u'\u0430'}, {'B', u'\u0412'}, {'C', u'\u0421'}, {'c', u'\u0441'},
      {'E', u'\u0415'}, {'e', u'\u0435'}, {'H', u'\u041D'}, {'I', u'\u0406'}, {'i', u'\u0456'},
      {'J', u'\u0408'}, {'j', u'\u0458'}, {'K', u'\u041A'}, {'M', u'\u041C'}, {'O', u'\u041E'},
      {'o', u'\u043E'}, {'P', u'\u0420'}, {'p', u'\u0440'}, {'T', u'\u0422'}, {'X', u'\u0425'},
      {'x', u'\u0445'}, {'Y', u'\u0423'}, {'y', u'\u0443'},
  }};
  for (const auto& [latin, cyrillic] : kTable) {
    if (c == static_cast<UChar32>(latin)) return cyrillic;
  }
  return 0;
}

// A mixed word read as Cyrillic: its Latin letters with a Cyrillic look-alike become that
// letter, so that the word is spelled as one Cyrillic word ("ВАКУЛЬЧIК" is "vakulchik", not
// "vakulch i k").
void fold_word_to_cyrillic(icu::UnicodeString& text, const Word& word,
                           bool ukrainian_or_belarusian) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  for (int32_t i = word.start; i < word.limit;) {
    const UChar32 c = text.char32At(i);
    // An accented Latin letter ("Валéрый": a stress mark typed on a Latin "e") by its base.
    icu::UnicodeString decomposed;
    const UChar32 base =
        U_SUCCESS(status) && nfd->getDecomposition(c, decomposed) ? decomposed.char32At(0) : c;
    const UChar32 cyrillic = cyrillic_look_alike(base, ukrainian_or_belarusian);
    if (cyrillic != 0) text.replace(i, U16_LENGTH(c), static_cast<char16_t>(cyrillic));
    i += cyrillic != 0 ? 1 : U16_LENGTH(c);
  }
}

}  // namespace

UChar32 latin_look_alike(UChar32 c) {
  static const std::vector<UChar32> kLookAlikes = build_look_alikes();
  if (c < kFirstFolded || c >= kFoldedLimit) return 0;
  return kLookAlikes[c - kFirstFolded];
}

icu::UnicodeString fold_confusable_words(const icu::UnicodeString& text) {
  icu::UnicodeString out = text;
  const std::vector<Word> words = read_words(text);
  const NameScript name = read_name_script(words);
  bool any_latin = false;
  const bool ukrainian_or_belarusian = has_ukrainian_or_belarusian_letter(text);
  for (const Word& word : words) {
    const bool latin = word.mixed() && mixed_word_is_latin(word, name);
    if (latin) fold_word(out, word);
    const bool cyrillic = word.mixed() && !latin && word.cyrillic_letters > 0 &&
                          word.cyrillic_letters == word.look_alike_script_letters;
    if (cyrillic) fold_word_to_cyrillic(out, word, ukrainian_or_belarusian);
    any_latin |= latin || word.pure_latin();
  }
  if (!any_latin || name.real_foreign_word) return out;
  for (const Word& word : words) {
    if (is_lone_look_alike_word(word)) fold_word(out, word);
  }
  return out;
}

}  // namespace vigil::text
