// Published cross-references: OFAC uids and UN reference numbers.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "party/key_holders.h"
#include "party/link_rules.h"
#include "party/party_facts.h"

namespace vigil::party {
namespace {

// "QDI.371" as the UN writes it: "QDi.371".
std::string un_spelling(std::string key) {
  const size_t dot = key.find('.');
  if (dot != std::string::npos && dot > 0) key[dot - 1] = static_cast<char>(key[dot - 1] + 32);
  return key;
}

}  // namespace

std::vector<PartyLink> reference_links(EntityList entities, RuleCounts& counts) {
  KeyHolders by_uid;
  KeyHolders by_un_reference;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    const Entity& entity = *entities[e];
    std::string uid = ofac_uid(entity);
    if (!uid.empty()) by_uid[std::move(uid)].push_back(e);
    for (std::string& reference : un_references(entity)) {
      by_un_reference[std::move(reference)].push_back(e);
    }
  }
  std::vector<PartyLink> links;
  // One uid is one OFAC record, whichever list or CSL row repeats it.
  for (const auto& [uid, holders] : by_uid) {
    if (holders.size() < 2) continue;
    link_all_pairs(holders, LinkRule::kOfacUid, "OFAC uid " + uid, links);
  }
  for (const auto& [reference, holders] : by_un_reference) {
    if (holders.size() < 2) continue;
    link_all_pairs(unambiguous_holders(entities, holders, counts), LinkRule::kUnReference,
                   "UN reference " + un_spelling(reference), links);
  }
  sort_and_merge(links);
  return links;
}

}  // namespace vigil::party
