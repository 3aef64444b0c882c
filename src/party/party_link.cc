#include "party/party_link.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace vigil::party {
namespace {

constexpr std::array<std::string_view, 5> kRuleNames = {"ofac_uid", "un_reference", "identifier",
                                                        "person_name", "organisation_name"};

}  // namespace

std::string_view to_string(LinkRule rule) { return kRuleNames[static_cast<size_t>(rule)]; }

std::optional<LinkRule> parse_link_rule(std::string_view text) {
  for (LinkRule rule : kLinkRules) {
    if (to_string(rule) == text) return rule;
  }
  return std::nullopt;
}

PartyLink make_link(uint32_t a, uint32_t b, LinkRule rule, std::string evidence) {
  if (b < a) std::swap(a, b);
  return PartyLink{a, b, rule, std::move(evidence), false};
}

void sort_and_merge(std::vector<PartyLink>& links) {
  const auto key = [](const PartyLink& link) {
    return std::tie(link.first, link.second, link.rule, link.evidence);
  };
  std::sort(links.begin(), links.end(),
            [&key](const PartyLink& a, const PartyLink& b) { return key(a) < key(b); });
  std::vector<PartyLink> merged;
  for (PartyLink& link : links) {
    PartyLink* last = merged.empty() ? nullptr : &merged.back();
    if (last != nullptr && last->first == link.first && last->second == link.second &&
        last->rule == link.rule) {
      if (last->evidence != link.evidence) last->evidence += "; " + link.evidence;
      continue;
    }
    merged.push_back(std::move(link));
  }
  links = std::move(merged);
}

}  // namespace vigil::party
