#include "screen/batch.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <chrono>

#include "screen/json.h"

namespace vigil::screen {
namespace {

// Rows are screened in chunks on every core and written in input order, so memory stays flat
// whatever the size of the book.
constexpr size_t kChunkRows = 2048;

nlohmann::json screen_row(const Screener& screener, const BatchRow& row, BatchSummary& local) {
  nlohmann::json line = {{"id", row.id}, {"matches", nlohmann::json::array()}};
  if (!row.error.empty()) {
    line["error"] = row.error;
    ++local.rows_with_error;
    return line;
  }
  const auto result = screener.screen(row.query);
  if (!result.ok()) {
    line["error"] = result.error().to_string();
    ++local.rows_with_error;
    return line;
  }
  bool any = false;
  for (const Match& m : result->matches) {
    line["matches"].push_back(to_json(m));
    any |= m.is_match;
  }
  local.results += result->matches.size();
  local.rows_with_match += any ? 1 : 0;
  return line;
}

}  // namespace

BatchSummary run_batch(const Screener& screener, std::vector<BatchRow>& rows,
                       const BatchOptions& options, std::ostream& out,
                       const BatchProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  BatchSummary summary;
  summary.rows = rows.size();
  for (BatchRow& row : rows) {
    row.query.threshold = options.threshold;
    row.query.min_score = options.min_score;
    row.query.limit = options.limit;
  }
  std::vector<std::string> lines;
  std::vector<BatchSummary> partial;
  for (size_t begin = 0; begin < rows.size(); begin += kChunkRows) {
    const size_t end = std::min(rows.size(), begin + kChunkRows);
    lines.assign(end - begin, {});
    partial.assign(end - begin, {});
    tbb::parallel_for(begin, end, [&](size_t i) {
      lines[i - begin] = screen_row(screener, rows[i], partial[i - begin]).dump();
    });
    for (size_t i = 0; i < lines.size(); ++i) {
      out << lines[i] << '\n';
      summary.rows_with_match += partial[i].rows_with_match;
      summary.rows_with_error += partial[i].rows_with_error;
      summary.results += partial[i].results;
    }
    if (progress) progress(end, rows.size());
  }
  out.flush();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace vigil::screen
