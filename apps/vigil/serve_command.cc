// vigil serve: the HTTP API (native /v1 and yente-compatible) over the lists in service, until
// SIGINT or SIGTERM (graceful: requests in progress finish); SIGHUP reloads the lists and the
// API keys, as POST /v1/admin/reload reloads the lists. docs/server.md is the operator's guide.
#include <fmt/format.h>
#include <pthread.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.h"
#include "exit_codes.h"
#include "server/api_keys.h"
#include "server/api_service.h"
#include "server/http_listener.h"
#include "server/metrics.h"
#include "server/request_log.h"
#include "server/screener_holder.h"
#include "server/server_config.h"
#include "snapshot_cache.h"
#include "store/version_store.h"

namespace vigil::cli {
namespace {

struct ServeOptions {
  server::ServerConfig config;
};

bool is_loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "::1" || host == "localhost" || host.starts_with("127.");
}

// The lists for a (re)load: the compiled snapshot when current, else the files, rebuilt.
server::ScreenerHolder::Loader loader_of(const CommonOptions& common) {
  return [common]() -> Result<std::shared_ptr<const Screener>> {
    try {
      return load_with_snapshot(common);
    } catch (const CommandError& e) {
      return make_error(ErrorCode::kIo, e.message);
    }
  };
}

// Where the JSON log goes: stderr, nowhere, or a file appended to.
std::FILE* open_log(const std::string& destination) {
  if (destination == "-" || destination.empty()) return stderr;
  if (destination == "off") return nullptr;
  std::FILE* file = std::fopen(destination.c_str(), "a");
  if (file == nullptr) {
    throw CommandError{
        kExitUsage, fmt::format("cannot open the log {}: {}", destination, std::strerror(errno))};
  }
  return file;
}

// The API keys in force, swapped whole on SIGHUP so a request sees one set or the other.
class KeyRing {
 public:
  // Loads the key file; without one on loopback (and with --no-auth) there are no keys.
  KeyRing(const server::ServerConfig& config, server::RequestLog& log) : log_(log) {
    if (config.no_auth) return;
    path_ = config.api_keys.empty() ? server::default_api_keys_path() : config.api_keys;
    Result<server::ApiKeys> keys = server::ApiKeys::load(path_);
    if (!keys.ok() && keys.error().code == ErrorCode::kNotFound && config.api_keys.empty() &&
        is_loopback(config.listener.host)) {
      log_.event("warning", "no API key file: serving without keys on loopback",
                 {{"api_keys", path_}, {"hint", "vigil keys add NAME --role screen"}});
      path_.clear();
      return;
    }
    if (!keys.ok() && keys.error().code == ErrorCode::kNotFound && config.api_keys.empty()) {
      throw CommandError{kExitUsage,
                         fmt::format("refusing to listen on {} without API keys: no key file at {} "
                                     "(vigil keys add NAME --role screen), or --no-auth behind a "
                                     "proxy that authenticates",
                                     config.listener.host, path_)};
    }
    if (!keys.ok()) throw CommandError{kExitUsage, "API keys: " + keys.error().to_string()};
    if (keys->empty())
      log_.event("warning", "the API key file has no keys: every protected route answers 401",
                 {{"api_keys", path_}});
    keys_.store(std::make_shared<const server::ApiKeys>(std::move(keys.value())));
  }

  [[nodiscard]] bool enabled() const { return !path_.empty(); }

  void reload() {
    if (!enabled()) return;
    Result<server::ApiKeys> keys = server::ApiKeys::load(path_);
    if (!keys.ok()) {
      log_.event("error", "API key reload failed; the keys in force stay",
                 {{"error", keys.error().to_string()}});
      return;
    }
    const size_t count = keys->entries().size();
    keys_.store(std::make_shared<const server::ApiKeys>(std::move(keys.value())));
    log_.event("info", "API keys reloaded", {{"keys", count}});
  }

  std::function<std::optional<server::Role>(std::string_view)> authenticator() {
    if (!enabled()) return {};
    return [this](std::string_view key) { return keys_.load()->authenticate(key); };
  }

