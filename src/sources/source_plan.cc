#include "sources/source_plan.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "sources/dataset_manifest.h"
#include "sources/list_format.h"

namespace vigil::sources {
namespace {

namespace fs = std::filesystem;

// Containers nest rarely; the bound stops a symlink loop.
constexpr int kMaxContainerDepth = 8;

Error path_error(ErrorCode code, const std::string& path, std::string message) {
  return make_error(code, std::move(message), Location{path, 0, {}});
}

struct Listing {
  std::vector<std::string> files;
  std::vector<std::string> directories;
  std::optional<std::string> manifest;
};

Result<Listing> list_directory(const fs::path& directory) {
  Listing listing;
  std::error_code error;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code status_error;
    if (it->is_directory(status_error)) {
      if (name.front() != '.') listing.directories.push_back(it->path().string());
    } else if (name == kDatasetManifestName) {
      listing.manifest = it->path().string();
    } else if (!is_ignored_file_name(name)) {
      listing.files.push_back(it->path().string());
    }
  }
  if (error) {
    return path_error(ErrorCode::kIo, directory.string(),
                      "cannot list directory: " + error.message());
  }
  std::sort(listing.files.begin(), listing.files.end());
  std::sort(listing.directories.begin(), listing.directories.end());
  return listing;
}

std::optional<Error> plan_directory(const fs::path& directory, int depth,
                                    std::vector<SourceUnit>& units) {
  Result<Listing> listing = list_directory(directory);
  if (!listing.ok()) return listing.error();
  if (!listing->files.empty()) {
    units.push_back(SourceUnit{directory.string(), std::move(listing->files), listing->manifest});
    return std::nullopt;
  }
  if (depth >= kMaxContainerDepth) return std::nullopt;
  for (const std::string& subdirectory : listing->directories) {
    if (auto error = plan_directory(subdirectory, depth + 1, units)) return error;
  }
  return std::nullopt;
}

std::optional<Error> plan_path(const std::string& path, std::vector<SourceUnit>& units) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    return path_error(ErrorCode::kNotFound, path, "no such file or directory");
  }
  if (error) return path_error(ErrorCode::kIo, path, "cannot access: " + error.message());
  if (!fs::is_directory(status)) {
    units.push_back(SourceUnit{path, {path}, std::nullopt});
    return std::nullopt;
  }
  const size_t before = units.size();
  if (auto plan_error = plan_directory(path, 0, units)) return plan_error;
  if (units.size() == before) {
    return path_error(ErrorCode::kNotFound, path, "no list files in this directory");
  }
  return std::nullopt;
}

}  // namespace

Result<std::vector<SourceUnit>> plan_sources(const std::vector<std::string>& paths) {
  std::vector<SourceUnit> units;
  for (const std::string& path : paths) {
    if (auto error = plan_path(path, units)) return *error;
  }
  return units;
}

}  // namespace vigil::sources
