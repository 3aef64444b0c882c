#include "text/normalise.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>

#include "text/arabic_script.h"

namespace vigil::text {
namespace {

bool is_apostrophe(UChar32 c) {
  switch (c) {
    case '\'':
    case '`':
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x02B9:
    case 0x02BB:
    case 0x02BC:
    case 0x02BD:
    case 0x02BE:
    case 0x02BF:
    case 0x02C8: return true;
    default: return false;
  }
}

// The last step of every path: lower-case ASCII letters and digits, apostrophes dropped,
// anything else a single space.
void append_ascii_form(std::string_view text, std::string& out) {
  bool pending_space = false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z')) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += static_cast<char>(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    } else if (c != '\'' && c != '`') {
      pending_space = true;
    }
  }
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Scripts the cheap Latin path handles: Latin letters with diacritics, punctuation, symbols.
bool latin_only(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2000 && c <= 0x206F)) continue;
    return false;
  }
  return true;
}

// Letters that do not decompose to a base letter plus marks.
const char* latin_special(UChar32 c) {
  switch (c) {
    case 0xDF: return "ss";
    case 0xC6:
    case 0xE6: return "ae";
    case 0x152:
    case 0x153: return "oe";
    case 0xD8:
    case 0xF8: return "o";
    case 0x110:
    case 0x111: return "d";
    case 0x141:
    case 0x142: return "l";
    case 0x131: return "i";
    case 0xDE:
    case 0xFE: return "th";
    case 0xD0:
    case 0xF0: return "d";
    case 0x126:
    case 0x127: return "h";
    case 0x166:
    case 0x167: return "t";
    case 0x138: return "k";
    case 0x14A:
    case 0x14B: return "n";
    default: return nullptr;
  }
}

// Latin text: decompose, drop the marks, spell the special letters.
std::string latin_to_ascii(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(text, status) : text;
  if (U_FAILURE(status)) decomposed = text;
  std::string out;
  out.reserve(static_cast<size_t>(decomposed.length()));
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (const char* special = latin_special(c)) {
      out += special;
    } else if (is_apostrophe(c)) {
      out += '\'';
    } else if (u_getCombiningClass(c) == 0 && !u_hasBinaryProperty(c, UCHAR_DIACRITIC)) {
      out += ' ';
    }
  }
  return out;
}

// Any script to ASCII through ICU; one transliterator per thread (they are not thread-safe).
std::string any_to_ascii(icu::UnicodeString text) {
  thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      t.reset(
          icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    }
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (transliterator) transliterator->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string_view detect_script(std::string_view utf8) {
  std::array<int, USCRIPT_CODE_LIMIT> counts{};
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script >= 0 && script < USCRIPT_CODE_LIMIT) ++counts[script];
  }
  int best = USCRIPT_COMMON;
  for (int s = 0; s < USCRIPT_CODE_LIMIT; ++s) {
    if (s != USCRIPT_COMMON && s != USCRIPT_INHERITED && counts[s] > counts[best]) best = s;
  }
  if (counts[best] == 0) return "Zyyy";
  // Japanese kana and Han in one name: report the kana.
  return uscript_getShortName(static_cast<UScriptCode>(best));
}

std::string fold_arabic_script(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  icu::UnicodeString out;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 folded = fold_arabic_code_point(c);
    if (folded != U_SENTINEL) out.append(folded);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string normalise_name(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  if (is_ascii(utf8)) {
    append_ascii_form(utf8, out);
    return out;
  }
  // fromUTF8 replaces ill-formed bytes with U+FFFD, which becomes a space below.
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString text = U_SUCCESS(status) ? nfkc->normalize(input, status) : input;
  if (U_FAILURE(status)) text = input;

  icu::UnicodeString folded;
  bool arabic = false;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 f = fold_arabic_code_point(c);
    if (f == U_SENTINEL) continue;
    arabic = arabic || is_arabic_code_point(f);
    folded.append(is_apostrophe(f) ? UChar32{'\''} : f);
  }
  if (arabic) folded = transliterate_arabic_script(folded);
  const std::string latin = latin_only(folded) ? latin_to_ascii(folded) : any_to_ascii(folded);
  append_ascii_form(latin, out);
  return out;
}

std::vector<std::string_view> tokenise(std::string_view normalised) {
  std::vector<std::string_view> tokens;
  size_t at = 0;
  while (at < normalised.size()) {
    const size_t end = std::min(normalised.find(' ', at), normalised.size());
    if (end > at) tokens.push_back(normalised.substr(at, end - at));
    at = end + 1;
  }
  return tokens;
}

}  // namespace vigil::text
