// Everything `vigil serve` can be told, and the JSON config file that tells it
// (`vigil serve --config FILE`; options on the command line win over the file). Unknown keys
// and wrong types are errors that name the key, so a typo never silently leaves a default.
#pragma once

#include <string>

#include "server/http_listener.h"
#include "server/query_limits.h"
#include "vigil/result.h"

namespace vigil::server {

struct ServerConfig {
  ListenerOptions listener;
  QueryLimits limits;
  std::string api_keys;   // the key file; empty: the default path (api_keys.h)
  std::string store;      // the version store; empty: the default path
  std::string log = "-";  // the JSON log: "-" stderr, "off", or a file appended to
  bool no_auth = false;   // serve without keys even off loopback (behind an authenticating proxy)
};

// Reads the keys present in the file over `config`.
[[nodiscard]] std::optional<Error> read_server_config(const std::string& path,
                                                      ServerConfig& config);

}  // namespace vigil::server
