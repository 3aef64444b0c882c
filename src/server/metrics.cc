#include "server/metrics.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "server/router.h"

namespace vigil::server {
namespace {

std::string_view route_label(size_t index) {
  const auto routes = api_routes();
  return index < routes.size() ? routes[index].pattern : std::string_view("none");
}

std::string_view method_label(size_t index) {
  const auto routes = api_routes();
  return index < routes.size() ? routes[index].method : std::string_view("");
}

// A label value with \, " and newlines escaped, as the text format asks.
std::string escaped(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// Seconds since the epoch of an ISO date ("2025-04-14"), or NaN when it is not one.
double date_seconds(const std::string& text) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nan("");
  const std::chrono::year_month_day date{std::chrono::year(y),
                                         std::chrono::month(static_cast<unsigned>(m)),
                                         std::chrono::day(static_cast<unsigned>(d))};
  if (!date.ok()) return std::nan("");
  return static_cast<double>(
      std::chrono::sys_seconds(std::chrono::sys_days(date)).time_since_epoch().count());
}

size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages_total = 0, pages_resident = 0;
  if (!(statm >> pages_total >> pages_resident)) return 0;
  return pages_resident * static_cast<size_t>(::sysconf(_SC_PAGESIZE));
}

void header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  out += fmt::format("# HELP {} {}\n# TYPE {} {}\n", name, help, name, type);
}

}  // namespace

Metrics::Metrics() {
  for (size_t i = 0; i <= api_routes().size(); ++i)
    routes_.push_back(std::make_unique<RouteCounters>());
}

Metrics::RouteCounters& Metrics::counters_of(size_t route_index) {
  return *routes_[std::min(route_index, routes_.size() - 1)];
}

void Metrics::record_request(size_t route_index, int status, double seconds, size_t matches) {
  RouteCounters& c = counters_of(route_index);
  const auto code = std::find(kCountedStatuses.begin(), kCountedStatuses.end(), status);
  c.by_status[static_cast<size_t>(code - kCountedStatuses.begin())].fetch_add(
      1, std::memory_order_relaxed);
  const auto bucket = std::lower_bound(kLatencyBuckets.begin(), kLatencyBuckets.end(), seconds);
  c.buckets[static_cast<size_t>(bucket - kLatencyBuckets.begin())].fetch_add(
      1, std::memory_order_relaxed);
  c.latency_micros.fetch_add(static_cast<uint64_t>(std::max(0.0, seconds) * 1e6),
                             std::memory_order_relaxed);
  c.matches.fetch_add(matches, std::memory_order_relaxed);
}

void Metrics::record_rejection(std::string_view reason) {
  const std::lock_guard lock(rejections_mutex_);
  for (auto& [name, count] : rejections_) {
    if (name == reason) {
      ++count;
      return;
    }
  }
  rejections_.emplace_back(std::string(reason), 1);
}

void Metrics::record_reload(bool ok) { (ok ? reloads_ok_ : reloads_failed_).fetch_add(1); }

