#include "server/yente_routes.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "server/yente_entities.h"
#include "server/yente_query.h"

namespace vigil::server {
namespace {

using nlohmann::json;

constexpr std::string_view kAlgorithm = "vigil-v1";
// Every list in service, under the names yente clients use for the whole collection.
constexpr std::array<std::string_view, 3> kAllLists = {"default", "sanctions", "all"};

// The lists a request screens: the path's dataset, then include_dataset / exclude_dataset.
std::variant<ListSelection, ApiError> selection_of(const ApiRequest& request,
                                                   const Screener& screener) {
  ListSelection lists;
  const std::string& dataset = request.path_params.at("dataset");
  const std::vector<std::string> included = request.params_of("include_dataset");
  if (std::find(kAllLists.begin(), kAllLists.end(), dataset) != kAllLists.end()) {
    lists.datasets = included;
  } else if (dataset_info(screener, dataset) == nullptr) {
    return ApiError{404, "not_found",
                    fmt::format("dataset '{}' is not in service (see /catalog)", dataset)};
  } else if (included.empty() ||
             std::find(included.begin(), included.end(), dataset) != included.end()) {
    // The path's dataset and include_dataset both narrow: keep what both allow.
    lists.datasets = {dataset};
  } else {
    return ApiError{
        400, "bad_parameter",
        fmt::format("include_dataset leaves nothing of dataset '{}' to screen", dataset)};
  }
  lists.exclude_datasets = request.params_of("exclude_dataset");
  return lists;
}

// False when the request's filters exclude the entity: topics (every listed party of a block
// list is a "sanction"; allow lists have none) and changed_since (against the list's
// publication date: Vigil keeps no per-entity history, so this keeps more, never fewer).
bool passes_filters(const DatasetInfo* dataset, const std::vector<std::string>& topics,
                    const std::string& changed_since) {
  const bool sanctioned = dataset == nullptr || dataset->kind == DatasetKind::kBlock;
  if (!topics.empty() &&
      (!sanctioned || std::find(topics.begin(), topics.end(), "sanction") == topics.end())) {
    return false;
  }
  if (!changed_since.empty() && dataset != nullptr && !dataset->publication_date.empty() &&
      dataset->publication_date < changed_since.substr(0, 10)) {
    return false;
  }
  return true;
}

struct RequestSettings {
  Query base;
  std::vector<std::string> topics;
  std::string changed_since;
};

std::variant<RequestSettings, ApiError> settings_of(const ApiRequest& request,
                                                    const RouteContext& context, double min_score) {
  RequestSettings settings;
  auto threshold = number_param(request, "threshold", kDefaultThreshold, 0, 1);
  if (auto* error = std::get_if<ApiError>(&threshold)) return *error;
  auto limit = number_param(request, "limit", 5, 1, static_cast<double>(context.limits.max_limit));
  if (auto* error = std::get_if<ApiError>(&limit)) return *error;
  auto selection = selection_of(request, *context.lists.screener);
  if (auto* error = std::get_if<ApiError>(&selection)) return *error;
  settings.base.threshold = std::get<double>(threshold);
  settings.base.limit = static_cast<size_t>(std::get<double>(limit));
  settings.base.min_score = std::min(min_score, settings.base.threshold);
  settings.base.lists = std::move(std::get<ListSelection>(selection));
  settings.topics = request.params_of("topics");
  settings.changed_since = request.param("changed_since").value_or("");
  if (const auto algorithm = request.param("algorithm");
      algorithm && *algorithm != kAlgorithm && *algorithm != "best" && *algorithm != "default") {
    return ApiError{400, "bad_parameter",
                    fmt::format("algorithm '{}' is not offered; Vigil has '{}' (see /algorithms)",
                                *algorithm, kAlgorithm)};
  }
  return settings;
}

// Screens every name of one example and keeps each party's best match; the answer as JSON
// text, one merged entity per party (yente_party_entity).
std::variant<std::string, ApiError> match_one(const json& example, const RequestSettings& settings,
                                              const RouteContext& context, size_t& match_count) {
  auto read = read_yente_query(example, settings.base, context.limits);
  if (auto* error = std::get_if<ApiError>(&read)) return *error;
  const Screener& screener = *context.lists.screener;
  std::map<std::string, Match> best;
  for (const Query& query : std::get<YenteQuery>(read).per_name) {
    auto result = screener.screen(query);
    if (!result.ok()) return ApiError{400, "bad_query", result.error().message};
    for (Match& m : result->matches) {
      auto [it, inserted] = best.try_emplace(m.party_id, m);
      if (!inserted && m.score > it->second.score) it->second = std::move(m);
    }
  }
  std::vector<const Match*> ranked;
  for (const auto& [id, m] : best) {
    const DatasetInfo* dataset = dataset_info(screener, m.entity->dataset);
    if (passes_filters(dataset, settings.topics, settings.changed_since)) ranked.push_back(&m);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Match* a, const Match* b) { return a->score > b->score; });
  if (ranked.size() > settings.base.limit) ranked.resize(settings.base.limit);
  std::string results;
  for (const Match* m : ranked) {
    results += results.empty() ? "[" : ",";
    results += yente_party_result_text(*m, screener, *context.lists.yente_records);
    match_count += m->is_match ? 1 : 0;
  }
  results += results.empty() ? "[]" : "]";
  return fmt::format(
      R"({{"status":200,"results":{},"total":{{"value":{},"relation":"eq"}},"query":{}}})", results,
      ranked.size(), json_text(std::get<YenteQuery>(read).echo));
}

}  // namespace

