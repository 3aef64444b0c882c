// The JSON log: one parseable object per line, request ids accepted or made, and never the
// query string.
#include "server/request_log.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <vector>

namespace vigil::server {
namespace {

std::vector<nlohmann::json> lines_of(std::FILE* file) {
  std::rewind(file);
  std::vector<nlohmann::json> lines;
  std::string text;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, file) != nullptr) {
    text = buffer;
    lines.push_back(nlohmann::json::parse(text));
  }
  return lines;
}

TEST(RequestLogTest, EachRequestAndEventIsOneJsonLine) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  RequestLog log(file);
  log.request(RequestRecord{"abc123", "POST", "/v1/screen", "127.0.0.1:5000", SIZE_MAX, 200, 0.0012,
                            30, 400, 2});
  log.request(
      RequestRecord{"def", "GET", "/nowhere", "127.0.0.1:5001", SIZE_MAX, 404, 0.0001, 0, 60, 0});
  log.event("warning", "reload failed", {{"error", "no such file"}});
  log.request(
      RequestRecord{"x", "GET", "/\xff\xfe", "", SIZE_MAX, 400, 0, 0, 0, 0});  // invalid UTF-8
  const auto lines = lines_of(file);
  std::fclose(file);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["request_id"], "abc123");
  EXPECT_EQ(lines[0]["status"], 200);
  EXPECT_EQ(lines[0]["level"], "info");
  EXPECT_EQ(lines[0]["matches"], 2);
  EXPECT_DOUBLE_EQ(lines[0]["ms"].get<double>(), 1.2);
  EXPECT_FALSE(lines[0]["ts"].get<std::string>().empty());
  EXPECT_EQ(lines[1]["level"], "warning");
  EXPECT_EQ(lines[2]["msg"], "reload failed");
  EXPECT_EQ(lines[2]["error"], "no such file");
  EXPECT_EQ(lines[3]["status"], 400);
}

TEST(RequestLogTest, AnOffLogWritesNothing) {
  RequestLog log(nullptr);
  EXPECT_FALSE(log.enabled());
  log.event("info", "nothing");  // no crash, nowhere to write
}

TEST(RequestLogTest, SafeRequestIdsAreKeptOthersReplaced) {
  EXPECT_EQ(accept_request_id("trace-42.a_b:c"), "trace-42.a_b:c");
  for (const std::string_view hostile :
       {std::string_view(""), std::string_view("a b"), std::string_view("x\r\nSet-Cookie: y"),
        std::string_view("\"}")}) {
    const std::string id = accept_request_id(hostile);
    EXPECT_EQ(id.size(), 16u) << hostile;
    EXPECT_NE(id, hostile);
  }
  EXPECT_EQ(accept_request_id(std::string(129, 'a')).size(), 16u);
  EXPECT_NE(accept_request_id(""), accept_request_id(""));
}

}  // namespace
}  // namespace vigil::server
