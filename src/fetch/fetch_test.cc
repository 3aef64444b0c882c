#include "fetch/fetch.h"

#include <gtest/gtest.h>

#include <atomic>

#include "fetch/loopback_server.h"

namespace vigil::fetch {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// Small limits so that each misbehaving server costs at most about a second.
FetchLimits test_limits() {
  FetchLimits limits;
  limits.connect_timeout = milliseconds(2'000);
  limits.total_timeout = milliseconds(10'000);
  limits.low_speed_bytes = 1000;
  limits.low_speed_window = seconds(1);
  limits.max_bytes = 10'000;
  limits.max_attempts = 2;
  limits.first_backoff = milliseconds(10);
  return limits;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class FetchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& server = server_.server();
    server.Get("/ok", [](const httplib::Request&, httplib::Response& response) {
      response.set_content("the list", "text/plain");
    });
    server.Get("/missing", [this](const httplib::Request&, httplib::Response& response) {
      ++requests_;
      response.status = 404;
    });
    server.Get("/flaky", [this](const httplib::Request&, httplib::Response& response) {
      response.status = ++requests_ == 1 ? 500 : 200;
      response.set_content("after a retry", "text/plain");
    });
    server.Get("/busy", [this](const httplib::Request&, httplib::Response& response) {
      ++requests_;
      response.status = 429;
    });
    server.Get("/down", [this](const httplib::Request&, httplib::Response& response) {
      ++requests_;
      response.status = 503;
    });
    server.Get("/retry-later", [this](const httplib::Request&, httplib::Response& response) {
      if (++requests_ == 1) {
        response.status = 503;
        response.set_header("Retry-After", "1");
      } else {
        response.set_content("after the wait", "text/plain");
      }
    });
    server.Get("/retry-tomorrow", [this](const httplib::Request&, httplib::Response& response) {
      ++requests_;
      response.status = 429;
      response.set_header("Retry-After", "86400");
    });
    server.Get("/redirect", [](const httplib::Request&, httplib::Response& response) {
      response.set_redirect("/ok");
    });
    server.Get("/loop", [](const httplib::Request&, httplib::Response& response) {
      response.set_redirect("/loop");
    });
    server.Get("/truncated", server_.short_body(5'000, 100));
    server.Get("/stalled", server_.short_body(5'000, 10, milliseconds(5'000)));
    server.Get("/announced-too-large", [this](const httplib::Request&, httplib::Response& r) {
      ++requests_;
      r.set_content(std::string(20'000, 'x'), "text/plain");
    });
    server.Get("/streamed-too-large", [](const httplib::Request&, httplib::Response& response) {
      response.set_chunked_content_provider("text/plain",
                                            [](size_t offset, httplib::DataSink& sink) {
                                              const std::string chunk(1'000, 'x');
                                              if (offset >= 100'000) {
                                                sink.done();
                                                return true;
                                              }
                                              return sink.write(chunk.data(), chunk.size());
                                            });
    });
    server_.start();
  }

  test_support::LoopbackServer server_;
  std::atomic<int> requests_{0};
};

TEST_F(FetchTest, ReturnsTheBody) {
  auto body = fetch(server_.url("/ok"), test_limits());
  ASSERT_TRUE(body.ok()) << body.error().to_string();
  EXPECT_EQ(*body, "the list");
}

TEST_F(FetchTest, NotFoundIsNamedAndNotRetried) {
  auto body = fetch(server_.url("/missing"), test_limits());
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "HTTP status 404")) << body.error().message;
  EXPECT_TRUE(contains(body.error().message, server_.url("/missing")));
  EXPECT_EQ(requests_, 1);
}

TEST_F(FetchTest, ServerErrorIsRetried) {
  auto body = fetch(server_.url("/flaky"), test_limits());
  ASSERT_TRUE(body.ok()) << body.error().to_string();
  EXPECT_EQ(*body, "after a retry");
  EXPECT_EQ(requests_, 2);
}

TEST_F(FetchTest, PersistentServerErrorsAndTooManyRequestsGiveUpAfterTheAttempts) {
  auto down = fetch(server_.url("/down"), test_limits());
  ASSERT_FALSE(down.ok());
  EXPECT_TRUE(contains(down.error().message, "HTTP status 503")) << down.error().message;
  EXPECT_TRUE(contains(down.error().message, "after 2 attempts")) << down.error().message;
  requests_ = 0;
  auto busy = fetch(server_.url("/busy"), test_limits());
  ASSERT_FALSE(busy.ok());
  EXPECT_TRUE(contains(busy.error().message, "HTTP status 429")) << busy.error().message;
  EXPECT_EQ(requests_, 2);
}

TEST_F(FetchTest, RetryAfterIsWaitedFor) {
  const auto start = std::chrono::steady_clock::now();
  auto body = fetch(server_.url("/retry-later"), test_limits());  // backoff alone: 10 ms
  ASSERT_TRUE(body.ok()) << body.error().to_string();
  EXPECT_EQ(*body, "after the wait");
  EXPECT_EQ(requests_, 2);
  EXPECT_GE(std::chrono::steady_clock::now() - start, milliseconds(950));
}

TEST_F(FetchTest, ARetryAfterPastTheLimitGivesUpAtOnceAndSaysWhy) {
  FetchLimits limits = test_limits();
  limits.max_attempts = 3;
  auto body = fetch(server_.url("/retry-tomorrow"), limits);
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "retry after 86400 s")) << body.error().message;
  EXPECT_EQ(requests_, 1);
}

TEST_F(FetchTest, FollowsRedirectsUpToTheLimit) {
  auto body = fetch(server_.url("/redirect"), test_limits());
  ASSERT_TRUE(body.ok()) << body.error().to_string();
  EXPECT_EQ(*body, "the list");
  auto loop = fetch(server_.url("/loop"), test_limits());
  ASSERT_FALSE(loop.ok());
  EXPECT_TRUE(contains(loop.error().message, "redirect")) << loop.error().message;
}

TEST_F(FetchTest, BodyShorterThanItsContentLengthIsTruncated) {
  auto body = fetch(server_.url("/truncated"), test_limits());
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "truncated")) << body.error().message;
}

TEST_F(FetchTest, StalledServerTimesOut) {
  FetchLimits limits = test_limits();
  limits.max_attempts = 1;
  const auto start = std::chrono::steady_clock::now();
  auto body = fetch(server_.url("/stalled"), limits);
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "timed out")) << body.error().message;
  EXPECT_LT(std::chrono::steady_clock::now() - start, seconds(4));
}

TEST_F(FetchTest, AnnouncedTooLargeIsRefusedWithoutRetry) {
  auto body = fetch(server_.url("/announced-too-large"), test_limits());
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "too large")) << body.error().message;
  EXPECT_EQ(requests_, 1);
}

TEST_F(FetchTest, StreamedPastTheLimitIsAborted) {
  auto body = fetch(server_.url("/streamed-too-large"), test_limits());
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "too large")) << body.error().message;
}

TEST_F(FetchTest, OnlyHttpAndHttpsAreAccepted) {
  auto body = fetch("file:///etc/hostname", test_limits());
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "file:///etc/hostname")) << body.error().message;
}

TEST(FetchRefused, ClosedPortIsAConnectionErrorRetried) {
  std::string url;
  {
    test_support::LoopbackServer closed;
    closed.start();
    url = closed.url("/gone");
  }
  auto body = fetch(url, test_limits());
  ASSERT_FALSE(body.ok());
  EXPECT_TRUE(contains(body.error().message, "after 2 attempts")) << body.error().message;
}

}  // namespace
}  // namespace vigil::fetch
