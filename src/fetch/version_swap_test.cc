#include "fetch/version_swap.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "sources/lists_in_service.h"
#include "sources/loader.h"

namespace vigil::fetch {
namespace {

namespace fs = std::filesystem;

class VersionSwapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("vigil-swap-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    dataset_ = root_ / "un_sc";
    fs::create_directories(dataset_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void make_version(const std::string& name) {
    fs::create_directories(dataset_ / name);
    std::ofstream(dataset_ / name / "list.xml") << name;
  }

  fs::path root_;
  fs::path dataset_;
};

TEST_F(VersionSwapTest, VersionNamesSortByTimeAndCarryTheDigest) {
  const std::string name = version_name("0123456789abcdef0123");
  EXPECT_EQ(name.size(), std::string("20261206T021500Z-0123456789ab").size());
  EXPECT_TRUE(name.ends_with("-0123456789ab")) << name;
}

TEST_F(VersionSwapTest, SwapReplacesTheCurrentLink) {
  EXPECT_EQ(current_version(dataset_.string()), "");
  make_version("20260101T000000Z-aaaa");
  make_version("20260102T000000Z-bbbb");
  ASSERT_FALSE(swap_current(dataset_.string(), "20260101T000000Z-aaaa"));
  EXPECT_EQ(current_version(dataset_.string()), "20260101T000000Z-aaaa");
  ASSERT_FALSE(swap_current(dataset_.string(), "20260102T000000Z-bbbb"));
  EXPECT_EQ(current_version(dataset_.string()), "20260102T000000Z-bbbb");
  EXPECT_TRUE(fs::is_symlink(dataset_ / "current"));
  // No temporary link is left behind.
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dataset_)) entries += entry.exists() ? 1 : 0;
  EXPECT_EQ(entries, 3U);
}

TEST_F(VersionSwapTest, ListsInServiceResolveTheLinkOnce) {
  make_version("20260101T000000Z-aaaa");
  fs::create_directories(root_ / "not_updated");
  ASSERT_FALSE(swap_current(dataset_.string(), "20260101T000000Z-aaaa"));
  const auto in_service = sources::lists_in_service(root_.string());
  ASSERT_EQ(in_service.size(), 1U);
  EXPECT_EQ(in_service.at("un_sc"), fs::canonical(dataset_ / "20260101T000000Z-aaaa").string());
  EXPECT_TRUE(sources::lists_in_service((root_ / "absent").string()).empty());
}

// After an update, every command's default lists are the version in service for that dataset
// and the embedded lists for the others.
TEST_F(VersionSwapTest, DefaultSourcePathsPreferTheListsInService) {
  const fs::path embedded = fs::path(sources::default_data_dir()) / "lists";
  fs::copy(embedded / "un_sc", dataset_ / "20260101T000000Z-aaaa", fs::copy_options::recursive);
  ASSERT_FALSE(swap_current(dataset_.string(), "20260101T000000Z-aaaa"));
  const char* before = std::getenv("VIGIL_LISTS_DIR");
  const std::string saved = before != nullptr ? before : "";
  ::setenv("VIGIL_LISTS_DIR", root_.c_str(), 1);
  const std::vector<std::string> paths = sources::default_source_paths();
  ::setenv("VIGIL_LISTS_DIR", saved.c_str(), 1);

  const std::string in_service = fs::canonical(dataset_ / "20260101T000000Z-aaaa").string();
  EXPECT_NE(std::find(paths.begin(), paths.end(), in_service), paths.end());
  EXPECT_EQ(std::find(paths.begin(), paths.end(), (embedded / "un_sc").string()), paths.end());
  EXPECT_NE(std::find(paths.begin(), paths.end(), (embedded / "ofac_sdn").string()), paths.end());
  auto loaded = sources::load_sources({in_service});
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
}

TEST_F(VersionSwapTest, PruneKeepsTheNewestAndTheOneInService) {
  for (const char* name :
       {"20260101T000000Z-a", "20260102T000000Z-b", "20260103T000000Z-c", "20260104T000000Z-d"}) {
    make_version(name);
  }
  fs::create_directories(dataset_ / ".staging-abc123");
  ASSERT_FALSE(swap_current(dataset_.string(), "20260101T000000Z-a"));  // rolled back to oldest
  const auto removed = prune_versions(dataset_.string(), 2);
  EXPECT_TRUE(fs::exists(dataset_ / "20260104T000000Z-d"));
  EXPECT_TRUE(fs::exists(dataset_ / "20260103T000000Z-c"));
  EXPECT_FALSE(fs::exists(dataset_ / "20260102T000000Z-b"));
  EXPECT_TRUE(fs::exists(dataset_ / "20260101T000000Z-a"));
  EXPECT_FALSE(fs::exists(dataset_ / ".staging-abc123"));
  EXPECT_EQ(removed.size(), 2U);
  EXPECT_EQ(current_version(dataset_.string()), "20260101T000000Z-a");
}

}  // namespace
}  // namespace vigil::fetch
