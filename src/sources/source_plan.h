// Which files make up which datasets, decided from directory listings before any file is read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "vigil/result.h"

namespace vigil::sources {

// The list files of one directory (or one file given on its own), read and parsed together.
struct SourceUnit {
  std::string location;                 // the directory, or the file given on its own
  std::vector<std::string> files;       // list files, sorted by name
  std::optional<std::string> manifest;  // vigil-dataset.json when present
};

// Expands paths into units. A file is a unit of its own; a directory with list files is one
// unit; a directory with only subdirectories is a container whose subdirectories are expanded
// in sorted order. A missing path, or a directory without any list file, is an error.
Result<std::vector<SourceUnit>> plan_sources(const std::vector<std::string>& paths);

}  // namespace vigil::sources
