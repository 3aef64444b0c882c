#include "text/myanmar_latin.h"

#include <array>
#include <string>
#include <string_view>

namespace vigil::text {
namespace {

constexpr char16_t kFirstConsonant = u'\u1000';
constexpr char16_t kLastConsonant = u'\u1021';  // အ
constexpr char16_t kCarrier = u'\u1021';        // အ: a vowel without a consonant
constexpr char16_t kAsat = u'\u103A';           // ်: the consonant before it ends a syllable
constexpr char16_t kStacker = u'\u1039';        // ္: the consonant after it is stacked
constexpr char16_t kAnusvara = u'\u1036';       // ံ: a final n
constexpr char16_t kMedialYa = u'\u103B', kMedialRa = u'\u103C', kMedialWa = u'\u103D',
                   kMedialHa = u'\u103E';

// Onsets from က (U+1000) to အ (U+1021).
constexpr std::array<std::u16string_view, 34> kOnsets = {
    u"k",  u"kh", u"g", u"g", u"ng", u"s",  u"s",  u"z", u"z", u"ny", u"ny", u"t",
    u"ht", u"d",  u"d", u"n", u"t",  u"ht", u"d",  u"d", u"n", u"p",  u"ph", u"b",
    u"b",  u"m",  u"y", u"y", u"l",  u"w",  u"th", u"h", u"l", u"",
};

bool is_consonant(char16_t c) { return c >= kFirstConsonant && c <= kLastConsonant; }

// The vowel a syllable's signs write: a (none), a (ာ ါ), i (ိ ီ), u (ု ူ), e (ေ ဲ), aw (ော),
// o (ို).
std::u16string_view vowel_of(std::u16string_view signs) {
  const auto has = [signs](char16_t c) { return signs.find(c) != std::u16string_view::npos; };
  const bool e = has(u'\u1031');
  if (e && (has(u'\u102C') || has(u'\u102B'))) return u"aw";
  if (has(u'\u102D') && has(u'\u102F')) return u"o";
  if (has(u'\u102D') || has(u'\u102E')) return u"i";
  if (has(u'\u102F') || has(u'\u1030')) return u"u";
  if (e || has(u'\u1032')) return u"e";
  return u"a";
}

// The rhyme of a vowel and a final consonant (0: none), as names spell it.
std::u16string rhyme(std::u16string_view vowel, char16_t final) {
  const std::u16string v(vowel);
  switch (final) {
    case 0: return v;
    case u'\u1004':  // င
      return v == u"o" ? u"aing" : v == u"aw" ? u"aung" : v == u"a" ? u"in" : v + u"ng";
    case u'\u100A': return v == u"a" ? u"i" : v;  // ည
    case u'\u1009': return u"in";                 // ဉ
    case u'\u1000':                               // က
      return v == u"o"    ? u"aik"
             : v == u"aw" ? u"auk"
             : v == u"i"  ? u"eik"
             : v == u"u"  ? u"ok"
                          : u"et";
    case u'\u1005': return u"it";  // စ
    case u'\u1010':                // တ
    case u'\u1015':                // ပ
      return v == u"i" ? u"eik" : v == u"u" || v == u"o" ? u"ok" : u"at";
    case u'\u101A': return u"e";  // ယ
    default: break;               // န မ ဏ and the anusvara
  }
  return v == u"i" ? u"ein" : v == u"u" || v == u"o" ? u"on" : u"an";
}

// The onset: the consonant with its medials (ကျ ky, ချ ch, ရှ sh, လှ hl, ွ w).
std::u16string onset_of(char16_t base, std::u16string_view medials) {
  const auto has = [medials](char16_t c) { return medials.find(c) != std::u16string_view::npos; };
  const bool y = has(kMedialYa) || has(kMedialRa);
  std::u16string onset(kOnsets[base - kFirstConsonant]);
  if (has(kMedialHa)) onset = base == u'\u101B' || (base == u'\u101C' && y) ? u"sh" : u"h" + onset;
  if (y && base == u'\u1001')
    onset = u"ch";
  else if (y && onset != u"sh")
    onset += u"y";
  if (has(kMedialWa)) onset += u"w";
  return onset;
}

bool is_medial(char16_t c) { return c >= kMedialYa && c <= kMedialHa; }
bool is_vowel_sign(char16_t c) { return c >= u'\u102B' && c <= u'\u1032'; }

// Reads one syllable from the consonant at `at`.
std::u16string read_syllable(std::u16string_view text, size_t& at) {
  const char16_t base = text[at++];
  std::u16string medials, signs;
  for (; at < text.size() && (is_medial(text[at]) || is_vowel_sign(text[at])); ++at) {
    (is_medial(text[at]) ? medials : signs) += text[at];
  }
  char16_t final = 0;
  // A final consonant is followed by asat (after a dot below, in "င့်") or a stacker.
  const size_t mark = at + 1 < text.size() && text[at + 1] == u'\u1037' ? at + 2 : at + 1;
  const bool closes = mark < text.size() && is_consonant(text[at]) &&
                      (text[mark] == kAsat || text[mark] == kStacker);
  if (closes) {
    final = text[at];
    at = text[mark] == kAsat ? mark + 1 : mark;
  }
  while (at < text.size() && (text[at] == kAnusvara || text[at] == u'\u1037' ||
                              text[at] == u'\u1038' || text[at] == kAsat)) {
    if (text[at++] == kAnusvara) final = u'\u1014';
  }
  if (at < text.size() && text[at] == kStacker) ++at;
  const std::u16string_view vowel = vowel_of(signs);
  if (base == kCarrier && medials.empty() && final == 0 && vowel == u"e") return u"aye";
  return onset_of(base, medials) + rhyme(vowel, final);
}

// Independent vowels: ဣ ဤ i, ဥ ဦ u, ဧ e, ဩ ဪ aw.
std::u16string_view independent_vowel(char16_t c) {
  switch (c) {
    case u'\u1023':
    case u'\u1024': return u"i";
    case u'\u1025':
    case u'\u1026': return u"u";
    case u'\u1027': return u"e";
    case u'\u1029':
    case u'\u102A': return u"aw";
    default: return {};
  }
}

}  // namespace

icu::UnicodeString myanmar_to_latin(const icu::UnicodeString& run) {
  const std::u16string_view text(run.getBuffer(), static_cast<size_t>(run.length()));
  std::u16string out;
  for (size_t at = 0; at < text.size();) {
    const char16_t c = text[at];
    if (is_consonant(c)) {
      out += u' ' + read_syllable(text, at);
    } else if (const std::u16string_view vowel = independent_vowel(c); !vowel.empty()) {
      out += u' ';
      out += vowel;
      ++at;
    } else {
      if (c < u'\u1000' || c > u'\u109F') out += c;  // spaces, punctuation; other signs dropped
      ++at;
    }
  }
  return icu::UnicodeString(out.data(), static_cast<int32_t>(out.size()));
}

}  // namespace vigil::text
