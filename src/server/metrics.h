// The server's Prometheus metrics: requests by route and status, latency histograms by route,
// matches returned, refused connections and requests by reason, reloads, and the lists in
// service (entities, publication dates and ages, generation). Counting is lock-free, so the
// metrics cost a few atomic increments per request; /metrics renders the text format.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "server/screener_holder.h"

namespace vigil::server {

// Upper bounds of the latency histogram's buckets, in seconds.
inline constexpr std::array<double, 14> kLatencyBuckets = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

// The status codes counted by name; others count as "other".
inline constexpr std::array<int, 16> kCountedStatuses = {200, 400, 401, 403, 404, 405, 408, 409,
                                                         413, 415, 422, 429, 431, 500, 503, 504};

class Metrics {
 public:
  Metrics();

  // One answered request: route_index in api_routes(), SIZE_MAX for none.
  void record_request(size_t route_index, int status, double seconds, size_t matches);
  // A connection or request refused before it reached a route ("timeout", "busy", ...).
  void record_rejection(std::string_view reason);
  void record_reload(bool ok);

  // Live readings the server supplies at render time.
  struct Gauges {
    std::function<size_t()> open_connections;
    std::function<size_t()> requests_in_flight;
  };
  void set_gauges(Gauges gauges) { gauges_ = std::move(gauges); }

  // The Prometheus text exposition of everything, with the lists of `lists` (may be null).
  [[nodiscard]] std::string render(const ServedLists* lists) const;

 private:
  struct RouteCounters {
    std::array<std::atomic<uint64_t>, kCountedStatuses.size() + 1> by_status{};
    std::array<std::atomic<uint64_t>, kLatencyBuckets.size() + 1> buckets{};  // last: +Inf
    std::atomic<uint64_t> latency_micros{0};
    std::atomic<uint64_t> matches{0};
  };

  RouteCounters& counters_of(size_t route_index);

  std::vector<std::unique_ptr<RouteCounters>> routes_;  // api_routes() order, then "none"
  mutable std::mutex rejections_mutex_;
  std::vector<std::pair<std::string, uint64_t>> rejections_;
  std::atomic<uint64_t> reloads_ok_{0};
  std::atomic<uint64_t> reloads_failed_{0};
  Gauges gauges_;
};

}  // namespace vigil::server
