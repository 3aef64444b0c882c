#include "screen/compiled_snapshot.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "model/binary_io.h"
#include "screen/json.h"
#include "sources/loader.h"

namespace vigil::screen {
namespace {

class CompiledSnapshotTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = sources::load_sources(sources::default_source_paths());
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    for (const ParseOutput& output : loaded.value()) {
      for (const Entity& entity : output.entities) {
        if (!entity.names.empty()) entity_names_.push_back(entity.names);
      }
    }
    built_ = Screener::build(std::move(loaded.value())).value();
    path_ = (std::filesystem::temp_directory_path() /
             ("vigil-snapshot-test-" + std::to_string(::getpid()) + ".vgs"))
                .string();
    SnapshotManifest manifest;
    manifest.source_paths = {"lists"};
    manifest.files = {{"lists/a.csv", 10, 20}};
    manifest.datasets = built_->datasets();
    manifest.entity_count = built_->entity_count();
    manifest.name_count = built_->name_count();
    const auto written = write_snapshot(*built_, manifest, path_);
    ASSERT_TRUE(written.ok()) << written.error().to_string();
    auto file = SnapshotFile::open(path_);
    ASSERT_TRUE(file.ok()) << file.error().to_string();
    auto screener = file->screener();
    ASSERT_TRUE(screener.ok()) << screener.error().to_string();
    loaded_ = screener.value();
  }
  static void TearDownTestSuite() {
    std::filesystem::remove(path_);
    built_.reset();
    loaded_.reset();
  }

