#include "text/cyrillic_latin.h"

#include <unicode/uchar.h>

#include <array>
#include <span>
#include <string_view>

#include "text/icu_transliterators.h"

namespace vigil::text {
namespace {

// Letters of the Central Asian and Turkic alphabets (Kazakh, Kyrgyz, Tajik, Uzbek, Tatar,
// Bashkir, Chuvash) that Russian does not have, and their spellings in English-language
// lists: "Нұрсұлтан" Nursultan, "Тоқаев" Tokayev, "Раҳмон" Rahmon.
struct LetterSpelling {
  char16_t lower;
  std::u16string_view latin;
};
constexpr std::array<LetterSpelling, 19> kCentralAsianLetters = {{
    {u'\u04D9', u"a"}, {u'\u0493', u"g"}, {u'\u049B', u"k"},  {u'\u04A3', u"ng"}, {u'\u04E9', u"o"},
    {u'\u04B1', u"u"}, {u'\u04AF', u"u"}, {u'\u04BB', u"h"},  {u'\u04B3', u"h"},  {u'\u04B7', u"j"},
    {u'\u04E3', u"i"}, {u'\u04EF', u"u"}, {u'\u0497', u"zh"}, {u'\u04A1', u"k"},  {u'\u0499', u"z"},
    {u'\u04AB', u"s"}, {u'\u04D1', u"a"}, {u'\u04D7', u"e"},  {u'\u04F3', u"u"},
}};
// Spelled only when the Russian table serves: "і" (Kazakh; else the run is Ukrainian or
// Belarusian) and "ў" (Uzbek "o"; else Belarusian "w").
constexpr std::array<LetterSpelling, 2> kSharedLetters = {{{u'\u0456', u"i"}, {u'\u045E', u"o"}}};

constexpr char16_t kU = u'\u0443', kYo = u'\u0451', kShortI = u'\u0439', kO = u'\u043E';
constexpr char16_t kHardSign = u'\u044A', kSoftSign = u'\u044C';

char16_t lower_at(const icu::UnicodeString& text, int32_t i) {
  return i < 0 || i >= text.length() ? char16_t{0}
                                     : static_cast<char16_t>(u_tolower(text.charAt(i)));
}

bool has_any(const icu::UnicodeString& text, std::u16string_view lower_case_letters) {
  for (int32_t i = 0; i < text.length(); ++i) {
    if (lower_case_letters.find(lower_at(text, i)) != std::u16string_view::npos) return true;
  }
  return false;
}

bool has_central_asian_letter(const icu::UnicodeString& run) {
  for (int32_t i = 0; i < run.length(); ++i) {
    const char16_t c = lower_at(run, i);
    for (const LetterSpelling& letter : kCentralAsianLetters) {
      if (letter.lower == c) return true;
    }
  }
  return false;
}

// The BGN/PCGN table of the language the letters reveal; Russian when they reveal none
// (Bulgarian and the Central Asian languages share its letters but for those we spell).
Scheme cyrillic_scheme(const icu::UnicodeString& run) {
  if (has_any(run, u"\u0453\u045C\u0455")) return Scheme::kMacedonian;  // ѓ ќ ѕ
  if (has_any(run, u"\u0452\u045B\u0458\u0459\u045A\u045F")) return Scheme::kSerbian;
  if (has_central_asian_letter(run)) return Scheme::kRussian;
  // ў is Belarusian, or Uzbek when the letters Belarusian lacks (и щ ъ) are there too.
  if (has_any(run, u"\u045E") && !has_any(run, u"\u0438\u0449\u044A")) {
    return Scheme::kBelarusian;
  }
  if (has_any(run, u"\u0457\u0454\u0491\u0456")) return Scheme::kUkrainian;  // ї є ґ і
  return Scheme::kRussian;
}

bool is_cyrillic_letter(char16_t c) { return c >= u'\u0400' && c <= u'\u04FF'; }

bool is_russian_vowel(char16_t lower) {
  return std::u16string_view(u"\u0430\u0435\u0451\u0438\u043E\u0443\u044B\u044D\u044E\u044F")
             .find(lower) != std::u16string_view::npos;
}

std::u16string_view our_spelling(char16_t lower) {
  for (const auto& table : {std::span<const LetterSpelling>(kCentralAsianLetters),
                            std::span<const LetterSpelling>(kSharedLetters)}) {
    for (const LetterSpelling& letter : table) {
      if (letter.lower == lower) return letter.latin;
    }
  }
  return {};
}

// What Russian BGN/PCGN gets, for a run it is the table of: the Central Asian letters spelled,
// a word's "у" before a vowel as the W of a foreign name ("Уильям" William, "Уолтер" Walter),
// and "ё" as "yo" where BGN/PCGN writes "yë" (word start, after a vowel or a sign: "Ёсида"
// Yoshida, "Муравьёв" Muravyov); after a consonant BGN/PCGN's "ë" stays, an "e" in ASCII, as
// passports write it ("Фёдоров" Fedorov).
icu::UnicodeString prepare_for_russian_table(const icu::UnicodeString& run) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < run.length(); ++i) {
    const char16_t c = run.charAt(i);
    const char16_t lower = lower_at(run, i);
    const char16_t prev = lower_at(run, i - 1);
    const bool initial = !is_cyrillic_letter(prev);
    const bool after_vowel =
        initial || is_russian_vowel(prev) || prev == kHardSign || prev == kSoftSign;
    const std::u16string_view spelled = our_spelling(lower);
    if (!spelled.empty()) {
      out.append(spelled.data(), static_cast<int32_t>(spelled.size()));
    } else if (lower == kU && initial &&
               std::u16string_view(u"\u0430\u0438\u043E\u044D").find(lower_at(run, i + 1)) !=
                   std::u16string_view::npos) {
      out.append(u'w');
    } else if (lower == kYo && after_vowel) {
      out.append(kShortI).append(kO);
    } else {
      out.append(c);
    }
  }
  return out;
}

}  // namespace

icu::UnicodeString cyrillic_to_latin(const icu::UnicodeString& run) {
  const Scheme scheme = cyrillic_scheme(run);
  icu::UnicodeString out = scheme == Scheme::kRussian ? prepare_for_russian_table(run) : run;
  transliterate(scheme, out);
  return out;
}

}  // namespace vigil::text
