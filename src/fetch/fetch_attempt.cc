#include "fetch/fetch_attempt.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace vigil::fetch::detail {
namespace {

constexpr long kHttpOk = 200;
constexpr long kHttpTooManyRequests = 429;
constexpr long kHttpServerErrorFirst = 500;

struct CurlHandleDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using CurlHandle = std::unique_ptr<CURL, CurlHandleDeleter>;

// curl_global_init is not thread-safe; every handle is made after it ran once.
CurlHandle make_handle() {
  static std::once_flag initialised;
  std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  return CurlHandle(curl_easy_init());
}

struct Download {
  std::string body;
  size_t max_bytes = 0;
  bool too_large = false;
};

// Aborts the transfer (by taking fewer bytes than offered) as soon as the body would pass the
// limit, so a server without Content-Length cannot fill memory.
size_t append_body(char* data, size_t size, size_t count, void* user) {
  auto* download = static_cast<Download*>(user);
  const size_t bytes = size * count;
  if (download->body.size() + bytes > download->max_bytes) {
    download->too_large = true;
    return 0;
  }
  download->body.append(data, bytes);
  return bytes;
}

void set_options(CURL* curl, const std::string& url, const FetchLimits& limits, Download& download,
                 char* error_buffer) {
  const bool secure = url.starts_with("https://");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  // A redirect never downgrades an https download to plain http.
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, secure ? "https" : "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, limits.max_redirects);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(limits.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(limits.total_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, limits.low_speed_bytes);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME,
                   static_cast<long>(limits.low_speed_window.count()));
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_bytes));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM: safe in threads
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "vigil/0.1 (sanctions list update)");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &download);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
}

AttemptOutcome failure(const std::string& url, const std::string& reason, bool transient) {
  return {make_error(ErrorCode::kIo, "GET " + url + ": " + reason), transient};
}

std::string transfer_reason(CURLcode code, const char* detail) {
  const std::string text = *detail != '\0' ? detail : curl_easy_strerror(code);
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return "timed out (" + text + ")";
    case CURLE_PARTIAL_FILE:
      return "truncated: the body is shorter than its Content-Length (" + text + ")";
    default: return text;
  }
}

// Errors a retry cannot cure: a bad URL, a refused certificate, an unsupported protocol...
bool is_transient(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR: return true;
    default: return false;
  }
}

}  // namespace

AttemptOutcome fetch_once(const std::string& url, const FetchLimits& limits) {
  const CurlHandle curl = make_handle();
  if (!curl) return failure(url, "cannot start libcurl", false);
  Download download;
  download.max_bytes = limits.max_bytes;
  char error_buffer[CURL_ERROR_SIZE] = {};
  set_options(curl.get(), url, limits, download, error_buffer);

  const CURLcode code = curl_easy_perform(curl.get());
  if (download.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    return failure(url, "too large: more than " + std::to_string(limits.max_bytes) + " bytes",
                   false);
  }
  if (code != CURLE_OK)
    return failure(url, transfer_reason(code, error_buffer), is_transient(code));

  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  if (status != kHttpOk) {
    const bool transient = status == kHttpTooManyRequests || status >= kHttpServerErrorFirst;
    AttemptOutcome outcome = failure(url, "HTTP status " + std::to_string(status), transient);
    curl_off_t retry_after = 0;  // seconds, from either form of the header
    if (curl_easy_getinfo(curl.get(), CURLINFO_RETRY_AFTER, &retry_after) == CURLE_OK &&
        retry_after > 0) {
      outcome.retry_after = std::chrono::seconds(retry_after);
    }
    return outcome;
  }
  return {std::move(download.body), false};
}

}  // namespace vigil::fetch::detail
