#include "text/arabic_latin.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/arabic_fold.h"
#include "text/arabic_names.h"

namespace vigil::text {
namespace {

using namespace arabic;  // NOLINT(google-build-using-namespace): the letter names

constexpr std::u16string_view kAllah = u"\u0627\u0644\u0644\u0647";
constexpr std::u16string_view kArticle = u"\u0627\u0644";
constexpr std::u16string_view kAbdAl = u"\u0639\u0628\u062F\u0627\u0644";
constexpr std::u16string_view kAbuAl = u"\u0627\u0628\u0648\u0627\u0644";
constexpr std::u16string_view kAbd = u"\u0639\u0628\u062F";
constexpr std::u16string_view kAlDin = u"\u0627\u0644\u062F\u064A\u0646";
constexpr size_t kMinStem = 2;  // letters a prefix or suffix must leave for a split

struct WholeWord {
  std::u16string_view letters;
  std::string_view latin;
};

// Words whose letters mislead the rules: particles lists spell with their vowel, and "Taha",
// whose final heh is a consonant.
constexpr std::array<WholeWord, 6> kWholeWords = {{
    {u"\u0627\u0628\u0648", "abu"},
    {kAllah, "allah"},
    {u"\u0637\u0647", "taha"},
    {u"\u0628\u0646", "bin"},
    {u"\u0627\u0628\u0646", "ibn"},
    {u"\u0628\u0646\u062A", "bint"},
}};

// Names ending in alef maksura that Persian writes with yeh (folded here to Arabic yeh), beyond
// those common_name_spelling knows: "کبری" is Kobra, not Kobri.
constexpr std::array<std::u16string_view, 4> kFinalAlefWords = {
    u"\u0643\u0628\u0631\u064A",  // Kobra
    u"\u0635\u063A\u0631\u064A",  // Soghra
    u"\u0647\u062F\u064A",        // Hoda
    u"\u0644\u064A\u0644\u064A",  // Leila
};

// Persian names that start with the letters of the article but not with the article.
constexpr std::array<std::u16string_view, 8> kNotArticleWords = {
    u"\u0627\u0644\u0647\u0627\u0645",  // Elham
    u"\u0627\u0644\u064A\u0627\u0633",  // Elyas
    u"\u0627\u0644\u0646\u0627\u0632",  // Elnaz
    u"\u0627\u0644\u0628\u0631\u0632",  // Alborz
    u"\u0627\u0644\u0648\u0646\u062F",  // Alvand
    u"\u0627\u0644\u0645\u0627\u0633",  // Almas
    u"\u0627\u0644\u0647\u0647",        // Elaheh
    u"\u0627\u0644\u0647\u064A",        // Elahi
};

// Letters Arabic keyboards do not type: Persian (پ چ ژ گ ک ی ۀ and ZWNJ), Urdu (ٹ ڈ ڑ ں ہ ے)
// and Pashto (ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې).
constexpr std::array<char16_t, 25> kPersianFamilyLetters = {
    u'\u067E', u'\u0686', u'\u0698', u'\u06AF', u'\u06A9', u'\u06CC', u'\u06C0',
    u'\u200C', u'\u0679', u'\u0688', u'\u0691', u'\u06BA', u'\u06C1', u'\u06D2',
    u'\u067C', u'\u0681', u'\u0685', u'\u0689', u'\u0693', u'\u0696', u'\u069A',
    u'\u06AB', u'\u06BC', u'\u06CD', u'\u06D0',
};

constexpr char16_t kBlockStart = u'\u0600';
constexpr size_t kBlockSize = 0x100;

// kPersianFamilyLetters and the Persian digits, as a lookup over the Arabic block.
constexpr std::array<bool, kBlockSize> kIsPersianFamily = [] {
  std::array<bool, kBlockSize> table{};
  for (const char16_t c : kPersianFamilyLetters) {
    if (c >= kBlockStart && c < kBlockStart + kBlockSize) table[c - kBlockStart] = true;
  }
  for (char16_t c = u'\u06F0'; c <= u'\u06F9'; ++c) table[c - kBlockStart] = true;
  return table;
}();

bool is_persian_family_letter(char16_t c) {
  if (c == kZwnj) return true;
  return c >= kBlockStart && c < kBlockStart + kBlockSize && kIsPersianFamily[c - kBlockStart];
}

std::u16string without_zwnj(std::u16string_view word) {
  std::u16string plain;
  for (const char16_t c : word) {
    if (c != kZwnj) plain += c;
  }
  return plain;
}

// The letters the word tables are written in: alef with hamza as plain alef.
std::u16string table_key(std::u16string_view plain) {
  std::u16string key(plain);
  for (char16_t& c : key) {
    if (c == kAlefHamzaAbove || c == kAlefHamzaBelow) c = kAlef;
  }
  return key;
}

// The part of `word` holding its first `count` letters, ZWNJs not counted.
std::u16string_view first_letters(std::u16string_view word, size_t count) {
  size_t at = 0;
  for (size_t seen = 0; at < word.size() && seen < count; ++at) {
    if (word[at] != kZwnj) ++seen;
  }
  return word.substr(0, at);
}

std::u16string_view after_letters(std::u16string_view word, size_t count) {
  return word.substr(first_letters(word, count).size());
}

bool is_persian(Orthography orthography) { return orthography == Orthography::kPersian; }

// A word, or the part of one after a prefix: a common name's list spelling, else its letters.
void spell_part(std::u16string_view letters, Orthography o, std::string& out) {
  if (const auto name = common_name_spelling(without_zwnj(letters), o)) {
    out += *name;
    return;
  }
  spell_arabic_letters(letters, o, out);
}

// Compounds with a fixed part: "...الله" ("Nasrallah", Persian "Ruhollah"), "...الدين"
// ("Siraj uddin"), "عبدال..." ("Abdul Rahman", Persian "Abdol Rahman"), "ابوال..." ("Abu
// al-Yazid", Persian "Abolfazl") and the article, which is written with a bare alef ("إل..."
// is "El...", "Il..."). `plain` is the word's table key. Returns false when `word` is none of
// them.
//
// "uddin" and "abdul" are one word beside the name's own: lists write these compounds as one
// word ("Sirajuddin", "Abdulrahman"), as two ("Siraj Uddin", "Abdul Rahman") or as three
// ("Siraj al-Din", "Abd al-Rahman"), and the matcher joins two adjacent words but not three.
// Two words meet all of them; one word would also meet "Abdul Rahim" for "Abdul Rahman".
bool spell_compound(std::u16string_view word, std::u16string_view plain, bool bare_alef,
                    Orthography o, std::string& out) {
  const bool persian = is_persian(o);
  const auto suffix = [&](std::u16string_view ending, std::string_view arabic_latin,
                          std::string_view persian_latin) {
    if (plain.size() < ending.size() + kMinStem || !plain.ends_with(ending)) return false;
    spell_part(first_letters(word, plain.size() - ending.size()), o, out);
    out += persian ? persian_latin : arabic_latin;
    return true;
  };
  if (suffix(kAllah, "allah", "ollah") || suffix(kAlDin, " uddin", " uddin")) return true;
  const auto split = [&](std::u16string_view prefix, std::string_view arabic_latin,
                         std::string_view persian_latin) {
    if (plain.size() < prefix.size() + kMinStem || !plain.starts_with(prefix)) return false;
    out += persian ? persian_latin : arabic_latin;
    spell_part(after_letters(word, prefix.size()), o, out);
    return true;
  };
  if (split(kAbdAl, "abdul ", "abdol ") || split(kAbuAl, "abu al ", "abol")) return true;
  const bool article = bare_alef && std::find(kNotArticleWords.begin(), kNotArticleWords.end(),
                                              plain) == kNotArticleWords.end();
  return article && split(kArticle, "al ", "al ");
}

void spell_word(std::u16string_view word, Orthography o, std::string& out) {
  std::u16string plain = without_zwnj(word);
  const std::u16string key = table_key(plain);
  if (key == kAlDin) {  // the second word of "سراج الدين"
    out += "uddin";
    return;
  }
  for (const WholeWord& w : kWholeWords) {
    if (key == w.letters) {
      out += w.latin;
      return;
    }
  }
  if (const auto name = common_name_spelling(key, o)) {
    out += *name;
    return;
  }
  if (spell_joined_names(key, o, out)) return;
  const bool bare_alef = !plain.empty() && plain.front() == kAlef;
  if (spell_compound(word, key, bare_alef, o, out)) return;
  if (std::find(kFinalAlefWords.begin(), kFinalAlefWords.end(), key) != kFinalAlefWords.end()) {
    plain.back() = kAlefMaksura;
    spell_arabic_letters(plain, o, out);
    return;
  }
  spell_arabic_letters(word, o, out);
}

// The text folded for transliteration: letters canonical, marks and joiners gone.
std::u16string fold_for_spelling(const icu::UnicodeString& text) {
  std::u16string folded;
  folded.reserve(static_cast<size_t>(text.length()));
  for (int32_t i = 0; i < text.length(); ++i) {
    const UChar32 c = fold_arabic_code_point(text.charAt(i), ArabicFold::kTransliteration);
    if (c != kDropCodePoint) folded += static_cast<char16_t>(c);
  }
  return folded;
}

void append_ascii(const std::string& ascii, icu::UnicodeString& out) {
  out.append(icu::UnicodeString(ascii.c_str(), static_cast<int32_t>(ascii.size()),
                                icu::UnicodeString::kInvariant));
}

}  // namespace

Orthography detect_orthography(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); ++i) {
    if (is_persian_family_letter(text.charAt(i))) return Orthography::kPersian;
  }
  return Orthography::kArabic;
}

