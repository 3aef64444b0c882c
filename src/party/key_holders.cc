#include "party/key_holders.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "party/party_facts.h"

namespace vigil::party {
namespace {

// Whether a holder's names agree with those of a holder in another list.
bool agrees_with_other_list(EntityList entities, uint32_t holder, const Holders& holders) {
  const Entity& entity = *entities[holder];
  const std::vector<std::string> names = any_name_keys(entity);
  return std::any_of(holders.begin(), holders.end(), [&](uint32_t other) {
    const Entity& candidate = *entities[other];
    return candidate.dataset != entity.dataset && share_key(names, any_name_keys(candidate));
  });
}

}  // namespace

void link_all_pairs(const Holders& holders, LinkRule rule, const std::string& evidence,
                    std::vector<PartyLink>& out) {
  for (size_t i = 0; i < holders.size(); ++i) {
    for (size_t j = i + 1; j < holders.size(); ++j) {
      out.push_back(make_link(holders[i], holders[j], rule, evidence));
    }
  }
}

Holders unambiguous_holders(EntityList entities, const Holders& holders, RuleCounts& counts) {
  std::map<std::string_view, Holders> by_dataset;
  for (uint32_t holder : holders) by_dataset[entities[holder]->dataset].push_back(holder);
  Holders kept;
  for (const auto& [dataset, in_dataset] : by_dataset) {
    if (in_dataset.size() == 1) {
      kept.push_back(in_dataset.front());
      continue;
    }
    Holders agreeing;
    for (uint32_t holder : in_dataset) {
      if (agrees_with_other_list(entities, holder, holders)) agreeing.push_back(holder);
    }
    if (agreeing.size() == 1) {
      kept.push_back(agreeing.front());
    } else {
      ++counts.ambiguous;
    }
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

}  // namespace vigil::party
