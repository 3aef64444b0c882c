#include "text/indic_latin.h"

#include <unicode/normalizer2.h>

#include <array>
#include <string>
#include <string_view>

#include "text/icu_transliterators.h"
#include "text/indic_schwa.h"
#include "text/words.h"

namespace vigil::text {
namespace {

// Offsets within the nine Indian blocks, which ISCII laid out alike.
constexpr UChar32 kAnusvara = 0x02;
constexpr UChar32 kNga = 0x19;
constexpr UChar32 kHa = 0x39;
constexpr UChar32 kVirama = 0x4D;
constexpr UChar32 kGurmukhiTippi = 0x0A70;
constexpr UChar32 kGurmukhiBindi = 0x0A02;
constexpr UChar32 kMalayalamVirama = 0x0D4D;

UChar32 block_start(Script script) {
  switch (script) {
    case Script::kDevanagari: return 0x0900;
    case Script::kBengali: return 0x0980;
    case Script::kGurmukhi: return 0x0A00;
    case Script::kGujarati: return 0x0A80;
    case Script::kOriya: return 0x0B00;
    case Script::kTamil: return 0x0B80;
    case Script::kTelugu: return 0x0C00;
    case Script::kKannada: return 0x0C80;
    case Script::kMalayalam: return 0x0D00;
    default: return 0;
  }
}

bool drops_final_schwa(Script script) {
  return script == Script::kDevanagari || script == Script::kBengali ||
         script == Script::kGurmukhi || script == Script::kGujarati || script == Script::kOriya;
}

bool is_dravidian(Script script) {
  return script == Script::kTamil || script == Script::kTelugu || script == Script::kKannada ||
         script == Script::kMalayalam;
}

// The Malayalam chillus (a consonant without its vowel, one code point) as consonant and
// virama, which ICU reads.
UChar32 chillu_consonant(UChar32 c) {
  static constexpr std::array<std::pair<UChar32, UChar32>, 9> kChillus = {{
      {0x0D7A, 0x0D23},
      {0x0D7B, 0x0D28},
      {0x0D7C, 0x0D30},
      {0x0D7D, 0x0D32},
      {0x0D7E, 0x0D33},
      {0x0D7F, 0x0D15},
      {0x0D54, 0x0D2E},
      {0x0D55, 0x0D2F},
      {0x0D56, 0x0D34},
  }};
  for (const auto& [chillu, consonant] : kChillus) {
    if (chillu == c) return consonant;
  }
  return 0;
}

// The letters ICU misses, rewritten to letters it reads.
icu::UnicodeString prepare_letters(Script script, const icu::UnicodeString& run) {
  const UChar32 block = block_start(script);
  icu::UnicodeString out;
  for (int32_t i = 0; i < run.length();) {
    UChar32 c = run.char32At(i);
    i += U16_LENGTH(c);
    if (c == kGurmukhiTippi) c = kGurmukhiBindi;
    if (const UChar32 consonant = chillu_consonant(c)) {
      out.append(consonant).append(kMalayalamVirama);
      continue;
    }
    const bool before_ha = i < run.length() && run.char32At(i) == block + kHa;
    if (block != 0 && c == block + kAnusvara && before_ha) {
      out.append(block + kNga).append(block + kVirama);
      continue;
    }
    out.append(c);
  }
  return out;
}

bool next_is(const icu::UnicodeString& text, int32_t at, std::u16string_view letters) {
  return at < text.length() && letters.find(text.charAt(at)) != std::u16string_view::npos;
}

// English spellings of ISO 15919 letters (see the header).
icu::UnicodeString spell_letters(const icu::UnicodeString& word, bool dental_th) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < word.length();) {
    const UChar32 c = word.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x015B || c == 0x015A || c == 0x1E63 || c == 0x1E62) {  // ś Ś ṣ Ṣ
      out.append(u"sh");
    } else if (c == 'c' && next_is(word, i, u"h")) {
      out.append(u"chh");
      ++i;
    } else if (c == 'c') {
      out.append(u"ch");
    } else if (c == 0x1E45) {  // ṅ
      out.append(next_is(word, i, u"kg") ? u"n" : u"ng");
    } else if (c == 0x1E41 || c == 0x1E43) {  // ṁ ṃ
      out.append(next_is(word, i, u"pbm") ? u"m" : next_is(word, i, u"h") ? u"ng" : u"n");
    } else if ((c == 'r' || c == 'l') && next_is(word, i, u"\u0325")) {  // r̥ l̥
      out.append(c).append(u'i');
      while (next_is(word, i, u"\u0325\u0304")) ++i;
    } else if (c == 't' && dental_th && !next_is(word, i, u"\u0323")) {
      while (next_is(word, i, u"th")) ++i;  // one "th" for tt, th, tth
      out.append(u"th");
    } else {
      out.append(c);
    }
  }
  return out;
}

