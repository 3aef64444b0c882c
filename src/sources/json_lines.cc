#include "sources/json_lines.h"

#include "model/ascii.h"

namespace vigil::sources {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The line starting at `at` without its line end; `next` is set to where the next one starts.
std::string_view line_at(std::string_view bytes, size_t at, size_t& next) {
  const size_t end = std::min(bytes.find('\n', at), bytes.size());
  next = end + 1;
  std::string_view line = bytes.substr(at, end - at);
  if (at == 0 && line.starts_with(kByteOrderMark)) line.remove_prefix(kByteOrderMark.size());
  return model::trim(line);
}

}  // namespace

std::string_view first_json_line(std::string_view bytes, size_t max_bytes) {
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), max_bytes));
  for (size_t at = 0, next = 0; at < head.size(); at = next) {
    const std::string_view line = line_at(head, at, next);
    if (next > head.size() && head.size() < bytes.size()) return {};  // cut by max_bytes
    if (!line.empty()) return line;
  }
  return {};
}

void for_each_json_line(std::string_view bytes,
                        const std::function<void(long, simdjson::dom::element)>& on_document,
                        const std::function<void(long, std::string)>& on_error) {
  simdjson::dom::parser parser;
  long line_number = 0;
  for (size_t at = 0, next = 0; at < bytes.size(); at = next) {
    const std::string_view line = line_at(bytes, at, next);
    ++line_number;
    if (line.empty()) continue;
    // simdjson reads up to SIMDJSON_PADDING bytes past a document: the next lines serve as that
    // padding, and only a line too close to the end of the file is copied.
    const size_t end = static_cast<size_t>(line.data() - bytes.data()) + line.size();
    const bool padded = end + simdjson::SIMDJSON_PADDING <= bytes.size();
    simdjson::dom::element document;
    const simdjson::error_code error =
        parser.parse(line.data(), line.size(), /*realloc_if_needed=*/!padded).get(document);
    if (error) {
      on_error(line_number, std::string("not valid JSON: ") + simdjson::error_message(error));
      continue;
    }
    on_document(line_number, document);
  }
}

std::string_view json_string(simdjson::dom::object object, std::string_view key) {
  std::string_view value;
  if (object[key].get(value) != simdjson::SUCCESS) return {};
  return value;
}

}  // namespace vigil::sources
