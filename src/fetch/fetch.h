// Downloads one URL into memory over HTTP(S) with libcurl, within limits that protect the
// caller from slow, stalled, oversized or misbehaving servers. Outside vigil_core (which has no
// network dependency): `vigil update` links it.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "vigil/result.h"

namespace vigil::fetch {

struct FetchLimits {
  std::chrono::milliseconds connect_timeout{15'000};
  std::chrono::milliseconds total_timeout{300'000};  // one attempt, connection to last byte
  // A transfer slower than low_speed_bytes per second for low_speed_window is abandoned
  // (stalled servers, slowloris). The window has a resolution of one second.
  long low_speed_bytes = 1024;
  std::chrono::seconds low_speed_window{30};
  size_t max_bytes = size_t{512} << 20;            // refused before or while reading past it
  int max_attempts = 3;                            // 1 = no retry
  std::chrono::milliseconds first_backoff{1'000};  // doubled after each failed attempt
  // A 429 or 503 with Retry-After is retried after the time it asks, if no longer than this;
  // a longer wait gives up at once and says so.
  std::chrono::seconds max_retry_after{120};
  long max_redirects = 5;
};

// GETs `url` and returns its body. Only http and https are accepted; https peers and host
// names are verified. Connection errors, timeouts, truncated bodies, HTTP 5xx and 429 are
// retried with backoff (or after the server's Retry-After) up to max_attempts; other HTTP
// errors (404, 403...) are not. The error
// names the URL and the reason: the HTTP status, a timeout, too large, truncated.
// Thread-safe: each call uses its own handle.
Result<std::string> fetch(const std::string& url, const FetchLimits& limits);

}  // namespace vigil::fetch
