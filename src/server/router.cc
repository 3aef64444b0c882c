#include "server/router.h"

#include <vector>

#include "server/native_routes.h"
#include "server/service_routes.h"
#include "server/yente_routes.h"

namespace vigil::server {
namespace {

std::vector<Route> make_routes() {
  return {
      {"GET", "/healthz", std::nullopt, false, health},
      {"GET", "/readyz", std::nullopt, false, readiness},
      {"GET", "/openapi.json", std::nullopt, false, openapi},
      {"GET", "/metrics", Role::kAdmin, false, nullptr},  // answered by the server itself
      {"POST", "/v1/screen", Role::kScreen, true, screen_one},
      {"POST", "/v1/screen/batch", Role::kScreen, true, screen_batch},
      {"GET", "/v1/entities/{id}", Role::kScreen, true, get_entity},
      {"GET", "/v1/datasets", Role::kScreen, true, list_datasets},
      {"GET", "/v1/versions", Role::kAnalyst, false, list_versions},
      {"GET", "/v1/diff", Role::kAnalyst, false, diff_versions},
      {"POST", "/v1/admin/reload", Role::kAdmin, false, reload_lists},
      {"POST", "/match/{dataset}", Role::kScreen, true, yente_match},
      {"GET", "/search/{dataset}", Role::kAnalyst, true, yente_search},
      {"GET", "/entities/{id}", Role::kScreen, true, yente_get_entity},
      {"GET", "/catalog", Role::kScreen, true, yente_catalog},
      {"GET", "/algorithms", Role::kScreen, false, yente_algorithms},
  };
}

// Matches `path` against `pattern` segment by segment; parameters take one whole segment.
bool matches(std::string_view pattern, std::string_view path,
             std::map<std::string, std::string>& params) {
  params.clear();
  while (!pattern.empty() && !path.empty()) {
    if (pattern.front() != '/' || path.front() != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    const size_t pattern_end = std::min(pattern.find('/'), pattern.size());
    const size_t path_end = std::min(path.find('/'), path.size());
    const std::string_view segment = pattern.substr(0, pattern_end);
    const std::string_view value = path.substr(0, path_end);
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
      if (value.empty()) return false;
      params.emplace(std::string(segment.substr(1, segment.size() - 2)), std::string(value));
    } else if (segment != value) {
      return false;
    }
    pattern.remove_prefix(pattern_end);
    path.remove_prefix(path_end);
  }
  return pattern.empty() && path.empty();
}

}  // namespace

std::span<const Route> api_routes() {
  static const std::vector<Route> routes = make_routes();
  return routes;
}

RouteMatch find_route(std::string_view method, std::string_view path) {
  RouteMatch found;
  std::map<std::string, std::string> params;
  const auto routes = api_routes();
  for (size_t i = 0; i < routes.size(); ++i) {
    if (!matches(routes[i].pattern, path, params)) continue;
    found.path_known = true;
    if (routes[i].method != method) continue;
    found.route = &routes[i];
    found.index = i;
    found.params = std::move(params);
    return found;
  }
  return found;
}

}  // namespace vigil::server
