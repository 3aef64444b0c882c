#include "server/server_config.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace vigil::server {
namespace {

using nlohmann::json;
using Setter = std::function<std::optional<std::string>(const json&, ServerConfig&)>;

// A setter for an unsigned field within [minimum, maximum].
template <typename Field>
Setter count_setter(std::function<Field&(ServerConfig&)> field, uint64_t minimum,
                    uint64_t maximum) {
  return [field, minimum, maximum](const json& value,
                                   ServerConfig& config) -> std::optional<std::string> {
    if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<int64_t>() >= 0)) {
      return "must be a whole number";
    }
    const uint64_t n = value.get<uint64_t>();
    if (n < minimum || n > maximum) return fmt::format("must be from {} to {}", minimum, maximum);
    field(config) = static_cast<Field>(n);
    return std::nullopt;
  };
}

Setter string_setter(std::function<std::string&(ServerConfig&)> field) {
  return [field](const json& value, ServerConfig& config) -> std::optional<std::string> {
    if (!value.is_string()) return "must be a string";
    field(config) = value.get<std::string>();
    return std::nullopt;
  };
}

Setter millis_setter(std::function<std::chrono::milliseconds&(ServerConfig&)> field) {
  return [field](const json& value, ServerConfig& config) -> std::optional<std::string> {
    if (!value.is_number_integer() || value.get<int64_t>() < 100 ||
        value.get<int64_t>() > 3600000) {
      return "must be a whole number of milliseconds from 100 to 3600000";
    }
    field(config) = std::chrono::milliseconds(value.get<int64_t>());
    return std::nullopt;
  };
}

const std::map<std::string, Setter, std::less<>>& setters() {
  constexpr uint64_t kMany = std::numeric_limits<uint32_t>::max();
  static const std::map<std::string, Setter, std::less<>> table = {
      {"host", string_setter([](ServerConfig& c) -> std::string& { return c.listener.host; })},
      {"port", count_setter<uint16_t>([](ServerConfig& c) -> uint16_t& { return c.listener.port; },
                                      0, 65535)},
      {"threads", count_setter<unsigned>(
                      [](ServerConfig& c) -> unsigned& { return c.listener.threads; }, 0, 256)},
      {"max_connections",
       count_setter<size_t>([](ServerConfig& c) -> size_t& { return c.listener.max_connections; },
                            1, 1000000)},
      {"request_timeout_ms", millis_setter([](ServerConfig& c) -> std::chrono::milliseconds& {
         return c.listener.request_timeout;
       })},
      {"idle_timeout_ms", millis_setter([](ServerConfig& c) -> std::chrono::milliseconds& {
         return c.listener.idle_timeout;
       })},
      {"max_header_bytes",
       count_setter<size_t>([](ServerConfig& c) -> size_t& { return c.listener.max_header_bytes; },
                            1024, 1 << 20)},
      {"max_body_bytes",
       count_setter<size_t>([](ServerConfig& c) -> size_t& { return c.listener.max_body_bytes; },
                            1024, 1ull << 30)},
      {"max_json_depth",
       count_setter<int>([](ServerConfig& c) -> int& { return c.limits.max_json_depth; }, 4, 256)},
      {"max_batch", count_setter<size_t>(
                        [](ServerConfig& c) -> size_t& { return c.limits.max_batch; }, 1, kMany)},
      {"max_match_queries",
       count_setter<size_t>([](ServerConfig& c) -> size_t& { return c.limits.max_match_queries; },
                            1, kMany)},
      {"max_limit", count_setter<size_t>(
                        [](ServerConfig& c) -> size_t& { return c.limits.max_limit; }, 1, kMany)},
      {"max_name_bytes",
       count_setter<size_t>([](ServerConfig& c) -> size_t& { return c.limits.max_name_bytes; }, 16,
                            1 << 20)},
      {"max_values", count_setter<size_t>(
                         [](ServerConfig& c) -> size_t& { return c.limits.max_values; }, 1, kMany)},
      {"api_keys", string_setter([](ServerConfig& c) -> std::string& { return c.api_keys; })},
      {"store", string_setter([](ServerConfig& c) -> std::string& { return c.store; })},
      {"log", string_setter([](ServerConfig& c) -> std::string& { return c.log; })},
      {"no_auth",
       [](const json& value, ServerConfig& config) -> std::
                                                       optional<std::string> {
                                                         if (!value.is_boolean())
                                                           return "must be true or false";
                                                         config.no_auth = value.get<bool>();
                                                         return std::nullopt;
                                                       }},
  };
  return table;
}

}  // namespace

std::optional<Error> read_server_config(const std::string& path, ServerConfig& config) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCode::kIo, std::strerror(errno), Location{path, 0, ""});
  std::stringstream text;
  text << in.rdbuf();
  json document;
  try {
    document = json::parse(text.str());
  } catch (const json::parse_error& e) {
    return make_error(ErrorCode::kMalformed, fmt::format("not valid JSON: {}", e.what()),
                      Location{path, 0, ""});
  }
  if (!document.is_object()) {
    return make_error(ErrorCode::kMalformed, "expected a JSON object of settings",
                      Location{path, 0, ""});
  }
  for (const auto& [key, value] : document.items()) {
    const auto setter = setters().find(key);
    if (setter == setters().end()) {
      std::string known;
      for (const auto& entry : setters()) known += (known.empty() ? "" : ", ") + entry.first;
      return make_error(ErrorCode::kMalformed,
                        fmt::format("unknown setting; the settings are: {}", known),
                        Location{path, 0, key});
    }
    if (auto problem = setter->second(value, config)) {
      return make_error(ErrorCode::kMalformed, *problem, Location{path, 0, key});
    }
  }
  return std::nullopt;
}

}  // namespace vigil::server
