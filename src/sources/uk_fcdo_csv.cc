#include "sources/uk_fcdo_csv.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/ascii.h"
#include "sources/csv_reader.h"
#include "sources/line_diagnostics.h"
#include "sources/list_text.h"
#include "sources/uk_fcdo_csv_columns.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using model::trim;
using uk_fcdo::Column;
using uk_fcdo::Columns;

constexpr size_t kDetectionBytes = size_t{1} << 16;
// The header follows the "Report Date:" line; a few more rows are searched in case a title
// line is added above.
constexpr int kHeaderSearchRows = 3;
constexpr std::string_view kReportDate = "Report Date:";

struct HeaderSearch {
  std::optional<Columns> columns;
  long line = 0;
  std::string report_date;  // the text after "Report Date:", as written
};

HeaderSearch find_header(CsvReader& reader) {
  HeaderSearch search;
  CsvRecord record;
  for (int row = 0; row < kHeaderSearchRows && reader.next(record); ++row) {
    const std::string_view first =
        record.fields.empty() ? std::string_view() : trim(record.fields[0]);
    if (first.starts_with(kReportDate)) {
      search.report_date = trim(first.substr(kReportDate.size()));
      continue;
    }
    search.columns = Columns::read(record.fields);
    search.line = record.line;
    if (search.columns) return search;
  }
  return search;
}

// "08-Oct-2026" as an ISO date; empty when not a date.
std::string report_date_iso(std::string text) {
  std::replace(text.begin(), text.end(), '-', ' ');
  const std::optional<DateValue> date = parse_date(text);
  if (!date || date->is_range() || date->from.day == 0) return {};
  return date->from.to_iso();
}

struct Designation {
  std::unique_ptr<uk_fcdo::DesignationBuilder> builder;
  long first_line = 0;
};

// Folds each row into the designation of its Unique ID.
class RowReader {
 public:
  RowReader(const Columns& columns, std::string_view dataset_id, LineDiagnostics& diagnostics)
      : columns_(columns), dataset_id_(dataset_id), diagnostics_(diagnostics) {}

  void read(const CsvRecord& row) {
    if (row.fields.size() != columns_.width()) {
      diagnostics_.skip(row.line, {},
                        "expected " + std::to_string(columns_.width()) +
                            " cells as in the header, found " + std::to_string(row.fields.size()));
      return;
    }
    std::string id = columns_.text(row, Column::kUniqueId);
    if (id.empty()) {
      diagnostics_.skip(row.line, {}, "row without a Unique ID");
      return;
    }
    const auto [at, added] = index_.emplace(id, designations_.size());
    if (added) {
      const std::string type = columns_.text(row, Column::kDesignationType);
      designations_.push_back(Designation{
          std::make_unique<uk_fcdo::DesignationBuilder>(dataset_id_, id, type), row.line});
      if (designations_.back().builder->schema() == Schema::kUnknown) {
        diagnostics_.warn(row.line, id, "unknown Designation Type '" + type + "'");
      }
    }
    fold(row, *designations_[at->second].builder);
  }

  std::vector<Designation>& designations() { return designations_; }

 private:
  [[nodiscard]] std::string text(const CsvRecord& row, Column column) const {
    return columns_.text(row, column);
  }
  [[nodiscard]] std::string text_at(const CsvRecord& row, Column first, size_t offset) const {
    return text(row, static_cast<Column>(static_cast<size_t>(first) + offset));
  }

  void fold(const CsvRecord& row, uk_fcdo::DesignationBuilder& builder) const {
    uk_fcdo::NameFields name;
    for (size_t part = 0; part < name.parts.size(); ++part) {
      name.parts[part] = text_at(row, Column::kName1, part);
    }
    name.type = text(row, Column::kNameType);
    name.strength = text(row, Column::kAliasStrength);
    builder.add_name(name);
    builder.add_non_latin_name(
        {text(row, Column::kNonLatinName), text(row, Column::kNonLatinLanguage)});
    uk_fcdo::AddressFields address;
    for (size_t line = 0; line < address.lines.size(); ++line) {
      address.lines[line] = text_at(row, Column::kAddress1, line);
    }
    address.postal_code = text(row, Column::kPostalCode);
    address.country = text(row, Column::kAddressCountry);
    builder.add_address(address);
    builder.add_document(uk_fcdo::Document::kPassport, text(row, Column::kPassportNumber),
                         text(row, Column::kPassportDetails));
    builder.add_document(uk_fcdo::Document::kNationalId, text(row, Column::kNationalIdNumber),
                         text(row, Column::kNationalIdDetails));
    const std::string town = text(row, Column::kTownOfBirth);
    const std::string country = text(row, Column::kCountryOfBirth);
    if (!town.empty() || !country.empty()) builder.add_birth_place(town, country);
    for (const auto& [fact, at] : columns_.facts()) builder.add(fact, row.fields[at]);
  }

  const Columns& columns_;
  std::string_view dataset_id_;
  LineDiagnostics& diagnostics_;
  std::vector<Designation> designations_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace

bool is_uk_fcdo_csv(std::string_view bytes) {
  const std::string_view start = bytes.substr(0, kDetectionBytes);
  CsvReader reader(start.substr(
      0, start.rfind('\n') == std::string_view::npos ? start.size() : start.rfind('\n')));
  return find_header(reader).columns.has_value();
}

Result<ParseOutput> parse_uk_fcdo_csv(const InputFile& file, std::string_view dataset_id) {
  if (auto error = xml::check_utf8(file)) return *error;
  CsvReader reader(file.bytes);
  HeaderSearch header = find_header(reader);
  if (!header.columns) {
    return make_error(ErrorCode::kFormat,
                      "not the UK Sanctions List CSV: no header row with the columns Unique ID, "
                      "Designation Type, Name 6 and Name type in its first rows",
                      Location{file.path, header.line, {}});
  }
  ParseOutput output;
  LineDiagnostics diagnostics(file.path, output);
  RowReader rows(*header.columns, dataset_id, diagnostics);
  CsvRecord record;
  while (reader.next(record)) rows.read(record);
  if (!reader.problem().empty()) diagnostics.warn_file(reader.problem());

  for (Designation& designation : rows.designations()) {
    Entity entity = designation.builder->finish();
    for (const std::string& warning : designation.builder->warnings()) {
      diagnostics.warn(designation.first_line, entity.source_id, warning);
    }
    if (entity.names.empty()) {
      diagnostics.skip(designation.first_line, entity.source_id,
                       "Unique ID " + entity.source_id + " has no name");
      continue;
    }
    entity.content_hash = compute_content_hash(entity);
    output.entities.push_back(std::move(entity));
  }
  output.info.id = std::string(dataset_id);
  output.info.authority = "UK Foreign, Commonwealth & Development Office (FCDO)";
  output.info.publication_date = report_date_iso(header.report_date);
  if (output.info.publication_date.empty() && !header.report_date.empty()) {
    diagnostics.warn(1, {}, "unrecognised Report Date '" + header.report_date + "'");
  }
  output.info.entity_count = output.entities.size();
  return output;
}

}  // namespace vigil::sources
