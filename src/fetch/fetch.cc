#include "fetch/fetch.h"

#include <algorithm>
#include <thread>

#include "fetch/fetch_attempt.h"

namespace vigil::fetch {

Result<std::string> fetch(const std::string& url, const FetchLimits& limits) {
  const int attempts = std::max(1, limits.max_attempts);
  std::chrono::milliseconds backoff = limits.first_backoff;
  for (int attempt = 1;; ++attempt) {
    detail::AttemptOutcome outcome = detail::fetch_once(url, limits);
    if (outcome.body.ok() || !outcome.transient) return std::move(outcome.body);
    if (attempt == attempts) {
      Error error = outcome.body.error();
      if (attempts > 1) error.message += " (after " + std::to_string(attempts) + " attempts)";
      return error;
    }
    if (outcome.retry_after > limits.max_retry_after) {
      Error error = outcome.body.error();
      error.message += " (the server asks to retry after " +
                       std::to_string(outcome.retry_after.count()) + " s, more than the " +
                       std::to_string(limits.max_retry_after.count()) + " s allowed)";
      return error;
    }
    std::this_thread::sleep_for(std::max<std::chrono::milliseconds>(backoff, outcome.retry_after));
    backoff *= 2;
  }
}

}  // namespace vigil::fetch
