// The API as one function from a request to a response, whatever carries it: finds the route,
// checks the key's role, answers 503 before the lists are in service, runs the handler with the
// lists of that moment, and turns anything unexpected into a 500 that names the request id.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "server/api_message.h"
#include "server/query_limits.h"
#include "server/role.h"
#include "server/router.h"
#include "server/screener_holder.h"

namespace vigil::server {

struct ServiceOptions {
  QueryLimits limits;
  std::string store_path;  // the version store for /v1/versions and /v1/diff; empty: none
  // The role of a presented API key, or nullopt for an unknown key. Empty function: the
  // server runs without keys and every caller may do everything (loopback use only).
  std::function<std::optional<Role>(std::string_view key)> authenticate;
  // Renders /metrics; empty: 404.
  std::function<std::string()> metrics;
};

// What the transport passes in besides the request itself.
struct CallerInfo {
  std::string_view authorization;  // the Authorization header ("Bearer KEY" / "ApiKey KEY")
  std::string_view api_key;        // the X-API-Key header
};

struct ServiceAnswer {
  ApiResponse response;
  size_t route_index = SIZE_MAX;  // in api_routes(); SIZE_MAX: no route
};

class ApiService {
 public:
  ApiService(ScreenerHolder& holder, ServiceOptions options);

  ServiceAnswer handle(ApiRequest& request, const CallerInfo& caller) const;

  [[nodiscard]] const ServiceOptions& options() const { return options_; }

 private:
  std::optional<ApiResponse> refuse_caller(const Route& route, const CallerInfo& caller) const;

  ScreenerHolder& holder_;
  ServiceOptions options_;
};

}  // namespace vigil::server
