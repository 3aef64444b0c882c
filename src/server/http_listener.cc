#include "server/http_listener.h"

#include <fmt/format.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "server/http_target.h"

namespace vigil::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

std::atomic<uint64_t> fallback_request_counter{0};

std::string_view view(beast::string_view text) { return {text.data(), text.size()}; }

// The answer to a connection over the cap, written whole at once.
std::string busy_response() {
  const std::string body =
      R"({"error":{"status":503,"code":"busy","message":"too many connections; retry"},)"
      R"("detail":"too many connections; retry"})";
  return fmt::format(
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
      "Connection: close\r\nContent-Length: {}\r\n\r\n{}",
      body.size(), body);
}

}  // namespace

class Session;

class HttpListener::Impl {
 public:
  Impl(const ApiService& service, ListenerOptions options, ListenerHooks hooks)
      : service_(service), options_(std::move(options)), hooks_(std::move(hooks)) {}

  void accept_next();
  void refuse(tcp::socket socket);
  void add(Session* session, const std::shared_ptr<Session>& owner);
  void remove(Session* session);
  void close_idle();

  const ApiService& service_;
  ListenerOptions options_;
  ListenerHooks hooks_;
  std::vector<std::thread> threads_;
  std::atomic<size_t> connections_{0};
  std::atomic<size_t> in_flight_{0};
  std::atomic<bool> stopping_{false};
  std::mutex sessions_mutex_;
  std::map<Session*, std::weak_ptr<Session>> sessions_;
  // One event loop per thread, each connection on one of them for its whole life: no handler
  // waits for another thread and no strand is needed. Last, so they are destroyed first: the
  // sessions their handlers hold use the members above.
  std::vector<std::unique_ptr<asio::io_context>> contexts_;
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running_;
  size_t next_context_ = 0;
  std::optional<tcp::acceptor> acceptor_;
};

