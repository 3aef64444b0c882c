#include "sources/loader.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/partitioner.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <system_error>
#include <unordered_map>

#include "sources/dataset_loader.h"
#include "sources/lists_in_service.h"
#include "sources/source_plan.h"

#ifndef VIGIL_SOURCE_DATA_DIR
#error "VIGIL_SOURCE_DATA_DIR must name the source tree's data directory (set by CMake)"
#endif

namespace vigil::sources {
namespace {

namespace fs = std::filesystem;

using UnitResult = Result<std::vector<ParseOutput>>;

// Units are independent (their own files, their own parse), so they load in parallel; the
// results keep the order of the units so that a load is deterministic.
std::vector<std::optional<UnitResult>> load_units(const std::vector<SourceUnit>& units) {
  std::vector<std::optional<UnitResult>> results(units.size());
  tbb::parallel_for(
      tbb::blocked_range<size_t>(0, units.size(), 1),
      [&](const tbb::blocked_range<size_t>& range) {
        for (size_t i = range.begin(); i != range.end(); ++i) {
          results[i].emplace(load_unit(units[i]));
        }
      },
      tbb::simple_partitioner());
  return results;
}

std::optional<Error> check_unique_ids(const std::vector<ParseOutput>& outputs) {
  std::unordered_map<std::string, const DatasetInfo*> seen;
  for (const ParseOutput& output : outputs) {
    const auto [it, inserted] = seen.emplace(output.info.id, &output.info);
    if (inserted) continue;
    const std::string first = it->second->files.empty() ? "" : it->second->files.front().path;
    const std::string second = output.info.files.empty() ? "" : output.info.files.front().path;
    return make_error(ErrorCode::kInvalidArgument,
                      "dataset id '" + output.info.id + "' is loaded twice: from " + first +
                          " and from " + second + " (name one in its vigil-dataset.json)",
                      Location{second, 0, {}});
  }
  return std::nullopt;
}

}  // namespace

std::string default_data_dir() {
  if (const char* from_environment = std::getenv("VIGIL_DATA_DIR");
      from_environment != nullptr && *from_environment != '\0') {
    return from_environment;
  }
  std::error_code error;
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    const fs::path installed = executable.parent_path() / ".." / "share" / "vigil" / "data";
    if (fs::is_directory(installed, error)) return installed.lexically_normal().string();
  }
  return VIGIL_SOURCE_DATA_DIR;
}

std::vector<std::string> default_source_paths() {
  // A dataset that `vigil update` has put in service replaces the embedded directory of the
  // same name; the embedded lists serve the others.
  std::map<std::string, std::string> paths = lists_in_service(default_lists_dir());
  std::error_code error;
  const fs::path lists = fs::path(default_data_dir()) / "lists";
  for (fs::directory_iterator it(lists, error), end; !error && it != end; it.increment(error)) {
    std::error_code status_error;
    const std::string name = it->path().filename().string();
    if (it->is_directory(status_error) && !name.starts_with('.')) {
      paths.emplace(name, it->path().string());
    }
  }
  std::vector<std::string> sorted;
  for (auto& [name, path] : paths) sorted.push_back(std::move(path));
  return sorted;
}

Result<std::vector<ParseOutput>> load_sources(const std::vector<std::string>& paths) {
  if (paths.empty()) return make_error(ErrorCode::kInvalidArgument, "no list paths given");
  Result<std::vector<SourceUnit>> units = plan_sources(paths);
  if (!units.ok()) return units.error();

  std::vector<ParseOutput> outputs;
  for (std::optional<UnitResult>& result : load_units(*units)) {
    if (!result->ok()) return result->error();  // the first failing unit, in path order
    for (ParseOutput& output : result->value()) outputs.push_back(std::move(output));
  }
  if (auto error = check_unique_ids(outputs)) return *error;
  return outputs;
}

}  // namespace vigil::sources
