#include "sources/au_dfat.h"

#include <unordered_map>

#include "sources/au_dfat_entry.h"

namespace vigil::sources {
namespace {

using au_dfat::Column;
using au_dfat::kRequiredHeaders;
using xlsx::Row;

constexpr size_t kHeaderSearchRows = 5;

struct Reference {
  std::string number;
  std::vector<const Row*> rows;
};

// "12" for "12", "12a" and "12 b"; empty when the reference does not start with a digit.
std::string reference_number(std::string_view reference) {
  size_t digits = 0;
  while (digits < reference.size() && reference[digits] >= '0' && reference[digits] <= '9') {
    ++digits;
  }
  return std::string(reference.substr(0, digits));
}

// The rows below the header, grouped by Reference number in order of first appearance.
std::vector<Reference> group_rows(const xlsx::Sheet& sheet, size_t header,
                                  const au_dfat::Columns& columns,
                                  xlsx::RowDiagnostics& diagnostics) {
  std::vector<Reference> references;
  std::unordered_map<std::string, size_t> index;
  for (size_t i = header + 1; i < sheet.rows.size(); ++i) {
    const Row& row = sheet.rows[i];
    if (row.blank()) continue;
    const std::string reference = columns.text(row, Column::kReference);
    std::string number = reference_number(reference);
    if (number.empty()) {
      diagnostics.skip_row(row, "row without a Reference number ('" + reference + "')");
      continue;
    }
    const auto [at, added] = index.emplace(number, references.size());
    if (added) references.push_back(Reference{std::move(number), {}});
    references[at->second].rows.push_back(&row);
  }
  return references;
}

// The latest control date of the list, the closest it states to a publication date.
std::string latest_control_date(const std::vector<Entity>& entities) {
  std::string latest;
  for (const Entity& entity : entities) {
    for (const Property& property : entity.properties) {
      if (property.key == "control_date" && property.value > latest) latest = property.value;
    }
  }
  return latest;
}

}  // namespace

bool is_au_dfat_xlsx(std::string_view bytes) {
  return xlsx::has_header_row(bytes, kRequiredHeaders, kHeaderSearchRows);
}

Result<ParseOutput> parse_au_dfat(const InputFile& file, std::string_view dataset_id) {
  Result<xlsx::Sheet> sheet = xlsx::read_sheet(file);
  if (!sheet.ok()) return sheet.error();
  const std::optional<size_t> header = xlsx::find_header_row(*sheet, kRequiredHeaders);
  if (!header) {
    return make_error(ErrorCode::kFormat,
                      "not the DFAT Consolidated List: no header row with the columns " +
                          xlsx::quoted_headers(kRequiredHeaders),
                      Location{file.path, 0, "sheet '" + sheet->name + "'"});
  }
  ParseOutput output;
  output.diagnostics = std::move(sheet->diagnostics);
  xlsx::RowDiagnostics diagnostics(file.path, sheet->name, output.diagnostics);
  const au_dfat::Columns columns(sheet->rows[*header]);
  au_dfat::ReferenceContext context{columns, dataset_id, sheet->date1904, diagnostics};
  for (const Reference& reference : group_rows(*sheet, *header, columns, diagnostics)) {
    Entity entity = au_dfat::read_reference(reference.rows, reference.number, context);
    if (entity.names.empty()) {
      diagnostics.skip_row(*reference.rows.front(),
                           "Reference " + reference.number + " has no name");
      continue;
    }
    entity.content_hash = compute_content_hash(entity);
    output.entities.push_back(std::move(entity));
  }

  output.info.id = std::string(dataset_id);
  output.info.authority = "Australia DFAT";
  output.info.publication_date = latest_control_date(output.entities);
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
