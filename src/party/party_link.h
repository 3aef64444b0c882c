// A link: one piece of strong evidence that two list records are one party, with the rule that
// found it. The rules, most precise first, are documented in docs/matching.md ("Parties across
// lists").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::party {

// In the order the grouping applies them: a more precise rule links first.
enum class LinkRule : uint8_t {
  kOfacUid,           // the same OFAC uid (ent_num) in OFAC's lists and the US CSL's Treasury rows
  kUnReference,       // the same UN reference number ("QDi.371") cited by both records
  kIdentifier,        // a shared strong identifier: document with its issuer, IMO, BIC, LEI...
  kPersonName,        // persons: same full name, compatible birth date, shared nationality
  kOrganisationName,  // organisations: same full name and a shared country, unambiguous
};
inline constexpr LinkRule kLastLinkRule = LinkRule::kOrganisationName;
inline constexpr LinkRule kLinkRules[] = {LinkRule::kOfacUid, LinkRule::kUnReference,
                                          LinkRule::kIdentifier, LinkRule::kPersonName,
                                          LinkRule::kOrganisationName};

// "ofac_uid", "un_reference", "identifier", "person_name", "organisation_name".
std::string_view to_string(LinkRule rule);
std::optional<LinkRule> parse_link_rule(std::string_view text);

struct PartyLink {
  uint32_t first = 0;   // entity index, first < second
  uint32_t second = 0;  // entity index
  LinkRule rule = LinkRule::kOfacUid;
  // What the two records share, as a reviewer reads it: "UN reference QDi.371",
  // "passport D1017310 (IQ)", "name 'esmail khatib', born 1961, nationality IR".
  std::string evidence;
  // True when this link joined two groups; false when its records were already grouped by
  // an earlier link (it confirms the group).
  bool joined = false;
};

// A link between entities `a` and `b` (either order; stored with first < second).
PartyLink make_link(uint32_t a, uint32_t b, LinkRule rule, std::string evidence);

// Sorts links by (first, second, rule) and merges the links of one pair by one rule into one,
// their evidence joined by "; " in sorted order, so the result does not depend on the order
// the links were found in.
void sort_and_merge(std::vector<PartyLink>& links);

}  // namespace vigil::party
