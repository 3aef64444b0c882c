#include "server/service_routes.h"

#include "server/embedded_server_files.h"

namespace vigil::server {

ApiResponse health(const ApiRequest&, const RouteContext&) {
  return json_response(200, {{"status", "ok"}});
}

ApiResponse readiness(const ApiRequest&, const RouteContext& context) {
  const auto current = context.holder.current();
  if (current == nullptr) {
    return error_response(503, "not_ready", "the lists are still loading");
  }
  return json_response(200, {{"status", "ready"}, {"lists", current->lists}});
}

ApiResponse openapi(const ApiRequest&, const RouteContext&) {
  ApiResponse response;
  response.body = std::string(embedded_server_files().front().text);
  return response;
}

}  // namespace vigil::server