ApiResponse yente_match(const ApiRequest& request, const RouteContext& context) {
  auto settings = settings_of(request, context, 0.5);
  if (auto* error = std::get_if<ApiError>(&settings)) return error_response(*error);
  auto body = parse_json_body(request.body, context.limits.max_json_depth);
  if (auto* error = std::get_if<ApiError>(&body)) return error_response(*error);
  const json& document = std::get<json>(body);
  const auto queries = document.is_object() ? document.find("queries") : document.end();
  if (queries == document.end() || !queries->is_object()) {
    return error_response(400, "bad_request", "the body must be {\"queries\": {\"q1\": {...}}}");
  }
  if (queries->size() > context.limits.max_match_queries) {
    return error_response(413, "batch_too_large",
                          fmt::format("a /match request holds at most {} queries; this one has {}",
                                      context.limits.max_match_queries, queries->size()));
  }
  // Built as text: each result's entity record is cached text (EntityTextCache).
  std::string responses;
  size_t match_count = 0;
  for (const auto& [key, example] : queries->items()) {
    auto answered = match_one(example, std::get<RequestSettings>(settings), context, match_count);
    responses += responses.empty() ? "{" : ",";
    responses += json_text(key) + ":";
    if (auto* error = std::get_if<ApiError>(&answered)) {
      responses += json_text({{"status", error->status},
                              {"detail", error->message},
                              {"results", json::array()},
                              {"total", {{"value", 0}, {"relation", "eq"}}}});
    } else {
      responses += std::get<std::string>(answered);
    }
  }
  responses += responses.empty() ? "{}" : "}";
  const RequestSettings& used = std::get<RequestSettings>(settings);
  ApiResponse response;
  response.body = fmt::format(R"({{"responses":{},"matcher":{},"limit":{},"lists":{}}})", responses,
                              json_text({{"name", kAlgorithm}, {"threshold", used.base.threshold}}),
                              used.base.limit, context.lists.lists_text);
  response.matches = match_count;
  return response;
}

