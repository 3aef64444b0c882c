#include "fetch/dataset_update.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>

#include "fetch/staged_download.h"
#include "fetch/version_swap.h"
#include "sources/lists_in_service.h"
#include "sources/loader.h"

namespace vigil::fetch {
namespace {

namespace fs = std::filesystem;

// One update of a dataset at a time: a second `vigil update` fails fast instead of racing the
// first one's staging, swap and pruning. The lock goes with the process.
class UpdateLock {
 public:
  explicit UpdateLock(const fs::path& dataset_dir)
      : fd_(::open((dataset_dir / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
    held_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
  }
  ~UpdateLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  UpdateLock(const UpdateLock&) = delete;
  UpdateLock& operator=(const UpdateLock&) = delete;
  [[nodiscard]] bool held() const { return held_; }

 private:
  int fd_;
  bool held_ = false;
};

DatasetUpdate outcome(DatasetUpdate update, UpdateStatus status, std::string message) {
  update.status = status;
  update.message = std::move(message);
  return update;
}

// The entity count of the version in service, or nullopt when it cannot be loaded (then no
// shrink check is possible, and any parsing version is better than a broken one).
std::optional<size_t> entity_count_in_service(const fs::path& dataset_dir) {
  if (current_version(dataset_dir).empty()) return std::nullopt;
  auto loaded = sources::load_sources({(dataset_dir / sources::kCurrentLinkName).string()});
  if (!loaded.ok() || loaded->size() != 1) return std::nullopt;
  return loaded->front().entities.size();
}

// Why the new version must not replace the one in service, or empty when it may.
std::string shrink_refusal(const DatasetUpdate& update, double max_shrink_percent) {
  if (!update.previous_entity_count || *update.previous_entity_count == 0) return {};
  const double previous = static_cast<double>(*update.previous_entity_count);
  const double shrink = 100.0 * (previous - static_cast<double>(*update.entity_count)) / previous;
  if (shrink <= max_shrink_percent) return {};
  return fmt::format(
      "refused: {} entities where the version in service has {} ({:.1f}% fewer, more than the "
      "{}% allowed); a partial or truncated publication? Use --force to accept it",
      *update.entity_count, *update.previous_entity_count, shrink, max_shrink_percent);
}

// Parses the version directory as the loader will: it must load as one dataset with entities.
std::string parse_refusal(const fs::path& version_dir, DatasetUpdate& update,
                          std::vector<ParseOutput>& loaded) {
  auto result = sources::load_sources({version_dir.string()});
  if (!result.ok()) return "refused: the files do not load: " + result.error().to_string();
  if (result->size() != 1) return "refused: the files load as more than one dataset";
  update.entity_count = result->front().entities.size();
  if (result->front().entities.empty()) return "refused: the files hold no entities";
  loaded = std::move(result.value());
  return {};
}

// Records the checked version, puts it in service and prunes old versions.
DatasetUpdate put_in_service(DatasetUpdate update, const fs::path& dataset_dir,
                             const std::string& version, const std::vector<ParseOutput>& loaded,
                             const UpdateOptions& options, store::VersionStore& store) {
  auto recorded = store.record(loaded);
  if (!recorded.ok()) {
    std::error_code ignored;
    fs::remove_all(dataset_dir / version, ignored);
    return outcome(std::move(update), UpdateStatus::kFailed,
                   "not recorded in the version store: " + recorded.error().to_string());
  }
  update.recorded_version = recorded->front().version.id;
  if (auto error = swap_current(dataset_dir.string(), version)) {
    return outcome(std::move(update), UpdateStatus::kFailed, error->to_string());
  }
  update.version = version;
  prune_versions(dataset_dir.string(), options.keep_versions);
  return outcome(std::move(update), UpdateStatus::kUpdated,
                 fmt::format("updated: {} entities (version {}, recorded as {})",
                             *update.entity_count, version, update.recorded_version));
}

}  // namespace

std::string_view to_string(UpdateStatus status) {
  switch (status) {
    case UpdateStatus::kUpdated: return "updated";
    case UpdateStatus::kUnchanged: return "unchanged";
    case UpdateStatus::kRefused: return "refused";
    case UpdateStatus::kFailed: return "failed";
  }
  return "failed";
}

DatasetUpdate update_dataset(const DatasetSource& source, const UpdateOptions& options,
                             store::VersionStore& store) {
  DatasetUpdate update;
  update.dataset = source.id;
  const fs::path dataset_dir = fs::path(options.lists_dir) / source.id;
  std::error_code error;
  fs::create_directories(dataset_dir, error);
  const UpdateLock lock(dataset_dir);
  if (!lock.held()) {
    return outcome(std::move(update), UpdateStatus::kFailed,
                   "another update of " + dataset_dir.string() + " is running");
  }
  prune_versions(dataset_dir.string(), options.keep_versions);  // leftovers of a crash
  update.version = current_version(dataset_dir.string());

  auto staged = stage_download(source, dataset_dir.string(), options.limits, options.progress);
  if (!staged.ok()) {
    return outcome(std::move(update), UpdateStatus::kFailed, staged.error().to_string());
  }
  if (!update.version.empty() &&
      files_digest(source, (dataset_dir / update.version).string()) == staged->digest) {
    fs::remove_all(staged->directory, error);
    return outcome(std::move(update), UpdateStatus::kUnchanged,
                   "unchanged: the files equal version " + update.version + " in service");
  }
  // Installed under its final name before the checks, so that the paths recorded are final;
  // it is not in service until `current` points at it.
  const std::string version = version_name(staged->digest);
  fs::rename(staged->directory, dataset_dir / version, error);
  if (error) {
    const std::string reason = error.message();
    fs::remove_all(staged->directory, error);
    return outcome(std::move(update), UpdateStatus::kFailed,
                   "cannot install " + version + ": " + reason);
  }
  std::vector<ParseOutput> loaded;
  std::string refusal = parse_refusal(dataset_dir / version, update, loaded);
  if (refusal.empty()) {
    update.previous_entity_count = entity_count_in_service(dataset_dir);
    if (!options.force) {
      refusal =
          shrink_refusal(update, options.max_shrink_percent.value_or(source.max_shrink_percent));
    }
  }
  if (!refusal.empty()) {
    fs::remove_all(dataset_dir / version, error);
    return outcome(std::move(update), UpdateStatus::kRefused, refusal);
  }
  return put_in_service(std::move(update), dataset_dir, version, loaded, options, store);
}

}  // namespace vigil::fetch
