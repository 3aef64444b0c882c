#include "sources/xlsx_rows.h"

#include <expat.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <memory>

#include "sources/xlsx_cells.h"

namespace vigil::sources::xlsx {
namespace {

constexpr size_t kFeedBytes = size_t{16} << 20;  // XML_Parse takes an int length

// "x:row" -> "row": sheets may use a namespace prefix.
std::string_view local_name(const XML_Char* name) {
  const std::string_view qualified(name);
  const size_t colon = qualified.rfind(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

std::string_view attribute(const XML_Char** attributes, std::string_view wanted) {
  for (size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (local_name(attributes[i]) == wanted) return attributes[i + 1];
  }
  return {};
}

template <typename Number>
std::optional<Number> parse_number(std::string_view text) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

Cell cell_of(CellType type, std::string text) {
  Cell cell;
  cell.type = type;
  cell.text = std::move(text);
  return cell;
}

// The <c> element being read: its attributes and the text of its <v> or inline <is>.
struct PendingCell {
  std::string reference;
  std::string type;
  std::string style;
  std::string value;
  std::string inline_text;
};

// Receives expat's callbacks for one worksheet.
class SheetHandler {
 public:
  SheetHandler(const SheetContext& context, Sheet& sheet, XML_Parser parser)
      : context_(context), sheet_(sheet), parser_(parser) {}

  void start(std::string_view name, const XML_Char** attributes) {
    if (name == "row") return start_row(attributes);
    if (!in_row_) return;
    if (name == "c") {
      cell_ = PendingCell{std::string(attribute(attributes, "r")),
                          std::string(attribute(attributes, "t")),
                          std::string(attribute(attributes, "s")),
                          {},
                          {}};
    } else if (name == "v") {
      text_ = &cell_.value;
    } else if (name == "t" && phonetic_depth_ == 0) {
      text_ = &cell_.inline_text;  // <is><t> or <is><r><t>
    } else if (name == "rPh") {
      ++phonetic_depth_;
    }
  }

  void end(std::string_view name) {
    text_ = nullptr;
    if (!in_row_) return;
    if (name == "rPh" && phonetic_depth_ > 0) --phonetic_depth_;
    if (name == "c") finish_cell();
    if (name == "row") finish_row();
  }

  void characters(std::string_view text) {
    if (text_ != nullptr) text_->append(text);
  }

 private:
  void warn(const std::string& where, std::string message) {
    sheet_.diagnostics.push_back(
        Diagnostic{Diagnostic::Severity::kWarning, std::move(message),
                   Location{std::string(context_.file_path), 0, sheet_.name + "!" + where}});
  }

  void start_row(const XML_Char** attributes) {
    row_ = Row{};
    row_.number = next_row_;
    next_column_ = 0;
    const std::string_view number = attribute(attributes, "r");
    if (!number.empty()) row_.number = parse_number<long>(number).value_or(0);
    in_row_ = row_.number >= 1 && row_.number <= kMaxRows;
    if (!in_row_) warn("row " + std::string(number), "row number out of range; row skipped");
  }

  void finish_row() {
    in_row_ = false;
    next_row_ = row_.number + 1;
    if (row_.cells.empty()) return;
    sheet_.rows.push_back(std::move(row_));
    if (context_.max_rows != 0 && sheet_.rows.size() >= context_.max_rows) {
      XML_StopParser(parser_, XML_FALSE);
    }
  }

  void finish_cell() {
    size_t column = next_column_;
    const std::string where = cell_.reference.empty()
                                  ? column_name(column) + std::to_string(row_.number)
                                  : cell_.reference;
    if (!cell_.reference.empty()) {
      const std::optional<size_t> index = column_index(cell_.reference);
      if (!index) return warn(where, "bad cell reference; cell skipped");
      column = *index;
    }
    if (column >= kMaxColumns) return warn(where, "column beyond XFD; cell skipped");
    next_column_ = column + 1;
    Cell cell = value_of(where);
    if (cell.type == CellType::kEmpty) return;
    if (row_.cells.size() <= column) row_.cells.resize(column + 1);
    row_.cells[column] = std::move(cell);
  }

  Cell value_of(const std::string& where) {
    const std::string& type = cell_.type;
    if (type == "s") return shared_string(where);
    if (type == "inlineStr") return cell_of(CellType::kText, decode_escapes(cell_.inline_text));
    if (type == "str" || type == "d") return cell_of(CellType::kText, decode_escapes(cell_.value));
    if (cell_.value.empty()) return Cell{};
    if (type == "b") return cell_of(CellType::kBoolean, std::move(cell_.value));
    if (type == "e") return cell_of(CellType::kError, std::move(cell_.value));
    if (!type.empty() && type != "n") {
      warn(where, "unknown cell type '" + type + "'; cell skipped");
      return Cell{};
    }
    Cell cell = cell_of(CellType::kNumber, std::move(cell_.value));
    const size_t style = parse_number<size_t>(cell_.style).value_or(0);
    if (style < context_.cell_formats.size()) cell.date_format = context_.cell_formats[style];
    return cell;
  }

  Cell shared_string(const std::string& where) {
    const std::optional<size_t> index = parse_number<size_t>(cell_.value);
    if (!index || *index >= context_.shared_strings.size()) {
      warn(where, "shared string index '" + cell_.value + "' out of range (the table holds " +
                      std::to_string(context_.shared_strings.size()) + "); cell skipped");
      return Cell{};
    }
    return cell_of(CellType::kText, context_.shared_strings[*index]);
  }

  const SheetContext& context_;
  Sheet& sheet_;
  XML_Parser parser_;
  Row row_;
  bool in_row_ = false;
  long next_row_ = 1;
  size_t next_column_ = 0;
  PendingCell cell_;
  std::string* text_ = nullptr;  // where character data goes, if anywhere
  int phonetic_depth_ = 0;
};

void XMLCALL on_start(void* handler, const XML_Char* name, const XML_Char** attributes) {
  static_cast<SheetHandler*>(handler)->start(local_name(name), attributes);
}

void XMLCALL on_end(void* handler, const XML_Char* name) {
  static_cast<SheetHandler*>(handler)->end(local_name(name));
}

void XMLCALL on_characters(void* handler, const XML_Char* text, int length) {
  static_cast<SheetHandler*>(handler)->characters(
      std::string_view(text, static_cast<size_t>(length)));
}

struct ParserDeleter {
  void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

}  // namespace

std::optional<Error> read_rows(std::string_view xml, bool complete, const SheetContext& context,
                               Sheet& sheet) {
  const std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate(nullptr));
  if (!parser) return make_error(ErrorCode::kInternal, "cannot create an XML parser");
  SheetHandler handler(context, sheet, parser.get());
  XML_SetUserData(parser.get(), &handler);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_characters);

  XML_Status status = XML_STATUS_OK;
  size_t at = 0;
  do {
    const size_t size = std::min(kFeedBytes, xml.size() - at);
    at += size;
    const bool last = complete && at == xml.size();
    status = XML_Parse(parser.get(), xml.data() + at - size, static_cast<int>(size), last);
  } while (status == XML_STATUS_OK && at < xml.size());
  if (status == XML_STATUS_OK || XML_GetErrorCode(parser.get()) == XML_ERROR_ABORTED) {
    return std::nullopt;  // the end of the XML, or stopped after max_rows
  }
  return make_error(
      ErrorCode::kMalformed,
      std::string("malformed XML: ") + XML_ErrorString(XML_GetErrorCode(parser.get())),
      Location{std::string(context.file_path), 0,
               std::string(context.part) + " line " +
                   std::to_string(XML_GetCurrentLineNumber(parser.get()))});
}

}  // namespace vigil::sources::xlsx
