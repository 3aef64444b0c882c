// Where `vigil update` keeps the lists it downloaded, and which of them are in service.
// Layout: <lists dir>/<dataset>/<version>/ holds one version's files and vigil-dataset.json;
// <lists dir>/<dataset>/current is a symlink to the version in service, replaced atomically.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace vigil::sources {

inline constexpr std::string_view kCurrentLinkName = "current";

// $VIGIL_LISTS_DIR, else $XDG_DATA_HOME/vigil/lists, else ~/.local/share/vigil/lists.
std::string default_lists_dir();

// Dataset directory name -> the version directory its `current` link points at, resolved once
// so that a reader reads one version even if an update swaps the link meanwhile. Datasets
// without a `current` link (or a dangling one) are left out; a missing lists dir is empty.
std::map<std::string, std::string> lists_in_service(const std::string& lists_dir);

}  // namespace vigil::sources
