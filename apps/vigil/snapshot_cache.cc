#include "snapshot_cache.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "screen/compiled_snapshot.h"
#include "sources/loader.h"
#include "store/version_store.h"

namespace vigil::cli {
namespace {

std::vector<std::string> source_paths(const CommonOptions& options) {
  return screen::absolute_paths(options.sources.empty() ? sources::default_source_paths()
                                                        : options.sources);
}

std::string cache_directory() {
  const char* cache = std::getenv("XDG_CACHE_HOME");
  if (cache != nullptr && *cache != '\0') return std::string(cache) + "/vigil";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return std::string(home) + "/.cache/vigil";
  return {};
}

// Why the snapshot at `path` cannot serve these sources, or the screener it holds.
Result<std::shared_ptr<const Screener>> open_usable(const std::string& path,
                                                    const std::vector<std::string>& paths,
                                                    const std::vector<screen::SourceStamp>& files) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return make_error(ErrorCode::kNotFound, "no snapshot at " + path);
  }
  auto snapshot = screen::SnapshotFile::open(path);
  if (!snapshot.ok()) return snapshot.error();
  if (snapshot->manifest().source_paths != paths) {
    return make_error(ErrorCode::kInvalidArgument, path + " was built from other source paths");
  }
  if (const std::string why = screen::stale_reason(snapshot->manifest().files, files);
      !why.empty()) {
    return make_error(ErrorCode::kInvalidArgument, why);
  }
  return snapshot->screener();
}

// The cache file of these (absolute) source paths, or empty without a cache directory.
std::string cache_file_of(const std::vector<std::string>& paths) {
  const std::string directory = cache_directory();
  if (directory.empty()) return {};
  std::string joined;
  for (const std::string& path : paths) joined += path + '\n';
  return fmt::format("{}/snapshot-{:016x}.vgs", directory,
                     XXH3_64bits(joined.data(), joined.size()));
}

// Loads and builds, then writes the snapshot; a snapshot that cannot be written is a warning
// (`required`: an error), the screener is served either way. `files` are the sources' stamps,
// taken before loading: a file that changes while it is read is seen as changed next time.
std::shared_ptr<const Screener> build_and_save(const CommonOptions& options,
                                               const std::vector<std::string>& paths,
                                               Result<std::vector<screen::SourceStamp>> files,
                                               const std::string& path, bool required) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<ParseOutput> lists = load_lists(options);
  record_versions(options, lists);
  auto screener = build_screener(std::move(lists), options, start);
  if (path.empty() || !files.ok()) return screener;
  screen::SnapshotManifest manifest{paths,
                                    std::move(files.value()),
                                    screener->datasets(),
                                    screener->entity_count(),
                                    screener->name_count(),
                                    std::chrono::duration_cast<std::chrono::seconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count()};
  const auto save_start = std::chrono::steady_clock::now();
  std::error_code ignored;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ignored);
  const auto written = screen::write_snapshot(*screener, manifest, path);
  if (!written.ok()) {
    if (required) throw CommandError{kExitDataError, written.error().to_string()};
    if (!options.quiet)
      fmt::print(stderr, "cannot save snapshot: {}\n", written.error().to_string());
    return screener;
  }
  if (!options.quiet) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - save_start).count();
    fmt::print(stderr, "saved snapshot {} ({:.1f} MiB in {:.2f} s)\n", path,
               static_cast<double>(written.value()) / (1024.0 * 1024.0), seconds);
  }
  return screener;
}

}  // namespace

std::string snapshot_path(const CommonOptions& options) {
  return options.snapshot.empty() ? cache_file_of(source_paths(options)) : options.snapshot;
}

std::shared_ptr<const Screener> load_with_snapshot(const CommonOptions& options) {
  const std::vector<std::string> paths = source_paths(options);
  const std::string path = options.snapshot.empty() ? cache_file_of(paths) : options.snapshot;
  auto files = screen::stamp_sources(paths);
  // Sources that cannot be stamped (a missing file) are loaded for their proper error.
  if (path.empty() || !files.ok())
    return build_and_save(options, paths, std::move(files), {}, false);
  const auto start = std::chrono::steady_clock::now();
  auto screener = open_usable(path, paths, files.value());
  if (screener.ok()) {
    if (!options.quiet) {
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      fmt::print(stderr, "using snapshot {} ({} entities, {} names, {} dataset(s), {:.3f} s)\n",
                 path, screener.value()->entity_count(), screener.value()->name_count(),
                 screener.value()->datasets().size(), seconds);
    }
    return screener.value();
  }
  if (!options.quiet) fmt::print(stderr, "rebuilding snapshot: {}\n", screener.error().message);
  return build_and_save(options, paths, std::move(files), path, false);
}

void record_versions(const CommonOptions& options, const std::vector<ParseOutput>& lists) {
  const char* setting = std::getenv("VIGIL_RECORD");
  if (options.no_record || (setting != nullptr && std::string_view(setting) == "0")) return;
  const auto start = std::chrono::steady_clock::now();
  const std::string store_path = store::default_store_path();
  auto opened = store::VersionStore::open(store_path);
  auto outcomes = opened.ok() ? opened.value()->record(lists)
                              : Result<std::vector<store::RecordOutcome>>(opened.error());
  if (!outcomes.ok()) {
    fmt::print(stderr, "warning: the list versions were not recorded: {}\n",
               outcomes.error().to_string());
    return;
  }
  if (options.quiet) return;
  std::string recorded;
  for (const store::RecordOutcome& o : outcomes.value()) {
    if (o.is_new)
      recorded += fmt::format("{}{} as version {}", recorded.empty() ? "" : ", ", o.version.dataset,
                              o.version.id);
  }
  if (!recorded.empty()) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print(stderr, "recorded {} in {} ({:.2f} s)\n", recorded, store_path, seconds);
  }
}

void build_snapshot(const CommonOptions& options, const std::string& path) {
  if (path.empty()) {
    throw CommandError{kExitUsage, "no cache directory ($XDG_CACHE_HOME, $HOME): use --output"};
  }
  const std::vector<std::string> paths = source_paths(options);
  build_and_save(options, paths, screen::stamp_sources(paths), path, true);
}

}  // namespace vigil::cli
