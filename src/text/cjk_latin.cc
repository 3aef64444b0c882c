#include "text/cjk_latin.h"

#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "text/icu_transliterators.h"

namespace vigil::text {
namespace {

constexpr char16_t kFirstSyllable = u'\uAC00';
constexpr char16_t kLastSyllable = u'\uD7A3';

bool is_hangul_syllable(char16_t c) { return c >= kFirstSyllable && c <= kLastSyllable; }

// A syllable as Korean names are on lists, which mostly name North Koreans: Revised
// Romanization with the DPRK's spellings: g, d, b at a syllable's start are k, t, p ("Kim",
// "To", "Pak") but in the second and later syllables of a given name, which the DPRK writes
// voiced ("Kim Su Gil", "Kim Rak Gyom", "Paek Se Bong"); an initial l is r ("Ri"), a final g,
// d, b is k, t, p ("Pak", not "Pag"), and eo and eu are o and u ("Jong", "Un").
std::string list_style_syllable(std::string syllable, bool voiced) {
  static constexpr std::array<std::pair<char, char>, 4> kInitials = {
      {{'g', 'k'}, {'d', 't'}, {'b', 'p'}, {'l', 'r'}}};
  for (const auto& [rr, list] : kInitials) {
    const bool keep = voiced && rr != 'l';
    if (!keep && !syllable.empty() && syllable.front() == rr &&
        (syllable.size() < 2 || syllable[1] != rr)) {
      syllable.front() = list;
    }
  }
  static constexpr std::array<std::pair<char, char>, 3> kFinalsAsList = {
      {{'g', 'k'}, {'d', 't'}, {'b', 'p'}}};
  for (const auto& [rr, list] : kFinalsAsList) {
    const bool ng = syllable.size() >= 2 && syllable.ends_with("ng");
    if (syllable.size() >= 2 && syllable.back() == rr && !ng) syllable.back() = list;
  }
  for (const std::string_view vowel : {"eo", "eu"}) {
    const size_t at = syllable.find(vowel);
    if (at != std::string::npos) syllable.erase(at, 1);
  }
  return syllable;
}

// The family name 李, which South Korean spelling writes "이" (Lee, Yi) and North Korean "리":
// spelled "Ri", as the lists, which name North Koreans, spell it. Other family names are
// written alike in both Koreas ("노" No, "박" Pak) and spelled by the syllable rules.
std::string_view family_name_spelling(char16_t syllable) {
  constexpr char16_t kYi = u'\uC774';
  return syllable == kYi ? "ri" : "";
}

std::string syllable_to_latin(char16_t syllable, bool voiced) {
  icu::UnicodeString piece(syllable);
  transliterate(Scheme::kHangul, piece);
  std::string latin;
  piece.toUTF8String(latin);
  return list_style_syllable(latin, voiced);
}

// One word of Hangul syllables, each a word of its own, as lists write Korean names ("Kim
// Jong Un"). `family_first`: the first syllable is a family name.
void append_hangul_word(std::u16string_view word, bool family_first, icu::UnicodeString& out) {
  for (size_t i = 0; i < word.size(); ++i) {
    const std::string_view family = family_first && i == 0 ? family_name_spelling(word[i]) : "";
    const bool given_start = i == 0 || (family_first && i == 1);
    const std::string latin =
        family.empty() ? syllable_to_latin(word[i], !given_start) : std::string(family);
    out.append(u' ').append(icu::UnicodeString::fromUTF8(latin));
  }
}

bool is_han(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_HAN;
}

// The two-character family names (复姓) that lists meet, simplified and traditional: "司马南"
// is Sima Nan, not Si Manan.
constexpr std::array<std::u16string_view, 32> kCompoundSurnames = {
    u"欧阳", u"歐陽", u"司马", u"司馬", u"诸葛", u"諸葛", u"上官", u"司徒",
    u"东方", u"東方", u"皇甫", u"尉迟", u"尉遲", u"公孙", u"公孫", u"慕容",
    u"长孙", u"長孫", u"宇文", u"夏侯", u"令狐", u"端木", u"轩辕", u"軒轅",
    u"西门", u"西門", u"南宫", u"南宮", u"司空", u"钟离", u"鍾離", u"澹台",
};

bool starts_with_compound_surname(const icu::UnicodeString& han) {
  const std::u16string_view text(han.getBuffer(), static_cast<size_t>(han.length()));
  return std::any_of(kCompoundSurnames.begin(), kCompoundSurnames.end(),
                     [text](std::u16string_view surname) { return text.starts_with(surname); });
}

icu::UnicodeString without_spaces(icu::UnicodeString text) {
  text.findAndReplace(icu::UnicodeString(u' '), icu::UnicodeString());
  return text;
}

// A Chinese name of two to four characters is a family name of one or two characters and a
// given name of one or two, and lists write each as one word: "习近平" -> "xi jinping",
// "欧阳修" -> "ouyang xiu".
icu::UnicodeString han_name_to_latin(const icu::UnicodeString& han) {
  constexpr int32_t kLongestGivenName = 2;
  icu::UnicodeString latin = han;
  transliterate(Scheme::kHan, latin);
  const int32_t syllables = han.countChar32();
  const int32_t family = starts_with_compound_surname(han) ? 2 : 1;
  if (syllables <= family || syllables > family + kLongestGivenName) return latin;
  int32_t family_end = -1;
  for (int32_t i = 0; i < family; ++i) {
    family_end = latin.indexOf(u' ', family_end + 1);
    if (family_end < 0) return latin;
  }
  return without_spaces(latin.tempSubString(0, family_end)) + u' ' +
         without_spaces(latin.tempSubString(family_end + 1));
}

}  // namespace

// A word of two to four syllables starts with a family name ("김정은"), and so does a
// one-syllable word before another word ("김 정은").
icu::UnicodeString hangul_to_latin(const icu::UnicodeString& run) {
  constexpr size_t kLongestName = 4;
  icu::UnicodeString out;
  const std::u16string_view text(run.getBuffer(), static_cast<size_t>(run.length()));
  bool first_word = true;
  for (size_t i = 0; i < text.size();) {
    if (!is_hangul_syllable(text[i])) {
      out.append(text[i++]);
      continue;
    }
    size_t end = i;
    while (end < text.size() && is_hangul_syllable(text[end])) ++end;
    const std::u16string_view word = text.substr(i, end - i);
    const bool more_follow = end + 1 < text.size() && is_hangul_syllable(text[end + 1]);
    const bool family_first = (word.size() >= 2 && word.size() <= kLongestName) ||
                              (word.size() == 1 && first_word && more_follow);
    append_hangul_word(word, family_first, out);
    first_word = false;
    i = end;
  }
  return out;
}

icu::UnicodeString han_to_latin(const icu::UnicodeString& run) {
  icu::UnicodeString out;
  icu::UnicodeString han;
  int32_t words = 0;
  bool family_apart = false;  // the first word was a one-character family name ("习 近平")
  const auto flush = [&] {
    if (han.isEmpty()) return;
    if (words == 1 && family_apart) {
      icu::UnicodeString given = han;
      transliterate(Scheme::kHan, given);
      out.append(without_spaces(given));
    } else {
      out.append(han_name_to_latin(han));
    }
    family_apart = words == 0 && han.countChar32() == 1;
    ++words;
    han.remove();
  };
  for (int32_t i = 0; i < run.length();) {
    const UChar32 c = run.char32At(i);
    i += U16_LENGTH(c);
    if (is_han(c)) {
      han.append(c);
      continue;
    }
    flush();
    out.append(u' ').append(c);
  }
  flush();
  return out;
}

}  // namespace vigil::text
