// The API's routes: method, path pattern ("/match/{dataset}"), the role a key needs, and the
// handler. A fixed table, so every route has a small index (the metrics' label) and the
// OpenAPI file can be checked against it.
#pragma once

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "server/api_message.h"
#include "server/role.h"
#include "server/route_context.h"

namespace vigil::server {

struct Route {
  std::string_view method;
  std::string_view pattern;  // segments in braces are parameters
  std::optional<Role> role;  // nullopt: open to anyone (health, readiness, the OpenAPI file)
  bool needs_lists = true;   // answered 503 until the first lists are in service
  std::function<ApiResponse(const ApiRequest&, const RouteContext&)> handler;
};

// Every route of the API.
std::span<const Route> api_routes();

struct RouteMatch {
  const Route* route = nullptr;  // null: no route has this path (404), or not this method (405)
  size_t index = 0;              // in api_routes()
  bool path_known = false;       // some route has this path with another method
  std::map<std::string, std::string> params;
};

RouteMatch find_route(std::string_view method, std::string_view path);

}  // namespace vigil::server
