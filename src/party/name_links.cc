// Same full name plus attributes that agree: persons (birth date, country), organisations
// (country).
#include <tbb/parallel_for.h>
#include <xxhash.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "party/key_holders.h"
#include "party/link_rules.h"
#include "party/party_facts.h"

namespace vigil::party {
namespace {

// A name held by more records than this is too common to tell parties apart.
constexpr size_t kMaxHolders = 12;
constexpr uint32_t kAmbiguous = UINT32_MAX;

struct Facts {
  std::vector<std::string> name_keys;  // full_name_keys
  // XXH3 of each name key: the buckets are keyed on these; a match is confirmed on the keys.
  std::vector<uint64_t> name_hashes;
  std::vector<std::string> countries;  // person_countries or organisation_countries
};

// Name-key hash -> the records having that name.
using NameHolders = std::unordered_map<uint64_t, Holders>;

// The one record of a list a record's name matches, or kAmbiguous.
struct ListMatch {
  std::string_view dataset;
  uint32_t entity = 0;
  std::string evidence;
};

// The name rule that compares a record, if any: persons with a birth date, organisations.
std::optional<LinkRule> name_rule_of(const Entity& entity) {
  if (entity.schema == Schema::kPerson && !entity.birth_dates.empty()) {
    return LinkRule::kPersonName;
  }
  if (entity.schema == Schema::kOrganization) return LinkRule::kOrganisationName;
  return std::nullopt;
}

// Every record's facts, computed in parallel (normalising the names is most of the work);
// a record no name rule compares, or without a country, has none.
std::vector<Facts> all_facts(EntityList entities) {
  std::vector<Facts> facts(entities.size());
  tbb::parallel_for(size_t{0}, entities.size(), [&](size_t e) {
    const Entity& entity = *entities[e];
    const std::optional<LinkRule> rule = name_rule_of(entity);
    if (!rule) return;
    facts[e].countries =
        *rule == LinkRule::kPersonName ? person_countries(entity) : organisation_countries(entity);
    if (facts[e].countries.empty()) return;
    facts[e].name_keys = full_name_keys(entity);
    for (const std::string& key : facts[e].name_keys) {
      facts[e].name_hashes.push_back(XXH3_64bits(key.data(), key.size()));
    }
  });
  return facts;
}

// "name 'esmail khatib' (Latn)" from the key "Latn|esmail khatib".
std::string name_evidence(std::string_view key) {
  const size_t bar = key.find('|');
  return "name '" + std::string(key.substr(bar + 1)) + "' (" + std::string(key.substr(0, bar)) +
         ")";
}

// The evidence that `a` and `b` are one party by `rule`, or nullopt.
std::optional<std::string> agreement(const Entity& a, const Facts& fa, const Entity& b,
                                     const Facts& fb, LinkRule rule) {
  const std::string name = first_shared_key(fa.name_keys, fb.name_keys);
  const std::string country = first_shared_key(fa.countries, fb.countries);
  if (name.empty() || country.empty()) return std::nullopt;
  std::string born;
  if (rule == LinkRule::kPersonName) {
    const bool genders_differ =
        a.gender != Gender::kUnknown && b.gender != Gender::kUnknown && a.gender != b.gender;
    if (genders_differ) return std::nullopt;
    std::optional<std::string> date = shared_birth_date(a, b);
    if (!date) return std::nullopt;
    born = ", born " + *date;
  }
  return name_evidence(name) + born + ", country " + country;
}

// For record `e`: per other list, the one record its names and facts match (or kAmbiguous).
std::vector<ListMatch> list_matches(EntityList entities, const std::vector<Facts>& facts,
                                    const NameHolders& holders_by_name, uint32_t e, LinkRule rule,
                                    RuleCounts& counts) {
  const Entity& entity = *entities[e];
  Holders candidates;
  for (uint64_t hash : facts[e].name_hashes) {
    const Holders& holders = holders_by_name.at(hash);
    if (holders.size() > kMaxHolders) continue;
    candidates.insert(candidates.end(), holders.begin(), holders.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<ListMatch> matches;
  for (uint32_t other : candidates) {
    const Entity& candidate = *entities[other];
    if (candidate.dataset == entity.dataset) continue;
    std::optional<std::string> evidence =
        agreement(entity, facts[e], candidate, facts[other], rule);
    if (!evidence) continue;
    auto same_list = std::find_if(matches.begin(), matches.end(), [&](const ListMatch& m) {
      return m.dataset == candidate.dataset;
    });
    if (same_list == matches.end()) {
      matches.push_back({candidate.dataset, other, std::move(*evidence)});
    } else if (same_list->entity != kAmbiguous) {
      same_list->entity = kAmbiguous;
      ++counts.ambiguous;
    }
  }
  return matches;
}

bool matches_only(const std::vector<ListMatch>& matches, std::string_view dataset,
                  uint32_t entity) {
  return std::any_of(matches.begin(), matches.end(), [&](const ListMatch& m) {
    return m.dataset == dataset && m.entity == entity;
  });
}

void add_rule_links(EntityList entities, const std::vector<Facts>& facts, LinkRule rule,
                    RuleCounts& counts, std::vector<PartyLink>& links) {
  NameHolders holders_by_name;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    if (facts[e].name_keys.empty() || name_rule_of(*entities[e]) != rule) continue;
    for (uint64_t hash : facts[e].name_hashes) holders_by_name[hash].push_back(e);
  }
  for (const auto& [hash, holders] : holders_by_name) {
    if (holders.size() > kMaxHolders) ++counts.too_common;
  }
  std::vector<std::vector<ListMatch>> matches(entities.size());
  for (uint32_t e = 0; e < entities.size(); ++e) {
    if (facts[e].name_keys.empty() || name_rule_of(*entities[e]) != rule) continue;
    matches[e] = list_matches(entities, facts, holders_by_name, e, rule, counts);
  }
  // A link only where each record is the other's one match in its list.
  for (uint32_t e = 0; e < entities.size(); ++e) {
    for (const ListMatch& match : matches[e]) {
      if (match.entity == kAmbiguous || match.entity < e) continue;
      if (!matches_only(matches[match.entity], entities[e]->dataset, e)) continue;
      links.push_back(make_link(e, match.entity, rule, match.evidence));
    }
  }
}

}  // namespace

std::vector<PartyLink> name_links(EntityList entities, RuleCounts& counts) {
  const std::vector<Facts> facts = all_facts(entities);
  std::vector<PartyLink> links;
  add_rule_links(entities, facts, LinkRule::kPersonName, counts, links);
  add_rule_links(entities, facts, LinkRule::kOrganisationName, counts, links);
  sort_and_merge(links);
  return links;
}

}  // namespace vigil::party
