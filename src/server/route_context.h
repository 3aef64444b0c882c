// What a route handler works with: the lists in service when the request began (kept for the
// whole request, whatever a reload does meanwhile), the limits, and where the version store is.
#pragma once

#include <string>

#include "server/query_limits.h"
#include "server/screener_holder.h"

namespace vigil::server {

struct RouteContext {
  const ServedLists& lists;
  const QueryLimits& limits;
  ScreenerHolder& holder;
  const std::string& store_path;  // the version store; empty when the server has none
};

}  // namespace vigil::server
