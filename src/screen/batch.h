// Batch screening of a whole book: a CSV of parties in, one JSON line per party out, in input
// order, screened on every core. Rows that cannot be screened (a name with no letters or
// digits, a field that is not UTF-8, a bad date...) get a JSON line with an "error" field that
// names the row's line: nothing is silently dropped, and the other rows go on.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/screener.h"

namespace vigil::screen {

struct BatchRow {
  std::string id;
  Query query;
  long line = 0;
  std::string error;  // set when the row itself is malformed (e.g. a bad date)
};

// Parses a CSV with header `id,name` and optional `type,dob,country,identifiers,gender` columns
// (any order, case-insensitive). `identifiers` holds TYPE:VALUE[:CC] specs separated by ';'
// (model/identifier_spec.h); a row with identifiers may leave its name empty. An unknown
// column is ignored; a missing id or name column is an error.
Result<std::vector<BatchRow>> parse_batch_csv(std::string_view bytes, const std::string& path);

struct BatchOptions {
  double threshold = kDefaultThreshold;
  double min_score = 0.5;
  size_t limit = 10;
  ListSelection lists;  // which lists every row is screened against
  WeakAliasPolicy weak_aliases = WeakAliasPolicy::kCapped;
  bool group_parties = true;  // Query::group_parties
};

struct BatchSummary {
  size_t rows = 0;
  size_t rows_with_match = 0;  // at least one match at or above the threshold
  size_t rows_with_error = 0;
  size_t results = 0;
  double seconds = 0;
};

using BatchProgress = std::function<void(size_t done, size_t total)>;

// Screens every row and writes one JSON line per row to `out`, in input order.
BatchSummary run_batch(const Screener& screener, std::vector<BatchRow>& rows,
                       const BatchOptions& options, std::ostream& out,
                       const BatchProgress& progress = {});

}  // namespace vigil::screen
