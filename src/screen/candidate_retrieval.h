// Candidate retrieval: which list names a prepared query may score well against, found through
// the index's postings without scanning every name. Names whose evidence cannot reach the
// minimum score are not opened; of the rest at most kMaxCandidateNames are kept, ranked by
// evidence; and a name whose score upper bound (match::ScoreBound) stays under the minimum is
// dropped. Thread-safe: per-thread scratch only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "index/name_index.h"
#include "screen/entity_filter.h"
#include "screen/prepared_query.h"

namespace vigil::screen {

// Names scored in full per query, chosen by retrieval evidence (tests/acceptance_test.cc
// checks on real queries that nothing a full scan finds at the threshold is lost).
inline constexpr size_t kMaxCandidateNames = 200;

// The index's name ids that may score `min_score` or more against `query` (attributes add at
// most match::kMaxAttributeBonus) among the entities `filter` allows, in no particular order.
std::vector<uint32_t> retrieve(const index::NameIndex& index, const PreparedQuery& query,
                               const QueryMatchTable& table, double min_score,
                               const EntityFilter& filter);

}  // namespace vigil::screen
