// `vigil update` of one dataset against a loopback server serving the real OFAC Consolidated
// XML, versions of it, and broken downloads. Every failure must leave the version in service
// in service, still loadable, and say why.
#include "fetch/dataset_update.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>

#include "fetch/loopback_server.h"
#include "fetch/version_swap.h"
#include "sources/input_file.h"
#include "sources/lists_in_service.h"
#include "sources/loader.h"

namespace vigil::fetch {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

constexpr std::string_view kEntryOpen = "<sdnEntry>";
constexpr std::string_view kEntryClose = "</sdnEntry>";

// The OFAC XML with the entries whose position satisfies `drop` removed.
template <typename Predicate>
std::string without_entries(const std::string& xml, Predicate drop) {
  std::string out;
  size_t copied = 0;
  size_t index = 0;
  for (size_t open = xml.find(kEntryOpen); open != std::string::npos;
       open = xml.find(kEntryOpen, open + 1), ++index) {
    const size_t close = xml.find(kEntryClose, open) + kEntryClose.size();
    if (!drop(index)) continue;
    out.append(xml, copied, open - copied);
    copied = close;
  }
  out.append(xml, copied);
  return out;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class DatasetUpdateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("vigil-update-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
    auto real = sources::read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/ofac_cons/consolidated.xml");
    ASSERT_TRUE(real.ok());
    real_ = std::move(real->bytes);
    auto opened = store::VersionStore::open((root_ / "versions.sqlite").string());
    ASSERT_TRUE(opened.ok()) << opened.error().to_string();
    store_ = std::move(opened.value());
    start_server();

    source_.id = "ofac_cons";
    source_.title = "OFAC Consolidated Sanctions List (non-SDN)";
    source_.authority = "OFAC";
    serve("consolidated.xml");
    options_.lists_dir = (root_ / "lists").string();
    options_.limits.connect_timeout = milliseconds(2'000);
    options_.limits.total_timeout = milliseconds(20'000);
    options_.limits.low_speed_bytes = 1000;
    options_.limits.low_speed_window = std::chrono::seconds(1);
    options_.limits.max_attempts = 2;
    options_.limits.first_backoff = milliseconds(10);
  }

  void TearDown() override {
    server_.stop();
    fs::remove_all(root_);
  }

  void start_server() {
    auto& server = server_.server();
    server.Get("/files/(.*)", [this](const httplib::Request& request, httplib::Response& r) {
      const std::lock_guard lock(mutex_);
      const auto it = bodies_.find(request.matches[1].str());
      if (it == bodies_.end()) {
        r.status = 404;
        return;
      }
      r.set_content(it->second, "application/xml");
    });
    server.Get("/flaky", [this](const httplib::Request&, httplib::Response& r) {
      if (++flaky_requests_ == 1) {
        r.status = 500;
        return;
      }
      const std::lock_guard lock(mutex_);
      r.set_content(bodies_.at("consolidated.xml"), "application/xml");
    });
    server.Get("/truncated", server_.short_body(500'000, 1'000));
    server.Get("/stalled", server_.short_body(500'000, 10, milliseconds(5'000)));
    server_.start();
  }

  // Serves `body` (the real file by default) and points the dataset's one file at it.
  void serve(const std::string& name, std::optional<std::string> body = std::nullopt) {
    {
      const std::lock_guard lock(mutex_);
      bodies_[name] = body ? *body : real_;
    }
    source_.files = {RemoteFile{server_.url("/files/" + name), "consolidated.xml"}};
  }

  void point_at(const std::string& path) {
    source_.files = {RemoteFile{server_.url(path), "consolidated.xml"}};
  }

  DatasetUpdate update() { return update_dataset(source_, options_, *store_); }

  [[nodiscard]] fs::path dataset_dir() const { return root_ / "lists" / "ofac_cons"; }

  // The first version, from the real file, in service.
  std::string put_real_in_service() {
    const DatasetUpdate first = update();
    EXPECT_EQ(first.status, UpdateStatus::kUpdated) << first.message;
    return first.version;
  }

  // `version` is in service, and what is in service loads with `entities` entities.
  void expect_in_service(const std::string& version, size_t entities) {
    EXPECT_EQ(current_version(dataset_dir().string()), version);
    const auto in_service = sources::lists_in_service(options_.lists_dir);
    ASSERT_EQ(in_service.count("ofac_cons"), 1U);
    auto loaded = sources::load_sources({in_service.at("ofac_cons")});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1U);
    EXPECT_EQ(loaded->front().info.id, "ofac_cons");
    EXPECT_EQ(loaded->front().entities.size(), entities);
  }

  // Nothing but the versions, the link and the lock: no staging or refused directory left.
  [[nodiscard]] size_t version_directories() const {
    size_t count = 0;
    for (const auto& entry : fs::directory_iterator(dataset_dir())) {
      const std::string name = entry.path().filename().string();
      if (name == "current" || name == ".lock") continue;
      EXPECT_FALSE(name.starts_with('.')) << name;
      ++count;
    }
    return count;
  }

  fs::path root_;
  std::string real_;
  std::unique_ptr<store::VersionStore> store_;
  test_support::LoopbackServer server_;
  std::mutex mutex_;
  std::map<std::string, std::string> bodies_;
  std::atomic<int> flaky_requests_{0};
  DatasetSource source_;
  UpdateOptions options_;
};

constexpr size_t kRealEntities = 442;  // the real file's Record_Count

TEST_F(DatasetUpdateTest, FirstUpdatePutsTheListInServiceAndRecordsIt) {
  const DatasetUpdate update = this->update();
  ASSERT_EQ(update.status, UpdateStatus::kUpdated) << update.message;
  EXPECT_EQ(update.entity_count, kRealEntities);
  EXPECT_FALSE(update.previous_entity_count.has_value());
  expect_in_service(update.version, kRealEntities);
  auto versions = store_->versions("ofac_cons");
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 1U);
  EXPECT_EQ(versions->front().id, update.recorded_version);
  EXPECT_TRUE(contains(versions->front().files.at(0).path, update.version));
  EXPECT_EQ(version_directories(), 1U);
  // Readable by other users' processes (a server), not private like a fresh mkdtemp.
  const fs::perms perms = fs::status(dataset_dir() / update.version).permissions();
  EXPECT_NE(perms & fs::perms::others_read, fs::perms::none);
}

