#include "sources/xml_support.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>

#include "model/ascii.h"

namespace vigil::sources::xml {
namespace {

using model::trim;

constexpr size_t kRootSniffBytes = 64 * 1024;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Skips what may precede the root element: the BOM, white space, the XML declaration and
// other processing instructions, comments and a DOCTYPE. Returns the remaining bytes, which
// start at '<' of the root element when the document is well formed.
std::string_view skip_prolog(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (true) {
    bytes = trim(bytes);
    std::string_view terminator;
    if (bytes.starts_with("<?")) {
      terminator = "?>";
    } else if (bytes.starts_with("<!--")) {
      terminator = "-->";
    } else if (bytes.starts_with("<!")) {
      terminator = ">";  // a DOCTYPE with an internal subset is not expected in lists
    } else {
      return bytes;
    }
    const size_t end = bytes.find(terminator, 2);
    if (end == std::string_view::npos) return {};
    bytes.remove_prefix(end + terminator.size());
  }
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node element = node.first_child(); element; element = element.next_sibling()) {
    if (element.type() == pugi::node_element && local_name(element) == name) return element;
  }
  return {};
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : trim(text)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string text(const pugi::xml_node& node) { return collapse_spaces(node.text().get()); }

std::string child_text(const pugi::xml_node& node, std::string_view name) {
  return text(child(node, name));
}

std::string raw_text(const pugi::xml_node& node) { return std::string(trim(node.text().get())); }

bool root_element_is(std::string_view bytes, std::string_view name) {
  std::string_view rest = skip_prolog(bytes.substr(0, kRootSniffBytes));
  if (!rest.starts_with('<')) return false;
  rest.remove_prefix(1);
  const auto end = std::find_if(rest.begin(), rest.end(),
                                [](char c) { return is_space(c) || c == '>' || c == '/'; });
  std::string_view qualified(rest.data(), static_cast<size_t>(end - rest.begin()));
  const size_t colon = qualified.rfind(':');
  if (colon != std::string_view::npos) qualified.remove_prefix(colon + 1);
  return qualified == name && end != rest.end();
}

LineIndex::LineIndex(std::string_view bytes) {
  line_starts_.push_back(0);
  for (size_t i = bytes.find('\n'); i != std::string_view::npos; i = bytes.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

long LineIndex::line_of(ptrdiff_t offset) const {
  if (offset < 0) return 0;
  const auto after =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), static_cast<size_t>(offset));
  return static_cast<long>(after - line_starts_.begin());
}

std::optional<Error> load_document(const InputFile& file, pugi::xml_document& document) {
  const pugi::xml_parse_result result = document.load_buffer(
      file.bytes.data(), file.bytes.size(), pugi::parse_default, pugi::encoding_auto);
  if (result) return std::nullopt;
  const long line = LineIndex(file.bytes).line_of(result.offset);
  return make_error(ErrorCode::kMalformed,
                    std::string("not well-formed XML: ") + result.description(),
                    Location{file.path, line, {}});
}

Result<pugi::xml_node> load_list_root(const InputFile& file, pugi::xml_document& document,
                                      std::string_view root_element, std::string_view list_name) {
  if (auto error = check_utf8(file)) return *error;
  if (auto error = load_document(file, document)) return *error;
  const pugi::xml_node root = document.document_element();
  if (local_name(root) != root_element) {
    return make_error(ErrorCode::kFormat,
                      "not " + std::string(list_name) + ": the root element is <" +
                          std::string(root.name()) + ">, expected <" + std::string(root_element) +
                          ">",
                      Location{file.path, 0, {}});
  }
  return root;
}

namespace {

// The encoding the XML declaration names, lower case; empty when it names none.
std::string declared_encoding(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!bytes.starts_with("<?xml")) return {};
  const std::string_view declaration = bytes.substr(0, bytes.find("?>"));
  const size_t at = declaration.find("encoding");
  if (at == std::string_view::npos) return {};
  const size_t open = declaration.find_first_of("\"'", at);
  if (open == std::string_view::npos) return {};
  const size_t close = declaration.find(declaration[open], open + 1);
  if (close == std::string_view::npos) return {};
  return model::lower(declaration.substr(open + 1, close - open - 1));
}

// The offset of the first byte that is not well-formed UTF-8, or npos.
size_t first_invalid_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<Error> check_utf8(const InputFile& file) {
  const std::string encoding = declared_encoding(file.bytes);
  if (!encoding.empty() && encoding != "utf-8" && encoding != "utf8") return std::nullopt;
  const size_t invalid = first_invalid_utf8(file.bytes);
  if (invalid == std::string_view::npos) return std::nullopt;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(file.bytes[invalid]));
  const long line = LineIndex(file.bytes).line_of(static_cast<ptrdiff_t>(invalid));
  return make_error(ErrorCode::kMalformed,
                    std::string("not valid UTF-8 (byte ") + byte +
                        "); the file is damaged or in an undeclared encoding",
                    Location{file.path, line, {}});
}

namespace {

bool same_name(const pugi::xml_node& a, const pugi::xml_node& b) {
  return a.type() == pugi::node_element && local_name(a) == local_name(b);
}

// "sdnEntry[12]" when the parent has several sdnEntry children, else "sdnEntry".
std::string path_step(const pugi::xml_node& node) {
  size_t position = 1;
  for (pugi::xml_node at = node.previous_sibling(); at; at = at.previous_sibling()) {
    if (same_name(at, node)) ++position;
  }
  bool has_namesakes = position > 1;
  for (pugi::xml_node at = node.next_sibling(); at && !has_namesakes; at = at.next_sibling()) {
    has_namesakes = same_name(at, node);
  }
  std::string step(local_name(node));
  if (has_namesakes) step += "[" + std::to_string(position) + "]";
  return step;
}

}  // namespace

std::string element_path(const pugi::xml_node& node) {
  std::vector<std::string> steps;
  for (pugi::xml_node at = node; at && at.type() == pugi::node_element; at = at.parent()) {
    steps.push_back(path_step(at));
  }
  std::string path;
  for (auto step = steps.rbegin(); step != steps.rend(); ++step) path += "/" + *step;
  return path;
}

Location locate(const InputFile& file, const LineIndex& lines, const pugi::xml_node& node) {
  return Location{file.path, lines.line_of(node.offset_debug()), element_path(node)};
}

void DiagnosticSink::warn(const pugi::xml_node& node, std::string message) {
  add(Diagnostic::Severity::kWarning, node, std::move(message));
}

void DiagnosticSink::skip_record(const pugi::xml_node& node, std::string message) {
  ++skipped_;
  add(Diagnostic::Severity::kSkippedRecord, node, std::move(message));
}

void DiagnosticSink::add(Diagnostic::Severity severity, const pugi::xml_node& node,
                         std::string message) {
  if (!lines_) lines_.emplace(file_.bytes);
  out_.push_back(Diagnostic{severity, std::move(message), locate(file_, *lines_, node)});
}

}  // namespace vigil::sources::xml
