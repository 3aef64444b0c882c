#include "fetch/version_swap.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <system_error>

#include "sources/lists_in_service.h"

namespace vigil::fetch {
namespace {

namespace fs = std::filesystem;

constexpr size_t kDigestCharsInName = 12;

Error io_error(const std::string& what, const std::string& path, const std::string& reason) {
  return make_error(ErrorCode::kIo, what + ": " + reason, Location{path, 0, {}});
}

}  // namespace

std::string version_name(const std::string& digest) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[sizeof "20261206T021500Z"];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  return std::string(stamp) + "-" + digest.substr(0, kDigestCharsInName);
}

std::string current_version(const std::string& dataset_dir) {
  std::error_code error;
  const fs::path target =
      fs::read_symlink(fs::path(dataset_dir) / sources::kCurrentLinkName, error);
  return error ? std::string() : target.filename().string();
}

std::optional<Error> swap_current(const std::string& dataset_dir, const std::string& version) {
  const fs::path link = fs::path(dataset_dir) / sources::kCurrentLinkName;
  const fs::path temporary =
      fs::path(dataset_dir) / (".current-" + std::to_string(::getpid()) + ".tmp");
  std::error_code error;
  fs::remove(temporary, error);
  // A relative target keeps the lists dir movable as a whole.
  fs::create_directory_symlink(version, temporary, error);
  if (error) return io_error("cannot create the link to " + version, temporary, error.message());
  if (::rename(temporary.c_str(), link.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    fs::remove(temporary, error);
    return io_error("cannot put " + version + " in service", link, reason);
  }
  return std::nullopt;
}

std::vector<std::string> prune_versions(const std::string& dataset_dir, size_t keep) {
  const std::string in_service = current_version(dataset_dir);
  std::vector<std::string> versions;
  std::vector<std::string> removed;
  std::error_code error;
  for (fs::directory_iterator it(dataset_dir, error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code status_error;
    if (it->is_symlink(status_error) || !it->is_directory(status_error)) continue;
    if (name.starts_with(kStagingPrefix)) {
      fs::remove_all(it->path(), status_error);
      removed.push_back(name);
    } else if (!name.starts_with('.')) {
      versions.push_back(name);
    }
  }
  std::sort(versions.rbegin(), versions.rend());  // newest first
  for (size_t i = keep; i < versions.size(); ++i) {
    if (versions[i] == in_service) continue;
    fs::remove_all(fs::path(dataset_dir) / versions[i], error);
    removed.push_back(versions[i]);
  }
  return removed;
}

}  // namespace vigil::fetch
