#include "server/api_message.h"

#include <fmt/format.h>

#include <charconv>
#include <variant>

namespace vigil::server {

using nlohmann::json;

std::optional<std::string> ApiRequest::param(const std::string& key) const {
  const auto found = params.find(key);
  if (found == params.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> ApiRequest::params_of(const std::string& key) const {
  std::vector<std::string> values;
  const auto [begin, end] = params.equal_range(key);
  for (auto it = begin; it != end; ++it) values.push_back(it->second);
  return values;
}

ApiResponse json_response(int status, const json& body) {
  ApiResponse response;
  response.status = status;
  // Names and remarks from the lists are valid UTF-8 by the time they are indexed; replacing
  // keeps one bad byte from turning a whole answer into an exception.
  response.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  return response;
}

ApiResponse json_response(int status, const json& body, std::string_view lists_text) {
  ApiResponse response = json_response(status, body);
  const bool empty = response.body == "{}";
  response.body.insert(1, fmt::format("\"lists\":{}{}", lists_text, empty ? "" : ","));
  return response;
}

ApiResponse error_response(int status, std::string_view code, std::string_view message) {
  return json_response(
      status,
      {{"error", {{"status", status}, {"code", code}, {"message", message}}}, {"detail", message}});
}

ApiResponse error_response(const ApiError& error) {
  return error_response(error.status, error.code, error.message);
}

std::variant<json, ApiError> parse_json_body(std::string_view body, int max_depth) {
  if (body.empty()) return ApiError{400, "bad_request", "the request body is empty; send JSON"};
  // The parser calls back at every nesting level; stopping there bounds the stack and the
  // work a hostile body can ask for.
  bool too_deep = false;
  const json::parser_callback_t depth_guard = [&](int depth, json::parse_event_t event, json&) {
    if ((event == json::parse_event_t::object_start || event == json::parse_event_t::array_start) &&
        depth >= max_depth) {
      too_deep = true;
      throw std::length_error("too deep");
    }
    return true;
  };
  try {
    return json::parse(body, depth_guard);
  } catch (const std::length_error&) {
    return ApiError{400, "too_deep",
                    fmt::format("the JSON body is nested deeper than {} levels", max_depth)};
  } catch (const json::parse_error& e) {
    if (too_deep) {
      return ApiError{400, "too_deep",
                      fmt::format("the JSON body is nested deeper than {} levels", max_depth)};
    }
    return ApiError{400, "malformed_json",
                    fmt::format("the body is not valid JSON (at byte {}): {}", e.byte, e.what())};
  }
}

std::variant<double, ApiError> number_param(const ApiRequest& request, const std::string& key,
                                            double fallback, double min, double max) {
  const std::optional<std::string> text = request.param(key);
  if (!text) return fallback;
  double value = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (ec != std::errc{} || ptr != end || !(value >= min && value <= max)) {
    return ApiError{400, "bad_parameter",
                    fmt::format("query parameter '{}' must be a number from {} to {}, not '{}'",
                                key, min, max, *text)};
  }
  return value;
}

}  // namespace vigil::server
