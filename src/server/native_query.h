// The native API's query: one JSON object (name, type, birth_date, country, gender,
// identifiers, datasets and programs to include or exclude, threshold, limit, min_score,
// explain) read into a vigil::Query, with an error naming the field for anything wrong.
#pragma once

#include <nlohmann/json.hpp>
#include <variant>

#include "server/api_message.h"
#include "server/query_limits.h"
#include "vigil/screener.h"

namespace vigil::server {

struct NativeQuery {
  Query query;
  bool explain = false;  // also return each match's whole entity
};

std::variant<NativeQuery, ApiError> read_native_query(const nlohmann::json& body,
                                                      const QueryLimits& limits);

}  // namespace vigil::server
