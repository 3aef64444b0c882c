#include "text/thai_latin.h"

#include <array>
#include <string>
#include <string_view>

#include "text/words.h"

namespace vigil::text {
namespace {

constexpr char16_t kFirstConsonant = u'\u0E01';
constexpr char16_t kLastConsonant = u'\u0E2E';
constexpr char16_t kHoHip = u'\u0E2B';     // ห: silent before a sonorant
constexpr char16_t kOAng = u'\u0E2D';      // อ: a vowel's carrier, or the vowel o
constexpr char16_t kYoYak = u'\u0E22';     // ย
constexpr char16_t kRoRua = u'\u0E23';     // ร
constexpr char16_t kWoWaen = u'\u0E27';    // ว
constexpr char16_t kLoLing = u'\u0E25';    // ล
constexpr char16_t kSilencer = u'\u0E4C';  // ์ thanthakhat: the letter before it is silent

struct Letter {
  std::u16string_view initial;
  std::u16string_view final;
};

// RTGS spellings at a syllable's start and end, indexed from ก (U+0E01) to ฮ (U+0E2E).
constexpr std::array<Letter, 46> kLetters = {{
    {u"k", u"k"},  {u"kh", u"k"},  {u"kh", u"k"}, {u"kh", u"k"}, {u"kh", u"k"},  // ก ข ฃ ค ฅ
    {u"kh", u"k"}, {u"ng", u"ng"}, {u"ch", u"t"}, {u"ch", u"t"}, {u"ch", u"t"},  // ฆ ง จ ฉ ช
    {u"s", u"t"},  {u"ch", u"t"},  {u"y", u"n"},  {u"d", u"t"},  {u"t", u"t"},  // ซ ฌ ญ ฎ ฏ
    {u"th", u"t"}, {u"th", u"t"},  {u"th", u"t"}, {u"n", u"n"},  {u"d", u"t"},  // ฐ ฑ ฒ ณ ด
    {u"t", u"t"},  {u"th", u"t"},  {u"th", u"t"}, {u"th", u"t"}, {u"n", u"n"},  // ต ถ ท ธ น
    {u"b", u"p"},  {u"p", u"p"},   {u"ph", u"p"}, {u"f", u"p"},  {u"ph", u"p"},  // บ ป ผ ฝ พ
    {u"f", u"p"},  {u"ph", u"p"},  {u"m", u"m"},  {u"y", u"i"},  {u"r", u"rn"},  // ฟ ภ ม ย ร
    {u"ri", u""},  {u"l", u"n"},   {u"lue", u""}, {u"w", u"o"},  {u"s", u"t"},  // ฤ ล ฦ ว ศ
    {u"s", u"t"},  {u"s", u"t"},   {u"h", u""},   {u"l", u"n"},  {u"", u""},  // ษ ส ห ฬ อ
    {u"h", u""},                                                              // ฮ
}};

bool is_consonant(char16_t c) { return c >= kFirstConsonant && c <= kLastConsonant; }
bool is_leading_vowel(char16_t c) { return c >= u'\u0E40' && c <= u'\u0E44'; }
bool is_following_vowel(char16_t c) {
  return (c >= u'\u0E30' && c <= u'\u0E39') || c == u'\u0E45' || c == u'\u0E4D';
}

const Letter& letter(char16_t consonant) { return kLetters[consonant - kFirstConsonant]; }

// Sonorants a silent ห makes high-class: ง ญ น ม ย ร ล ว.
bool is_low_sonorant(char16_t c) {
  return std::u16string_view(u"งญนมยรลว").find(c) != std::u16string_view::npos;
}

bool is_one_of(char16_t c, std::u16string_view letters) {
  return letters.find(c) != std::u16string_view::npos;
}

// Letters that join the consonant before them in one onset (ปร pr, กล kl, กว kw), and the
// onsets where a ร is silent (ศรี si; ทร is s).
bool forms_cluster(char16_t first, char16_t second) {
  if (second == kWoWaen) return is_one_of(first, u"กขค");
  if (second == kLoLing) return is_one_of(first, u"กขคปผพบ");
  return second == kRoRua && is_one_of(first, u"กขคตปผพบศสซจท");
}

std::u16string_view cluster_spelling(char16_t first, char16_t second) {
  if (second == kRoRua && is_one_of(first, u"ศสซจท")) return u"";
  return letter(second).initial;
}

constexpr char16_t kNikhahit = u'\u0E4D';
constexpr char16_t kSaraAa = u'\u0E32';
constexpr char16_t kSaraAm = u'\u0E33';

// The word without tone marks and marks of shortness, and without the letters a thanthakhat
// silences: the consonant before it with its vowel sign, and a consonant before a silent ร
// ("จันทร์" -> "จัน"). NFKC wrote ำ as ํ and า: it is ำ again; a ํ alone is Lao's vowel o.
std::u16string without_silent_letters(std::u16string_view word) {
  std::u16string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const char16_t c = word[i];
    if (c == kNikhahit && i + 1 < word.size() && word[i + 1] == kSaraAa) {
      out += kSaraAm;
      ++i;
    } else if ((c >= u'\u0E47' && c <= u'\u0E4B') || c == u'\u0E4E') {  // a lone ํ stays
      continue;
    } else if (c != kSilencer) {
      out += c;
    } else {
      while (!out.empty() && (out.back() == u'\u0E34' || out.back() == u'\u0E38')) out.pop_back();
      const char16_t silenced = out.empty() ? 0 : out.back();
      if (!out.empty()) out.pop_back();
      if (silenced == kRoRua && !out.empty() && is_consonant(out.back())) out.pop_back();
    }
  }
  return out;
}

struct Reader {
  std::u16string_view word;
  size_t at = 0;
  char16_t peek(size_t ahead = 0) const {
    return at + ahead < word.size() ? word[at + ahead] : char16_t{0};
  }
  // The consonant `ahead` letters on carries a vowel, so it starts a syllable: a vowel sign, or
  // อ read as the vowel o before a final or the word's end ("สอน" son).
  bool carries_vowel(size_t ahead = 0) const {
    if (!is_consonant(peek(ahead))) return false;
    if (is_following_vowel(peek(ahead + 1))) return true;
    const char16_t after_o = peek(ahead + 2);
    return peek(ahead + 1) == kOAng &&
           (after_o == 0 || (is_consonant(after_o) && !is_following_vowel(peek(ahead + 3))));
  }
  // The consonant `ahead` letters on ends a syllable: it carries no vowel, and "รร" (read
  // "an") does not follow it.
  bool at_final(size_t ahead = 0) const {
    const bool before_ror_ror = peek(ahead + 1) == kRoRua && peek(ahead + 2) == kRoRua;
    return is_consonant(peek(ahead)) && !carries_vowel(ahead) && !before_ror_ror;
  }
};

struct Vowel {
  std::u16string_view spelling;  // empty: not written
  size_t letters = 0;            // read after the onset
  bool closed = false;           // the syllable ends with it (ะ, ำ)
  bool is_long = false;          // า ี ู and the leading vowels: no final needed
};

Vowel vowel_after_leading(char16_t lead, const Reader& r) {
  if (lead == u'\u0E40') {  // เ
    if (r.peek() == u'\u0E32')
      return r.peek(1) == u'\u0E30' ? Vowel{u"o", 2, true} : Vowel{u"ao", 1, false, true};
    if (r.peek() == u'\u0E35' && r.peek(1) == kYoYak) return {u"ia", 2, false, true};
    if (r.peek() == u'\u0E37' && r.peek(1) == kOAng) return {u"uea", 2, false, true};
    if (r.peek() == kOAng || r.peek() == u'\u0E34') return {u"oe", 1, false, true};
    return r.peek() == u'\u0E30' ? Vowel{u"e", 1, true} : Vowel{u"e", 0, false, true};
  }
  const std::u16string_view spelling = lead == u'\u0E41' ? u"ae" : lead == u'\u0E42' ? u"o" : u"ai";
  return r.peek() == u'\u0E30' ? Vowel{spelling, 1, true} : Vowel{spelling, 0, false, true};
}

Vowel written_vowel(const Reader& r) {
  switch (r.peek()) {
    case kNikhahit: return {u"o", 1, false, true};  // alone: Lao ໍ
    case u'\u0E30': return {u"a", 1, true};         // ะ
    case u'\u0E31': return r.peek(1) == kWoWaen ? Vowel{u"ua", 2} : Vowel{u"a", 1};  // ั ัว
    case u'\u0E32': return {u"a", 1, false, true};                                   // า
    case u'\u0E33': return {u"am", 1, true};                                         // ำ
    case u'\u0E34': return {u"i", 1};                                                // ิ
    case u'\u0E35':
      return r.peek(1) == kYoYak ? Vowel{u"ia", 2, false, true} : Vowel{u"i", 1, false, true};  // ี
    case u'\u0E36': return {u"ue", 1};                             // ึ
    case u'\u0E37': return {u"ue", r.peek(1) == kOAng ? 2U : 1U};  // ื ือ
    case u'\u0E38': return {u"u", 1};                              // ุ
    case u'\u0E39': return {u"u", 1, false, true};                 // ู
    default: break;
  }
  if (r.peek() == kWoWaen && r.at_final(1)) return {u"ua", 1};
  if (r.peek() == kOAng && (r.peek(1) == 0 || r.at_final(1))) return {u"o", 1};
  if (r.peek() == kRoRua && r.peek(1) == kRoRua) {
    return r.at_final(2) ? Vowel{u"a", 2} : Vowel{u"an", 2, true};
  }
  return {};
}

// The onset's spelling; reads its letters.
std::u16string read_onset(Reader& r, bool has_leading_vowel) {
  char16_t first = r.peek();
  ++r.at;
  if ((first == kHoHip && is_low_sonorant(r.peek())) || (first == kOAng && r.peek() == kYoYak)) {
    first = r.peek();
    ++r.at;
  }
  std::u16string onset(letter(first).initial);
  const char16_t second = r.peek();
  if (is_consonant(second) && forms_cluster(first, second) &&
      (has_leading_vowel || is_following_vowel(r.peek(1)))) {
    if (first == u'ท' && second == kRoRua) onset = u"s";
    onset += cluster_spelling(first, second);
    ++r.at;
  }
  return onset;
}

// The final consonant's spelling. When two consonants end a word, after a short vowel the
// second is silent ("วัตร" wat, "ลักษ" lak), after a long one they are a syllable of their own
// ("ธนาธร" thanathorn).
std::u16string read_coda(Reader& r, const Vowel& vowel) {
  if (!r.at_final()) return {};
  const bool two_end_word = r.at_final(1) && r.peek(2) == 0;
  if (two_end_word && vowel.is_long) return {};
  const char16_t final = r.peek();
  ++r.at;
  if (two_end_word) ++r.at;
  const bool glide_in_vowel = final == kYoYak && vowel.spelling == u"ai";
  return std::u16string(glide_in_vowel ? u"" : letter(final).final);
}

// Reads one syllable from a consonant or a leading vowel; appends its spelling.
void read_syllable(Reader& r, std::u16string& out) {
  const char16_t lead = is_leading_vowel(r.peek()) ? r.peek() : char16_t{0};
  if (lead != 0) ++r.at;
  if (!is_consonant(r.peek())) return;
  const std::u16string onset = read_onset(r, lead != 0);
  const Vowel vowel = lead != 0 ? vowel_after_leading(lead, r) : written_vowel(r);
  r.at += vowel.letters;
  const std::u16string coda = vowel.closed ? u"" : read_coda(r, vowel);
  const std::u16string_view implicit = coda.empty() ? u"a" : u"o";
  out += onset;
  out += vowel.spelling.empty() ? implicit : vowel.spelling;
  out += coda;
}

icu::UnicodeString thai_word_to_latin(const icu::UnicodeString& word) {
  const std::u16string letters =
      without_silent_letters(std::u16string_view(word.getBuffer(), word.length()));
  std::u16string out;
  Reader r{letters};
  while (r.at < letters.size()) {
    const char16_t c = r.peek();
    if (is_consonant(c) || is_leading_vowel(c)) {
      read_syllable(r, out);
    } else {
      ++r.at;  // a vowel sign without its consonant
    }
  }
  return icu::UnicodeString(out.data(), static_cast<int32_t>(out.size()));
}

// The Thai letter of each Lao letter from U+0E81 to U+0EAE by sound (0: none).
constexpr std::array<char16_t, 46> kLaoConsonants = {
    u'ก', u'ข', 0,    u'ค', 0,    0,    u'ง', u'จ', 0,    u'ซ', 0,    0,    u'ย', 0,    0,    0,
    0,    0,    0,    u'ด', u'ต', u'ถ', u'ท', 0,    u'น', u'บ', u'ป', u'ผ', u'ฝ', u'พ', u'ฟ', 0,
    u'ม', u'ย', u'ร', 0,    u'ล', 0,    u'ว', 0,    0,    u'ส', u'ห', 0,    u'อ', u'ฮ',
};

// Lao written with the Thai letters of its sounds; the signs Thai lacks become what they
// read: ົ (o, which Thai does not write), ຽ (ia, Thai ีย), ຼ (l), ໜ ໝ (hn, hm).
std::u16string lao_as_thai(std::u16string_view lao) {
  std::u16string thai;
  for (const char16_t c : lao) {
    if (c >= u'\u0E81' && c <= u'\u0EAE') {
      if (const char16_t letter = kLaoConsonants[c - u'\u0E81']) thai += letter;
    } else if ((c >= u'\u0EB0' && c <= u'\u0EB9') || (c >= u'\u0EC0' && c <= u'\u0ECD') ||
               (c >= u'\u0ED0' && c <= u'\u0ED9')) {
      thai += static_cast<char16_t>(c - 0x80);
    } else if (c == u'\u0EBD') {
      thai += u"\u0E35\u0E22";
    } else if (c == u'\u0EBC') {
      thai += kLoLing;
    } else if (c == u'\u0EDC' || c == u'\u0EDD') {
      thai += kHoHip;
      thai += c == u'\u0EDC' ? u'น' : u'ม';
    } else if (c != u'\u0EBB') {
      thai += c;
    }
  }
  return thai;
}

}  // namespace

icu::UnicodeString lao_to_latin(const icu::UnicodeString& run) {
  return rewrite_words(run, [](const icu::UnicodeString& word, UChar32) {
    const std::u16string thai = lao_as_thai(std::u16string_view(word.getBuffer(), word.length()));
    return thai_word_to_latin(icu::UnicodeString(thai.data(), static_cast<int32_t>(thai.size())));
  });
}

icu::UnicodeString thai_to_latin(const icu::UnicodeString& run) {
  return rewrite_words(
      run, [](const icu::UnicodeString& word, UChar32) { return thai_word_to_latin(word); });
}

}  // namespace vigil::text
