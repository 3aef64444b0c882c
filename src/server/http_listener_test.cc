// The HTTP transport on loopback: keep-alive answers, and every hostile client answered with a
// 4xx or shut out, never a crash: a slow client (408), a huge body (413), huge headers (431),
// garbage instead of HTTP (400), too many connections (503); a reload under load fails no
// request; a stop finishes the request in progress.
#include "server/http_listener.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "server/server_test_support.h"

namespace vigil::server {
namespace {

using nlohmann::json;

// A raw TCP client for what a well-behaved HTTP client will not send.
class RawClient {
 public:
  explicit RawClient(uint16_t port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    timeval timeout{10, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  }
  ~RawClient() { close(fd_); }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool send_text(std::string_view text) {
    return ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
  }
  // Everything until the server closes (or 10 s pass).
  std::string read_all() {
    std::string out;
    char buffer[4096];
    for (ssize_t n; (n = recv(fd_, buffer, sizeof buffer, 0)) > 0;) out.append(buffer, n);
    return out;
  }
  [[nodiscard]] bool connected() const { return connected_; }

 private:
  int fd_;
  bool connected_ = false;
};

class HttpListenerTest : public ::testing::Test {
 protected:
  void start(ListenerOptions options = {}) {
    holder_ = std::make_unique<ScreenerHolder>(
        [] { return Result<std::shared_ptr<const Screener>>(testing::sdn_screener()); });
    ASSERT_TRUE(holder_->reload().ok);
    ServiceOptions service_options;
    service_options.authenticate = testing::test_roles;
    service_ = std::make_unique<ApiService>(*holder_, service_options);
    options.port = 0;
    ListenerHooks hooks;
    hooks.on_request = [this](const RequestRecord& r) {
      if (r.status >= 500) ++server_errors_;
      ++requests_;
    };
    listener_ = std::make_unique<HttpListener>(*service_, options, hooks);
    auto port = listener_->start();
    ASSERT_TRUE(port.ok()) << port.error().message;
    port_ = *port;
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_bearer_token_auth("screen-key");
    c.set_read_timeout(10, 0);
    return c;
  }

  std::unique_ptr<ScreenerHolder> holder_;
  std::unique_ptr<ApiService> service_;
  std::unique_ptr<HttpListener> listener_;
  uint16_t port_ = 0;
  std::atomic<int> server_errors_{0};
  std::atomic<int> requests_{0};
};

TEST_F(HttpListenerTest, AnswersOverKeepAliveWithRequestIds) {
  start();
  httplib::Client c = client();
  c.set_keep_alive(true);
  for (int i = 0; i < 3; ++i) {
    const auto response = c.Post("/v1/screen", R"({"name": "Esmail Khatib"})", "application/json");
    ASSERT_TRUE(response) << httplib::to_string(response.error());
    EXPECT_EQ(response->status, 200);
    EXPECT_EQ(json::parse(response->body)["matches"][0]["entity_id"], "ofac_sdn:39017");
    EXPECT_FALSE(response->get_header_value("X-Request-Id").empty());
  }
  const auto missing_key = httplib::Client("127.0.0.1", port_).Get("/v1/datasets");
  ASSERT_TRUE(missing_key);
  EXPECT_EQ(missing_key->status, 401);
  EXPECT_EQ(client().Get("/search/default?q=%zz")->status, 400);
  // The hook runs once the answer is written, which the client may see first.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (requests_.load() < 5 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(requests_.load(), 5);
}

TEST_F(HttpListenerTest, ASlowClientGets408) {
  ListenerOptions options;
  options.request_timeout = std::chrono::milliseconds(300);
  start(options);
  RawClient slow(port_);
  ASSERT_TRUE(slow.connected());
  ASSERT_TRUE(slow.send_text("POST /v1/screen HTTP/1.1\r\nHost: x\r\n"));  // and then nothing
  const std::string answer = slow.read_all();
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 408")) << answer;
}

TEST_F(HttpListenerTest, HugeBodiesHugeHeadersAndGarbageAreRefused) {
  ListenerOptions options;
  options.max_body_bytes = 1000;
  start(options);
  {
    RawClient c(port_);
    ASSERT_TRUE(
        c.send_text("POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n"));
    EXPECT_TRUE(c.read_all().starts_with("HTTP/1.1 413"));
  }
  {
    RawClient c(port_);
    ASSERT_TRUE(
        c.send_text("GET /healthz HTTP/1.1\r\nX-Big: " + std::string(40000, 'a') + "\r\n\r\n"));
    EXPECT_TRUE(c.read_all().starts_with("HTTP/1.1 431"));
  }
  {
    RawClient c(port_);
    // The start of a TLS handshake, then garbage: not HTTP.
    constexpr char kNotHttp[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n";
    ASSERT_TRUE(c.send_text(std::string(kNotHttp, sizeof kNotHttp - 1)));
    EXPECT_TRUE(c.read_all().starts_with("HTTP/1.1 400"));
  }
  {
    RawClient c(port_);
    ASSERT_TRUE(
        c.send_text("POST /v1/screen HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer screen-key\r\n"
                    "Content-Length: 14\r\n\r\n{\"name\": \"\xc3\x28\"}"));
    const std::string answer = c.read_all();
    EXPECT_TRUE(answer.starts_with("HTTP/1.1 400")) << answer;
  }
  EXPECT_EQ(client().Get("/healthz")->status, 200);  // still serving
}

TEST_F(HttpListenerTest, ConnectionsOverTheCapGet503) {
  ListenerOptions options;
  options.max_connections = 2;
  start(options);
  RawClient first(port_);
  RawClient second(port_);
  ASSERT_TRUE(first.send_text("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  ASSERT_TRUE(second.send_text("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  RawClient third(port_);
  EXPECT_TRUE(third.read_all().starts_with("HTTP/1.1 503"));
}

TEST_F(HttpListenerTest, AReloadUnderLoadFailsNoRequest) {
  start();
  std::atomic<bool> done{false};
  std::atomic<int> failed{0};
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&] {
      httplib::Client c = client();
      c.set_keep_alive(true);
      while (!done) {
        const auto r = c.Post("/v1/screen", R"({"name": "Esmail Khatib"})", "application/json");
        if (!r || r->status != 200) ++failed;
        ++answered;
      }
    });
  }
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(holder_->reload().ok);
  while (answered.load() < 200) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  done = true;
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(holder_->current()->generation, 4U);
}

TEST_F(HttpListenerTest, StopFinishesTheRequestInProgressAndRefusesNewOnes) {
  start();
  json batch = {{"queries", json::array()}};
  for (int i = 0; i < 400; ++i)
    batch["queries"].push_back({{"name", "Esmail Khatib " + std::to_string(i)}});
  std::optional<int> status;
  std::thread in_progress([&] {
    const auto r = client().Post("/v1/screen/batch", batch.dump(), "application/json");
    if (r) status = r->status;
  });
  while (listener_->requests_in_flight() == 0 && requests_.load() == 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  listener_->stop();
  in_progress.join();
  EXPECT_EQ(status, 200);
  EXPECT_FALSE(client().Get("/healthz"));
}

}  // namespace
}  // namespace vigil::server
