// The yente-compatible API (OpenSanctions), so existing clients work unchanged:
// POST /match/{dataset}, GET /search/{dataset}, GET /entities/{id}, GET /catalog and
// GET /algorithms. "default" (and "sanctions", "all") name every list in service; any other
// dataset is one of Vigil's dataset ids. docs/server.md says where Vigil differs from yente.
#pragma once

#include "server/api_message.h"
#include "server/route_context.h"

namespace vigil::server {

ApiResponse yente_match(const ApiRequest& request, const RouteContext& context);
ApiResponse yente_search(const ApiRequest& request, const RouteContext& context);
ApiResponse yente_get_entity(const ApiRequest& request, const RouteContext& context);
ApiResponse yente_catalog(const ApiRequest& request, const RouteContext& context);
ApiResponse yente_algorithms(const ApiRequest& request, const RouteContext& context);

}  // namespace vigil::server
