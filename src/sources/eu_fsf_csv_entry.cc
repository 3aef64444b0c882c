#include "sources/eu_fsf_csv_entry.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/ascii.h"
#include "sources/list_text.h"

namespace vigil::sources::eu_fsf_csv {
namespace {

using model::lower;
using model::trim;

// The repeated elements, in the order FSF XML 1.1 writes them.
constexpr std::array<std::string_view, 6> kSections = {
    "regulation", "nameAlias", "citizenship", "birthdate", "identification", "address"};

struct Cell {
  const ColumnTarget* target;
  std::string value;
};
using Element = std::vector<Cell>;

// The non-empty cells of one element in a row.
Element cells_of(const CsvRecord& row, const Header& header, std::string_view element) {
  Element cells;
  for (const HeaderColumn& column : header.columns) {
    if (column.target->element != element) continue;
    std::string value(trim(row.fields[column.index]));
    if (!value.empty()) cells.push_back(Cell{column.target, std::move(value)});
  }
  return cells;
}

// An element is in a row when a cell states a fact; logical ids and flags alone are not.
bool states_a_fact(const Element& cells) {
  for (const Cell& cell : cells) {
    if (cell.target->kind != CellKind::kId && cell.target->kind != CellKind::kFlag) return true;
  }
  return false;
}

// What makes two rows' elements the same: the element's logicalId, else all its values.
std::string identity_of(const Element& cells) {
  std::string identity;
  for (const Cell& cell : cells) {
    if (cell.target->kind == CellKind::kId) return "id:" + cell.value;
    identity.append(cell.target->attribute).append("=").append(cell.value).push_back('\x1f');
  }
  return identity;
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string iso_or_as_written(const std::string& value) {
  if (value.find('/') == std::string::npos) return value;
  const std::optional<DateValue> date = parse_day_first_date(value);
  return date && !date->is_range() ? date->from.to_iso() : value;
}

std::string flag_of(const std::string& value) {
  const std::string text = lower(value);
  return text == "1" || text == "true" || text == "yes" || text == "y" ? "true" : "false";
}

// "PHONE: +963 11 1234567", one item per line or ';'-separated, becomes <contactInfo key value>
// as in the XML; an item without a known key is kept as a remark of the address.
void write_contact_info(pugi::xml_node node, std::string_view text) {
  static constexpr std::array<std::string_view, 4> kKeys = {"PHONE", "FAX", "EMAIL", "WEB"};
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find_first_of(";\n", start), text.size());
    const std::string_view item = trim(text.substr(start, end - start));
    start = end + 1;
    if (item.empty()) continue;
    const size_t colon = item.find(':');
    const std::string key =
        colon == std::string_view::npos ? "" : upper(trim(item.substr(0, colon)));
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      node.append_child("remark").text().set(std::string(item).c_str());
      continue;
    }
    pugi::xml_node contact = node.append_child("contactInfo");
    contact.append_attribute("key").set_value(key.c_str());
    contact.append_attribute("value").set_value(std::string(trim(item.substr(colon + 1))).c_str());
  }
}

void write_subject_type(pugi::xml_node node, const std::string& value) {
  const std::string text = lower(value);
  if (text.size() != 1) {
    node.attribute("code") ? node.attribute("code").set_value(text.c_str())
                           : node.append_attribute("code").set_value(text.c_str());
    return;
  }
  const std::string letter = upper(text);
  node.append_attribute("classificationCode").set_value(letter.c_str());
  if (node.attribute("code")) return;
  node.append_attribute("code").set_value(letter == "P"   ? "person"
                                          : letter == "E" ? "enterprise"
                                                          : text.c_str());
}

void write_cell(pugi::xml_node node, const Cell& cell) {
  const std::string attribute(cell.target->attribute);
  switch (cell.target->kind) {
    case CellKind::kChildText:
      node.append_child(attribute.c_str()).text().set(cell.value.c_str());
      return;
    case CellKind::kContactInfo: write_contact_info(node, cell.value); return;
    case CellKind::kSubjectType: write_subject_type(node, cell.value); return;
    case CellKind::kDate:
      node.append_attribute(attribute.c_str()).set_value(iso_or_as_written(cell.value).c_str());
      return;
    case CellKind::kFlag:
      node.append_attribute(attribute.c_str()).set_value(flag_of(cell.value).c_str());
      return;
    case CellKind::kText:
    case CellKind::kId: node.append_attribute(attribute.c_str()).set_value(cell.value.c_str());
  }
}

void write_element(pugi::xml_node parent, std::string_view name, const Element& cells) {
  pugi::xml_node node = parent.append_child(std::string(name).c_str());
  for (const Cell& cell : cells) write_cell(node, cell);
}

// The cells of an element every row repeats: each column's first non-empty value.
Element merged_cells(std::span<const CsvRecord* const> rows, const Header& header,
                     std::string_view element) {
  Element merged;
  std::set<std::string_view> seen;
  for (const CsvRecord* row : rows) {
    for (Cell& cell : cells_of(*row, header, element)) {
      if (seen.insert(cell.target->column).second) merged.push_back(std::move(cell));
    }
  }
  return merged;
}

}  // namespace

pugi::xml_node write_entry(std::span<const CsvRecord* const> rows, const Header& header,
                           pugi::xml_node parent) {
  pugi::xml_node entry = parent.append_child(std::string(kEntryElement).c_str());
  for (const Cell& cell : merged_cells(rows, header, kEntryElement)) write_cell(entry, cell);
  const Element subject_type = merged_cells(rows, header, "subjectType");
  for (std::string_view section : kSections) {
    if (section == "nameAlias" && !subject_type.empty()) {
      write_element(entry, "subjectType", subject_type);
    }
    std::set<std::string> written;
    for (const CsvRecord* row : rows) {
      const Element cells = cells_of(*row, header, section);
      if (!states_a_fact(cells) || !written.insert(identity_of(cells)).second) continue;
      write_element(entry, section, cells);
    }
  }
  return entry;
}

}  // namespace vigil::sources::eu_fsf_csv
