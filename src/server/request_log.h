// The structured log: one JSON object per line, for each request answered (with its request id,
// route, status, time and sizes; never the query string or the body, which hold the names
// screened) and for the server's own events (start, reload, stop). Lines from many threads
// never interleave.
#pragma once

#include <cstdio>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "server/http_listener.h"

namespace vigil::server {

class RequestLog {
 public:
  // Writes to `out` (not owned; stays open while the log lives); null: the log is off.
  explicit RequestLog(std::FILE* out) : out_(out) {}

  void request(const RequestRecord& record);
  // level: "info", "warning", "error".
  void event(std::string_view level, std::string_view message, nlohmann::json fields = {});

  [[nodiscard]] bool enabled() const { return out_ != nullptr; }

 private:
  void write(nlohmann::json line);

  std::FILE* out_;
  std::mutex mutex_;
};

// The request id to use: the caller's X-Request-Id when it is 1 to 128 characters of letters,
// digits, '-', '_', '.' or ':', else a new random one (16 hex digits).
std::string accept_request_id(std::string_view incoming);

}  // namespace vigil::server
