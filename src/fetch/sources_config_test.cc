#include "fetch/sources_config.h"

#include <gtest/gtest.h>

namespace vigil::fetch {
namespace {

Error parse_error(const std::string& text) {
  auto config = parse_sources_config(text, "my-sources.json");
  EXPECT_FALSE(config.ok());
  return config.ok() ? Error{} : config.error();
}

TEST(SourcesConfig, ReadsDatasetsWithDefaults) {
  auto config = parse_sources_config(R"({"datasets": [
      {"id": "un_sc", "title": "UN", "files": [{"url": "https://example.org/c.xml",
                                                "name": "consolidated.xml"}]},
      {"id": "eu_fsf", "title": "EU", "enabled": false, "max_bytes": 1000, "timeout_seconds": 60,
       "connect_timeout_seconds": 5, "attempts": 1,
       "max_shrink_percent": 25, "note": "needs a token",
       "files": [{"url": "http://example.org/eu", "name": "eu.xml"}]}]})",
                                     "my-sources.json");
  ASSERT_TRUE(config.ok()) << config.error().to_string();
  ASSERT_EQ(config->datasets.size(), 2U);
  const DatasetSource& un = config->datasets[0];
  EXPECT_TRUE(un.enabled);
  EXPECT_EQ(un.max_shrink_percent, kDefaultMaxShrinkPercent);
  EXPECT_EQ(un.max_bytes, kDefaultMaxBytes);
  EXPECT_EQ(un.files[0].name, "consolidated.xml");
  EXPECT_FALSE(un.timeout_seconds.has_value());
  EXPECT_FALSE(un.attempts.has_value());
  const DatasetSource& eu = config->datasets[1];
  EXPECT_FALSE(eu.enabled);
  EXPECT_EQ(eu.max_bytes, 1000U);
  EXPECT_EQ(eu.max_shrink_percent, 25);
  EXPECT_EQ(eu.note, "needs a token");
  EXPECT_EQ(eu.timeout_seconds, 60);
  EXPECT_EQ(eu.connect_timeout_seconds, 5);
  EXPECT_EQ(eu.attempts, 1);
}

TEST(SourcesConfig, TimeoutsAndAttemptsAreCheckedAndNamed) {
  for (const auto& [setting, key] : std::vector<std::pair<std::string, std::string>>{
           {R"("timeout_seconds": 0)", "timeout_seconds"},
           {R"("timeout_seconds": "60")", "timeout_seconds"},
           {R"("connect_timeout_seconds": 1.5)", "connect_timeout_seconds"},
           {R"("attempts": 11)", "attempts"}}) {
    const Error error = parse_error(R"({"datasets": [{"id": "un_sc", "title": "UN", )" + setting +
                                    R"(, "files": [{"url": "https://x", "name": "a"}]}]})");
    EXPECT_EQ(error.where.element, "datasets[0]." + key) << setting;
  }
}

TEST(SourcesConfig, ErrorsNameTheFileAndElement) {
  Error error = parse_error("{not json");
  EXPECT_EQ(error.where.file, "my-sources.json");
  error = parse_error(R"({"datasets": [{"id": "Bad Id", "title": "t",
                          "files": [{"url": "https://x", "name": "a"}]}]})");
  EXPECT_EQ(error.where.element, "datasets[0].id");
  error = parse_error(R"({"datasets": [{"id": "a", "title": "t",
                          "files": [{"url": "ftp://x", "name": "a"}]}]})");
  EXPECT_EQ(error.where.element, "datasets[0].files[0].url");
  error = parse_error(R"({"datasets": [{"id": "a", "title": "t",
                          "files": [{"url": "https://x", "name": "../a"}]}]})");
  EXPECT_EQ(error.where.element, "datasets[0].files[0].name");
  error = parse_error(R"({"datasets": [{"id": "a", "title": "t",
                          "files": [{"url": "https://x", "name": "vigil-dataset.json"}]}]})");
  EXPECT_EQ(error.where.element, "datasets[0].files[0].name");
  error = parse_error(R"({"datasets": [{"id": "a", "title": "t", "files": []}]})");
  EXPECT_EQ(error.where.element, "datasets[0].files");
  error = parse_error(R"({"datasets": [{"id": "a", "title": "t", "max_shrink_percent": 120,
                          "files": [{"url": "https://x", "name": "a"}]}]})");
  EXPECT_EQ(error.where.element, "datasets[0].max_shrink_percent");
  error = parse_error(R"({"datasets": [
      {"id": "a", "title": "t", "files": [{"url": "https://x", "name": "a"}]},
      {"id": "a", "title": "t", "files": [{"url": "https://y", "name": "a"}]}]})");
  EXPECT_EQ(error.where.element, "datasets[1].id");
  EXPECT_NE(error.message.find("twice"), std::string::npos);
}

// The shipped configuration parses, names the official https sources, and leaves the EU list
// (whose URL needs a token) disabled.
TEST(SourcesConfig, TheShippedConfigurationIsValid) {
  auto config = read_sources_config(default_sources_config_path());
  ASSERT_TRUE(config.ok()) << config.error().to_string();
  bool saw_eu = false;
  for (const DatasetSource& source : config->datasets) {
    for (const RemoteFile& file : source.files) EXPECT_TRUE(file.url.starts_with("https://"));
    if (source.id == "eu_fsf") {
      saw_eu = true;
      EXPECT_FALSE(source.enabled);
    }
  }
  EXPECT_TRUE(saw_eu);
  EXPECT_GE(config->datasets.size(), 6U);
}

}  // namespace
}  // namespace vigil::fetch
