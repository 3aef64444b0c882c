#include "server/yente_entities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "screen/json.h"
#include "sources/ftm_writer.h"

namespace vigil::server {
namespace {

using nlohmann::json;

struct ReverseProperty {
  std::string_view schema;
  std::string_view property;  // on the fact, pointing at the party
  std::string_view reverse;   // on the party, holding the fact
};

// FollowTheMoney's reverse property names for the facts ftm_lines writes.
constexpr std::array<ReverseProperty, 15> kReverse = {{
    {"Sanction", "entity", "sanctions"},
    {"Passport", "holder", "identification"},
    {"Identification", "holder", "identification"},
    {"CryptoWallet", "holder", "cryptoWallets"},
    {"Ownership", "owner", "ownershipOwner"},
    {"Ownership", "asset", "ownershipAsset"},
    {"Directorship", "director", "directorshipDirector"},
    {"Directorship", "organization", "directorshipOrganization"},
    {"Family", "person", "familyPerson"},
    {"Family", "relative", "familyRelative"},
    {"Associate", "person", "associates"},
    {"Associate", "associate", "associations"},
    {"UnknownLink", "subject", "unknownLinkSubject"},
    {"UnknownLink", "object", "unknownLinkObject"},
    {"Address", "", "addressEntity"},
}};

double rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

// Puts `fact` in the party's properties under the reverse of the property that names the party.
void nest(json& party, json fact) {
  const std::string& self = party["id"].get_ref<const std::string&>();
  const std::string schema = fact.value("schema", "");
  json& properties = party["properties"];
  for (const ReverseProperty& r : kReverse) {
    if (r.schema != schema) continue;
    if (r.property.empty()) {  // the party names the fact (addressEntity: [address id])
      const auto values = properties.find(r.reverse);
      if (values == properties.end()) return;
      for (json& value : *values) {
        if (value == fact["id"]) value = std::move(fact);
      }
      return;
    }
    const auto pointer = fact["properties"].find(r.property);
    if (pointer == fact["properties"].end() || !pointer->is_array()) continue;
    if (std::find(pointer->begin(), pointer->end(), self) == pointer->end()) continue;
    json& values = properties[std::string(r.reverse)];
    if (values.is_null()) values = json::array();
    values.push_back(std::move(fact));
    return;
  }
}

std::string caption_of(const Entity& entity) {
  const Name* primary = entity.primary_name();
  return primary != nullptr ? primary->full : entity.id;
}

}  // namespace

json yente_entity(const Entity& entity, const DatasetInfo* dataset, bool nested) {
  const std::string published = dataset != nullptr ? dataset->publication_date : std::string();
  sources::FtmWriteSummary summary;
  std::vector<json> lines = sources::ftm_lines(entity, published, summary);
  json party = std::move(lines.front());
  party["caption"] = caption_of(entity);
  party["referents"] = json::array({entity.id});
  // Vigil keeps no per-entity history: the dates are those of the list publication.
  party["first_seen"] = published;
  party["last_seen"] = published;
  party["last_change"] = published;
  if (nested) {
    for (size_t i = 1; i < lines.size(); ++i) nest(party, std::move(lines[i]));
  }
  return party;
}

const DatasetInfo* dataset_info(const Screener& screener, std::string_view id) {
  for (const DatasetInfo& info : screener.datasets()) {
    if (info.id == id) return &info;
  }
  return nullptr;
}

namespace {

// Adds `values` to `into`, each value not already there, in order.
void add_new_values(json& into, const json& values) {
  if (!into.is_array() || !values.is_array()) return;
  for (const json& value : values) {
    if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
  }
}

void keep_earliest(json& into, const json& value, bool earliest) {
  if (!value.is_string() || value.get_ref<const std::string&>().empty()) return;
  if (!into.is_string() || into.get_ref<const std::string&>().empty() ||
      (earliest ? value.get_ref<const std::string&>() < into.get_ref<const std::string&>()
                : value.get_ref<const std::string&>() > into.get_ref<const std::string&>())) {
    into = value;
  }
}

}  // namespace

json yente_party_entity(const Screener& screener, const party::PartyGroup& party, bool nested) {
  const auto entities = screener.entities();
  const Entity& lead = *entities[party.members.front()];
  json merged = yente_entity(lead, dataset_info(screener, lead.dataset), nested);
  if (party.members.size() == 1) return merged;
  merged["id"] = sources::ftm_id(party.id);
  json& properties = merged["properties"];
  for (size_t k = 1; k < party.members.size(); ++k) {
    const Entity& record = *entities[party.members[k]];
    const json other = yente_entity(record, dataset_info(screener, record.dataset), nested);
    for (const auto& [property, values] : other["properties"].items()) {
      if (!properties.contains(property)) {
        properties[property] = values;
      } else {
        add_new_values(properties[property], values);
      }
    }
    add_new_values(merged["datasets"], other["datasets"]);
    add_new_values(merged["referents"], other["referents"]);
    keep_earliest(merged["first_seen"], other["first_seen"], true);
    keep_earliest(merged["last_seen"], other["last_seen"], false);
    keep_earliest(merged["last_change"], other["last_change"], false);
    if (other.value("target", false)) merged["target"] = true;
  }
  return merged;
}

namespace {

// What a match adds to the entity's record.
json match_members(const Match& match) {
  json result = json::object();
  result["score"] = rounded(match.score);
  result["match"] = match.is_match;
  json features = {{"name_score", rounded(match.name_score)}};
  json explanations = {
      {"name_score",
       {{"score", rounded(match.name_score)}, {"detail", screen::explain_text(match)}}}};
  for (const Adjustment& a : match.adjustments) {
    features[a.feature] = rounded(a.delta);
    explanations[a.feature] = {{"score", rounded(a.delta)}, {"detail", a.reason}};
  }
  result["features"] = std::move(features);
  result["explanations"] = std::move(explanations);
  result["token"] = nullptr;
  return result;
}

}  // namespace

json yente_result(const Match& match, const DatasetInfo* dataset) {
  json result = yente_entity(*match.entity, dataset, false);
  result.update(match_members(match));
  return result;
}

std::string json_text(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string yente_result_text(const Match& match, const DatasetInfo* dataset,
                              EntityTextCache& records) {
  std::string text = records.get(*match.entity, [dataset](const Entity& entity) {
    return json_text(yente_entity(entity, dataset, false));
  });
  const std::string members = json_text(match_members(match));  // "{...}", never empty
  text.back() = ',';                                            // the record's closing brace
  text.append(members, 1, std::string::npos);
  return text;
}

std::string yente_party_result_text(const Match& match, const Screener& screener,
                                    EntityTextCache& parties) {
  const party::PartyGroup* party = screener.find_party(match.entity->id);
  if (party == nullptr || party->members.size() == 1) {
    return yente_result_text(match, dataset_info(screener, match.entity->dataset), parties);
  }
  const Entity& lead = *screener.entities()[party->members.front()];
  std::string text = parties.get(lead, [&screener, party](const Entity&) {
    return json_text(yente_party_entity(screener, *party, false));
  });
  const std::string members = json_text(match_members(match));
  text.back() = ',';
  text.append(members, 1, std::string::npos);
  return text;
}

}  // namespace vigil::server