TEST_F(DatasetUpdateTest, SameFilesAreUnchanged) {
  const std::string first = put_real_in_service();
  const DatasetUpdate again = update();
  EXPECT_EQ(again.status, UpdateStatus::kUnchanged) << again.message;
  EXPECT_TRUE(contains(again.message, "unchanged"));
  expect_in_service(first, kRealEntities);
  EXPECT_EQ(version_directories(), 1U);
  EXPECT_EQ(store_->versions("ofac_cons")->size(), 1U);
}

TEST_F(DatasetUpdateTest, NotFoundKeepsThePreviousVersion) {
  const std::string first = put_real_in_service();
  point_at("/files/no-such-file.xml");
  const DatasetUpdate failed = update();
  EXPECT_EQ(failed.status, UpdateStatus::kFailed);
  EXPECT_TRUE(contains(failed.message, "HTTP status 404")) << failed.message;
  EXPECT_EQ(failed.version, first);
  expect_in_service(first, kRealEntities);
  EXPECT_EQ(version_directories(), 1U);
}

TEST_F(DatasetUpdateTest, ServerErrorIsRetriedAndTheNewVersionSwappedIn) {
  const std::string first = put_real_in_service();
  serve("consolidated.xml", without_entries(real_, [](size_t i) { return i == 0; }));
  point_at("/flaky");
  const DatasetUpdate update = this->update();
  ASSERT_EQ(update.status, UpdateStatus::kUpdated) << update.message;
  EXPECT_EQ(flaky_requests_, 2);
  EXPECT_NE(update.version, first);
  EXPECT_EQ(update.previous_entity_count, kRealEntities);
  expect_in_service(update.version, kRealEntities - 1);
  EXPECT_EQ(version_directories(), 2U);  // the previous version is kept
  EXPECT_EQ(store_->versions("ofac_cons")->size(), 2U);
}

TEST_F(DatasetUpdateTest, TruncatedDownloadKeepsThePreviousVersion) {
  const std::string first = put_real_in_service();
  point_at("/truncated");
  const DatasetUpdate failed = update();
  EXPECT_EQ(failed.status, UpdateStatus::kFailed);
  EXPECT_TRUE(contains(failed.message, "truncated")) << failed.message;
  expect_in_service(first, kRealEntities);
  EXPECT_EQ(version_directories(), 1U);
}

TEST_F(DatasetUpdateTest, FileOverTheSizeLimitKeepsThePreviousVersion) {
  const std::string first = put_real_in_service();
  source_.max_bytes = real_.size() / 2;
  const DatasetUpdate failed = update();
  EXPECT_EQ(failed.status, UpdateStatus::kFailed);
  EXPECT_TRUE(contains(failed.message, "too large")) << failed.message;
  expect_in_service(first, kRealEntities);
}

