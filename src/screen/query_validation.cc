#include "screen/query_validation.h"

#include <string>

#include "index/identifier_index.h"
#include "model/country.h"
#include "text/normalise.h"

namespace vigil::screen {

Result<Query> validate_query(const Query& query) {
  if (query.name.size() > kMaxQueryBytes) {
    return make_error(ErrorCode::kInvalidArgument,
                      "query name is " + std::to_string(query.name.size()) +
                          " bytes; the limit is " + std::to_string(kMaxQueryBytes));
  }
  if (!text::is_valid_utf8(query.name)) {
    return make_error(ErrorCode::kInvalidArgument, "query name is not valid UTF-8");
  }
  Query resolved = query;
  if (!query.country.empty()) {
    const auto code = model::country_code(query.country);
    if (!code) {
      return make_error(ErrorCode::kInvalidArgument, "unknown country: " + query.country);
    }
    resolved.country = *code;
  }
  constexpr size_t kMaxIdentifiers = 64;
  if (query.identifiers.size() > kMaxIdentifiers) {
    return make_error(ErrorCode::kInvalidArgument,
                      "the query has " + std::to_string(query.identifiers.size()) +
                          " identifiers; the limit is " + std::to_string(kMaxIdentifiers));
  }
  for (QueryIdentifier& id : resolved.identifiers) {
    if (id.value.size() > kMaxQueryBytes || !text::is_valid_utf8(id.value)) {
      return make_error(ErrorCode::kInvalidArgument,
                        "identifier value is not valid UTF-8 or longer than " +
                            std::to_string(kMaxQueryBytes) + " bytes");
    }
    const auto key = index::checked_query_key(id.type, id.value);
    if (!key.ok()) return key.error();
    if (!id.country.empty()) {
      const auto code = model::country_code(id.country);
      if (!code) {
        return make_error(ErrorCode::kInvalidArgument,
                          "unknown country of identifier " + id.value + ": " + id.country);
      }
      id.country = *code;
    }
  }
  return resolved;
}

}  // namespace vigil::screen
