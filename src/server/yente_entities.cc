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

}  // namespace vigil::server
