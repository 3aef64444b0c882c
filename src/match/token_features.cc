#include "match/token_features.h"

#include "match/chinese_names.h"
#include "match/phonetic.h"

namespace vigil::match {

TokenFeatures make_token_features(std::string_view text) {
  const NameTables& tables = default_name_tables();
  TokenFeatures features;
  features.text = std::string(text);
  const std::optional<std::string_view> canonical = tables.canonical(text);
  features.canonical = std::string(canonical.value_or(text));
  features.has_class = canonical.has_value();
  if (!features.has_class) {
    std::string compound = tables.compound_canonical(text);
    if (!compound.empty()) {
      features.canonical = std::move(compound);
      features.has_class = true;
    }
  }
  features.spelling = phonetic_spelling(text);
  features.skeleton = skeleton_of_spelling(features.spelling);
  features.token_class = tables.classify(text);
  features.given_name = tables.is_given_name(text);
  features.chinese_family_name = is_chinese_family_name(text);
  return features;
}

}  // namespace vigil::match
