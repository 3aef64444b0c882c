#include "store/version_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "sources/loader.h"

namespace vigil::store {
namespace {

namespace fs = std::filesystem;

class VersionStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string name = "vigil_store_";
    name += std::to_string(getpid());
    dir_ = fs::temp_directory_path() / name;
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<ParseOutput> load(const std::string& path) {
    auto loaded = sources::load_sources({path});
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
    return std::move(loaded.value());
  }

  fs::path dir_;
};

TEST_F(VersionStoreTest, RecordsEachNewVersionOnceAndDiffsThem) {
  const std::string path = (dir_ / "sub" / "versions.sqlite").string();
  auto store = VersionStore::open(path);
  ASSERT_TRUE(store.ok()) << store.error().to_string();
  // Two real versions of the OFAC SDN list (2021-07 and the 2024-05 set).
  const auto old_lists = load(VIGIL_TEST_DATA_DIR "/ofac_sdn_2021_07");
  const auto new_lists = load(VIGIL_SOURCE_DATA_DIR "/lists/ofac_sdn");
  auto first = (*store)->record(old_lists);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  ASSERT_EQ(first->size(), 1U);
  EXPECT_TRUE((*first)[0].is_new);
  EXPECT_EQ((*first)[0].version.entity_count, 8976U);
  // The same files again: no new version.
  auto again = (*store)->record(old_lists);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE((*again)[0].is_new);
  EXPECT_EQ((*again)[0].version.id, (*first)[0].version.id);
  auto second = (*store)->record(new_lists);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE((*second)[0].is_new);

  // Reopened, the store still has both, and their diff equals the diff of the loaded lists.
  store->reset();
  auto reopened = VersionStore::open(path);
  ASSERT_TRUE(reopened.ok());
  const auto versions = (*reopened)->versions("ofac_sdn");
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 2U);
  EXPECT_EQ((*versions)[0].files.size(), 4U);
  EXPECT_FALSE((*versions)[0].files[0].sha256.empty());
  const auto before = (*reopened)->entities((*versions)[0].id);
  const auto after = (*reopened)->entities((*versions)[1].id);
  ASSERT_TRUE(before.ok() && after.ok());
  const model::EntityDiff stored = model::diff_entities(*before, *after);
  std::vector<model::EntitySummary> old_summaries, new_summaries;
  for (const Entity& e : old_lists[0].entities) old_summaries.push_back(model::summarise(e));
  for (const Entity& e : new_lists[0].entities) new_summaries.push_back(model::summarise(e));
  const model::EntityDiff direct = model::diff_entities(old_summaries, new_summaries);
  EXPECT_EQ(stored.added.size(), direct.added.size());
  EXPECT_EQ(stored.removed.size(), direct.removed.size());
  EXPECT_EQ(stored.changed.size(), direct.changed.size());
  EXPECT_EQ(stored.unchanged, direct.unchanged);
  EXPECT_GT(stored.changed.size(), 100U);
  ASSERT_FALSE(stored.changed.empty());
  EXPECT_EQ(stored.changed[0].sections, direct.changed[0].sections);
  EXPECT_FALSE((*reopened)->version(999).ok());
}

TEST_F(VersionStoreTest, AFileThatIsNotAStoreIsAnErrorNamingIt) {
  const fs::path path = dir_ / "not-a-store.sqlite";
  std::ofstream(path) << "this is not a database, just text that goes on for a while\n";
  auto store = VersionStore::open(path.string());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().to_string().find(path.string()), std::string::npos);
}

}  // namespace
}  // namespace vigil::store
