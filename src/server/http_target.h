// The request target of an HTTP request ("/search/default?q=Khatib&limit=5") split into its
// percent-decoded path and query parameters; malformed escapes are an error, not a guess.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace vigil::server {

struct HttpTarget {
  std::string path;
  std::multimap<std::string, std::string> params;
};

// nullopt when the target has a bad %-escape or does not start with '/'.
std::optional<HttpTarget> parse_target(std::string_view target);

// %XX decoded, and '+' as a space when `plus_is_space` (query strings).
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

}  // namespace vigil::server
