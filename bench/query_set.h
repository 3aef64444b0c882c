// Real and varied benchmark queries, generated deterministically from the loaded lists:
// about 60% variations of listed names (exact, reordered, one typo, a dropped token, changed
// case, a romanisation swap) and 40% names that are not listed (a given name of one person
// with the family name of another, invented company names).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vigil/dataset.h"

namespace vigil::bench {

struct BenchQuery {
  std::string name;
  Schema schema = Schema::kUnknown;
};

// `count` queries from the names of `datasets`, the same for the same seed and lists.
std::vector<BenchQuery> make_queries(const std::vector<ParseOutput>& datasets, size_t count,
                                     uint64_t seed = 20261124);

// Every name (primary and aliases) of every entity, with its entity index: what a brute-force
// screener scans.
struct ListName {
  std::string name;
  uint32_t entity = 0;
};
std::vector<ListName> all_names(const std::vector<ParseOutput>& datasets);

}  // namespace vigil::bench