ApiResponse yente_search(const ApiRequest& request, const RouteContext& context) {
  const std::string text = request.param("q").value_or("");
  if (text.empty()) return error_response(400, "bad_parameter", "give the text to search as ?q=");
  auto settings = settings_of(request, context, 0.3);
  if (auto* error = std::get_if<ApiError>(&settings)) return error_response(*error);
  auto offset = number_param(request, "offset", 0, 0, 10000);
  if (auto* error = std::get_if<ApiError>(&offset)) return error_response(*error);
  Query query = std::get<RequestSettings>(settings).base;
  query.name = text;
  query.min_score = 0.3;
  const size_t skip = static_cast<size_t>(std::get<double>(offset));
  query.limit += skip;
  if (const auto schema = request.param("schema")) {
    const auto parsed = schema_of_ftm(*schema);
    if (!parsed)
      return error_response(400, "bad_parameter", fmt::format("unknown schema '{}'", *schema));
    query.schema = *parsed;
  }
  const Screener& screener = *context.lists.screener;
  auto result = screener.screen(query);
  if (!result.ok()) return error_response(400, "bad_query", result.error().message);
  json results = json::array();
  for (size_t i = skip; i < result->matches.size(); ++i) {
    const Match& m = result->matches[i];
    const party::PartyGroup* party = screener.find_party(m.entity->id);
    json item = party != nullptr
                    ? yente_party_entity(screener, *party, false)
                    : yente_entity(*m.entity, dataset_info(screener, m.entity->dataset), false);
    item["score"] = m.score;
    results.push_back(std::move(item));
  }
  return json_response(200, {{"results", std::move(results)},
                             {"total", {{"value", result->matches.size()}, {"relation", "eq"}}},
                             {"limit", query.limit - skip},
                             {"offset", skip},
                             {"facets", json::object()}});
}

// The party `id` names: a record's id or a party's, as Vigil writes it ("ofac_sdn:39017",
// "party:ofac_sdn:39017") or as FtM does ("ofac_sdn-39017", "party-ofac_sdn-39017": the
// first '-' after the prefix stands for ':').
const party::PartyGroup* party_of_id(const Screener& screener, std::string_view id) {
  if (const party::PartyGroup* party = screener.find_party(id)) return party;
  constexpr std::string_view kFtmParty = "party-";
  const bool party_id = id.starts_with(kFtmParty);
  const std::string_view rest = party_id ? id.substr(kFtmParty.size()) : id;
  const size_t dash = rest.find('-');
  if (dash == std::string_view::npos) return nullptr;
  const std::string record =
      std::string(rest.substr(0, dash)) + ":" + std::string(rest.substr(dash + 1));
  return screener.find_party(party_id ? "party:" + record : record);
}

// yente answers a record's id with the merged entity of its party (yente redirects to it).
ApiResponse yente_get_entity(const ApiRequest& request, const RouteContext& context) {
  const std::string& id = request.path_params.at("id");
  const Screener& screener = *context.lists.screener;
  const party::PartyGroup* party = party_of_id(screener, id);
  if (party == nullptr) return error_response(404, "not_found", fmt::format("no entity '{}'", id));
  return json_response(200, yente_party_entity(screener, *party, true));
}

ApiResponse yente_catalog(const ApiRequest&, const RouteContext& context) {
  json datasets = json::array();
  json children = json::array();
  size_t total = 0;
  for (const DatasetInfo& info : context.lists.screener->datasets()) {
    datasets.push_back({{"name", info.id},
                        {"title", info.title},
                        {"summary", info.note},
                        {"type", "source"},
                        {"publisher", {{"name", info.authority}}},
                        {"last_export", info.publication_date},
                        {"version", info.publication_date},
                        {"entity_count", info.entity_count},
                        {"load", true}});
    children.push_back(info.id);
    total += info.entity_count;
  }
  datasets.push_back({{"name", "default"},
                      {"title", "Every list in service"},
                      {"type", "collection"},
                      {"children", children},
                      {"entity_count", total},
                      {"load", true}});
  return json_response(200, {{"datasets", std::move(datasets)},
                             {"current", children},
                             {"outdated", json::array()},
                             {"index_stale", false}});
}

ApiResponse yente_algorithms(const ApiRequest&, const RouteContext&) {
  json algorithm = {
      {"name", kAlgorithm},
      {"description",
       "Vigil's matcher: token alignment over transliterated, normalised names with rare tokens "
       "weighing more, adjusted by type, birth date, country and gender; an equal identifier is a "
       "match on its own. Scores are calibrated so that the default threshold 0.85 is the alert "
       "line."},
      {"features",
       {{"name_score", "the names alone, 0..1"},
        {"schema", "the entity type agrees or conflicts"},
        {"birth_date", "the birth date agrees or conflicts"},
        {"country", "the country agrees or conflicts"},
        {"identifier", "an equal identifier"}}}};
  return json_response(
      200,
      {{"algorithms", json::array({algorithm})}, {"default", kAlgorithm}, {"best", kAlgorithm}});
}

}  // namespace vigil::server
