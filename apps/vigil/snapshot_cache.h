// The compiled snapshot as the CLI uses it: every command that screens starts from a cache file
// when the list files are unchanged, and rebuilds (and saves) it when they are not.
#pragma once

#include <memory>
#include <string>

#include "context.h"
#include "vigil/screener.h"

namespace vigil::cli {

// --snapshot FILE, else $XDG_CACHE_HOME/vigil/snapshot-<hash of the source paths>.vgs (or
// ~/.cache/vigil/...); empty when there is no cache directory.
std::string snapshot_path(const CommonOptions& options);

// The screener from the snapshot when it is usable (same build, intact, built from the same
// paths whose files all have the same size and modification time); otherwise loads the lists,
// builds the screener and saves the snapshot. Says which on stderr unless quiet.
std::shared_ptr<const Screener> load_with_snapshot(const CommonOptions& options);

// Loads the lists, builds the screener and writes the snapshot to `path`. Throws CommandError
// when the lists cannot be loaded or the file cannot be written.
void build_snapshot(const CommonOptions& options, const std::string& path);

// Records the versions of lists just loaded from their files in the default version store
// (unless --no-record or VIGIL_RECORD=0), so that every version screened against is on record;
// a version already recorded is only looked up. Never fatal: a failure is a warning.
void record_versions(const CommonOptions& options, const std::vector<ParseOutput>& lists);

}  // namespace vigil::cli
