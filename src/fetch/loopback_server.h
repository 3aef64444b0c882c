// For tests: an HTTP server on 127.0.0.1 at a free port, running in the test process, with
// handlers that serve files and misbehave on purpose. Never reaches beyond loopback.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace vigil::fetch::test_support {

class LoopbackServer {
 public:
  LoopbackServer() = default;
  ~LoopbackServer() { stop(); }
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  // Register handlers on server() first, then start().
  httplib::Server& server() { return server_; }

  void start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }

  void stop() {
    stopping_ = true;
    if (thread_.joinable()) {
      server_.stop();
      thread_.join();
    }
  }

  [[nodiscard]] std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  // True once stop() began: handlers that stall on purpose poll it to end promptly.
  [[nodiscard]] bool stopping() const { return stopping_; }

  // A handler that sends `sent` bytes of a body announced as `announced` bytes long, then
  // stalls for `stall` (or until stop) and closes the connection.
  httplib::Server::Handler short_body(size_t announced, size_t sent,
                                      std::chrono::milliseconds stall = {}) {
    return [this, announced, sent, stall](const httplib::Request&, httplib::Response& response) {
      response.set_content_provider(
          announced, "application/octet-stream",
          [this, sent, stall](size_t offset, size_t, httplib::DataSink& sink) {
            if (offset == 0) {
              const std::string part(sent, 'x');
              sink.write(part.data(), part.size());
              return true;
            }
            const auto until = std::chrono::steady_clock::now() + stall;
            while (!stopping_ && std::chrono::steady_clock::now() < until) {
              std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            return false;  // closes the connection before the announced length
          });
    };
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
};

}  // namespace vigil::fetch::test_support
