// The parts of an XLSX workbook below the workbook itself: the shared-string table, the cell
// formats that make a number a date. Used by the XLSX reader only.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "sources/xlsx_reader.h"

namespace vigil::sources::xlsx {

// OOXML escapes characters XML cannot hold as "_xHHHH_" ("_x000D_" is a carriage return,
// "_x005F_" an underscore); decodes them.
std::string decode_escapes(std::string_view text);

// The text of an <si> or <is> string item: its <t>, or its rich-text runs' <t> joined.
// Phonetic runs (<rPh>) are not part of the text.
std::string string_item_text(const pugi::xml_node& item);

// The strings of a sharedStrings part, by index.
std::vector<std::string> read_shared_strings(const pugi::xml_document& part);

// The date precision of each cell format (<cellXfs>) of a styles part, by style index.
std::vector<DatePrecision> read_cell_formats(const pugi::xml_document& part);

// What a number format shows of a date: built-in ids 14..17, 22, 27..36, 50..58, or a format
// code with day, month or year letters outside quotes and brackets.
DatePrecision date_precision(unsigned format_id, std::string_view format_code);

}  // namespace vigil::sources::xlsx
