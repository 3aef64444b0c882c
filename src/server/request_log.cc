#include "server/request_log.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

#include "server/router.h"

namespace vigil::server {
namespace {

std::string timestamp() {
  const auto now = std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
  return fmt::format("{:%FT%T}Z", now);
}

bool safe_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

}  // namespace

void RequestLog::request(const RequestRecord& record) {
  if (out_ == nullptr) return;
  const auto routes = api_routes();
  nlohmann::json line = {{"msg", "request"},
                         {"request_id", record.request_id},
                         {"method", record.method},
                         {"path", record.path},
                         {"status", record.status},
                         {"ms", std::round(record.seconds * 1e6) / 1e3},
                         {"bytes_in", record.bytes_in},
                         {"bytes_out", record.bytes_out},
                         {"remote", record.remote}};
  if (record.route_index < routes.size()) line["route"] = routes[record.route_index].pattern;
  if (record.matches > 0) line["matches"] = record.matches;
  line["level"] = record.status >= 500 ? "error" : (record.status >= 400 ? "warning" : "info");
  write(std::move(line));
}

void RequestLog::event(std::string_view level, std::string_view message, nlohmann::json fields) {
  if (out_ == nullptr) return;
  nlohmann::json line = fields.is_object() ? std::move(fields) : nlohmann::json::object();
  line["msg"] = message;
  line["level"] = level;
  write(std::move(line));
}

void RequestLog::write(nlohmann::json line) {
  line["ts"] = timestamp();
  // Paths and ids come from clients: replace rather than throw on invalid UTF-8.
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  text += '\n';
  const std::lock_guard lock(mutex_);
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

std::string accept_request_id(std::string_view incoming) {
  if (!incoming.empty() && incoming.size() <= 128 &&
      std::all_of(incoming.begin(), incoming.end(), safe_id_char)) {
    return std::string(incoming);
  }
  thread_local std::mt19937_64 random{std::random_device{}()};
  return fmt::format("{:016x}", random());
}

}  // namespace vigil::server