TEST_F(DatasetUpdateTest, StalledServerKeepsThePreviousVersion) {
  const std::string first = put_real_in_service();
  options_.limits.max_attempts = 1;
  point_at("/stalled");
  const DatasetUpdate failed = update();
  EXPECT_EQ(failed.status, UpdateStatus::kFailed);
  EXPECT_TRUE(contains(failed.message, "timed out")) << failed.message;
  expect_in_service(first, kRealEntities);
  EXPECT_EQ(version_directories(), 1U);
}

TEST_F(DatasetUpdateTest, TheDatasetsOwnTimeoutAndAttemptsApply) {
  const std::string first = put_real_in_service();
  options_.limits.low_speed_window =
      std::chrono::seconds(30);  // only the total timeout can stop it
  options_.limits.max_attempts = 3;
  source_.timeout_seconds = 1;
  source_.attempts = 1;
  point_at("/stalled");
  const auto start = std::chrono::steady_clock::now();
  const DatasetUpdate failed = update();
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(failed.status, UpdateStatus::kFailed);
  EXPECT_TRUE(contains(failed.message, "timed out")) << failed.message;
  EXPECT_LT(took, std::chrono::seconds(4));  // one attempt of one second, not three of five
  expect_in_service(first, kRealEntities);
}

TEST_F(DatasetUpdateTest, GarbageIsRefusedAndThePreviousVersionKept) {
  const std::string first = put_real_in_service();
  serve("garbage.bin", std::string("\x01\x02 not a list at all \xff\xfe"));
  const DatasetUpdate refused = update();
  EXPECT_EQ(refused.status, UpdateStatus::kRefused);
  EXPECT_TRUE(contains(refused.message, "do not load")) << refused.message;
  expect_in_service(first, kRealEntities);
  EXPECT_EQ(version_directories(), 1U);
  EXPECT_EQ(store_->versions("ofac_cons")->size(), 1U);
}

TEST_F(DatasetUpdateTest, ListWithoutEntitiesIsRefused) {
  const std::string first = put_real_in_service();
  serve("empty.xml", without_entries(real_, [](size_t) { return true; }));
  const DatasetUpdate refused = update();
  EXPECT_EQ(refused.status, UpdateStatus::kRefused);
  EXPECT_TRUE(contains(refused.message, "no entities")) << refused.message;
  expect_in_service(first, kRealEntities);
}

TEST_F(DatasetUpdateTest, ShrunkenListIsRefusedUnlessForced) {
  const std::string first = put_real_in_service();
  serve("half.xml", without_entries(real_, [](size_t i) { return i % 2 == 0; }));
  const DatasetUpdate refused = update();
  EXPECT_EQ(refused.status, UpdateStatus::kRefused);
  EXPECT_TRUE(contains(refused.message, "221 entities where the version in service has 442"))
      << refused.message;
  EXPECT_TRUE(contains(refused.message, "--force")) << refused.message;
  expect_in_service(first, kRealEntities);
  EXPECT_EQ(version_directories(), 1U);

  options_.max_shrink_percent = 60;  // a looser limit on the command line lets it through
  const DatasetUpdate loose = update();
  EXPECT_EQ(loose.status, UpdateStatus::kUpdated) << loose.message;
  expect_in_service(loose.version, kRealEntities / 2);
}

TEST_F(DatasetUpdateTest, ForceAcceptsAShrunkenList) {
  put_real_in_service();
  serve("half.xml", without_entries(real_, [](size_t i) { return i % 2 == 0; }));
  options_.force = true;
  const DatasetUpdate forced = update();
  EXPECT_EQ(forced.status, UpdateStatus::kUpdated) << forced.message;
  expect_in_service(forced.version, kRealEntities / 2);
}

TEST_F(DatasetUpdateTest, OldVersionsArePruned) {
  options_.keep_versions = 2;
  std::string last;
  for (size_t dropped = 0; dropped < 4; ++dropped) {
    serve("v.xml", without_entries(real_, [dropped](size_t i) { return i < dropped; }));
    const DatasetUpdate update = this->update();
    ASSERT_EQ(update.status, UpdateStatus::kUpdated) << update.message;
    EXPECT_NE(update.version, last);
    last = update.version;
    // Version names have a one-second resolution; a new second makes the order certain.
    std::this_thread::sleep_for(milliseconds(1'050));
  }
  EXPECT_EQ(version_directories(), 2U);
  expect_in_service(last, kRealEntities - 3);
}

}  // namespace
}  // namespace vigil::fetch
