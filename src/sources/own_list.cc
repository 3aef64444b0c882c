#include "sources/own_list.h"

#include <string>
#include <unordered_set>

#include "model/ascii.h"
#include "sources/csv_reader.h"
#include "sources/json_lines.h"
#include "sources/own_list_entry.h"

namespace vigil::sources {
namespace {

namespace dom = simdjson::dom;

// Detection reads the header only; no header is longer.
constexpr size_t kDetectionBytes = size_t{1} << 16;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string column_name(std::string_view field) {
  if (field.starts_with(kByteOrderMark)) field.remove_prefix(kByteOrderMark.size());
  return model::lower(model::trim(field));
}

// The header's columns in order; nullopt for columns that are not the format's.
std::vector<std::optional<OwnListColumn>> header_columns(const CsvRecord& header) {
  std::vector<std::optional<OwnListColumn>> columns;
  for (const std::string& field : header.fields)
    columns.push_back(own_list_column(column_name(field)));
  return columns;
}

bool names_id_and_name(const std::vector<std::optional<OwnListColumn>>& columns) {
  bool id = false;
  bool name = false;
  for (const std::optional<OwnListColumn>& column : columns) {
    id |= column && column->name == "id";
    name |= column && column->name == "name";
  }
  return id && name;
}

// Turns entries into entities, once each id.
class EntitySink {
 public:
  EntitySink(std::string_view dataset_id, LineDiagnostics& diagnostics, ParseOutput& output)
      : dataset_id_(dataset_id), diagnostics_(diagnostics), output_(output) {}

  void add(const OwnListEntry& entry) {
    if (!entry.id.empty() && !ids_.insert(entry.id).second) {
      diagnostics_.skip(entry.line, entry.id, "duplicate id " + entry.id);
      return;
    }
    if (std::optional<Entity> entity = own_list_entity(entry, dataset_id_, diagnostics_)) {
      output_.entities.push_back(std::move(*entity));
    }
  }

 private:
  std::string_view dataset_id_;
  LineDiagnostics& diagnostics_;
  ParseOutput& output_;
  std::unordered_set<std::string> ids_;
};

void finish(ParseOutput& output, std::string_view dataset_id) {
  output.info.id = std::string(dataset_id);
  output.info.entity_count = output.entities.size();
}

// The values of one JSON key: a string, or an array of strings. Anything else is reported.
void read_json_value(OwnListEntry& entry, const OwnListColumn& column, dom::element value,
                     std::vector<std::string>& problems) {
  std::string_view text;
  if (value.get(text) == simdjson::SUCCESS) {
    set_own_list_value(entry, column, text);
    return;
  }
  int64_t number = 0;
  if (column.text != nullptr && value.get(number) == simdjson::SUCCESS) {
    set_own_list_value(entry, column, std::to_string(number));  // "id": 17
    return;
  }
  dom::array array;
  if (column.list != nullptr && value.get(array) == simdjson::SUCCESS) {
    for (dom::element item : array) {
      if (item.get(text) != simdjson::SUCCESS) {
        problems.push_back("\"" + std::string(column.name) + "\" holds a value that is not text");
        continue;
      }
      set_own_list_value(entry, column, text);
    }
    return;
  }
  problems.push_back("\"" + std::string(column.name) + "\" is not " +
                     (column.list != nullptr ? "text or a list of texts" : "text"));
}

}  // namespace

bool is_own_list_csv(std::string_view bytes) {
  CsvReader reader(bytes.substr(0, std::min(bytes.size(), kDetectionBytes)));
  CsvRecord header;
  return reader.next(header) && names_id_and_name(header_columns(header));
}

bool is_own_list_json(std::string_view bytes) {
  const std::string_view line = first_json_line(bytes);
  if (line.empty() || line.front() != '{') return false;
  dom::parser parser;
  dom::object object;
  if (parser.parse(line.data(), line.size()).get(object) != simdjson::SUCCESS) return false;
  dom::element ignored;
  const bool is_ftm = object["schema"].get(ignored) == simdjson::SUCCESS &&
                      object["properties"].get(ignored) == simdjson::SUCCESS;
  return !is_ftm && object["id"].get(ignored) == simdjson::SUCCESS &&
         object["name"].get(ignored) == simdjson::SUCCESS;
}

Result<ParseOutput> parse_own_list_csv(const InputFile& file, std::string_view dataset_id) {
  std::string problem;
  const std::vector<CsvRecord> records = read_csv(file.bytes, &problem);
  std::vector<std::optional<OwnListColumn>> columns;
  if (!records.empty()) columns = header_columns(records.front());
  if (!names_id_and_name(columns)) {
    return make_error(ErrorCode::kFormat,
                      "not an own list CSV: the header needs an \"id\" and a \"name\" column "
                      "(docs/own-lists.md)",
                      Location{file.path, 1, {}});
  }
  ParseOutput output;
  LineDiagnostics diagnostics(file.path, output);
  if (!problem.empty()) diagnostics.warn_file(problem);
  for (size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i]) {
      diagnostics.warn(
          1, {}, "column \"" + records.front().fields[i] + "\" is not an own list column; ignored");
    }
  }
  EntitySink sink(dataset_id, diagnostics, output);
  for (size_t row = 1; row < records.size(); ++row) {
    const CsvRecord& record = records[row];
    OwnListEntry entry;
    entry.line = record.line;
    bool converted = false;
    for (size_t i = 0; i < record.fields.size() && i < columns.size(); ++i) {
      if (columns[i]) set_own_list_value(entry, *columns[i], to_utf8(record.fields[i], &converted));
    }
    if (converted)
      diagnostics.warn(record.line, entry.id, "text that is not UTF-8 read as Windows-1252");
    if (record.fields.size() > columns.size()) {
      diagnostics.warn(record.line, entry.id,
                       "more fields than the header has columns; the extra ones are ignored");
    }
    sink.add(entry);
  }
  finish(output, dataset_id);
  return output;
}

Result<ParseOutput> parse_own_list_json(const InputFile& file, std::string_view dataset_id) {
  if (!is_own_list_json(file.bytes)) {
    return make_error(ErrorCode::kFormat,
                      "not an own list in JSON lines: the first line is not a JSON object with "
                      "\"id\" and \"name\" (docs/own-lists.md)",
                      Location{file.path, 1, {}});
  }
  ParseOutput output;
  LineDiagnostics diagnostics(file.path, output);
  EntitySink sink(dataset_id, diagnostics, output);
  const auto read_line = [&](long line, dom::element document) {
    dom::object object;
    if (document.get(object) != simdjson::SUCCESS) {
      diagnostics.skip(line, {}, "not a JSON object");
      return;
    }
    OwnListEntry entry;
    entry.line = line;
    std::vector<std::string> problems;
    for (dom::key_value_pair field : object) {
      const std::optional<OwnListColumn> column = own_list_column(field.key);
      if (!column) {
        problems.push_back("\"" + std::string(field.key) + "\" is not an own list key; ignored");
        continue;
      }
      read_json_value(entry, *column, field.value, problems);
    }
    for (std::string& message : problems) diagnostics.warn(line, entry.id, std::move(message));
    sink.add(entry);
  };
  for_each_json_line(file.bytes, read_line, [&diagnostics](long line, std::string message) {
    diagnostics.skip(line, {}, std::move(message));
  });
  finish(output, dataset_id);
  return output;
}

}  // namespace vigil::sources
