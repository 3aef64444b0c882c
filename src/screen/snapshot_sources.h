// The files a compiled snapshot was built from, as size and modification time: a snapshot is
// used only while every file under its source paths is the one it was built from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vigil/result.h"

namespace vigil::screen {

struct SourceStamp {
  std::string path;  // absolute
  uint64_t bytes = 0;
  int64_t mtime_ns = 0;  // modification time, nanoseconds since the epoch
  friend bool operator==(const SourceStamp&, const SourceStamp&) = default;
};

// Every regular file under `paths` (files, or directories walked recursively), sorted by
// path. An error names a path that does not exist or cannot be read.
Result<std::vector<SourceStamp>> stamp_sources(const std::vector<std::string>& paths);

// Empty when `current` is `built_from`, else the first difference, e.g.
// "/lists/ofac_sdn/sdn.csv changed (size or modification time)".
std::string stale_reason(const std::vector<SourceStamp>& built_from,
                         const std::vector<SourceStamp>& current);

// The absolute form of each path (so that the same lists give the same cache file
// whatever the working directory).
std::vector<std::string> absolute_paths(const std::vector<std::string>& paths);

}  // namespace vigil::screen
