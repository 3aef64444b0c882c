// The sources configuration: where `vigil update` downloads each dataset from, and the sanity
// limits a new version must pass. A JSON file (data/sources.json is the default):
//   {"datasets": [{"id": "un_sc", "title": "...", "authority": "...", "enabled": true,
//                  "note": "...", "max_bytes": 100000000, "max_shrink_percent": 10,
//                  "timeout_seconds": 300, "connect_timeout_seconds": 15, "attempts": 3,
//                  "files": [{"url": "https://...", "name": "consolidated.xml"}]}]}
// id, title and files are required; the rest have the defaults below.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "vigil/result.h"

namespace vigil::fetch {

inline constexpr double kDefaultMaxShrinkPercent = 10.0;
inline constexpr size_t kDefaultMaxBytes = size_t{256} << 20;

struct RemoteFile {
  std::string url;   // http or https
  std::string name;  // the file name in the dataset directory: no path, not hidden
};

struct DatasetSource {
  std::string id;  // [a-z0-9_-]+: the dataset id and its directory name
  std::string title;
  std::string authority;
  std::string note;  // why a source is disabled, or what a user must know
  bool enabled = true;
  size_t max_bytes = kDefaultMaxBytes;  // per file
  // A new version with more than this share fewer entities than the one in service is refused
  // (a truncated or partial publication), unless forced.
  double max_shrink_percent = kDefaultMaxShrinkPercent;
  // Per download attempt: the whole transfer, and the connection; and how many attempts. Unset:
  // `vigil update`'s defaults (fetch.h's FetchLimits).
  std::optional<int> timeout_seconds;
  std::optional<int> connect_timeout_seconds;
  std::optional<int> attempts;
  std::vector<RemoteFile> files;
};

struct SourcesConfig {
  std::vector<DatasetSource> datasets;
};

// Parses a configuration. Malformed JSON, a missing or mistyped key, an id or file name out of
// shape, a URL that is not http(s), or a duplicate id is an error naming `path` and the element
// (datasets[2].files[0].url).
Result<SourcesConfig> parse_sources_config(const std::string& text, const std::string& path);

// Reads and parses the file at `path`.
Result<SourcesConfig> read_sources_config(const std::string& path);

// The shipped configuration: <default data dir>/sources.json.
std::string default_sources_config_path();

}  // namespace vigil::fetch
