// The HTTP API's requests and responses as plain values, independent of the HTTP library: the
// routes are functions from an ApiRequest to an ApiResponse, tested without a socket.
#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "vigil/result.h"

namespace vigil::server {

struct ApiRequest {
  std::string method;                              // "GET", "POST", ...
  std::string path;                                // without the query string, percent-decoded
  std::multimap<std::string, std::string> params;  // the query string, decoded
  std::string body;
  std::map<std::string, std::string> path_params;  // {"dataset": "default"} for /match/{dataset}

  // The first value of a query parameter, or nullopt.
  [[nodiscard]] std::optional<std::string> param(const std::string& key) const;
  // Every value of a repeated query parameter (?include_dataset=a&include_dataset=b).
  [[nodiscard]] std::vector<std::string> params_of(const std::string& key) const;
};

struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  size_t matches = 0;  // results at or above the threshold, for the metrics
};

ApiResponse json_response(int status, const nlohmann::json& body);
// The same with a "lists" member whose JSON text is given (the versions in service, serialised
// once per load rather than once per response). REQUIRES: `body` is an object without "lists".
ApiResponse json_response(int status, const nlohmann::json& body, std::string_view lists_text);

// {"error": {"status", "code", "message"}, "detail": message}: "detail" is where yente and its
// clients look for the reason.
ApiResponse error_response(int status, std::string_view code, std::string_view message);

// An expected failure of a request: the status and code it is answered with.
struct ApiError {
  int status = 400;
  std::string code = "bad_request";
  std::string message;
};

ApiResponse error_response(const ApiError& error);

// Parses a request body as JSON, refusing bodies nested deeper than `max_depth`, invalid UTF-8
// and anything that is not JSON, with the byte offset of the fault.
std::variant<nlohmann::json, ApiError> parse_json_body(std::string_view body, int max_depth);

// A query parameter as a number within [min, max]; the error names the parameter.
std::variant<double, ApiError> number_param(const ApiRequest& request, const std::string& key,
                                            double fallback, double min, double max);

}  // namespace vigil::server
