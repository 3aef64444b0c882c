// One GET of a URL, without retries: the body, or an error and whether trying again may help.
#pragma once

#include <string>

#include "fetch/fetch.h"

namespace vigil::fetch::detail {

struct AttemptOutcome {
  Result<std::string> body;
  bool transient = false;  // a retry may succeed: connection error, timeout, 5xx, 429...
};

AttemptOutcome fetch_once(const std::string& url, const FetchLimits& limits);

}  // namespace vigil::fetch::detail