// One connection: waits for a request (idle deadline), reads it whole (request deadline),
// answers it, and waits again while the client keeps the connection alive.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(HttpListener::Impl& server, tcp::socket socket)
      : server_(server), socket_(std::move(socket)), timer_(socket_.get_executor()) {
    beast::error_code ec;
    const auto endpoint = socket_.remote_endpoint(ec);
    if (!ec) remote_ = fmt::format("{}:{}", endpoint.address().to_string(), endpoint.port());
  }

  void start() {
    server_.add(this, shared_from_this());
    wait_for_request();
  }

  ~Session() {
    server_.remove(this);
    --server_.connections_;
  }

  // From another thread (stop): closes the connection if it is between requests.
  void close_if_idle() {
    asio::post(socket_.get_executor(), [self = shared_from_this()] {
      if (self->idle_) self->shut();
    });
  }

 private:
  void arm(std::chrono::milliseconds deadline) {
    timed_out_ = false;
    timer_.expires_after(deadline);
    timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec) return;  // cancelled: the operation finished in time
      self->timed_out_ = true;
      beast::error_code ignored;
      self->socket_.cancel(ignored);
    });
  }

  void wait_for_request() {
    if (server_.stopping_) return shut();
    idle_ = true;
    if (buffer_.size() > 0) return read_request();  // a pipelined request is already here
    arm(server_.options_.idle_timeout);
    socket_.async_wait(tcp::socket::wait_read, [self = shared_from_this()](beast::error_code ec) {
      if (ec) return self->shut();  // idle too long, stopped, or gone
      self->read_request();
    });
  }

  void read_request() {
    idle_ = false;
    parser_.emplace();
    parser_->header_limit(static_cast<uint32_t>(server_.options_.max_header_bytes));
    parser_->body_limit(server_.options_.max_body_bytes);
    started_ = Clock::now();
    arm(server_.options_.request_timeout);
    http::async_read(socket_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, size_t bytes) {
                       self->on_read(ec, bytes);
                     });
  }

  void on_read(beast::error_code ec, size_t bytes) {
    timer_.cancel();
    bytes_in_ = bytes;
    if (ec == http::error::end_of_stream || ec == asio::error::connection_reset) return shut();
    if (ec && timed_out_) {
      return refuse(408, "timeout", "the request did not arrive in time");
    }
    if (ec == http::error::body_limit) {
      return refuse(
          413, "too_large",
          fmt::format("the body is larger than {} bytes", server_.options_.max_body_bytes));
    }
    if (ec == http::error::header_limit) {
      return refuse(431, "too_large", "the request headers are too large");
    }
    if (ec == asio::error::operation_aborted || ec == asio::error::eof) return shut();
    if (ec)
      return refuse(400, "bad_request", fmt::format("malformed HTTP request: {}", ec.message()));
    answer();
  }

  void answer() {
    ++server_.in_flight_;
    const auto& request = parser_->get();
    request_id_ = server_.hooks_.request_id
                      ? server_.hooks_.request_id(view(request["X-Request-Id"]))
                      : fmt::format("{:016x}", ++fallback_request_counter);
    ApiRequest api;
    api.method = std::string(view(request.method_string()));
    std::optional<HttpTarget> target = parse_target(view(request.target()));
    ServiceAnswer answer;
    if (!target) {
      answer.response = error_response(400, "bad_request", "the request target is malformed");
    } else {
      api.path = std::move(target->path);
      api.params = std::move(target->params);
      api.body = request.body();
      const CallerInfo caller{view(request[http::field::authorization]),
                              view(request["X-API-Key"])};
      answer = server_.service_.handle(api, caller);
    }
    path_ = api.path;
    method_ = api.method;
    send(std::move(answer), request.keep_alive() && !server_.stopping_);
  }

  void send(ServiceAnswer answer, bool keep_alive) {
    response_ = {};
    response_.result(static_cast<unsigned>(answer.response.status));
    response_.version(11);
    response_.set(http::field::server, "vigil");
    response_.set(http::field::content_type, answer.response.content_type);
    response_.set("X-Request-Id", request_id_);
    for (const auto& [name, value] : answer.response.headers) response_.set(name, value);
    response_.body() = std::move(answer.response.body);
    response_.keep_alive(keep_alive);
    response_.prepare_payload();
    route_index_ = answer.route_index;
    matches_ = answer.response.matches;
    http::async_write(socket_, response_,
                      [self = shared_from_this()](beast::error_code ec, size_t bytes) {
                        self->on_written(ec, bytes);
                      });
  }

  void on_written(beast::error_code ec, size_t bytes) {
    --server_.in_flight_;
    if (server_.hooks_.on_request) {
      server_.hooks_.on_request(
          RequestRecord{request_id_, method_, path_, remote_, route_index_,
                        static_cast<int>(response_.result_int()),
                        std::chrono::duration<double>(Clock::now() - started_).count(), bytes_in_,
                        bytes, matches_});
    }
    if (ec || !response_.keep_alive()) return shut();
    wait_for_request();
  }

  // Answers a request that could not be read, then closes: the stream is out of step.
  void refuse(int status, std::string_view reason, std::string message) {
    if (server_.hooks_.on_reject) server_.hooks_.on_reject(reason);
    ++server_.in_flight_;
    if (request_id_.empty()) request_id_ = fmt::format("{:016x}", ++fallback_request_counter);
    method_ = "";
    path_ = "";
    ServiceAnswer answer;
    answer.response = error_response(status, status == 408 ? "timeout" : reason, message);
    send(std::move(answer), false);
  }

  void shut() {
    beast::error_code ignored;
    timer_.cancel();
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

  HttpListener::Impl& server_;
  tcp::socket socket_;
  asio::steady_timer timer_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> response_;
  bool timed_out_ = false;
  bool idle_ = true;
  std::string remote_;
  std::string request_id_;
  std::string method_;
  std::string path_;
  size_t route_index_ = SIZE_MAX;
  size_t bytes_in_ = 0;
  size_t matches_ = 0;
  Clock::time_point started_ = Clock::now();
};

void HttpListener::Impl::add(Session* session, const std::shared_ptr<Session>& owner) {
  const std::lock_guard lock(sessions_mutex_);
  sessions_.emplace(session, owner);
}