icu::UnicodeString normalised(const icu::UnicodeString& text, bool decomposed) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* form = decomposed ? icu::Normalizer2::getNFDInstance(status)
                                            : icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString out = form->normalize(text, status);
  return U_SUCCESS(status) ? out : text;
}

// A word without its diacritics, lower-case ASCII letters only.
std::string plain_letters(const icu::UnicodeString& word) {
  const icu::UnicodeString nfd = normalised(word, true);
  std::string plain;
  for (int32_t i = 0; i < nfd.length(); ++i) {
    const char16_t c = nfd.charAt(i);
    if (c < 0x80 && u_isalpha(c)) plain += static_cast<char>(u_tolower(c));
  }
  return plain;
}

// The Latin letter whose English name `spelled` is, as Indian scripts write initials; 0 when
// none.
char letter_named(std::string_view spelled) {
  struct Name {
    std::string_view spelled;
    char letter;
  };
  static constexpr std::array<Name, 34> kNames = {{
      {"e", 'a'},   {"bi", 'b'},  {"si", 'c'},      {"di", 'd'},  {"i", 'e'},     {"ef", 'f'},
      {"eph", 'f'}, {"ep", 'f'},  {"ji", 'g'},      {"ech", 'h'}, {"echch", 'h'}, {"hech", 'h'},
      {"ai", 'i'},  {"je", 'j'},  {"ke", 'k'},      {"el", 'l'},  {"em", 'm'},    {"en", 'n'},
      {"o", 'o'},   {"pi", 'p'},  {"kyu", 'q'},     {"ar", 'r'},  {"es", 's'},    {"ti", 't'},
      {"yu", 'u'},  {"vi", 'v'},  {"dablyu", 'w'},  {"eks", 'x'}, {"vai", 'y'},   {"vay", 'y'},
      {"jed", 'z'}, {"zed", 'z'}, {"dabalyu", 'w'}, {"aar", 'r'},
  }};
  for (const Name& name : kNames) {
    if (name.spelled == spelled) return name.letter;
  }
  return 0;
}

// An abbreviation before a full stop, as the initial it stands for.
icu::UnicodeString as_initial(const icu::UnicodeString& word, UChar32 next) {
  constexpr size_t kLongestAbbreviation = 5;
  const std::string plain = plain_letters(word);
  if (next != '.' || plain.empty() || plain.size() > kLongestAbbreviation) return word;
  const char named = letter_named(plain);
  return icu::UnicodeString(static_cast<char16_t>(named != 0 ? named : plain.front()));
}

}  // namespace

bool is_indic(Script script) { return block_start(script) != 0 || script == Script::kSinhala; }

icu::UnicodeString indic_to_latin(Script script, const icu::UnicodeString& run) {
  icu::UnicodeString latin = prepare_letters(script, run);
  transliterate(script == Script::kSinhala ? Scheme::kSinhala : Scheme::kAnyLatin, latin);
  latin = normalised(latin, false);
  const bool schwas = drops_final_schwa(script);
  const bool dental_th = is_dravidian(script);
  return rewrite_words(latin, [&](const icu::UnicodeString& word, UChar32 next) {
    const icu::UnicodeString spoken = schwas ? without_silent_schwas(word) : word;
    return as_initial(spell_letters(spoken, dental_th), next);
  });
}

}  // namespace vigil::text
