#include "party/name_facts.h"

#include <tbb/parallel_for.h>
#include <xxhash.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "party/birth_dates.h"
#include "party/party_facts.h"

namespace vigil::party {
namespace {

std::optional<LinkRule> name_rule_of(const Entity& entity) {
  if (entity.schema == Schema::kPerson) return LinkRule::kPersonName;
  if (entity.schema == Schema::kOrganization) return LinkRule::kOrganisationName;
  return std::nullopt;
}

bool genders_differ(const Entity& a, const Entity& b) {
  return a.gender != Gender::kUnknown && b.gender != Gender::kUnknown && a.gender != b.gender;
}

bool holds(const std::vector<std::string>& keys, const std::string& key) {
  return !key.empty() && std::binary_search(keys.begin(), keys.end(), key);
}

// The name the two share, preferring one's primary name; empty when they share none, or for
// organisations, share only aliases.
std::string shared_name(const NameFacts& a, const NameFacts& b) {
  if (holds(b.name_keys, a.primary_key)) return a.primary_key;
  if (holds(a.name_keys, b.primary_key)) return b.primary_key;
  if (a.rule == LinkRule::kOrganisationName) return {};
  return first_shared_key(a.name_keys, b.name_keys);
}

// "name 'esmail khatib' (Latn)" from the key "Latn|esmail khatib".
std::string name_evidence(std::string_view key) {
  const size_t bar = key.find('|');
  return "name '" + std::string(key.substr(bar + 1)) + "' (" + std::string(key.substr(0, bar)) +
         ")";
}

void fill_facts(const Entity& entity, NameFacts& f) {
  f.rule = name_rule_of(entity);
  if (!f.rule) return;
  const bool person = *f.rule == LinkRule::kPersonName;
  f.countries = person ? person_countries(entity) : organisation_countries(entity);
  f.complete = !f.countries.empty() && (!person || !entity.birth_dates.empty());
  f.name_keys = full_name_keys(entity, &f.primary_key);
  for (const std::string& key : f.name_keys) {
    f.name_hashes.push_back(XXH3_64bits(key.data(), key.size()));
  }
}

}  // namespace

std::vector<NameFacts> name_facts(EntityList entities) {
  // OFAC uid -> the records of OFAC's own lists with it (SDN and non-SDN may share one).
  std::unordered_map<std::string_view, std::vector<uint32_t>> ofac_records;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    if (is_ofac_record(*entities[e])) ofac_records[entities[e]->source_id].push_back(e);
  }
  std::vector<const std::vector<uint32_t>*> originals(entities.size(), nullptr);
  std::vector<NameFacts> facts(entities.size());
  tbb::parallel_for(size_t{0}, entities.size(), [&](size_t e) {
    const Entity& entity = *entities[e];
    if (!is_ofac_record(entity)) {
      const auto found = ofac_records.find(ofac_uid(entity));
      if (found != ofac_records.end()) originals[e] = &found->second;
    }
    if (originals[e] == nullptr) fill_facts(entity, facts[e]);
  });
  // A CSL copy counts only where its OFAC record lacks a fact the copy may still state.
  tbb::parallel_for(size_t{0}, entities.size(), [&](size_t e) {
    if (originals[e] == nullptr) return;
    const bool original_complete =
        std::any_of(originals[e]->begin(), originals[e]->end(),
                    [&](uint32_t original) { return facts[original].complete; });
    if (!original_complete) fill_facts(*entities[e], facts[e]);
  });
  return facts;
}

bool could_be_same(const Entity& a, const NameFacts& fa, const Entity& b, const NameFacts& fb) {
  if (fa.rule != fb.rule) return false;
  const bool countries_differ =
      !fa.countries.empty() && !fb.countries.empty() && !share_key(fa.countries, fb.countries);
  if (countries_differ) return false;
  if (fa.rule != LinkRule::kPersonName) return true;
  return !genders_differ(a, b) && !birth_dates_exclude(a, b);
}

std::optional<std::string> agreement(const Entity& a, const NameFacts& fa, const Entity& b,
                                     const NameFacts& fb) {
  if (!fa.complete || !fb.complete || fa.rule != fb.rule) return std::nullopt;
  const std::string name = shared_name(fa, fb);
  const std::string country = first_shared_key(fa.countries, fb.countries);
  if (name.empty() || country.empty()) return std::nullopt;
  std::string born;
  if (fa.rule == LinkRule::kPersonName) {
    if (genders_differ(a, b)) return std::nullopt;
    std::optional<std::string> date = shared_birth_date(a, b);
    if (!date) return std::nullopt;
    born = ", born " + *date;
  }
  return name_evidence(name) + born + ", country " + country;
}

}  // namespace vigil::party
