// Downloads a dataset's files into a fresh staging directory beside its versions, with the
// vigil-dataset.json that names it, and the digest that identifies the set of files.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "fetch/fetch.h"
#include "fetch/sources_config.h"

namespace vigil::fetch {

struct StagedDownload {
  std::string directory;  // <dataset dir>/.staging-XXXXXX
  std::string digest;     // SHA-256 over the files' names and SHA-256s
};

// Creates the staging directory and downloads every file into it. On error nothing is left
// behind. `limits.max_bytes` is replaced by the dataset's own.
Result<StagedDownload> stage_download(const DatasetSource& source, const std::string& dataset_dir,
                                      FetchLimits limits,
                                      const std::function<void(std::string_view)>& progress);

// The digest of the dataset's files as they are in `directory` (the same computation as the
// staged digest), or empty when one is missing or unreadable.
std::string files_digest(const DatasetSource& source, const std::string& directory);

}  // namespace vigil::fetch
