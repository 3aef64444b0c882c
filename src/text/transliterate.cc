#include "text/transliterate.h"

#include <unicode/uchar.h>

#include <optional>

#include "text/arabic_latin.h"
#include "text/confusables.h"
#include "text/icu_transliterators.h"
#include "text/invisible.h"
#include "text/latin_ascii.h"
#include "text/script.h"
#include "text/script_schemes.h"

namespace vigil::text {
namespace {

// Appends the ASCII spelling of `latin`; false when a code point has none (nothing appended
// for it then).
bool append_spelled(const icu::UnicodeString& latin, std::string& out) {
  bool complete = true;
  for (int32_t i = 0; i < latin.length();) {
    const UChar32 c = latin.char32At(i);
    i += U16_LENGTH(c);
    if (const auto spelling = latin_ascii(c)) {
      out += *spelling;
    } else {
      complete = false;
      out += ' ';
    }
  }
  return complete;
}

// Latin text through ICU's Latin-ASCII, with our fixed spellings (apostrophes, marks) first.
void append_latin_by_icu(const icu::UnicodeString& latin, std::string& out) {
  icu::UnicodeString pending;
  const auto flush = [&] {
    transliterate(Scheme::kLatinAscii, pending);
    append_spelled(pending, out);
    pending.remove();
  };
  for (int32_t i = 0; i < latin.length();) {
    const UChar32 c = latin.char32At(i);
    i += U16_LENGTH(c);
    const std::optional<std::string_view> fixed = fixed_ascii(c);
    if (!fixed) {
      pending.append(c);
      continue;
    }
    flush();
    out += *fixed;
  }
  flush();
}

// Spells a run's transliteration; letters its scheme left alone get ICU's Any-Latin.
void append_transliterated(icu::UnicodeString latin, std::string& out) {
  std::string spelled;
  if (append_spelled(latin, spelled)) {
    out += spelled;
    return;
  }
  transliterate(Scheme::kAnyLatin, latin);
  append_spelled(latin, out);
}

}  // namespace

std::string transliterate_to_ascii(const icu::UnicodeString& nfkc_text, LatinPath latin_path) {
  const icu::UnicodeString visible = fold_confusable_words(without_invisible_characters(nfkc_text));
  std::string out;
  out.reserve(static_cast<size_t>(visible.length()) * 2);
  std::optional<Orthography> orthography;
  for (const ScriptRun& run : split_script_runs(visible)) {
    const icu::UnicodeString text = visible.tempSubStringBetween(run.start, run.limit);
    out += ' ';
    if (run.script == Script::kLatin) {
      if (latin_path == LatinPath::kIcu) {
        append_latin_by_icu(text, out);
      } else {
        append_transliterated(text, out);
      }
    } else if (run.script == Script::kArabic) {
      if (!orthography) orthography = detect_orthography(visible);
      append_transliterated(arabic_to_latin(text, *orthography), out);
    } else {
      append_transliterated(script_to_latin(run.script, text), out);
    }
  }
  return out;
}

}  // namespace vigil::text
