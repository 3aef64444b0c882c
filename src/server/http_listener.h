// The HTTP/1.1 transport (Boost.Beast over Asio): keep-alive connections on a few threads,
// with the limits that keep hostile clients from holding the server: a deadline for each
// request to arrive (slow clients get 408), header and body size limits (431, 413), a cap on
// open connections (503), and a graceful stop that finishes the requests in progress.
// Plain HTTP only: TLS is terminated by a reverse proxy (docs/server.md).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "server/api_service.h"
#include "vigil/result.h"

namespace vigil::server {

struct ListenerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8000;  // 0: any free port (tests)
  unsigned threads = 0;  // 0: one per core
  size_t max_connections = 1024;
  std::chrono::milliseconds request_timeout{10000};  // from the first byte to the whole body
  std::chrono::milliseconds idle_timeout{60000};     // a keep-alive connection with no request
  size_t max_header_bytes = 16 * 1024;
  size_t max_body_bytes = 1 << 20;
};

// What happened to one request, for the metrics and the access log.
struct RequestRecord {
  std::string_view request_id;
  std::string_view method;
  std::string_view path;
  std::string_view remote;
  size_t route_index = SIZE_MAX;
  int status = 0;
  double seconds = 0;
  size_t bytes_in = 0;
  size_t bytes_out = 0;
  size_t matches = 0;
};

struct ListenerHooks {
  std::function<void(const RequestRecord&)> on_request;    // after each response is sent
  std::function<void(std::string_view reason)> on_reject;  // a connection or request refused
  std::function<std::string(std::string_view incoming)> request_id;  // X-Request-Id to use
};

class HttpListener {
 public:
  HttpListener(const ApiService& service, ListenerOptions options, ListenerHooks hooks);
  ~HttpListener();
  HttpListener(const HttpListener&) = delete;
  HttpListener& operator=(const HttpListener&) = delete;

  // Binds and starts serving on the threads; returns the port bound.
  Result<uint16_t> start();
  // Stops accepting, lets requests in progress finish (at most `grace`), closes idle
  // connections, and joins the threads.
  void stop(std::chrono::milliseconds grace = std::chrono::milliseconds(10000));

  [[nodiscard]] size_t open_connections() const;
  [[nodiscard]] size_t requests_in_flight() const;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigil::server
