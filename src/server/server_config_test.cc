// The serve config file: settings applied, typos and wrong types refused with the key named.
#include "server/server_config.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vigil::server {
namespace {

class ServerConfigTest : public ::testing::Test {
 protected:
  std::optional<Error> read(const std::string& text) {
    path_ = std::filesystem::temp_directory_path() /
            ("vigil-serve-config-" + std::to_string(::getpid()) + ".json");
    std::ofstream(path_) << text;
    return read_server_config(path_.string(), config_);
  }
  void TearDown() override { std::filesystem::remove(path_); }

  std::filesystem::path path_;
  ServerConfig config_;
};

TEST_F(ServerConfigTest, SettingsInTheFileReplaceTheDefaultsAndOnlyThose) {
  ASSERT_FALSE(
      read(R"({"host": "0.0.0.0", "port": 9090, "max_batch": 50, "request_timeout_ms": 2500,
                        "api_keys": "keys.json", "log": "off", "no_auth": false})")
          .has_value());
  EXPECT_EQ(config_.listener.host, "0.0.0.0");
  EXPECT_EQ(config_.listener.port, 9090);
  EXPECT_EQ(config_.limits.max_batch, 50u);
  EXPECT_EQ(config_.listener.request_timeout, std::chrono::milliseconds(2500));
  EXPECT_EQ(config_.api_keys, "keys.json");
  EXPECT_EQ(config_.log, "off");
  EXPECT_EQ(config_.listener.max_body_bytes, ServerConfig{}.listener.max_body_bytes);
  EXPECT_EQ(config_.listener.max_connections, ServerConfig{}.listener.max_connections);
}

TEST_F(ServerConfigTest, AnUnknownKeyIsAnErrorNamingIt) {
  const auto error = read(R"({"max_bach": 10})");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->where.element, "max_bach");
  EXPECT_NE(error->message.find("max_batch"), std::string::npos);  // lists the right spelling
}

TEST_F(ServerConfigTest, WrongTypesAndRangesAreErrorsNamingTheKey) {
  for (const auto& [text, key] : std::vector<std::pair<std::string, std::string>>{
           {R"({"port": "80"})", "port"},
           {R"({"port": 70000})", "port"},
           {R"({"max_batch": -1})", "max_batch"},
           {R"({"max_batch": 0})", "max_batch"},
           {R"({"threads": 1.5})", "threads"},
           {R"({"no_auth": "yes"})", "no_auth"},
           {R"({"request_timeout_ms": 1})", "request_timeout_ms"},
           {R"({"host": 1})", "host"}}) {
    const auto error = read(text);
    ASSERT_TRUE(error.has_value()) << text;
    EXPECT_EQ(error->where.element, key) << text;
  }
}

TEST_F(ServerConfigTest, NotJsonOrNotAnObjectIsAnError) {
  EXPECT_TRUE(read("port = 80").has_value());
  EXPECT_TRUE(read("[1]").has_value());
  EXPECT_TRUE(read_server_config(path_.string() + ".absent", config_).has_value());
}

}  // namespace
}  // namespace vigil::server
