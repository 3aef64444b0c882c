// The baseline: what a simple screener does. Jaro-Winkler of the lower-cased query against
// every lower-cased list name, best per entity, top 10. No index, no normalisation beyond
// lower case: the speed reference, not a quality one.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query_set.h"

namespace vigil::bench {

double jaro_winkler(std::string_view a, std::string_view b);

class BruteForceScreener {
 public:
  explicit BruteForceScreener(const std::vector<ListName>& names);
  // The best (score, entity) pairs, highest first.
  std::vector<std::pair<double, uint32_t>> screen(std::string_view query, size_t limit = 10) const;

 private:
  std::vector<std::string> lower_names_;
  std::vector<uint32_t> entity_of_;
  uint32_t entity_count_ = 0;
};

}  // namespace vigil::bench
