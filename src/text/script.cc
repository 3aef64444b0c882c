#include "text/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <optional>

#include "text/normalise.h"
#include "text/unicode_input.h"

namespace vigil::text {
namespace {

// The script of `c`, or nullopt for characters shared by all scripts.
std::optional<Script> script_of(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return Script::kOther;
  switch (code) {
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED: return std::nullopt;
    case USCRIPT_LATIN: return Script::kLatin;
    case USCRIPT_ARABIC: return Script::kArabic;
    case USCRIPT_CYRILLIC: return Script::kCyrillic;
    case USCRIPT_GREEK: return Script::kGreek;
    case USCRIPT_HEBREW: return Script::kHebrew;
    case USCRIPT_HAN: return Script::kHan;
    case USCRIPT_HANGUL: return Script::kHangul;
    case USCRIPT_HIRAGANA: return Script::kHiragana;
    case USCRIPT_KATAKANA: return Script::kKatakana;
    case USCRIPT_THAI: return Script::kThai;
    case USCRIPT_LAO: return Script::kLao;
    case USCRIPT_KHMER: return Script::kKhmer;
    case USCRIPT_MYANMAR: return Script::kMyanmar;
    case USCRIPT_TIBETAN: return Script::kTibetan;
    case USCRIPT_MONGOLIAN: return Script::kMongolian;
    case USCRIPT_DEVANAGARI: return Script::kDevanagari;
    case USCRIPT_BENGALI: return Script::kBengali;
    case USCRIPT_GURMUKHI: return Script::kGurmukhi;
    case USCRIPT_GUJARATI: return Script::kGujarati;
    case USCRIPT_ORIYA: return Script::kOriya;
    case USCRIPT_TAMIL: return Script::kTamil;
    case USCRIPT_TELUGU: return Script::kTelugu;
    case USCRIPT_KANNADA: return Script::kKannada;
    case USCRIPT_MALAYALAM: return Script::kMalayalam;
    case USCRIPT_SINHALA: return Script::kSinhala;
    case USCRIPT_ARMENIAN: return Script::kArmenian;
    case USCRIPT_GEORGIAN: return Script::kGeorgian;
    case USCRIPT_ETHIOPIC: return Script::kEthiopic;
    default: return Script::kOther;
  }
}

}  // namespace

std::vector<ScriptRun> split_script_runs(const icu::UnicodeString& text) {
  std::vector<ScriptRun> runs;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    const int32_t next = i + U16_LENGTH(c);
    const std::optional<Script> script = script_of(c);
    if (runs.empty()) runs.push_back({script.value_or(Script::kLatin), i, next});
    if (script && *script != runs.back().script) {
      runs.push_back({*script, i, next});
    }
    runs.back().limit = next;
    i = next;
  }
  return runs;
}

std::string_view detect_script(std::string_view utf8) {
  const icu::UnicodeString text = decode_utf8(utf8);
  std::array<int32_t, USCRIPT_CODE_LIMIT> letters{};
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && code > USCRIPT_INHERITED && code < USCRIPT_CODE_LIMIT) ++letters[code];
  }
  int best = USCRIPT_COMMON;
  for (int code = USCRIPT_INHERITED + 1; code < USCRIPT_CODE_LIMIT; ++code) {
    if (letters[code] > letters[best]) best = code;
  }
  if (letters[best] == 0) return "Zyyy";
  return uscript_getShortName(static_cast<UScriptCode>(best));
}

}  // namespace vigil::text
