// A name token as the scorer takes it (features, weight, class and the role the list states),
// shared by the index, which stores list tokens this way, and the scorer, which reads them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "match/token_features.h"

namespace vigil::match {

// Names longer than this many tokens are scored on their first kMaxTokens tokens.
inline constexpr size_t kMaxTokens = 24;
// Two adjacent tokens are compared joined only when the joined text is at most this long.
inline constexpr size_t kMaxJoinedLength = 24;

// What a list says a person's name token is, where it tells given and family names apart
// (OFAC's "FAMILY, Given Middle", UN's FIRST_NAME .. FOURTH_NAME).
enum class NameRole : uint8_t { kUnknown, kGiven, kFamily };

// The factor on a list token's weight by its role. A family name says more about who the person
// is than a given name does: the same family with another given name is likelier a relative,
// the same given name with another family a stranger. So an aligned family name adds more, and
// a missing or different family name costs more, than a given name of the same rarity; but one
// part of a family name missing beside another that aligned ("Santos GARCIA" for "Santos BUENO
// GARCIA") costs no more than a middle name.
std::string_view to_string(NameRole role);  // "given", "family", "" when unknown
inline double role_factor(NameRole role) {
  constexpr double kFamilyFactor = 1.2;
  constexpr double kGivenFactor = 0.9;
  switch (role) {
    case NameRole::kFamily: return kFamilyFactor;
    case NameRole::kGiven: return kGivenFactor;
    case NameRole::kUnknown: break;
  }
  return 1.0;
}

// A token as the scorer sees it: features (owned elsewhere), weight, and a copy of the class
// so that scoring reads one small array instead of every token's features.
struct ScoredToken {
  ScoredToken() = default;
  ScoredToken(const TokenFeatures* f, double w)
      : features(f), weight(w), token_class(f->token_class) {}
  ScoredToken(const TokenFeatures* f, double w, TokenClass c)
      : features(f), weight(w), token_class(c) {}
  const TokenFeatures* features = nullptr;
  double weight = 1.0;  // for a list token, times its role's factor
  TokenClass token_class = TokenClass::kName;
  // A list token: the role its list states. A query token: kFamily when the lists give it as a
  // family name more often than a given name (the query states no parts), else kUnknown.
  NameRole role = NameRole::kUnknown;
};

}  // namespace vigil::match