 private:
  server::RequestLog& log_;
  std::string path_;
  std::atomic<std::shared_ptr<const server::ApiKeys>> keys_;
};

int run_serve(const CommonOptions& common, ServeOptions& options) {
  server::ServerConfig& config = options.config;
  if (!is_loopback(config.listener.host) && config.no_auth) {
    std::cerr << "warning: serving without API keys on " << config.listener.host
              << ": only behind a proxy that authenticates\n";
  }
  std::FILE* log_file = open_log(config.log);
  server::RequestLog log(log_file);
  KeyRing keys(config, log);
  if (!keys.enabled() && !config.no_auth && !is_loopback(config.listener.host)) {
    throw CommandError{kExitUsage,
                       fmt::format("refusing to listen on {} without API keys: give --api-keys, or "
                                   "--no-auth behind a proxy that authenticates",
                                   config.listener.host)};
  }
  // The signals are taken by sigwait below, never by the server's threads.
  sigset_t signals;
  sigemptyset(&signals);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals, s);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  server::Metrics metrics;
  server::ScreenerHolder holder(loader_of(common));
  holder.on_reload([&metrics, &log](const server::ReloadOutcome& outcome) {
    metrics.record_reload(outcome.ok);
    if (outcome.ok) {
      log.event("info", "lists in service",
                {{"generation", outcome.generation}, {"seconds", outcome.seconds}});
    } else {
      log.event("error", "list reload failed; the lists in service stay",
                {{"error", outcome.message}});
    }
  });
  if (!holder.reload().ok)
    throw CommandError{kExitDataError, "the lists could not be loaded (see the log)"};

  server::ServiceOptions service_options;
  service_options.limits = config.limits;
  service_options.store_path = config.store.empty() ? store::default_store_path() : config.store;
  service_options.authenticate = keys.authenticator();
  service_options.metrics = [&metrics, &holder] {
    const auto lists = holder.current();
    return metrics.render(lists.get());
  };
  const server::ApiService service(holder, service_options);

  server::ListenerHooks hooks;
  hooks.on_request = [&metrics, &log](const server::RequestRecord& r) {
    metrics.record_request(r.route_index, r.status, r.seconds, r.matches);
    log.request(r);
  };
  hooks.on_reject = [&metrics](std::string_view reason) { metrics.record_rejection(reason); };
  hooks.request_id = server::accept_request_id;
  server::HttpListener listener(service, config.listener, hooks);
  metrics.set_gauges({[&listener] { return listener.open_connections(); },
                      [&listener] { return listener.requests_in_flight(); }});
  const auto port = listener.start();
  if (!port.ok()) throw CommandError{kExitUsage, port.error().message};
  log.event("info", "listening",
            {{"url", fmt::format("http://{}:{}", config.listener.host, *port)},
             {"api_keys", keys.enabled() ? "on" : "off"},
             {"hint", "stop with Ctrl-C or SIGTERM; SIGHUP reloads the lists and keys"}});
  if (log_file != stderr && !common.quiet) {
    std::cerr << fmt::format("listening on http://{}:{}\n", config.listener.host, *port);
  }
  for (;;) {
    int received = 0;
    if (sigwait(&signals, &received) != 0) continue;
    if (received != SIGHUP) break;
    keys.reload();
    (void)holder.reload();
  }
  log.event("info", "stopping: finishing the requests in progress");
  listener.stop();
  log.event("info", "stopped");
  if (log_file != nullptr && log_file != stderr) std::fclose(log_file);
  return kExitOk;
}

}  // namespace

void register_serve(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP API (native and yente-compatible)");
  server::ServerConfig& config = options->config;
  // Added first, so the file is read before the options given beside it, which win.
  cmd->add_option_function<std::string>(
         "--config",
         [options](const std::string& path) {
           if (auto error = server::read_server_config(path, options->config)) {
             throw CommandError{kExitUsage, "config: " + error->to_string()};
           }
         },
         "A JSON file of settings (docs/server.md); options given here win over it")
      ->check(CLI::ExistingFile);
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  server::ListenerOptions& listener = config.listener;
  cmd->add_option("--host", listener.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", listener.port, "Port to listen on (0: any free port)")
      ->capture_default_str();
  cmd->add_option("--threads", listener.threads, "Threads serving requests (0: one per core)")
      ->capture_default_str();
  cmd->add_option("--max-connections", listener.max_connections,
                  "Open connections at most; more are answered 503")
      ->capture_default_str();
  cmd->add_option("--max-body-bytes", config.listener.max_body_bytes,
                  "Largest request body (413 above)")
      ->capture_default_str();
  cmd->add_option("--max-batch", config.limits.max_batch, "Queries in one /v1/screen/batch request")
      ->capture_default_str();
  cmd->add_option(
      "--api-keys", config.api_keys,
      "The API key file (`vigil keys`; default as `vigil keys`); without one, loopback only");
  cmd->add_option("--store", config.store, "The version store (default: as `vigil versions`)");
  cmd->add_option("--log", config.log, "The JSON log: - (stderr), off, or a file to append to")
      ->capture_default_str();
  cmd->add_flag(
      "--no-auth", config.no_auth,
      "Serve without API keys on a non-loopback address (behind an authenticating proxy)");
  cmd->callback([&common, &exit_code, options] { exit_code = run_serve(common, *options); });
}

}  // namespace vigil::cli
