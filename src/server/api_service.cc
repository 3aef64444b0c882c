#include "server/api_service.h"

#include <fmt/format.h>

#include <exception>

namespace vigil::server {
namespace {

// The key in "Bearer KEY" or "ApiKey KEY" (the OpenSanctions API's spelling), else X-API-Key.
std::string_view presented_key(const CallerInfo& caller) {
  for (std::string_view scheme : {"Bearer ", "ApiKey ", "bearer "}) {
    if (caller.authorization.starts_with(scheme)) return caller.authorization.substr(scheme.size());
  }
  return caller.api_key;
}

const ServedLists& no_lists() {
  static const ServedLists empty;
  return empty;
}

}  // namespace

ApiService::ApiService(ScreenerHolder& holder, ServiceOptions options)
    : holder_(holder), options_(std::move(options)) {}

std::optional<ApiResponse> ApiService::refuse_caller(const Route& route,
                                                     const CallerInfo& caller) const {
  if (!route.role || !options_.authenticate) return std::nullopt;
  const std::string_view key = presented_key(caller);
  if (key.empty()) {
    ApiResponse response = error_response(401, "unauthorized",
                                          "this route needs an API key: Authorization: Bearer KEY");
    response.headers.emplace_back("WWW-Authenticate", "Bearer");
    return response;
  }
  const std::optional<Role> role = options_.authenticate(key);
  if (!role) return error_response(401, "unauthorized", "the API key is not valid");
  if (!permits(*role, *route.role)) {
    return error_response(403, "forbidden",
                          fmt::format("this route needs the {} role; the key has the {} role",
                                      to_string(*route.role), to_string(*role)));
  }
  return std::nullopt;
}

ServiceAnswer ApiService::handle(ApiRequest& request, const CallerInfo& caller) const {
  ServiceAnswer answer;
  const RouteMatch found = find_route(request.method, request.path);
  if (found.route == nullptr) {
    answer.response =
        found.path_known
            ? error_response(405, "method_not_allowed",
                             fmt::format("{} is not allowed on {}", request.method, request.path))
            : error_response(404, "not_found", fmt::format("no route {}", request.path));
    return answer;
  }
  answer.route_index = found.index;
  if (auto refused = refuse_caller(*found.route, caller)) {
    answer.response = std::move(*refused);
    return answer;
  }
  const auto lists = holder_.current();
  if (found.route->needs_lists && lists == nullptr) {
    answer.response = error_response(503, "not_ready", "the lists are still loading");
    answer.response.headers.emplace_back("Retry-After", "1");
    return answer;
  }
  if (found.route->handler == nullptr) {  // /metrics
    if (!options_.metrics) {
      answer.response = error_response(404, "not_found", "metrics are off");
      return answer;
    }
    answer.response.body = options_.metrics();
    answer.response.content_type = "text/plain; version=0.0.4";
    return answer;
  }
  request.path_params = found.params;
  const RouteContext context{lists ? *lists : no_lists(), options_.limits, holder_,
                             options_.store_path};
  try {
    answer.response = found.route->handler(request, context);
  } catch (const std::exception& e) {
    answer.response = error_response(500, "internal", fmt::format("internal error: {}", e.what()));
  }
  return answer;
}

}  // namespace vigil::server
