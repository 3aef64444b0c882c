// The filesystem half of an update: turning a staged directory into a version of a dataset and
// putting it in service atomically. Layout (lists_in_service.h): <dataset dir>/<version>/ and
// <dataset dir>/current -> <version>.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "vigil/result.h"

namespace vigil::fetch {

// Downloads are staged in <dataset dir>/.staging-XXXXXX, on the same filesystem as the versions
// so that installing one is a rename.
inline constexpr std::string_view kStagingPrefix = ".staging-";

// A version directory name that sorts by time: 20261206T021500Z-<first 12 hex of `digest`>.
std::string version_name(const std::string& digest);

// The version `current` points at (its directory name), or empty when there is none.
std::string current_version(const std::string& dataset_dir);

// Points <dataset_dir>/current at <dataset_dir>/<version> by renaming a new symlink over the
// old one: rename(2) is atomic, so a reader resolves either the old version or the new one.
// REQUIRES: the version directory exists.
std::optional<Error> swap_current(const std::string& dataset_dir, const std::string& version);

// Removes version directories beyond the newest `keep` (by name, which sorts by time), never
// the one in service, and any staging directory left by an interrupted update. Returns the
// names removed. REQUIRES: the caller holds the dataset's update lock.
std::vector<std::string> prune_versions(const std::string& dataset_dir, size_t keep);

}  // namespace vigil::fetch
