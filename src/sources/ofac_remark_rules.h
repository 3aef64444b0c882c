// The key table of OFAC's remarks grammar: which label opens a fact and where its value goes.
// Internal to the remarks parser (ofac_remarks.h). A new key is one line in the table.
#pragma once

#include <string_view>

#include "vigil/entity.h"

namespace vigil::sources::detail {

// One fact of the remarks, "alt." removed: "Passport B 960789 (Iran)".
struct Fact {
  std::string_view text;   // the whole fact
  std::string_view label;  // the key as the fact writes it: "Passport"
  std::string_view value;  // after the label, ":" or "-" removed: "B 960789 (Iran)"
};

struct RemarkRule;
using RemarkHandler = void (*)(const Fact& fact, const RemarkRule& rule, Entity& entity);

struct RemarkRule {
  std::string_view label;  // matched case-insensitively at the start of a fact
  RemarkHandler handle;
  IdentifierType type = IdentifierType::kOther;  // for identifier rules
  std::string_view key;                          // property key, for property rules
};

// The rule with the longest label that opens `fact` and ends at a word boundary, or null.
const RemarkRule* find_remark_rule(std::string_view fact);

}  // namespace vigil::sources::detail
