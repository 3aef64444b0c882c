// `vigil update` for one dataset: download its files into a staging directory, check them
// (they parse, they hold entities, they did not shrink past the limit, they differ from the
// version in service), record the version in the version store and put it in service
// atomically. Whatever fails, the version in service stays in service.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "fetch/fetch.h"
#include "fetch/sources_config.h"
#include "store/version_store.h"

namespace vigil::fetch {

struct UpdateOptions {
  std::string lists_dir;                           // holds one directory per dataset
  std::optional<double> max_shrink_percent;        // overrides the configured limit
  bool force = false;                              // put a version in service despite shrinking
  FetchLimits limits;                              // max_bytes is taken from the dataset's config
  size_t keep_versions = 3;                        // version directories kept per dataset
  std::function<void(std::string_view)> progress;  // one line at a time; may be empty
};

enum class UpdateStatus : uint8_t {
  kUpdated,    // a new version is in service
  kUnchanged,  // the files equal the version in service
  kRefused,    // downloaded but refused: does not parse, no entities, shrank too much
  kFailed,     // not downloaded, or not recorded or swapped in
};

// "updated", "unchanged", "refused", "failed".
std::string_view to_string(UpdateStatus status);

struct DatasetUpdate {
  std::string dataset;
  UpdateStatus status = UpdateStatus::kFailed;
  std::string message;                 // what happened, or why not
  std::string version;                 // the version directory in service afterwards (empty: none)
  int64_t recorded_version = 0;        // the version store's id when one was recorded
  std::optional<size_t> entity_count;  // of the downloaded files, when they parsed
  std::optional<size_t> previous_entity_count;
};

// Updates one dataset under options.lists_dir/<source.id>. Never throws for expected failures:
// the outcome says what happened.
DatasetUpdate update_dataset(const DatasetSource& source, const UpdateOptions& options,
                             store::VersionStore& store);

}  // namespace vigil::fetch
