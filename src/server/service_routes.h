// The routes about the service itself: liveness, readiness and the OpenAPI description.
#pragma once

#include "server/api_message.h"
#include "server/route_context.h"

namespace vigil::server {

// 200 while the process answers at all.
ApiResponse health(const ApiRequest& request, const RouteContext& context);
// 200 once lists are in service, with their generation; 503 before.
ApiResponse readiness(const ApiRequest& request, const RouteContext& context);
// data/openapi.json, compiled into the binary.
ApiResponse openapi(const ApiRequest& request, const RouteContext& context);

}  // namespace vigil::server
