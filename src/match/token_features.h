// Everything the scorer compares about one normalised name token, computed once: for list
// tokens when the index is built, for query tokens once per query.
#pragma once

#include <string>
#include <string_view>

#include "match/name_tables.h"

namespace vigil::match {

struct TokenFeatures {
  std::string text;       // normalised token ("mohammed")
  std::string canonical;  // equivalence-class spelling ("muhammad"), == text if none
  std::string spelling;   // phonetic_spelling(text)
  std::string skeleton;   // consonant_skeleton(text)
  TokenClass token_class = TokenClass::kName;
  bool has_class = false;   // canonical differs from text or the text is a class's canonical
  bool given_name = false;  // a spelling of a given-name class (not a nickname)
  bool chinese_family_name = false;  // a common Chinese family name in pinyin (chinese_names.h)
};

TokenFeatures make_token_features(std::string_view text);

}  // namespace vigil::match
