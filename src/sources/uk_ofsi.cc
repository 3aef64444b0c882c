#include "sources/uk_ofsi.h"

#include <unordered_map>

#include "sources/list_text.h"
#include "sources/uk_ofsi_entry.h"

namespace vigil::sources {
namespace {

using uk_ofsi::Column;
using uk_ofsi::kRequiredHeaders;
using xlsx::Row;

// OFSI writes "Last Updated" and the list's date above the header row.
constexpr size_t kHeaderSearchRows = 5;
constexpr std::string_view kLastUpdated = "Last Updated";

struct Group {
  std::string id;
  std::vector<const Row*> rows;
};

// The rows below the header, grouped by Group ID in order of first appearance.
std::vector<Group> group_rows(const xlsx::Sheet& sheet, size_t header,
                              const uk_ofsi::Columns& columns, xlsx::RowDiagnostics& diagnostics) {
  std::vector<Group> groups;
  std::unordered_map<std::string, size_t> index;
  for (size_t i = header + 1; i < sheet.rows.size(); ++i) {
    const Row& row = sheet.rows[i];
    if (row.blank()) continue;
    std::string id = columns.text(row, Column::kGroupId);
    if (id.empty()) {
      diagnostics.skip_row(row, "row without a Group ID");
      continue;
    }
    const auto [at, added] = index.emplace(id, groups.size());
    if (added) groups.push_back(Group{std::move(id), {}});
    groups[at->second].rows.push_back(&row);
  }
  return groups;
}

// The date in the "Last Updated" row above the header, as an ISO date; empty when absent.
std::string publication_date(const xlsx::Sheet& sheet, size_t header) {
  for (size_t i = 0; i < header; ++i) {
    const Row& row = sheet.rows[i];
    if (xlsx::cell_text(row, 0) != kLastUpdated) continue;
    const std::optional<DateValue> date = parse_day_first_date(xlsx::cell_text(row, 1));
    if (date && !date->is_range()) return date->from.to_iso();
  }
  return {};
}

}  // namespace

bool is_uk_ofsi_xlsx(std::string_view bytes) {
  return xlsx::has_header_row(bytes, kRequiredHeaders, kHeaderSearchRows);
}

Result<ParseOutput> parse_uk_ofsi(const InputFile& file, std::string_view dataset_id) {
  Result<xlsx::Sheet> sheet = xlsx::read_sheet(file);
  if (!sheet.ok()) return sheet.error();
  const std::optional<size_t> header = xlsx::find_header_row(*sheet, kRequiredHeaders);
  if (!header) {
    return make_error(ErrorCode::kFormat,
                      "not the UK OFSI Consolidated List: no header row with the columns " +
                          xlsx::quoted_headers(kRequiredHeaders),
                      Location{file.path, 0, "sheet '" + sheet->name + "'"});
  }
  ParseOutput output;
  output.diagnostics = std::move(sheet->diagnostics);
  xlsx::RowDiagnostics diagnostics(file.path, sheet->name, output.diagnostics);
  const uk_ofsi::Columns columns(sheet->rows[*header]);
  uk_ofsi::GroupContext context{columns, dataset_id, diagnostics};
  for (const Group& group : group_rows(*sheet, *header, columns, diagnostics)) {
    Entity entity = uk_ofsi::read_group(group.rows, group.id, context);
    if (entity.names.empty()) {
      diagnostics.skip_row(*group.rows.front(), "Group ID " + group.id + " has no name");
      continue;
    }
    entity.content_hash = compute_content_hash(entity);
    output.entities.push_back(std::move(entity));
  }

  output.info.id = std::string(dataset_id);
  output.info.authority = "UK OFSI (HM Treasury)";
  output.info.publication_date = publication_date(*sheet, *header);
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
