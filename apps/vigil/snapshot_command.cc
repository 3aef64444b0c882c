// vigil snapshot build [--output FILE]: compile the lists into a snapshot file now.
// vigil snapshot info FILE: what a snapshot holds, and whether this build can use it.
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <memory>

#include "commands.h"
#include "screen/compiled_snapshot.h"
#include "snapshot_cache.h"

namespace vigil::cli {
namespace {

std::string utc_time(int64_t unix_seconds) {
  const auto seconds = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &utc);
  return text;
}

int run_info(const std::string& path) {
  auto snapshot = screen::SnapshotFile::open(path);
  if (!snapshot.ok()) {
    throw CommandError{kExitDataError, "cannot use snapshot: " + snapshot.error().message};
  }
  const screen::SnapshotManifest& m = snapshot->manifest();
  fmt::print("snapshot:    {}\n", path);
  fmt::print("format:      {} (this build's; fingerprint and checksum verified)\n",
             screen::kSnapshotFormatVersion);
  fmt::print("size:        {} bytes\n", snapshot->file_bytes());
  fmt::print("created:     {}\n", utc_time(m.created_unix));
  fmt::print("entities:    {}  names: {}\n", m.entity_count, m.name_count);
  for (const std::string& source : m.source_paths) fmt::print("source:      {}\n", source);
  const auto current = screen::stamp_sources(m.source_paths);
  const std::string stale =
      current.ok() ? screen::stale_reason(m.files, current.value()) : current.error().message;
  fmt::print("files:       {} ({})\n", m.files.size(),
             stale.empty() ? "unchanged since the snapshot was built" : "stale: " + stale);
  for (const DatasetInfo& d : m.datasets) {
    fmt::print("dataset:     {}  {} entities  published {}\n", d.id, d.entity_count,
               d.publication_date.empty() ? "(not stated)" : d.publication_date);
  }
  return kExitOk;
}

}  // namespace

void register_snapshot(CLI::App& app, CommonOptions& common, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "snapshot", "Compiled snapshot of the lists: build one now, or show what one holds");
  cmd->require_subcommand(1);
  CLI::App* build = cmd->add_subcommand(
      "build", "Load and index the lists and write the snapshot (default: the cache file)");
  add_common_options(build, common);
  auto output = std::make_shared<std::string>();
  build->add_option("--output,-o", *output, "Snapshot file to write");
  build->callback([&common, &exit_code, output] {
    CommonOptions options = common;
    if (!output->empty()) options.snapshot = *output;
    build_snapshot(options, snapshot_path(options));
    exit_code = kExitOk;
  });
  CLI::App* info = cmd->add_subcommand("info", "Show a snapshot's sources, datasets and state");
  auto file = std::make_shared<std::string>();
  info->add_option("file", *file, "Snapshot file")->required();
  info->callback([&exit_code, file] { exit_code = run_info(*file); });
}

}  // namespace vigil::cli