  static std::string file_bytes() {
    std::ifstream in(path_, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static std::string write_copy(const std::string& bytes) {
    const std::string copy = path_ + ".copy";
    std::ofstream(copy, std::ios::binary) << bytes;
    return copy;
  }

  static std::shared_ptr<const Screener> built_;
  static std::shared_ptr<const Screener> loaded_;
  static std::string path_;
  static std::vector<std::vector<Name>> entity_names_;
};
std::vector<std::vector<Name>> CompiledSnapshotTest::entity_names_;
std::shared_ptr<const Screener> CompiledSnapshotTest::built_;
std::shared_ptr<const Screener> CompiledSnapshotTest::loaded_;
std::string CompiledSnapshotTest::path_;

// The whole answer as text: every match with its scores, alignments and adjustments.
std::string answer(const Screener& screener, const Query& query) {
  const auto result = screener.screen(query);
  if (!result.ok()) return "error: " + result.error().to_string();
  std::string out = result->normalised_query + "\n";
  for (const Match& match : result->matches) {
    out += to_json(match).dump() + "\n" + explain_text(match) + "\n";
  }
  return out;
}

// Names from the lists, one entity in `step`, each with a typo (two letters swapped, or one
// dropped).
std::vector<std::string> queries_with_typos(const std::vector<std::vector<Name>>& entities,
                                            size_t step) {
  std::vector<std::string> queries;
  std::mt19937 random(42);
  for (size_t e = 0; e < entities.size(); e += step) {
    std::string name = entities[e][random() % entities[e].size()].full;
    if (name.size() > 4) {
      const size_t at = 1 + random() % (name.size() - 3);
      if (random() % 2 == 0) {
        std::swap(name[at], name[at + 1]);
      } else {
        name.erase(at, 1);
      }
    }
    queries.push_back(name);
  }
  return queries;
}

TEST_F(CompiledSnapshotTest, LoadedScreenerAnswersBitForBitLikeTheBuiltOne) {
  EXPECT_EQ(loaded_->entity_count(), built_->entity_count());
  EXPECT_EQ(loaded_->name_count(), built_->name_count());
  ASSERT_EQ(loaded_->datasets().size(), built_->datasets().size());
  const std::vector<std::string> names = queries_with_typos(entity_names_, 40);
  ASSERT_GT(names.size(), 300U);
  size_t with_matches = 0;
  for (const std::string& name : names) {
    Query query;
    query.name = name;
    const std::string expected = answer(*built_, query);
    EXPECT_EQ(answer(*loaded_, query), expected) << name;
    with_matches += expected.find("entity_id") != std::string::npos ? 1 : 0;
  }
  EXPECT_GT(with_matches, names.size() * 3 / 4);
}

TEST_F(CompiledSnapshotTest, AttributesIdentifiersAndListSelectionAgree) {
  Query query;
  query.name = "Esmaeil Khateeb";
  query.schema = Schema::kPerson;
  query.country = "IR";
  query.birth_date = parse_date("1961");
  EXPECT_EQ(answer(*loaded_, query), answer(*built_, query));
  query.lists.programs = {"IRAN-HR"};
  EXPECT_EQ(answer(*loaded_, query), answer(*built_, query));
  Query vessel;
  vessel.identifiers.push_back({IdentifierType::kImo, "IMO 9116412", ""});
  const std::string expected = answer(*built_, vessel);
  EXPECT_NE(expected.find("ADRIAN DARYA"), std::string::npos);
  EXPECT_EQ(answer(*loaded_, vessel), expected);
  ASSERT_TRUE(loaded_->find_entity("ofac_sdn:39017"));
  EXPECT_EQ(to_json(*loaded_->find_entity("ofac_sdn:39017")),
            to_json(*built_->find_entity("ofac_sdn:39017")));
  const auto compared = loaded_->compare(query, "KHATIB, Esmail", Schema::kPerson);
  ASSERT_TRUE(compared.ok());
  EXPECT_EQ(to_json(compared.value()).dump(),
            to_json(built_->compare(query, "KHATIB, Esmail", Schema::kPerson).value()).dump());
}

TEST_F(CompiledSnapshotTest, SavingTwiceWritesTheSameBytes) {
  model::BinaryWriter first;
  built_->write_state(first);
  model::BinaryWriter second;
  loaded_->write_state(second);
  EXPECT_TRUE(first.bytes() == second.bytes());
}

TEST_F(CompiledSnapshotTest, ManifestIsReadBack) {
  const auto file = SnapshotFile::open(path_);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->manifest().source_paths, std::vector<std::string>{"lists"});
  ASSERT_EQ(file->manifest().files.size(), 1U);
  EXPECT_EQ(file->manifest().files[0].mtime_ns, 20);
  EXPECT_EQ(file->manifest().entity_count, built_->entity_count());
}

TEST_F(CompiledSnapshotTest, DamagedOrTruncatedFilesAreRefusedWithAClearError) {
  const std::string bytes = file_bytes();
  std::mt19937_64 random(7);
  for (int trial = 0; trial < 20; ++trial) {
    std::string damaged = bytes;
    damaged[random() % damaged.size()] ^= static_cast<char>(1 + random() % 255);
    const auto file = SnapshotFile::open(write_copy(damaged));
    ASSERT_FALSE(file.ok());
    EXPECT_NE(file.error().message.find("snapshot"), std::string::npos) << file.error().message;
  }
  for (size_t size : {size_t{0}, size_t{5}, size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
    const auto file = SnapshotFile::open(write_copy(bytes.substr(0, size)));
    ASSERT_FALSE(file.ok()) << size;
  }
  const auto truncated = SnapshotFile::open(write_copy(bytes.substr(0, bytes.size() - 1)));
  EXPECT_NE(truncated.error().message.find("damaged"), std::string::npos)
      << truncated.error().message;
  EXPECT_FALSE(SnapshotFile::open(path_ + ".missing").ok());
  std::filesystem::remove(path_ + ".copy");
}

// Past the checksum (as a forged file would be): damaged state bytes are an error or decode to
// some screener; the reader never goes out of range.
TEST_F(CompiledSnapshotTest, DamagedStateBytesNeverCrashTheReader) {
  model::BinaryWriter out;
  built_->write_state(out);
  const std::string& bytes = out.bytes();
  std::mt19937_64 random(11);
  size_t refused = 0;
  for (int trial = 0; trial < 16; ++trial) {
    std::string damaged = bytes.substr(0, random() % bytes.size());
    if (trial % 2 == 0) {
      damaged = bytes;
      for (int flip = 0; flip < 4; ++flip) damaged[random() % damaged.size()] ^= 0x40;
    }
    model::BinaryReader in(damaged);
    const auto screener = Screener::read_state(in);
    refused += screener.ok() ? 0 : 1;
  }
  EXPECT_GE(refused, 8U);  // at least every truncation
}

}  // namespace
}  // namespace vigil::screen
