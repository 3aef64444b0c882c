// The damaged-input corpus: every real list file in the formats read before the spreadsheet,
// CSL, SEMA, FSF and FollowTheMoney parsers (which test their own damaged copies) — truncated,
// byte-flipped, with invalid UTF-8 spliced in, empty — is loaded through the public loader and
// indexed. Each load either succeeds (keeping what it can, with diagnostics) or fails with an
// error naming the file; nothing crashes (the sanitizer build runs this too).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "sources/damaged_input_test_util.h"
#include "sources/input_file.h"
#include "sources/loader.h"
#include "vigil/screener.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

struct CorpusFile {
  std::string directory;  // copied whole, with one file damaged
  std::string damaged;    // the file name damaged
  // Whether to index and screen what loads. The CSV reader turns any byte into valid UTF-8
  // (csv_reader's to_utf8), so only the XML lists can carry odd text to the index; the large
  // CSV set is only loaded, to keep the sanitizer run short.
  bool index_it = true;
};

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TEST(DamagedCorpusTest, EveryDamagedCopyLoadsOrFailsWithAClearError) {
  const std::vector<CorpusFile> corpus = {
      {VIGIL_SOURCE_DATA_DIR "/lists/un_sc", "consolidated.xml"},
      {VIGIL_SOURCE_DATA_DIR "/lists/ofac_cons", "consolidated.xml"},
      {VIGIL_TEST_DATA_DIR "/ofac_sdn_2021_07", "sdn.csv", false},
      {VIGIL_TEST_DATA_DIR "/ofac_sdn_2021_07", "alt.csv", false},
  };
  std::string name = "vigil_damaged_";
  name += std::to_string(getpid());
  const fs::path root = fs::temp_directory_path() / name;
  size_t loaded = 0, rejected = 0;
  for (const CorpusFile& file : corpus) {
    auto original = sources::read_input_file(file.directory + "/" + file.damaged);
    ASSERT_TRUE(original.ok()) << original.error().to_string();
    for (const auto& copy : sources::testing::damaged_copies(original->bytes)) {
      const std::string what = file.damaged + " " + copy.description;
      fs::remove_all(root);
      fs::create_directories(root);
      fs::copy(file.directory, root, fs::copy_options::recursive);
      write_file(root / file.damaged, copy.bytes);
      auto result = sources::load_sources({root.string()});
      if (!result.ok()) {
        ++rejected;
        const std::string message = result.error().to_string();
        EXPECT_NE(message.find(root.string()), std::string::npos) << what << ": " << message;
        continue;
      }
      ++loaded;
      if (!file.index_it) continue;
      // What loaded is screenable: the index and a screen never trip on damaged text.
      auto screener = Screener::build(std::move(result.value()));
      ASSERT_TRUE(screener.ok()) << what;
      Query query;
      query.name = "Mohammad Ali";
      EXPECT_TRUE((*screener)->screen(query).ok()) << what;
    }
  }
  fs::remove_all(root);
  // Both outcomes really happen: damage that keeps a file readable, and damage that does not.
  EXPECT_GT(loaded, 10U);
  EXPECT_GT(rejected, 10U);
}

}  // namespace
}  // namespace vigil
