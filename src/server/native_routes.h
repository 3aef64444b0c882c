// The native JSON API under /v1 (documented in data/openapi.json): screen one party or a
// batch, fetch an entity, list the datasets in service, the recorded versions and the diff of
// two versions, and reload the lists.
#pragma once

#include "server/api_message.h"
#include "server/route_context.h"

namespace vigil::server {

ApiResponse screen_one(const ApiRequest& request, const RouteContext& context);
ApiResponse screen_batch(const ApiRequest& request, const RouteContext& context);
ApiResponse get_entity(const ApiRequest& request, const RouteContext& context);
ApiResponse list_datasets(const ApiRequest& request, const RouteContext& context);
ApiResponse list_versions(const ApiRequest& request, const RouteContext& context);
ApiResponse diff_versions(const ApiRequest& request, const RouteContext& context);
ApiResponse reload_lists(const ApiRequest& request, const RouteContext& context);

}  // namespace vigil::server