std::string Metrics::render(const ServedLists* lists) const {
  std::string out;
  header(out, "vigil_http_requests_total", "counter", "Requests answered, by route and status.");
  for (size_t r = 0; r < routes_.size(); ++r) {
    for (size_t s = 0; s < routes_[r]->by_status.size(); ++s) {
      const uint64_t n = routes_[r]->by_status[s].load(std::memory_order_relaxed);
      if (n == 0) continue;
      const std::string code =
          s < kCountedStatuses.size() ? std::to_string(kCountedStatuses[s]) : "other";
      out += fmt::format("vigil_http_requests_total{{method=\"{}\",route=\"{}\",code=\"{}\"}} {}\n",
                         method_label(r), route_label(r), code, n);
    }
  }
  header(out, "vigil_http_request_duration_seconds", "histogram",
         "Time from the whole request read to the response handed to the socket, by route.");
  for (size_t r = 0; r < routes_.size(); ++r) {
    const RouteCounters& c = *routes_[r];
    uint64_t cumulative = 0;
    std::string lines;
    for (size_t b = 0; b < c.buckets.size(); ++b) {
      cumulative += c.buckets[b].load(std::memory_order_relaxed);
      const std::string le =
          b < kLatencyBuckets.size() ? fmt::format("{}", kLatencyBuckets[b]) : "+Inf";
      lines +=
          fmt::format("vigil_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                      route_label(r), le, cumulative);
    }
    if (cumulative == 0) continue;
    out += lines;
    out += fmt::format("vigil_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n",
                       route_label(r), static_cast<double>(c.latency_micros.load()) / 1e6);
    out += fmt::format("vigil_http_request_duration_seconds_count{{route=\"{}\"}} {}\n",
                       route_label(r), cumulative);
  }
  header(out, "vigil_screen_matches_total", "counter",
         "Matches at or above the threshold returned, by route.");
  for (size_t r = 0; r < routes_.size(); ++r) {
    const uint64_t n = routes_[r]->matches.load(std::memory_order_relaxed);
    if (n > 0)
      out += fmt::format("vigil_screen_matches_total{{route=\"{}\"}} {}\n", route_label(r), n);
  }
  header(
      out, "vigil_http_rejections_total", "counter",
      "Connections and requests refused before routing (timeout, busy, too large, bad request).");
  {
    const std::lock_guard lock(rejections_mutex_);
    for (const auto& [reason, n] : rejections_) {
      out += fmt::format("vigil_http_rejections_total{{reason=\"{}\"}} {}\n", escaped(reason), n);
    }
  }
  header(out, "vigil_list_reloads_total", "counter", "List reloads, by result.");
  out += fmt::format("vigil_list_reloads_total{{result=\"ok\"}} {}\n", reloads_ok_.load());
  out += fmt::format("vigil_list_reloads_total{{result=\"failed\"}} {}\n", reloads_failed_.load());
  if (gauges_.open_connections) {
    header(out, "vigil_http_open_connections", "gauge", "Connections open now.");
    out += fmt::format("vigil_http_open_connections {}\n", gauges_.open_connections());
  }
  if (gauges_.requests_in_flight) {
    header(out, "vigil_http_requests_in_flight", "gauge", "Requests being answered now.");
    out += fmt::format("vigil_http_requests_in_flight {}\n", gauges_.requests_in_flight());
  }
  header(out, "vigil_process_resident_memory_bytes", "gauge", "Resident memory of the process.");
  out += fmt::format("vigil_process_resident_memory_bytes {}\n", resident_bytes());
  if (lists == nullptr) return out;

  const double now =
      std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  header(out, "vigil_lists_generation", "gauge",
         "Lists loaded since start: 1, then +1 per reload.");
  out += fmt::format("vigil_lists_generation {}\n", lists->generation);
  header(out, "vigil_lists_loaded_timestamp_seconds", "gauge",
         "When the lists in service were loaded.");
  out += fmt::format("vigil_lists_loaded_timestamp_seconds {}\n",
                     std::chrono::duration<double>(lists->loaded_at.time_since_epoch()).count());
  const auto& datasets = lists->lists["datasets"];
  header(out, "vigil_list_entities", "gauge", "Entities in service, by dataset.");
  for (const auto& d : datasets) {
    out += fmt::format("vigil_list_entities{{dataset=\"{}\"}} {}\n",
                       escaped(d["id"].get<std::string>()), d["entities"].get<size_t>());
  }
  header(out, "vigil_list_info", "gauge", "The version of each dataset in service (always 1).");
  for (const auto& d : datasets) {
    out += fmt::format(
        "vigil_list_info{{dataset=\"{}\",publication_date=\"{}\",sha256=\"{}\"}} 1\n",
        escaped(d["id"].get<std::string>()), escaped(d["publication_date"].get<std::string>()),
        escaped(d["sha256"].get<std::string>()));
  }
  header(out, "vigil_list_age_seconds", "gauge",
         "Time since each dataset's publication date (absent when the list gives none).");
  for (const auto& d : datasets) {
    const double published = date_seconds(d["publication_date"].get<std::string>());
    if (std::isnan(published)) continue;
    out += fmt::format("vigil_list_age_seconds{{dataset=\"{}\"}} {:.0f}\n",
                       escaped(d["id"].get<std::string>()), now - published);
  }
  return out;
}

}  // namespace vigil::server
