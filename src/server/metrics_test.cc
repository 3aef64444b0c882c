// The Prometheus text: counters by route and status, cumulative histograms, rejections,
// reloads and the lists in service.
#include "server/metrics.h"

#include <gtest/gtest.h>

#include "server/router.h"
#include "server/server_test_support.h"

namespace vigil::server {
namespace {

size_t index_of(std::string_view method, std::string_view path) {
  const RouteMatch found = find_route(method, path);
  EXPECT_NE(found.route, nullptr) << path;
  return found.index;
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

TEST(MetricsTest, CountsRequestsByRouteAndStatusWithCumulativeBuckets) {
  Metrics metrics;
  const size_t screen = index_of("POST", "/v1/screen");
  metrics.record_request(screen, 200, 0.0004, 2);
  metrics.record_request(screen, 200, 0.003, 1);
  metrics.record_request(screen, 400, 0.0001, 0);
  metrics.record_request(index_of("POST", "/match/default"), 200, 20.0, 0);
  metrics.record_request(SIZE_MAX, 404, 0.0001, 0);
  metrics.record_request(screen, 299, 0.0001, 0);
  const std::string text = metrics.render(nullptr);

  EXPECT_TRUE(
      has_line(text, R"(vigil_http_requests_total{method="POST",route="/v1/screen",code="200"} 2)"))
      << text;
  EXPECT_TRUE(has_line(
      text, R"(vigil_http_requests_total{method="POST",route="/v1/screen",code="400"} 1)"));
  EXPECT_TRUE(has_line(
      text, R"(vigil_http_requests_total{method="POST",route="/v1/screen",code="other"} 1)"));
  EXPECT_TRUE(has_line(text, R"(vigil_http_requests_total{method="",route="none",code="404"} 1)"));
  EXPECT_TRUE(has_line(
      text, R"(vigil_http_request_duration_seconds_bucket{route="/v1/screen",le="0.0005"} 3)"));
  EXPECT_TRUE(has_line(
      text, R"(vigil_http_request_duration_seconds_bucket{route="/v1/screen",le="0.005"} 4)"));
  EXPECT_TRUE(has_line(
      text, R"(vigil_http_request_duration_seconds_bucket{route="/v1/screen",le="+Inf"} 4)"));
  EXPECT_TRUE(has_line(text, R"(vigil_http_request_duration_seconds_count{route="/v1/screen"} 4)"));
  // Slower than the last bound: only in +Inf.
  EXPECT_TRUE(has_line(
      text, R"(vigil_http_request_duration_seconds_bucket{route="/match/{dataset}",le="10"} 0)"));
  EXPECT_TRUE(has_line(
      text, R"(vigil_http_request_duration_seconds_bucket{route="/match/{dataset}",le="+Inf"} 1)"));
  EXPECT_TRUE(has_line(text, R"(vigil_screen_matches_total{route="/v1/screen"} 3)"));
  EXPECT_EQ(text.find("route=\"/v1/datasets\""), std::string::npos);  // unused routes stay out
}

TEST(MetricsTest, RejectionsReloadsAndGauges) {
  Metrics metrics;
  metrics.record_rejection("timeout");
  metrics.record_rejection("timeout");
  metrics.record_rejection("busy");
  metrics.record_reload(true);
  metrics.record_reload(false);
  metrics.set_gauges({[] { return size_t{7}; }, [] { return size_t{3}; }});
  const std::string text = metrics.render(nullptr);
  EXPECT_TRUE(has_line(text, R"(vigil_http_rejections_total{reason="timeout"} 2)"));
  EXPECT_TRUE(has_line(text, R"(vigil_http_rejections_total{reason="busy"} 1)"));
  EXPECT_TRUE(has_line(text, R"(vigil_list_reloads_total{result="ok"} 1)"));
  EXPECT_TRUE(has_line(text, R"(vigil_list_reloads_total{result="failed"} 1)"));
  EXPECT_TRUE(has_line(text, "vigil_http_open_connections 7"));
  EXPECT_TRUE(has_line(text, "vigil_http_requests_in_flight 3"));
  EXPECT_NE(text.find("vigil_process_resident_memory_bytes "), std::string::npos);
  EXPECT_EQ(text.find("vigil_list_entities"), std::string::npos);  // no lists yet
}

TEST(MetricsTest, TheListsInServiceWithTheirVersionsAndAges) {
  ScreenerHolder holder(
      [] { return Result<std::shared_ptr<const Screener>>(testing::sdn_screener()); });
  ASSERT_TRUE(holder.reload().ok);
  const auto lists = holder.current();
  const std::string text = Metrics().render(lists.get());
  const auto& sdn = lists->lists["datasets"][0];
  const std::string id = sdn["id"].get<std::string>();
  EXPECT_TRUE(has_line(text, "vigil_lists_generation 1"));
  EXPECT_TRUE(has_line(text, "vigil_list_entities{dataset=\"" + id + "\"} " +
                                 std::to_string(sdn["entities"].get<size_t>())));
  EXPECT_NE(text.find("vigil_list_info{dataset=\"" + id + "\",publication_date=\"" +
                      sdn["publication_date"].get<std::string>()),
            std::string::npos);
  if (!sdn["publication_date"].get<std::string>().empty()) {
    EXPECT_NE(text.find("vigil_list_age_seconds{dataset=\"" + id + "\"} "), std::string::npos);
  }
  // Every sample line is "name{labels} value" or "name value".
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("#")) continue;
    EXPECT_NE(line.rfind(' '), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace vigil::server
