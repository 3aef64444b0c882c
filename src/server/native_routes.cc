#include "server/native_routes.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include <charconv>

#include "model/entity_diff.h"
#include "screen/json.h"
#include "server/native_query.h"
#include "store/version_json.h"
#include "store/version_store.h"

namespace vigil::server {
namespace {

using nlohmann::json;

// The matches of one query as the API returns them; counts those at or above the threshold.
json matches_json(const ScreenResult& result, bool explain, size_t& match_count) {
  json matches = json::array();
  for (const Match& m : result.matches) {
    json item = screen::to_json(
        m, explain ? screen::ExplanationDetail::kTermByTerm : screen::ExplanationDetail::kSummary);
    if (explain) item["entity"] = screen::to_json(*m.entity);
    match_count += m.is_match ? 1 : 0;
    matches.push_back(std::move(item));
  }
  return matches;
}

// Screens one query object; the error is the query's own (a bad field, an unknown dataset).
std::variant<json, ApiError> screen_query(const json& body, const RouteContext& context,
                                          size_t& match_count) {
  auto read = read_native_query(body, context.limits);
  if (auto* error = std::get_if<ApiError>(&read)) return *error;
  const NativeQuery& native = std::get<NativeQuery>(read);
  const Result<ScreenResult> result = context.lists.screener->screen(native.query);
  if (!result.ok()) return ApiError{400, "bad_query", result.error().message};
  return json{{"query", native.query.name},
              {"normalised_query", result->normalised_query},
              {"threshold", native.query.threshold},
              {"matches", matches_json(*result, native.explain, match_count)}};
}

std::variant<json, ApiError> body_of(const ApiRequest& request, const RouteContext& context) {
  return parse_json_body(request.body, context.limits.max_json_depth);
}

std::optional<int64_t> positive_integer(const std::string& text) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

std::variant<std::unique_ptr<store::VersionStore>, ApiError> open_store(
    const RouteContext& context) {
  if (context.store_path.empty()) {
    return ApiError{404, "no_store", "this server has no version store (see --store)"};
  }
  auto opened = store::VersionStore::open(context.store_path);
  if (!opened.ok()) return ApiError{503, "store_unavailable", opened.error().message};
  return std::move(opened.value());
}

}  // namespace

ApiResponse screen_one(const ApiRequest& request, const RouteContext& context) {
  auto body = body_of(request, context);
  if (auto* error = std::get_if<ApiError>(&body)) return error_response(*error);
  size_t match_count = 0;
  auto screened = screen_query(std::get<json>(body), context, match_count);
  if (auto* error = std::get_if<ApiError>(&screened)) return error_response(*error);
  ApiResponse response = json_response(200, std::get<json>(screened), context.lists.lists_text);
  response.matches = match_count;
  return response;
}

// Each query is screened on its own: one bad query is an error item, not a failed batch.
ApiResponse screen_batch(const ApiRequest& request, const RouteContext& context) {
  auto body = body_of(request, context);
  if (auto* error = std::get_if<ApiError>(&body)) return error_response(*error);
  const json& document = std::get<json>(body);
  const auto queries = document.is_object() ? document.find("queries") : document.end();
  if (queries == document.end() || !queries->is_array()) {
    return error_response(400, "bad_request", "the body must be {\"queries\": [ ... ]}");
  }
  if (queries->size() > context.limits.max_batch) {
    return error_response(413, "batch_too_large",
                          fmt::format("a batch holds at most {} queries; this one has {}",
                                      context.limits.max_batch, queries->size()));
  }
  std::vector<json> results(queries->size());
  std::vector<size_t> match_counts(queries->size(), 0);
  tbb::parallel_for(size_t{0}, queries->size(), [&](size_t i) {
    const json& query = (*queries)[i];
    auto screened = screen_query(query, context, match_counts[i]);
    json item = {{"index", i}};
    if (query.is_object() && query.contains("id")) item["id"] = query["id"];
    if (auto* error = std::get_if<ApiError>(&screened)) {
      item["error"] = {
          {"status", error->status}, {"code", error->code}, {"message", error->message}};
    } else {
      item.update(std::get<json>(screened));
    }
    results[i] = std::move(item);
  });
  ApiResponse response = json_response(200, {{"results", results}}, context.lists.lists_text);
  for (size_t count : match_counts) response.matches += count;
  return response;
}

ApiResponse get_entity(const ApiRequest& request, const RouteContext& context) {
  const std::string& id = request.path_params.at("id");
  const auto entity = context.lists.screener->find_entity(id);
  if (entity == nullptr) {
    return error_response(404, "not_found",
                          fmt::format("no entity '{}' in the lists in service", id));
  }
  return json_response(200, screen::to_json(*entity), context.lists.lists_text);
}

ApiResponse list_datasets(const ApiRequest&, const RouteContext& context) {
  json datasets = json::array();
  for (const DatasetInfo& info : context.lists.screener->datasets()) {
    datasets.push_back(screen::to_json(info));
  }
  return json_response(200, {{"datasets", datasets},
                             {"generation", context.lists.generation},
                             {"loaded_at", context.lists.lists["loaded_at"]}});
}

ApiResponse list_versions(const ApiRequest& request, const RouteContext& context) {
  auto store = open_store(context);
  if (auto* error = std::get_if<ApiError>(&store)) return error_response(*error);
  const auto versions =
      std::get<0>(store)->versions(request.param("dataset").value_or(std::string()));
  if (!versions.ok()) return error_response(503, "store_unavailable", versions.error().message);
  json out = json::array();
  for (const auto& version : *versions) out.push_back(store::to_json(version));
  return json_response(200, {{"versions", out}});
}

ApiResponse diff_versions(const ApiRequest& request, const RouteContext& context) {
  const auto old_id = positive_integer(request.param("old").value_or(""));
  const auto new_id = positive_integer(request.param("new").value_or(""));
  if (!old_id || !new_id) {
    return error_response(400, "bad_parameter",
                          "give ?old=VERSION&new=VERSION, two version numbers (see /v1/versions)");
  }
  auto opened = open_store(context);
  if (auto* error = std::get_if<ApiError>(&opened)) return error_response(*error);
  store::VersionStore& store = *std::get<0>(opened);
  json sides = json::array();
  std::vector<std::vector<model::EntitySummary>> entities;
  for (const int64_t id : {*old_id, *new_id}) {
    auto version = store.version(id);
    if (!version.ok()) return error_response(404, "not_found", version.error().message);
    auto summaries = store.entities(id);
    if (!summaries.ok()) return error_response(503, "store_unavailable", summaries.error().message);
    sides.push_back(store::to_json(*version));
    entities.push_back(std::move(summaries.value()));
  }
  const model::EntityDiff diff = model::diff_entities(entities[0], entities[1]);
  return json_response(200, store::diff_json(sides[0], sides[1], diff));
}

ApiResponse reload_lists(const ApiRequest&, const RouteContext& context) {
  const ReloadOutcome outcome = context.holder.reload();
  if (!outcome.ok) {
    return json_response(
        500, {{"error", {{"status", 500}, {"code", "reload_failed"}, {"message", outcome.message}}},
              {"detail", outcome.message},
              {"generation", outcome.generation}});
  }
  return json_response(200, {{"reloaded", true},
                             {"generation", outcome.generation},
                             {"seconds", outcome.seconds},
                             {"lists", context.holder.current()->lists}});
}

}  // namespace vigil::server
