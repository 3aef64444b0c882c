// Data-driven matching cases: every tests/cases/*.tsv line is query, candidate, type and the
// expected verdict (match | no_match) at the default threshold, scored with the token weights
// of the embedded default lists. Lines starting with # are comments.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sources/loader.h"
#include "vigil/screener.h"

namespace vigil {
namespace {

struct GoldenCase {
  std::string file;
  long line = 0;
  std::string query, candidate, type, expect;
};

std::vector<GoldenCase> read_cases() {
  std::vector<GoldenCase> cases;
  for (const auto& entry : std::filesystem::directory_iterator(VIGIL_GOLDEN_CASES_DIR)) {
    if (entry.path().extension() != ".tsv") continue;
    std::ifstream in(entry.path());
    std::string line;
    long number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#' || line.starts_with("query\t")) continue;
      std::vector<std::string> fields;
      std::stringstream stream(line);
      for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
      EXPECT_EQ(fields.size(), 4U) << entry.path() << ":" << number;
      if (fields.size() != 4) continue;
      cases.push_back(
          {entry.path().filename().string(), number, fields[0], fields[1], fields[2], fields[3]});
    }
  }
  return cases;
}

std::shared_ptr<const Screener> default_screener() {
  static const std::shared_ptr<const Screener> kScreener = [] {
    auto loaded = sources::load_sources(sources::default_source_paths());
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
    return Screener::build(std::move(loaded.value())).value();
  }();
  return kScreener;
}

TEST(GoldenTest, EveryCaseHasTheExpectedVerdict) {
  const auto cases = read_cases();
  ASSERT_GT(cases.size(), 20U);
  const auto screener = default_screener();
  for (const GoldenCase& c : cases) {
    ASSERT_TRUE(c.expect == "match" || c.expect == "no_match") << c.file << ":" << c.line;
    Query query;
    query.name = c.query;
    query.schema = parse_schema(c.type).value_or(Schema::kUnknown);
    const auto result = screener->compare(query, c.candidate, query.schema);
    ASSERT_TRUE(result.ok()) << c.file << ":" << c.line << ": " << result.error().to_string();
    EXPECT_EQ(result->is_match, c.expect == "match")
        << c.file << ":" << c.line << ": " << c.query << " vs " << c.candidate << " scored "
        << result->score;
  }
}

}  // namespace
}  // namespace vigil
