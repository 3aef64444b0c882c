// Turns paths (files or directories) into parsed datasets, detecting each file's format from
// its content. The one entry point the front ends use to load lists.
#pragma once

#include <string>
#include <vector>

#include "vigil/dataset.h"

namespace vigil::sources {

// The directory holding the embedded default data: $VIGIL_DATA_DIR if set, else
// <executable>/../share/vigil/data if present, else the source tree's data/.
std::string default_data_dir();

// The lists in service: for each dataset directory name, the version `vigil update` put in
// service under default_lists_dir() (lists_in_service.h), else the embedded directory under
// <default_data_dir()>/lists. Sorted by dataset directory name.
std::vector<std::string> default_source_paths();

// Loads every dataset found in `paths`. A directory may hold one dataset (an OFAC CSV set is
// grouped from the files in one directory) or subdirectories each holding one. An optional
// vigil-dataset.json in a directory names the dataset (id, title, authority,
// publication_date, note). A file in an unknown format, or a fatal parse error, fails the
// whole load with an error naming the file: the caller keeps whatever it served before.
Result<std::vector<ParseOutput>> load_sources(const std::vector<std::string>& paths);

}  // namespace vigil::sources
