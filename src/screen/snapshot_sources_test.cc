#include "screen/snapshot_sources.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace vigil::screen {
namespace {

namespace fs = std::filesystem;

class SnapshotSourcesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("vigil-sources-test-" + std::to_string(::getpid()));
    fs::create_directories(root_ / "ofac");
    write("ofac/sdn.csv", "1,KHATIB\n");
    write("un.xml", "<CONSOLIDATED_LIST/>");
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(root_ / name, std::ios::binary) << text;
  }
  std::vector<SourceStamp> stamps() {
    auto result = stamp_sources({root_.string()});
    EXPECT_TRUE(result.ok());
    return result.ok() ? result.value() : std::vector<SourceStamp>{};
  }
  fs::path root_;
};

TEST_F(SnapshotSourcesTest, EveryFileUnderADirectoryIsStampedInPathOrder) {
  const auto found = stamps();
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].path, (root_ / "ofac/sdn.csv").string());
  EXPECT_EQ(found[0].bytes, 9U);
  EXPECT_EQ(found[1].path, (root_ / "un.xml").string());
  EXPECT_EQ(stale_reason(found, stamps()), "");
}

TEST_F(SnapshotSourcesTest, ATouchedFileIsStale) {
  const auto before = stamps();
  fs::last_write_time(root_ / "un.xml",
                      fs::last_write_time(root_ / "un.xml") + std::chrono::seconds(5));
  EXPECT_EQ(stale_reason(before, stamps()),
            (root_ / "un.xml").string() + " changed (size or modification time)");
}

TEST_F(SnapshotSourcesTest, AddedAndRemovedFilesAreStale) {
  const auto before = stamps();
  write("ofac/alt.csv", "x");
  EXPECT_EQ(stale_reason(before, stamps()), (root_ / "ofac/alt.csv").string() + " is new");
  fs::remove(root_ / "ofac/alt.csv");
  fs::remove(root_ / "un.xml");
  EXPECT_EQ(stale_reason(before, stamps()), (root_ / "un.xml").string() + " is gone");
}

TEST_F(SnapshotSourcesTest, AMissingPathIsAnErrorNamingIt) {
  const auto result = stamp_sources({(root_ / "nothing.csv").string()});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("nothing.csv"), std::string::npos);
}

}  // namespace
}  // namespace vigil::screen
