#include "screen/snapshot_sources.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace vigil::screen {
namespace {

Result<SourceStamp> stamp_file(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return make_error(ErrorCode::kIo, "cannot read " + path, Location{path, 0, {}});
  }
  return SourceStamp{
      path, static_cast<uint64_t>(info.st_size),
      static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

}  // namespace

std::vector<std::string> absolute_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code error;
    const auto absolute = std::filesystem::absolute(path, error);
    out.push_back(error ? path : absolute.lexically_normal().string());
  }
  return out;
}

Result<std::vector<SourceStamp>> stamp_sources(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<SourceStamp> stamps;
  for (const std::string& path : absolute_paths(paths)) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      auto stamp = stamp_file(path);
      if (!stamp.ok()) return stamp.error();
      stamps.push_back(std::move(stamp.value()));
      continue;
    }
    for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
         it.increment(error)) {
      if (!it->is_regular_file(error)) continue;
      auto stamp = stamp_file(it->path().string());
      if (!stamp.ok()) return stamp.error();
      stamps.push_back(std::move(stamp.value()));
    }
    if (error) return make_error(ErrorCode::kIo, "cannot list " + path + ": " + error.message());
  }
  std::sort(stamps.begin(), stamps.end(),
            [](const SourceStamp& a, const SourceStamp& b) { return a.path < b.path; });
  return stamps;
}

std::string stale_reason(const std::vector<SourceStamp>& built_from,
                         const std::vector<SourceStamp>& current) {
  size_t i = 0;
  size_t j = 0;
  while (i < built_from.size() || j < current.size()) {
    if (j == current.size() || (i < built_from.size() && built_from[i].path < current[j].path)) {
      return built_from[i].path + " is gone";
    }
    if (i == built_from.size() || current[j].path < built_from[i].path) {
      return current[j].path + " is new";
    }
    if (!(built_from[i] == current[j])) {
      return current[j].path + " changed (size or modification time)";
    }
    ++i;
    ++j;
  }
  return {};
}

}  // namespace vigil::screen
