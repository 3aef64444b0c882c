// What a screening query states: the name, identifiers, type, birth date, country, gender, the
// threshold and which lists to screen against. Shared by every layer that reads a query (the
// attribute scorer, the entity filter, the screener and the front ends).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "vigil/date.h"
#include "vigil/entity.h"

namespace vigil {

// The default alert threshold: a result at or above it is a match to review. Chosen from the
// measured precision/recall curve (docs/matching.md).
inline constexpr double kDefaultThreshold = 0.85;

// An identifier given with a query. A listed identifier equal to it (same family of types,
// same number however written, same issuing country when both state one) is a match on its
// own: the entity is returned with score 1.0 whatever its name scores.
struct QueryIdentifier {
  IdentifierType type = IdentifierType::kOther;  // kOther: compare with every type
  std::string value;                             // as written ("IMO 9116412", "D 1017-310")
  std::string country;  // issuing country, ISO 3166-1 alpha-2 or a name; optional
};

// Which lists to screen against: dataset ids ("ofac_sdn") and programs ("IRAN-HR"), matched
// case-insensitively; a name no loaded entity carries is an error. Empty include lists mean
// all. An entity is dropped by exclude_programs only when every program it is listed under is
// excluded (a party under IRAN-HR and SDGT stays when only SDGT is excluded).
struct ListSelection {
  std::vector<std::string> datasets;
  std::vector<std::string> exclude_datasets;
  std::vector<std::string> programs;
  std::vector<std::string> exclude_programs;
  [[nodiscard]] bool empty() const {
    return datasets.empty() && exclude_datasets.empty() && programs.empty() &&
           exclude_programs.empty();
  }
};

// How a match on a weak alias counts: a name the list marks as low quality (OFAC's quoted
// a.k.a.s, the UK's and EU's low-quality aliases, UN quality "Low") or a person's alias of a
// single name token in a list that does not mark them. kCapped (the default): the match is
// shown but kept under the default threshold (match::kWeakEvidenceCap), so a weak alias alone
// never alerts; an identifier still makes it a match. kPenalised: it only loses
// match::kWeakAliasPenalty, as any other name would alert. docs/matching.md, "Weak aliases".
enum class WeakAliasPolicy : uint8_t { kCapped, kPenalised };

struct Query {
  std::string name;  // any script; required unless identifiers are given
  std::vector<QueryIdentifier> identifiers;
  Schema schema = Schema::kUnknown;     // kUnknown matches every type
  std::optional<DateValue> birth_date;  // persons only
  std::string country;                  // ISO 3166-1 alpha-2 (or a name; resolved)
  Gender gender = Gender::kUnknown;     // persons only
  double threshold = kDefaultThreshold;
  size_t limit = 10;       // most results returned
  double min_score = 0.5;  // results below this are not returned at all
  ListSelection lists;     // every loaded list unless narrowed
  WeakAliasPolicy weak_aliases = WeakAliasPolicy::kCapped;
  // One result per party: records of one party on several lists come back as one match (the
  // best-scoring record, the others in Match::party_records), and `limit` counts parties.
  bool group_parties = true;
};

}  // namespace vigil
