#include "sources/us_csl_csv.h"

#include <array>
#include <optional>
#include <unordered_map>

#include "model/ascii.h"
#include "sources/csv_reader.h"
#include "sources/gzip_input.h"
#include "sources/us_csl_row.h"

namespace vigil::sources {
namespace {

using model::lower;
using model::trim;
using us_csl::Column;

// Detection reads the header row only; it is about 400 bytes long.
constexpr size_t kDetectionBytes = size_t{1} << 16;
// The columns without which a file is not the CSL.
constexpr std::array<Column, 4> kRequiredColumns = {us_csl::kId, us_csl::kSource, us_csl::kName,
                                                    us_csl::kAltNames};

using ColumnIndex = std::array<std::optional<size_t>, us_csl::kColumnCount>;

// Where each column is in the file; nullopt when the row is not the CSL header.
std::optional<ColumnIndex> read_header(const std::vector<std::string>& names) {
  ColumnIndex index;
  for (size_t at = 0; at < names.size(); ++at) {
    std::string name = lower(trim(names[at]));
    if (name == "id") name = "_id";  // the column's name in older files
    for (size_t column = 0; column < us_csl::kColumnCount; ++column) {
      if (us_csl::column_name(static_cast<Column>(column)) == name) index[column] = at;
    }
  }
  for (Column column : kRequiredColumns) {
    if (!index[column]) return std::nullopt;
  }
  return index;
}

class Sink {
 public:
  Sink(const std::string& path, ParseOutput& output) : path_(path), output_(output) {}

  void skip(long line, std::string element, std::string message) {
    ++output_.info.skipped_records;
    add(Diagnostic::Severity::kSkippedRecord, line, std::move(element), std::move(message));
  }
  void warn(long line, std::string element, std::string message) {
    add(Diagnostic::Severity::kWarning, line, std::move(element), std::move(message));
  }

 private:
  void add(Diagnostic::Severity severity, long line, std::string element, std::string message) {
    output_.diagnostics.push_back(
        Diagnostic{severity, std::move(message), Location{path_, line, std::move(element)}});
  }
  const std::string& path_;
  ParseOutput& output_;
};

us_csl::CslRow make_row(const CsvRecord& record, const ColumnIndex& index, bool& converted) {
  us_csl::CslRow row;
  converted = false;
  for (size_t column = 0; column < us_csl::kColumnCount; ++column) {
    if (!index[column] || *index[column] >= record.fields.size()) continue;
    bool field_converted = false;
    row.values[column] =
        std::string(trim(to_utf8(record.fields[*index[column]], &field_converted)));
    converted = converted || field_converted;
  }
  return row;
}

// Reads the rows after the header into entities.
class RowReader {
 public:
  RowReader(std::string_view dataset_id, const ColumnIndex& index, size_t columns,
            ParseOutput& output, Sink& sink)
      : dataset_id_(dataset_id), index_(index), columns_(columns), output_(output), sink_(sink) {}

  void read(const CsvRecord& record) {
    if (record.fields.size() != columns_) {
      sink_.skip(record.line, {},
                 "expected " + std::to_string(columns_) + " cells as in the header, found " +
                     std::to_string(record.fields.size()));
      return;
    }
    bool converted = false;
    const us_csl::CslRow row = make_row(record, index_, converted);
    if (row[us_csl::kId].empty()) {
      sink_.skip(record.line, {}, "row without an _id");
      return;
    }
    const std::string source_id =
        us_csl::csl_list(row[us_csl::kSource]).code + "-" + row[us_csl::kId];
    if (const auto [seen, added] = first_lines_.emplace(source_id, record.line); !added) {
      sink_.skip(record.line, source_id,
                 "repeats list and _id " + source_id + " of line " + std::to_string(seen->second));
      return;
    }
    if (converted) sink_.warn(record.line, source_id, "not UTF-8; read as Windows-1252");
    std::vector<std::string> warnings;
    Entity entity = us_csl::make_csl_entity(row, dataset_id_, source_id, warnings);
    for (std::string& warning : warnings) sink_.warn(record.line, source_id, std::move(warning));
    if (entity.names.empty()) {
      sink_.skip(record.line, source_id, "row " + source_id + " has no name");
      return;
    }
    entity.content_hash = compute_content_hash(entity);
    output_.entities.push_back(std::move(entity));
  }

 private:
  std::string_view dataset_id_;
  const ColumnIndex& index_;
  size_t columns_;
  ParseOutput& output_;
  Sink& sink_;
  std::unordered_map<std::string, long> first_lines_;
};

Error format_error(const InputFile& file, std::string message) {
  return make_error(ErrorCode::kFormat, std::move(message), Location{file.path, 1, {}});
}

}  // namespace

bool is_us_csl_csv(std::string_view bytes) {
  const std::string decompressed = is_gzip(bytes) ? gunzip_prefix(bytes, kDetectionBytes) : "";
  const std::string_view start =
      is_gzip(bytes) ? std::string_view(decompressed) : bytes.substr(0, kDetectionBytes);
  CsvReader reader(start.substr(0, start.find('\n')));
  CsvRecord header;
  return reader.next(header) && read_header(header.fields).has_value();
}

Result<ParseOutput> parse_us_csl_csv(const InputFile& file, std::string_view dataset_id) {
  std::string decompressed;
  std::string_view bytes = file.bytes;
  if (is_gzip(bytes)) {
    Result<std::string> content = gunzip(bytes, file.path);
    if (!content.ok()) return content.error();
    decompressed = std::move(content).value();
    bytes = decompressed;
  }
  CsvReader reader(bytes);
  CsvRecord record;
  if (!reader.next(record)) return format_error(file, "empty file: expected the CSL header row");
  const std::optional<ColumnIndex> index = read_header(record.fields);
  if (!index) {
    return format_error(file,
                        "not a US Consolidated Screening List CSV: the first row is not its "
                        "header (_id, source, name, alt_names...)");
  }

  ParseOutput output;
  Sink sink(file.path, output);
  RowReader rows(dataset_id, *index, record.fields.size(), output, sink);
  while (reader.next(record)) rows.read(record);
  if (!reader.problem().empty()) sink.warn(0, {}, reader.problem());

  output.info.id = std::string(dataset_id);
  output.info.authority = "US International Trade Administration (Consolidated Screening List)";
  output.info.entity_count = output.entities.size();
  return output;
}

}  // namespace vigil::sources
