// Shared strong identifiers.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "index/identifier_index.h"
#include "party/key_holders.h"
#include "party/link_rules.h"

namespace vigil::party {
namespace {

// More records than one party is plausibly listed under (each list once, a few CSL rows):
// a number held by more is a placeholder or a shared address, not an identity.
constexpr size_t kMaxHolders = 12;

// The records holding one strong identifier, and where the first of them lists it.
struct KeyHolding {
  Holders holders;
  uint32_t first_identifier = 0;  // index into the first holder's identifiers
};

bool is_strong_family(index::IdentifierFamily family) {
  using index::IdentifierFamily;
  switch (family) {
    case IdentifierFamily::kDocument:
    case IdentifierFamily::kImo:
    case IdentifierFamily::kMmsi:
    case IdentifierFamily::kBic:
    case IdentifierFamily::kLei:
    case IdentifierFamily::kIsin:
    case IdentifierFamily::kCryptoWallet: return true;
    default: return false;  // call signs, aircraft marks, emails, websites, phones
  }
}

// The grouping key of a strong identifier: family, matching key and, for documents, the
// issuer. Empty for a weak identifier, a document without an issuing country, or a number
// that fails its checks.
std::string strong_key(const Identifier& identifier) {
  const index::IdentifierFamily family = index::family_of(identifier.type);
  if (!is_strong_family(family)) return {};
  const bool document = family == index::IdentifierFamily::kDocument;
  if (document && identifier.country.empty()) return {};
  Result<std::string> key = index::checked_query_key(identifier.type, identifier.value);
  if (!key.ok()) return {};
  std::string keyed = std::to_string(static_cast<int>(family)) + "|" + *key;
  if (document) keyed += "|" + identifier.country;
  return keyed;
}

// "passport D1017310 (IQ)": the identifier as the list writes it.
std::string evidence(const Identifier& identifier) {
  std::string words(to_string(identifier.type));
  std::replace(words.begin(), words.end(), '_', ' ');
  words += " " + identifier.value;
  if (index::family_of(identifier.type) == index::IdentifierFamily::kDocument) {
    words += " (" + identifier.country + ")";
  }
  return words;
}

bool is_imo_key(const std::string& key) {
  return key.starts_with(std::to_string(static_cast<int>(index::IdentifierFamily::kImo)) + "|");
}

// An IMO number a vessel carries is the vessel's: of its holders, only vessels (and records
// of unknown type) are that party.
Holders owners_of_imo(EntityList entities, const Holders& holders) {
  const auto is_vessel = [&](uint32_t e) { return entities[e]->schema == Schema::kVessel; };
  if (std::none_of(holders.begin(), holders.end(), is_vessel)) return holders;
  Holders vessels;
  for (uint32_t e : holders) {
    const Schema schema = entities[e]->schema;
    if (schema == Schema::kVessel || schema == Schema::kUnknown) vessels.push_back(e);
  }
  return vessels;
}

}  // namespace

std::vector<PartyLink> identifier_links(EntityList entities, RuleCounts& counts) {
  std::unordered_map<std::string, KeyHolding> holdings;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    const std::vector<Identifier>& identifiers = entities[e]->identifiers;
    for (uint32_t i = 0; i < identifiers.size(); ++i) {
      std::string key = strong_key(identifiers[i]);
      if (key.empty()) continue;
      // The evidence is written as the first holder (the lowest index) lists it.
      KeyHolding& holding = holdings.try_emplace(std::move(key), KeyHolding{{}, i}).first->second;
      if (holding.holders.empty() || holding.holders.back() != e) holding.holders.push_back(e);
    }
  }
  std::vector<PartyLink> links;
  for (const auto& [key, holding] : holdings) {
    const Holders& all_holders = holding.holders;
    if (all_holders.size() < 2) continue;
    if (all_holders.size() > kMaxHolders) {
      ++counts.too_common;
      continue;
    }
    const Holders holders = is_imo_key(key) ? owners_of_imo(entities, all_holders) : all_holders;
    const Identifier& first = entities[all_holders.front()]->identifiers[holding.first_identifier];
    link_all_pairs(unambiguous_holders(entities, holders, counts), LinkRule::kIdentifier,
                   evidence(first), links);
  }
  sort_and_merge(links);
  return links;
}

}  // namespace vigil::party
