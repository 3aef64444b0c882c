#include "party/party_grouping.h"

#include <tbb/parallel_invoke.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <tuple>

#include "party/guarded_union.h"
#include "party/link_rules.h"
#include "party/party_facts.h"

namespace vigil::party {
namespace {

constexpr std::string_view kGroupIdPrefix = "party:";

size_t rule_slot(LinkRule rule) { return static_cast<size_t>(rule); }

// Every rule's links, most precise rule first, each rule's in (first, second) order. The
// rules run at once: each is deterministic on its own.
std::vector<PartyLink> proposed_links(EntityList entities, GroupingStats& stats) {
  RuleCounts reference_counts;
  RuleCounts identifier_counts;
  RuleCounts name_counts;
  std::vector<PartyLink> references;
  std::vector<PartyLink> identifiers;
  std::vector<PartyLink> names;
  tbb::parallel_invoke([&] { references = reference_links(entities, reference_counts); },
                       [&] { identifiers = identifier_links(entities, identifier_counts); },
                       [&] { names = name_links(entities, name_counts); });
  std::vector<PartyLink> links = std::move(references);
  for (std::vector<PartyLink>* more : {&identifiers, &names}) {
    links.insert(links.end(), std::make_move_iterator(more->begin()),
                 std::make_move_iterator(more->end()));
  }
  std::stable_sort(links.begin(), links.end(),
                   [](const PartyLink& a, const PartyLink& b) { return a.rule < b.rule; });
  stats.ambiguous_keys =
      reference_counts.ambiguous + identifier_counts.ambiguous + name_counts.ambiguous;
  stats.too_common_keys =
      reference_counts.too_common + identifier_counts.too_common + name_counts.too_common;
  return links;
}

// The links whose two records may be one party at all: the same type, or one of unknown type
// whose names agree with the other's.
std::vector<PartyLink> type_compatible(EntityList entities, std::vector<PartyLink> links,
                                       GroupingStats& stats) {
  std::erase_if(links, [&](const PartyLink& link) {
    const Entity& a = *entities[link.first];
    const Entity& b = *entities[link.second];
    if (a.schema == b.schema && a.schema != Schema::kUnknown) return false;
    if (a.schema != Schema::kUnknown && b.schema != Schema::kUnknown) {
      ++stats.refused_schema;
      return true;
    }
    if (share_key(any_name_keys(a), any_name_keys(b))) return false;
    ++stats.refused_unknown_name;
    return true;
  });
  return links;
}

bool more_authoritative(const Entity& a, const Entity& b) {
  return std::make_tuple(authority_rank(a.dataset), std::string_view(a.id)) <
         std::make_tuple(authority_rank(b.dataset), std::string_view(b.id));
}

std::vector<PartyGroup> make_groups(EntityList entities, GuardedUnion& groups,
                                    std::vector<PartyLink> accepted) {
  std::vector<PartyGroup> out;
  std::vector<size_t> group_of_root(entities.size());
  for (uint32_t e = 0; e < entities.size(); ++e) {
    if (groups.root(e) != e) continue;
    PartyGroup group;
    group.members = groups.members(e);
    std::sort(group.members.begin(), group.members.end(), [&](uint32_t a, uint32_t b) {
      return more_authoritative(*entities[a], *entities[b]);
    });
    group.id = std::string(kGroupIdPrefix) + entities[group.members.front()]->id;
    group_of_root[e] = out.size();
    out.push_back(std::move(group));
  }
  for (PartyLink& link : accepted) {
    out[group_of_root[groups.root(link.first)]].links.push_back(std::move(link));
  }
  std::sort(out.begin(), out.end(), [](const PartyGroup& a, const PartyGroup& b) {
    return std::tie(a.id, a.members.front()) < std::tie(b.id, b.members.front());
  });
  return out;
}

void count_groups(const std::vector<PartyGroup>& groups, GroupingStats& stats) {
  stats.groups = groups.size();
  for (const PartyGroup& group : groups) {
    if (group.members.size() > 1) {
      ++stats.multi_member_groups;
      stats.grouped_records += group.members.size();
    }
    for (const PartyLink& link : group.links) {
      ++stats.links_by_rule[rule_slot(link.rule)];
      if (link.joined) ++stats.joins_by_rule[rule_slot(link.rule)];
    }
  }
}

}  // namespace

PartyGroups group_parties(std::span<const std::shared_ptr<const Entity>> entities,
                          GroupingStats* stats_out) {
  const auto start = std::chrono::steady_clock::now();
  GroupingStats stats;
  stats.entities = entities.size();
  const std::vector<PartyLink> links =
      type_compatible(entities, proposed_links(entities, stats), stats);
  GuardedUnion groups(entities, links);
  std::vector<PartyLink> accepted;
  for (const PartyLink& link : links) {
    const JoinOutcome outcome = groups.join(link.first, link.second);
    if (outcome == JoinOutcome::kRefusedSchema) ++stats.refused_schema;
    if (outcome == JoinOutcome::kRefusedSameList) ++stats.refused_same_list;
    if (outcome != JoinOutcome::kJoined && outcome != JoinOutcome::kAlreadyGrouped) continue;
    accepted.push_back(link);
    accepted.back().joined = outcome == JoinOutcome::kJoined;
  }
  std::vector<PartyGroup> made = make_groups(entities, groups, std::move(accepted));
  for (PartyGroup& group : made) {
    std::stable_sort(
        group.links.begin(), group.links.end(), [](const PartyLink& a, const PartyLink& b) {
          return std::tie(a.rule, a.first, a.second) < std::tie(b.rule, b.first, b.second);
        });
  }
  count_groups(made, stats);
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (stats_out != nullptr) *stats_out = stats;
  return PartyGroups(std::move(made), entities.size());
}

}  // namespace vigil::party
