// JSON lines files (one JSON document per line: FollowTheMoney exports, own lists), read with
// simdjson. Lines are parsed where they lie in the file's bytes, without copying, except the
// last few, which simdjson's read-ahead padding would run past.
#pragma once

#include <simdjson.h>

#include <functional>
#include <string>
#include <string_view>

namespace vigil::sources {

// The first line that is not blank, without its line end and a UTF-8 byte-order mark; empty
// when the first `max_bytes` hold no complete line of text.
std::string_view first_json_line(std::string_view bytes, size_t max_bytes = size_t{1} << 20);

// Parses each non-blank line. Calls `on_document` with the 1-based line number and the parsed
// value (valid only during the call) for valid JSON, and `on_error` with the line number and
// the reason for the rest (invalid JSON, invalid UTF-8).
void for_each_json_line(std::string_view bytes,
                        const std::function<void(long, simdjson::dom::element)>& on_document,
                        const std::function<void(long, std::string)>& on_error);

// The string value of `key` in `object`; empty when absent or not a string.
std::string_view json_string(simdjson::dom::object object, std::string_view key);

}  // namespace vigil::sources
