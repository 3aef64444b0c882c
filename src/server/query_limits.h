// The bounds a request must stay within: they keep one client from taking the server's
// memory or time. Defaults are documented in docs/server.md and set from the config file.
#pragma once

#include <cstddef>

namespace vigil::server {

struct QueryLimits {
  int max_json_depth = 32;         // deeper nesting is refused (400)
  size_t max_batch = 1000;         // queries in one /v1/screen/batch request
  size_t max_match_queries = 100;  // queries in one /match request
  size_t max_limit = 500;          // results per query
  size_t max_name_bytes = 1024;    // one name, in UTF-8 bytes
  size_t max_values = 50;          // values of one field (names, identifiers, filters)
};

}  // namespace vigil::server
