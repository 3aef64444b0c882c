// What every command shares: the lists to screen against, loaded once with progress on
// stderr, and the --source / --json options.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "exit_codes.h"
#include "vigil/screener.h"

namespace vigil::cli {

struct CommonOptions {
  std::vector<std::string> sources;  // empty = the embedded default lists
  bool json = false;
  bool quiet = false;
  std::string snapshot;      // --snapshot FILE; empty = the cache file for these sources
  bool no_snapshot = false;  // --no-snapshot: always load and index the list files
  bool no_record = false;    // --no-record: loading list files records nothing
};

// The screener for the lists (default or --source): from the compiled snapshot when it is
// current (snapshot_cache.h), else loaded, built and saved. Throws CommandError with
// kExitDataError and the parser's message when a list cannot be loaded.
std::shared_ptr<const Screener> load_screener(const CommonOptions& options);

// The two halves of load_screener, for commands that read the entities before indexing them;
// `start` is when loading began (for the load message).
std::vector<ParseOutput> load_lists(const CommonOptions& options);
std::shared_ptr<const Screener> build_screener(std::vector<ParseOutput> lists,
                                               const CommonOptions& options,
                                               std::chrono::steady_clock::time_point start);

// Reads a whole input file or throws CommandError(kExitDataError).
std::string read_file_or_throw(const std::string& path);

// Parses --type values; throws CommandError(kExitUsage) on an unknown type.
Schema schema_option(const std::string& text);

// A progress line on stderr ("\r" updated) when stderr is a terminal or forced.
class ProgressLine {
 public:
  ProgressLine(std::string label, bool enabled);
  void update(size_t done, size_t total);
  void finish();

 private:
  std::string label_;
  bool enabled_;
  bool terminal_;
  size_t last_percent_ = 101;
};

}  // namespace vigil::cli
