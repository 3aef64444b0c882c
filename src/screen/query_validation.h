// The checks every query passes before screening: sizes, UTF-8, countries resolved to ISO
// 3166 codes, identifiers that pass their check digits and shape.
#pragma once

#include <cstddef>

#include "vigil/query.h"
#include "vigil/result.h"

namespace vigil::screen {

// A query longer than this is not a name: refuse it rather than spend time on it.
inline constexpr size_t kMaxQueryBytes = 4096;

// The query with its countries resolved, or an error saying what is wrong with it.
Result<Query> validate_query(const Query& query);

}  // namespace vigil::screen
