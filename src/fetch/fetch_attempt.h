// One GET of a URL, without retries: the body, or an error and whether trying again may help.
#pragma once

#include <chrono>
#include <string>

#include "fetch/fetch.h"

namespace vigil::fetch::detail {

struct AttemptOutcome {
  Result<std::string> body;
  bool transient = false;  // a retry may succeed: connection error, timeout, 5xx, 429...
  std::chrono::seconds retry_after{0};  // the server's Retry-After, when it gave one
};

AttemptOutcome fetch_once(const std::string& url, const FetchLimits& limits);

}  // namespace vigil::fetch::detail
