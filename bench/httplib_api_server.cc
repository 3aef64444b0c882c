// The same ApiService behind cpp-httplib instead of Boost.Beast: only to measure the transport
// choice of docs/server.md (throughput with keep-alive, and service while slow clients hold
// connections). Not a product: no keys, metrics or log.
// Usage: vigil_httplib_api_server PORT THREADS [LIST_PATH...]
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "server/api_service.h"
#include "server/screener_holder.h"
#include "sources/loader.h"

namespace {

using vigil::server::ApiRequest;
using vigil::server::ApiService;
using vigil::server::CallerInfo;
using vigil::server::ScreenerHolder;

void answer(const ApiService& service, const httplib::Request& in, httplib::Response& out) {
  ApiRequest request;
  request.method = in.method;
  request.path = in.path;
  for (const auto& [name, value] : in.params) request.params.emplace(name, value);
  request.body = in.body;
  const std::string authorization = in.get_header_value("Authorization");
  const std::string key = in.get_header_value("X-API-Key");
  const vigil::server::ServiceAnswer result =
      service.handle(request, CallerInfo{authorization, key});
  out.status = result.response.status;
  for (const auto& [name, value] : result.response.headers) out.set_header(name, value);
  out.set_content(result.response.body, result.response.content_type);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s PORT THREADS [LIST_PATH...]\n", argv[0]);
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const size_t threads = static_cast<size_t>(std::atoi(argv[2]));
  std::vector<std::string> paths(argv + 3, argv + argc);
  if (paths.empty()) paths = vigil::sources::default_source_paths();
  ScreenerHolder holder([&paths]() -> vigil::Result<std::shared_ptr<const vigil::Screener>> {
    auto loaded = vigil::sources::load_sources(paths);
    if (!loaded.ok()) return loaded.error();
    auto built = vigil::Screener::build(std::move(loaded.value()));
    if (!built.ok()) return built.error();
    return std::shared_ptr<const vigil::Screener>(std::move(built.value()));
  });
  if (!holder.reload().ok) {
    std::fprintf(stderr, "the lists could not be loaded\n");
    return 3;
  }
  const ApiService service(holder, {});
  httplib::Server server;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_read_timeout(10, 0);
  server.set_keep_alive_timeout(60);
  server.set_keep_alive_max_count(1000000);
  // Without this httplib leaves Nagle's algorithm on, and every keep-alive answer waits for the
  // client's delayed ACK (about 300 requests/s): not a fair comparison.
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(1 << 20);
  const auto handler = [&service](const httplib::Request& in, httplib::Response& out) {
    answer(service, in, out);
  };
  server.Get(".*", handler);
  server.Post(".*", handler);
  std::fprintf(stderr, "listening on 127.0.0.1:%d with %zu threads\n", port, threads);
  return server.listen("127.0.0.1", port) ? 0 : 1;
}