// "عبد الرحمن" is the compound "عبدالرحمن" written as two words: joined here, so that it is
// spelled as one ("Abdul Rahman", not "Abd al Rahman").
void join_abd_compounds(std::u16string& folded) {
  for (size_t at = folded.find(kAbd); at != std::u16string::npos; at = folded.find(kAbd, at + 1)) {
    const size_t space = at + kAbd.size();
    const bool word_start = at == 0 || !is_arabic_letter(folded[at - 1]);
    if (word_start && space < folded.size() && folded[space] == u' ' &&
        std::u16string_view(folded).substr(space + 1).starts_with(kArticle)) {
      folded.erase(space, 1);
    }
  }
}

icu::UnicodeString arabic_to_latin(const icu::UnicodeString& text, Orthography orthography) {
  std::u16string folded = fold_for_spelling(text);
  join_abd_compounds(folded);
  const std::u16string_view letters = folded;
  icu::UnicodeString out;
  std::string latin;
  size_t word_start = 0;
  for (size_t at = 0; at <= letters.size(); ++at) {
    if (at < letters.size() && is_arabic_letter(letters[at])) continue;
    if (at > word_start) {
      latin.clear();
      spell_word(letters.substr(word_start, at - word_start), orthography, latin);
      append_ascii(latin, out);
    }
    if (at < letters.size()) out.append(letters[at]);
    word_start = at + 1;
  }
  return out;
}

}  // namespace vigil::text
