#include "context.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "snapshot_cache.h"
#include "sources/loader.h"

namespace vigil::cli {

std::vector<ParseOutput> load_lists(const CommonOptions& options) {
  const std::vector<std::string> paths =
      options.sources.empty() ? sources::default_source_paths() : options.sources;
  if (paths.empty()) {
    throw CommandError{kExitDataError, "no lists found: the embedded data directory " +
                                           sources::default_data_dir() +
                                           " has no lists/ and no --source was given"};
  }
  if (!options.quiet) fmt::print(stderr, "loading {} list source(s)...\n", paths.size());
  auto loaded = sources::load_sources(paths);
  if (!loaded.ok()) {
    throw CommandError{kExitDataError, "cannot load lists: " + loaded.error().to_string()};
  }
  for (const ParseOutput& output : loaded.value()) {
    for (const Diagnostic& d : output.diagnostics) {
      if (!options.quiet && d.severity == Diagnostic::Severity::kSkippedRecord) {
        fmt::print(stderr, "  {}\n", d.to_string());
      }
    }
  }
  return std::move(loaded.value());
}

std::shared_ptr<const Screener> build_screener(std::vector<ParseOutput> lists,
                                               const CommonOptions& options,
                                               std::chrono::steady_clock::time_point start) {
  auto screener = Screener::build(std::move(lists));
  if (!screener.ok()) {
    throw CommandError{kExitDataError, "cannot index lists: " + screener.error().to_string()};
  }
  if (!options.quiet) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print(stderr, "loaded {} entities ({} names) from {} dataset(s) in {:.2f} s\n",
               screener.value()->entity_count(), screener.value()->name_count(),
               screener.value()->datasets().size(), seconds);
  }
  return screener.value();
}

std::shared_ptr<const Screener> load_screener(const CommonOptions& options) {
  // Kept until the process exits, where main() ends without freeing it: taking apart tens of
  // thousands of entities, name by name, would cost a fifth of a screen from the snapshot.
  static std::vector<std::shared_ptr<const Screener>> kept_until_exit;
  if (!options.no_snapshot) return kept_until_exit.emplace_back(load_with_snapshot(options));
  const auto start = std::chrono::steady_clock::now();
  std::vector<ParseOutput> lists = load_lists(options);
  record_versions(options, lists);
  return kept_until_exit.emplace_back(build_screener(std::move(lists), options, start));
}

std::string read_file_or_throw(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CommandError{kExitDataError, "cannot open " + path};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw CommandError{kExitDataError, "cannot read " + path};
  return buffer.str();
}

Schema schema_option(const std::string& text) {
  const auto schema = parse_schema(text);
  if (!schema) {
    throw CommandError{
        kExitUsage, "unknown --type '" + text + "': use person, organization, vessel or aircraft"};
  }
  return *schema;
}

ProgressLine::ProgressLine(std::string label, bool enabled)
    : label_(std::move(label)), enabled_(enabled), terminal_(isatty(STDERR_FILENO) != 0) {}

void ProgressLine::update(size_t done, size_t total) {
  if (!enabled_ || total == 0) return;
  const size_t percent = done * 100 / total;
  if (percent == last_percent_) return;
  last_percent_ = percent;
  if (terminal_) {
    fmt::print(stderr, "\r{} {:3}% ({}/{})", label_, percent, done, total);
  } else if (percent % 10 == 0) {
    fmt::print(stderr, "{} {}% ({}/{})\n", label_, percent, done, total);
  }
}

void ProgressLine::finish() {
  if (enabled_ && terminal_) fmt::print(stderr, "\n");
}

}  // namespace vigil::cli
