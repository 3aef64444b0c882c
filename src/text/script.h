// Splitting text into runs of one script, so that each run gets its own transliteration.
#pragma once

#include <unicode/unistr.h>

#include <vector>

namespace vigil::text {

// The scripts that get a transliteration of their own; everything else is kOther (ICU's
// Any-Latin).
enum class Script {
  kLatin,
  kArabic,
  kCyrillic,
  kGreek,
  kHebrew,
  kHan,
  kHangul,
  kHiragana,
  kKatakana,
  kThai,
  kLao,
  kKhmer,
  kMyanmar,
  kTibetan,
  kMongolian,
  kDevanagari,
  kBengali,
  kGurmukhi,
  kGujarati,
  kOriya,
  kTamil,
  kTelugu,
  kKannada,
  kMalayalam,
  kSinhala,
  kArmenian,
  kGeorgian,
  kEthiopic,
  kOther,
};

struct ScriptRun {
  Script script;
  int32_t start;  // UTF-16 offsets into the text
  int32_t limit;
};

// The runs of `text` in order. Characters of no particular script (spaces, digits,
// punctuation, combining marks, joiners) stay in the run around them, so a whole Persian name
// is one run; text that starts with them starts a Latin run.
std::vector<ScriptRun> split_script_runs(const icu::UnicodeString& text);

}  // namespace vigil::text