void HttpListener::Impl::remove(Session* session) {
  const std::lock_guard lock(sessions_mutex_);
  sessions_.erase(session);
}

void HttpListener::Impl::close_idle() {
  std::vector<std::shared_ptr<Session>> open;
  {
    const std::lock_guard lock(sessions_mutex_);
    for (auto& [raw, weak] : sessions_) {
      if (auto session = weak.lock()) open.push_back(std::move(session));
    }
  }
  for (const auto& session : open) session->close_if_idle();
}

// Over the connection cap: a short 503 written at once, then closed.
void HttpListener::Impl::refuse(tcp::socket socket) {
  if (hooks_.on_reject) hooks_.on_reject("busy");
  static const std::string busy = busy_response();
  beast::error_code ignored;
  socket.non_blocking(false, ignored);
  asio::write(socket, asio::buffer(busy), ignored);
  socket.close(ignored);
}

void HttpListener::Impl::accept_next() {
  asio::io_context& context = *contexts_[next_context_++ % contexts_.size()];
  acceptor_->async_accept(context, [this](beast::error_code ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted || !acceptor_->is_open()) return;
    if (!ec) {
      if (connections_.load() >= options_.max_connections || stopping_) {
        refuse(std::move(socket));
      } else {
        ++connections_;
        beast::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        std::make_shared<Session>(*this, std::move(socket))->start();
      }
    }
    accept_next();
  });
}

HttpListener::HttpListener(const ApiService& service, ListenerOptions options, ListenerHooks hooks)
    : impl_(std::make_unique<Impl>(service, std::move(options), std::move(hooks))) {}

HttpListener::~HttpListener() { stop(std::chrono::milliseconds(0)); }

Result<uint16_t> HttpListener::start() {
  Impl& impl = *impl_;
  beast::error_code ec;
  const auto address = asio::ip::make_address(impl.options_.host, ec);
  if (ec) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("'{}' is not an IP address to listen on", impl.options_.host));
  }
  const tcp::endpoint endpoint(address, impl.options_.port);
  const unsigned count = impl.options_.threads != 0
                             ? impl.options_.threads
                             : std::max(1U, std::thread::hardware_concurrency());
  for (unsigned i = 0; i < count; ++i) {
    impl.contexts_.push_back(std::make_unique<asio::io_context>(1));
    impl.keep_running_.push_back(asio::make_work_guard(*impl.contexts_.back()));
  }
  impl.acceptor_.emplace(*impl.contexts_.front());
  impl.acceptor_->open(endpoint.protocol(), ec);
  if (!ec) impl.acceptor_->set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl.acceptor_->bind(endpoint, ec);
  if (!ec) impl.acceptor_->listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return make_error(ErrorCode::kIo, fmt::format("cannot listen on {}:{}: {}", impl.options_.host,
                                                  impl.options_.port, ec.message()));
  }
  const uint16_t port = impl.acceptor_->local_endpoint().port();
  impl.accept_next();
  for (auto& context : impl.contexts_) {
    impl.threads_.emplace_back([&context] { context->run(); });
  }
  return port;
}

void HttpListener::stop(std::chrono::milliseconds grace) {
  Impl& impl = *impl_;
  if (impl.threads_.empty()) return;
  impl.stopping_ = true;
  asio::post(*impl.contexts_.front(), [&impl] {
    beast::error_code ignored;
    impl.acceptor_->close(ignored);
  });
  impl.close_idle();
  const auto deadline = Clock::now() + grace;
  while (impl.connections_.load() > 0 && Clock::now() < deadline) {
    impl.close_idle();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  impl.keep_running_.clear();
  for (auto& context : impl.contexts_) context->stop();
  for (std::thread& t : impl.threads_) t.join();
  impl.threads_.clear();
}

size_t HttpListener::open_connections() const { return impl_->connections_.load(); }
size_t HttpListener::requests_in_flight() const { return impl_->in_flight_.load(); }

}  // namespace vigil::server
