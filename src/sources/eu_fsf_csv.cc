#include "sources/eu_fsf_csv.h"

#include <pugixml.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/ascii.h"
#include "sources/csv_reader.h"
#include "sources/eu_fsf_csv_columns.h"
#include "sources/eu_fsf_csv_entry.h"
#include "sources/eu_fsf_entry.h"
#include "sources/line_diagnostics.h"
#include "sources/list_text.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using eu_fsf_csv::Header;
using model::trim;

constexpr char kSeparator = ';';
constexpr size_t kDetectionBytes = size_t{1} << 16;
constexpr std::string_view kAuthority = "European Union";

// The rows of one entry, each narrowed to the columns we read (the file has about 120).
struct Entry {
  std::string logical_id;
  long first_line = 0;
  std::vector<CsvRecord> rows;
};

// The header's columns renumbered as the narrowed rows hold them.
Header narrowed(const Header& header) {
  Header narrow = header;
  for (size_t at = 0; at < narrow.columns.size(); ++at) narrow.columns[at].index = at;
  narrow.width = narrow.columns.size();
  return narrow;
}

CsvRecord narrow_row(const CsvRecord& record, const Header& header) {
  CsvRecord row;
  row.line = record.line;
  row.fields.reserve(header.columns.size());
  for (const eu_fsf_csv::HeaderColumn& column : header.columns) {
    row.fields.push_back(record.fields[column.index]);
  }
  return row;
}

class EntryCollector {
 public:
  EntryCollector(const Header& header, LineDiagnostics& diagnostics)
      : header_(header), diagnostics_(diagnostics) {}

  void add(const CsvRecord& record) {
    if (record.fields.size() != header_.width) {
      diagnostics_.skip(record.line, {},
                        "expected " + std::to_string(header_.width) +
                            " cells as in the header, found " +
                            std::to_string(record.fields.size()));
      return;
    }
    std::string id(trim(record.fields[header_.logical_id]));
    if (id.empty()) {
      diagnostics_.skip(record.line, {}, "row without an Entity_LogicalId");
      return;
    }
    if (generation_date_.empty() && header_.generation_date) {
      generation_date_ = trim(record.fields[*header_.generation_date]);
    }
    const auto [at, added] = index_.emplace(id, entries_.size());
    if (added) entries_.push_back(Entry{std::move(id), record.line, {}});
    entries_[at->second].rows.push_back(narrow_row(record, header_));
  }

  std::vector<Entry>& entries() { return entries_; }
  [[nodiscard]] const std::string& generation_date() const { return generation_date_; }

 private:
  const Header& header_;
  LineDiagnostics& diagnostics_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, size_t> index_;
  std::string generation_date_;
};

// Reads one entry through the XML entry reader; its diagnostics name the entry's first line.
void read_entry(const Entry& entry, const Header& narrow, std::string_view dataset_id,
                const InputFile& located, ParseOutput& output, LineDiagnostics& diagnostics) {
  std::vector<const CsvRecord*> rows;
  for (const CsvRecord& row : entry.rows) rows.push_back(&row);
  pugi::xml_document document;
  const pugi::xml_node node = eu_fsf_csv::write_entry(rows, narrow, document);
  const size_t before = output.diagnostics.size();
  xml::DiagnosticSink sink(located, output.diagnostics);
  Entity entity = eu_fsf::read_entry(node, dataset_id, entry.logical_id, sink);
  for (size_t at = before; at < output.diagnostics.size(); ++at) {
    Location& where = output.diagnostics[at].where;
    where = Location{located.path, entry.first_line,
                     "Entity_LogicalId " + entry.logical_id + " " + where.element};
  }
  if (entity.names.empty()) {
    diagnostics.skip(entry.first_line, entry.logical_id,
                     "Entity_LogicalId " + entry.logical_id + " has no name");
    return;
  }
  entity.content_hash = compute_content_hash(entity);
  output.entities.push_back(std::move(entity));
}

// "28/10/2022" or "2022-10-28" as an ISO date; empty when neither.
std::string publication_date(const std::string& generated) {
  const std::optional<DateValue> date = generated.find('/') != std::string::npos
                                            ? parse_day_first_date(generated)
                                            : parse_date(generated.substr(0, 10));
  if (!date || date->is_range() || date->from.day == 0) return {};
  return date->from.to_iso();
}

}  // namespace

bool is_eu_fsf_csv(std::string_view bytes) {
  const std::string_view start = bytes.substr(0, kDetectionBytes);
  CsvReader reader(start.substr(0, start.find('\n')), kSeparator);
  CsvRecord header;
  return reader.next(header) && eu_fsf_csv::read_header(header.fields).has_value();
}

Result<ParseOutput> parse_eu_fsf_csv(const InputFile& file, std::string_view dataset_id) {
  if (auto error = xml::check_utf8(file)) return *error;
  CsvReader reader(file.bytes, kSeparator);
  CsvRecord record;
  if (!reader.next(record)) {
    return make_error(ErrorCode::kFormat, "empty file: no EU FSF CSV header row",
                      Location{file.path, 1, {}});
  }
  const std::optional<Header> header = eu_fsf_csv::read_header(record.fields);
  if (!header) {
    std::string missing;
    for (std::string_view column : eu_fsf_csv::missing_required_columns(record.fields)) {
      missing += (missing.empty() ? "" : ", ") + std::string(column);
    }
    return make_error(
        ErrorCode::kFormat,
        "not the EU Financial Sanctions Files CSV: the header row has no " + missing + " column",
        Location{file.path, record.line, {}});
  }

  ParseOutput output;
  LineDiagnostics diagnostics(file.path, output);
  EntryCollector collector(*header, diagnostics);
  while (reader.next(record)) collector.add(record);
  if (!reader.problem().empty()) diagnostics.warn_file(reader.problem());

  const Header narrow = narrowed(*header);
  const InputFile located{file.path, {}};  // diagnostics name CSV lines, not XML offsets
  for (const Entry& entry : collector.entries()) {
    read_entry(entry, narrow, dataset_id, located, output, diagnostics);
  }
  output.info.id = std::string(dataset_id);
  output.info.authority = std::string(kAuthority);
  output.info.publication_date = publication_date(collector.generation_date());
  if (output.info.publication_date.empty() && !collector.generation_date().empty()) {
    diagnostics.warn(2, {},
                     "unrecognised fileGenerationDate '" + collector.generation_date() + "'");
  }
  output.info.entity_count = output.entities.size();
  return output;
}

}  // namespace vigil::sources
