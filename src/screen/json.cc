#include "screen/json.h"

#include <fmt/format.h>

#include <cmath>

namespace vigil::screen {
namespace {

using nlohmann::json;

// Scores are printed rounded to 4 decimals: stable text for the same double.
double rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

json rounded_all(const std::vector<double>& values) {
  json out = json::array();
  for (double v : values) out.push_back(rounded(v));
  return out;
}

json names_json(const Entity& entity) {
  json out = json::array();
  for (const Name& n : entity.names) {
    json name = {{"full", n.full}, {"kind", to_string(n.kind)}};
    if (!n.script.empty()) name["script"] = n.script;
    if (!n.language.empty()) name["language"] = n.language;
    json parts = json::object();
    for (const auto& [key, value] : {std::pair{"title", &n.parts.title},
                                     {"given", &n.parts.given},
                                     {"middle", &n.parts.middle},
                                     {"patronymic", &n.parts.patronymic},
                                     {"family", &n.parts.family}}) {
      if (!value->empty()) parts[key] = *value;
    }
    if (!parts.empty()) name["parts"] = parts;
    out.push_back(std::move(name));
  }
  return out;
}

json dates_json(const std::vector<DateValue>& dates) {
  json out = json::array();
  for (const DateValue& d : dates) {
    json date = {{"from", d.from.to_iso()}, {"to", d.to.to_iso()}};
    if (d.circa) date["circa"] = true;
    if (!d.original.empty()) date["original"] = d.original;
    out.push_back(std::move(date));
  }
  return out;
}

json identifiers_json(const std::vector<Identifier>& identifiers) {
  json out = json::array();
  for (const Identifier& i : identifiers) {
    json id = {{"type", to_string(i.type)}, {"value", i.value}, {"normalised", i.normalised}};
    for (const auto& [key, value] : {std::pair{"label", &i.label},
                                     {"country", &i.country},
                                     {"issued", &i.issued},
                                     {"expires", &i.expires},
                                     {"note", &i.note}}) {
      if (!value->empty()) id[key] = *value;
    }
    out.push_back(std::move(id));
  }
  return out;
}

json addresses_json(const std::vector<Address>& addresses) {
  json out = json::array();
  for (const Address& a : addresses) {
    json address = {{"full", a.to_string()}};
    for (const auto& [key, value] : {std::pair{"street", &a.street},
                                     {"city", &a.city},
                                     {"region", &a.region},
                                     {"postal_code", &a.postal_code},
                                     {"country", &a.country},
                                     {"note", &a.note}}) {
      if (!value->empty()) address[key] = *value;
    }
    out.push_back(std::move(address));
  }
  return out;
}

json sanctions_json(const std::vector<Sanction>& sanctions) {
  json out = json::array();
  for (const Sanction& s : sanctions) {
    json sanction = {{"authority", s.authority}, {"program", s.program}};
    if (!s.legal_basis.empty()) sanction["legal_basis"] = s.legal_basis;
    if (!s.listed_on.empty()) sanction["listed_on"] = s.listed_on;
    if (!s.reason.empty()) sanction["reason"] = s.reason;
    out.push_back(std::move(sanction));
  }
  return out;
}

json relations_json(const std::vector<Relation>& relations) {
  json out = json::array();
  for (const Relation& r : relations) {
    json relation = {{"kind", to_string(r.kind)}, {"target_name", r.target_name}};
    if (!r.target_id.empty()) relation["target_id"] = r.target_id;
    if (r.share_percent) relation["share_percent"] = *r.share_percent;
    out.push_back(std::move(relation));
  }
  return out;
}

}  // namespace

json to_json(const Entity& entity) {
  json properties = json::array();
  for (const Property& p : entity.properties)
    properties.push_back({{"key", p.key}, {"value", p.value}});
  return {{"id", entity.id},
          {"dataset", entity.dataset},
          {"source_id", entity.source_id},
          {"schema", to_string(entity.schema)},
          {"names", names_json(entity)},
          {"birth_dates", dates_json(entity.birth_dates)},
          {"birth_places", entity.birth_places},
          {"nationalities", entity.nationalities},
          {"citizenships", entity.citizenships},
          {"countries", entity.countries},
          {"gender", to_string(entity.gender)},
          {"addresses", addresses_json(entity.addresses)},
          {"identifiers", identifiers_json(entity.identifiers)},
          {"sanctions", sanctions_json(entity.sanctions)},
          {"relations", relations_json(entity.relations)},
          {"properties", properties},
          {"remarks", entity.remarks},
          {"content_hash", fmt::format("{:016x}", entity.content_hash)}};
}

json to_json(const DatasetInfo& info) {
  json files = json::array();
  for (const SourceFile& f : info.files) {
    files.push_back(
        {{"path", f.path}, {"format", f.format}, {"bytes", f.bytes}, {"sha256", f.sha256}});
  }
  return {{"id", info.id},
          {"title", info.title},
          {"authority", info.authority},
          {"publication_date", info.publication_date},
          {"note", info.note},
          {"kind", to_string(info.kind)},
          {"entity_count", info.entity_count},
          {"skipped_records", info.skipped_records},
          {"load_seconds", rounded(info.load_seconds)},
          {"files", files}};
}

json to_json(const Match& match, ExplanationDetail detail) {
  const Entity& e = *match.entity;
  const Name* primary = e.primary_name();
  const bool term_by_term = detail == ExplanationDetail::kTermByTerm;
  json alignments = json::array();
  for (const TokenAlignment& a : match.alignments) {
    if (!term_by_term) break;
    alignments.push_back({{"query", a.query_token},
                          {"list", a.list_token},
                          {"how", a.kind},
                          {"similarity", rounded(a.similarity)},
                          {"weight", rounded(a.weight)},
                          {"evidence", rounded(a.evidence)},
                          {"mass", rounded(a.mass)}});
    if (!a.list_role.empty()) alignments.back()["list_role"] = a.list_role;
  }
  json adjustments = json::array();
  for (const Adjustment& a : match.adjustments) {
    adjustments.push_back(
        {{"feature", a.feature}, {"delta", rounded(a.delta)}, {"reason", a.reason}});
  }
  json programs = json::array();
  for (const Sanction& s : e.sanctions) programs.push_back(s.program);
  json identifier_hits = json::array();
  for (const IdentifierHit& h : match.identifier_hits) {
    identifier_hits.push_back({{"query",
                                {{"type", to_string(h.query.type)},
                                 {"value", h.query.value},
                                 {"country", h.query.country}}},
                               {"listed",
                                {{"type", to_string(h.listed.type)},
                                 {"label", h.listed.label},
                                 {"value", h.listed.value},
                                 {"country", h.listed.country}}}});
  }
  json explanation = {{"text", explain_text(match)},
                      {"adjustments", std::move(adjustments)},
                      {"identifier_hits", std::move(identifier_hits)}};
  if (term_by_term) {
    explanation["alignments"] = std::move(alignments);
    explanation["unmatched_query_tokens"] = match.unmatched_query_tokens;
    explanation["unmatched_list_tokens"] = match.unmatched_list_tokens;
    explanation["unmatched_list_roles"] = match.unmatched_list_roles;
    explanation["unmatched_query_mass"] = rounded_all(match.unmatched_query_mass);
    explanation["unmatched_list_mass"] = rounded_all(match.unmatched_list_mass);
    explanation["name_mass"] = rounded(match.name_mass);
  }
  nlohmann::json party_records = nlohmann::json::array();
  for (const PartyRecord& r : match.party_records) {
    party_records.push_back({{"entity_id", r.entity->id},
                             {"dataset", r.entity->dataset},
                             {"matched_name", r.matched_name},
                             {"score", rounded(r.score)}});
  }
  return {{"entity_id", e.id},
          {"party_id", match.party_id},
          {"party_records", std::move(party_records)},
          {"dataset", e.dataset},
          {"source_id", e.source_id},
          {"schema", to_string(e.schema)},
          {"name", primary != nullptr ? primary->full : std::string()},
          {"matched_name", match.matched_name},
          {"matched_name_kind", to_string(match.matched_name_kind)},
          {"score", rounded(match.score)},
          {"name_score", rounded(match.name_score)},
          {"match", match.is_match},
          {"programs", programs},
          {"explanation", std::move(explanation)}};
}

std::string explain_text(const Match& match) {
  std::string pairs;
  for (const TokenAlignment& a : match.alignments) {
    if (!pairs.empty()) pairs += ", ";
    pairs += fmt::format("{}={} ({} {:.2f}, weight {:.2f})", a.query_token, a.list_token, a.kind,
                         a.similarity, a.weight);
  }
  std::vector<std::string> parts;
  if (!pairs.empty()) parts.push_back(std::move(pairs));
  if (!match.unmatched_query_tokens.empty()) {
    parts.push_back("query tokens not in the list name: " +
                    fmt::format("{}", fmt::join(match.unmatched_query_tokens, " ")));
  }
  if (!match.unmatched_list_tokens.empty()) {
    parts.push_back("list tokens not in the query: " +
                    fmt::format("{}", fmt::join(match.unmatched_list_tokens, " ")));
  }
  parts.push_back(fmt::format("name score {:.3f}", match.name_score));
  for (const Adjustment& a : match.adjustments) {
    parts.push_back(fmt::format("{} {:+.2f} ({})", a.feature, a.delta, a.reason));
  }
  std::string out = fmt::format("{}", fmt::join(parts, "; "));
  return out;
}

}  // namespace vigil::screen
