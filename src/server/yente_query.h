// The yente /match request (OpenSanctions' API): {"queries": {"q1": {"schema": "Person",
// "properties": {"name": [...], "birthDate": [...], "nationality": [...], ...}}}} read into
// Vigil queries. FollowTheMoney properties a screener can use are read; the rest are ignored,
// as yente ignores what its matcher does not score.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "server/api_message.h"
#include "server/query_limits.h"
#include "vigil/screener.h"

namespace vigil::server {

// One example entity of a /match request: a Vigil query per name (everything else shared).
struct YenteQuery {
  std::vector<Query> per_name;  // at least one
  nlohmann::json echo;          // the query as given, returned under "query"
};

// The FtM schema's Vigil type: Person, Organization/Company/PublicBody, Vessel, Airplane,
// and LegalEntity/Thing for "any"; nullopt for a schema that names no party.
std::optional<Schema> schema_of_ftm(std::string_view schema);

// Reads one example; `base` carries the request-wide settings (threshold, limit, lists).
std::variant<YenteQuery, ApiError> read_yente_query(const nlohmann::json& example,
                                                    const Query& base, const QueryLimits& limits);

}  // namespace vigil::server
