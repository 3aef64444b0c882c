// Same full name plus facts that agree: persons (birth date, country), organisations
// (country). A link is made only when, in each of the two lists, the other record is the only
// one its name could be: a record of the same name whose facts are missing could be the same
// party too, so it makes the name ambiguous for that list.
#include <tbb/parallel_for.h>

#include <algorithm>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

#include "party/key_holders.h"
#include "party/link_rules.h"
#include "party/name_facts.h"
#include "party/party_facts.h"

namespace vigil::party {
namespace {

// A name held by more records than this is too common to tell parties apart.
constexpr size_t kMaxHolders = 12;
constexpr uint32_t kNone = UINT32_MAX;

// One record having a name; the index of all of them is sorted by (hash, entity), so the
// holders of a name are one range.
struct NameHolding {
  uint64_t hash = 0;
  uint32_t entity = 0;
  friend auto operator<=>(const NameHolding&, const NameHolding&) = default;
};
using NameHolders = std::vector<NameHolding>;

std::span<const NameHolding> holders_of(const NameHolders& holders, uint64_t hash) {
  const auto [begin, end] =
      std::equal_range(holders.begin(), holders.end(), NameHolding{hash, 0},
                       [](const NameHolding& a, const NameHolding& b) { return a.hash < b.hash; });
  return {begin, end};
}

// What one record's names find in one other list.
struct ListMatch {
  std::string_view dataset;
  size_t possible = 0;      // records of that list that could be the same party
  uint32_t agreed = kNone;  // the record whose facts all agree, when there is one
  [[nodiscard]] bool unique() const { return possible == 1 && agreed != kNone; }
};

// The records sharing a name with `e`, in names not too common, ascending, without `e`.
Holders namesakes(const std::vector<NameFacts>& facts, const NameHolders& holders_by_name,
                  uint32_t e) {
  Holders candidates;
  for (uint64_t hash : facts[e].name_hashes) {
    const std::span<const NameHolding> holders = holders_of(holders_by_name, hash);
    if (holders.size() > kMaxHolders) continue;
    for (const NameHolding& holder : holders) candidates.push_back(holder.entity);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::erase(candidates, e);
  return candidates;
}

// For a complete record `e`: per other list, the records that could be it and the one that
// agrees.
std::vector<ListMatch> list_matches(EntityList entities, const std::vector<NameFacts>& facts,
                                    const NameHolders& holders_by_name, uint32_t e) {
  const Entity& entity = *entities[e];
  std::vector<ListMatch> matches;
  for (uint32_t other : namesakes(facts, holders_by_name, e)) {
    const Entity& candidate = *entities[other];
    if (candidate.dataset == entity.dataset) continue;
    // Keys are compared, not only their hashes.
    if (!share_key(facts[e].name_keys, facts[other].name_keys)) continue;
    if (!could_be_same(entity, facts[e], candidate, facts[other])) continue;
    auto match = std::find_if(matches.begin(), matches.end(),
                              [&](const ListMatch& m) { return m.dataset == candidate.dataset; });
    if (match == matches.end()) {
      matches.push_back(ListMatch{candidate.dataset, 0, kNone});
      match = std::prev(matches.end());
    }
    ++match->possible;
    if (match->agreed == kNone && agreement(entity, facts[e], candidate, facts[other])) {
      match->agreed = other;
    }
  }
  return matches;
}

bool uniquely_matches(const std::vector<ListMatch>& matches, std::string_view dataset,
                      uint32_t entity) {
  return std::any_of(matches.begin(), matches.end(), [&](const ListMatch& m) {
    return m.dataset == dataset && m.unique() && m.agreed == entity;
  });
}

void add_rule_links(EntityList entities, const std::vector<NameFacts>& facts, LinkRule rule,
                    RuleCounts& counts, std::vector<PartyLink>& links) {
  NameHolders holders_by_name;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    if (facts[e].rule != rule) continue;
    for (uint64_t hash : facts[e].name_hashes) holders_by_name.push_back({hash, e});
  }
  std::sort(holders_by_name.begin(), holders_by_name.end());
  holders_by_name.erase(std::unique(holders_by_name.begin(), holders_by_name.end()),
                        holders_by_name.end());
  for (auto at = holders_by_name.begin(); at != holders_by_name.end();) {
    const size_t count = holders_of(holders_by_name, at->hash).size();
    if (count > kMaxHolders) ++counts.too_common;
    at += static_cast<std::ptrdiff_t>(count);
  }
  std::vector<std::vector<ListMatch>> matches(entities.size());
  tbb::parallel_for(uint32_t{0}, static_cast<uint32_t>(entities.size()), [&](uint32_t e) {
    if (facts[e].rule != rule || !facts[e].complete) return;
    matches[e] = list_matches(entities, facts, holders_by_name, e);
  });
  // A link only where each record is the other's one possible match in its list.
  for (uint32_t e = 0; e < entities.size(); ++e) {
    for (const ListMatch& match : matches[e]) {
      if (match.agreed == kNone) continue;
      if (!match.unique()) {
        ++counts.ambiguous;
        continue;
      }
      if (match.agreed < e) continue;
      if (!uniquely_matches(matches[match.agreed], entities[e]->dataset, e)) continue;
      links.push_back(make_link(
          e, match.agreed, rule,
          *agreement(*entities[e], facts[e], *entities[match.agreed], facts[match.agreed])));
    }
  }
}

}  // namespace

std::vector<PartyLink> name_links(EntityList entities, RuleCounts& counts) {
  const std::vector<NameFacts> facts = name_facts(entities);
  std::vector<PartyLink> links;
  add_rule_links(entities, facts, LinkRule::kPersonName, counts, links);
  add_rule_links(entities, facts, LinkRule::kOrganisationName, counts, links);
  sort_and_merge(links);
  return links;
}

}  // namespace vigil::party
