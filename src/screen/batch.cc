#include "screen/batch.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>

#include "model/ascii.h"
#include "screen/identifier_spec.h"
#include "screen/json.h"
#include "sources/csv_reader.h"
#include "text/normalise.h"

namespace vigil::screen {
namespace {

using model::lower;

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
    line["error"] = "line " + std::to_string(row.line) + ": " + result.error().to_string();
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

// Fills one row's query from its fields; a malformed optional field is the row's error.
BatchRow make_row(const sources::CsvRecord& record, const std::vector<int>& column) {
  enum { kId, kName, kType, kDob, kCountry, kIdentifiers, kGender };
  // A field that is not UTF-8 makes the row an error: read as another encoding, its bytes
  // would become letters no one typed.
  bool not_utf8 = false;
  const auto field = [&](int which) -> std::string {
    const int at = column[which];
    if (at < 0 || static_cast<size_t>(at) >= record.fields.size()) return {};
    const std::string& bytes = record.fields[static_cast<size_t>(at)];
    if (!text::is_valid_utf8(bytes)) not_utf8 = true;
    return bytes;
  };
  BatchRow row;
  row.line = record.line;
  row.id = field(kId);
  row.query.name = field(kName);
  if (const std::string type = field(kType); !type.empty()) {
    const auto schema = parse_schema(type);
    if (schema)
      row.query.schema = *schema;
    else
      row.error = "line " + std::to_string(record.line) + ": unknown type '" + type + "'";
  }
  if (const std::string dob = field(kDob); !dob.empty()) {
    row.query.birth_date = parse_date(dob);
    if (!row.query.birth_date) {
      row.error = "line " + std::to_string(record.line) + ": cannot read dob '" + dob + "'";
    }
  }
  row.query.country = field(kCountry);
  if (const std::string gender = field(kGender); !gender.empty()) {
    const auto parsed = parse_gender(gender);
    if (parsed) {
      row.query.gender = *parsed;
    } else {
      row.error = "line " + std::to_string(record.line) + ": unknown gender '" + gender + "'";
    }
  }
  if (const std::string ids = field(kIdentifiers); !ids.empty()) {
    auto parsed = parse_identifier_specs(ids);
    if (parsed.ok()) {
      row.query.identifiers = std::move(parsed.value());
    } else {
      row.error = "line " + std::to_string(record.line) + ": " + parsed.error().message;
    }
  }
  if (not_utf8) row.error = "line " + std::to_string(record.line) + ": not valid UTF-8";
  return row;
}

}  // namespace

Result<std::vector<BatchRow>> parse_batch_csv(std::string_view bytes, const std::string& path) {
  sources::CsvReader reader(bytes);
  sources::CsvRecord header;
  if (!reader.next(header)) {
    return make_error(ErrorCode::kMalformed, "empty file: expected a header id,name",
                      {path, 1, ""});
  }
  const char* names[] = {"id", "name", "type", "dob", "country", "identifiers", "gender"};
  std::vector<int> column(std::size(names), -1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string field = lower(header.fields[i]);
    for (size_t k = 0; k < std::size(names); ++k) {
      if (field == names[k] && column[k] < 0) column[k] = static_cast<int>(i);
    }
  }
  if (column[0] < 0 || column[1] < 0) {
    return make_error(ErrorCode::kMalformed,
                      "the header must have an id and a name column (optional: type, dob, country, "
                      "identifiers, gender)",
                      {path, header.line, "header"});
  }
  std::vector<BatchRow> rows;
  sources::CsvRecord record;
  while (reader.next(record)) rows.push_back(make_row(record, column));
  if (!reader.problem().empty()) {
    return make_error(ErrorCode::kMalformed, reader.problem(), {path, 0, ""});
  }
  return rows;
}

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
    row.query.lists = options.lists;
    row.query.weak_aliases = options.weak_aliases;
    row.query.group_parties = options.group_parties;
  }
  std::vector<std::string> lines;
  std::vector<BatchSummary> partial;
  for (size_t begin = 0; begin < rows.size(); begin += kChunkRows) {
    const size_t end = std::min(rows.size(), begin + kChunkRows);
    lines.assign(end - begin, {});
    partial.assign(end - begin, {});
    tbb::parallel_for(begin, end, [&](size_t i) {
      // A row that is not UTF-8 is an error record; its id is written with U+FFFD for the
      // bad bytes.
      lines[i - begin] = screen_row(screener, rows[i], partial[i - begin])
                             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace vigil::screen
