// vigil lists: which lists are loaded, from which files, published when, how many entities,
// and where each came from (`vigil update`, the embedded defaults, or --source).
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "screen/json.h"
#include "sources/lists_in_service.h"
#include "sources/loader.h"

namespace vigil::cli {
namespace {

bool is_under(const std::filesystem::path& file, const std::filesystem::path& directory) {
  std::error_code error;
  const std::string dir = std::filesystem::weakly_canonical(directory, error).string() + "/";
  return !error && std::filesystem::weakly_canonical(file, error).string().starts_with(dir);
}

// "updated <version>" for a list `vigil update` put in service, "embedded" for the default
// lists shipped with vigil, "source" for a list given with --source.
std::string origin(const DatasetInfo& dataset) {
  if (dataset.files.empty()) return "source";
  const std::filesystem::path file = dataset.files.front().path;
  if (is_under(file, sources::default_lists_dir())) {
    return "updated " + file.parent_path().filename().string();
  }
  if (is_under(file, std::filesystem::path(sources::default_data_dir()) / "lists")) {
    return "embedded";
  }
  return "source";
}

int run_lists(const CommonOptions& common) {
  const auto screener = load_screener(common);
  if (common.json) {
    nlohmann::json out = {{"datasets", nlohmann::json::array()},
                          {"entity_count", screener->entity_count()},
                          {"name_count", screener->name_count()},
                          {"index_build_seconds", screener->index_build_seconds()}};
    for (const DatasetInfo& d : screener->datasets()) {
      nlohmann::json dataset = screen::to_json(d);
      dataset["origin"] = origin(d);
      out["datasets"].push_back(std::move(dataset));
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  for (const DatasetInfo& d : screener->datasets()) {
    fmt::print("{}  {}\n", d.id, d.title);
    fmt::print("  authority:   {}\n", d.authority);
    fmt::print("  origin:      {}\n", origin(d));
    if (d.kind == DatasetKind::kAllow) {
      fmt::print("  kind:        allow list (recorded; screening does not treat it apart yet)\n");
    }
    fmt::print("  published:   {}\n",
               d.publication_date.empty() ? "(not stated in the file)" : d.publication_date);
    fmt::print("  entities:    {}  (skipped records: {})\n", d.entity_count, d.skipped_records);
    fmt::print("  load time:   {:.3f} s\n", d.load_seconds);
    for (const SourceFile& f : d.files) {
      fmt::print("  file:        {}  [{}]  {} bytes\n", f.path, f.format, f.bytes);
      fmt::print("               sha256 {}\n", f.sha256);
    }
    if (!d.note.empty()) fmt::print("  note:        {}\n", d.note);
    fmt::print("\n");
  }
  fmt::print("total: {} entities, {} names indexed in {:.3f} s\n", screener->entity_count(),
             screener->name_count(), screener->index_build_seconds());
  return kExitOk;
}

}  // namespace

void register_lists(CLI::App& app, CommonOptions& common, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("lists", "Show the loaded lists: counts, dates, file hashes");
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  cmd->callback([&common, &exit_code] { exit_code = run_lists(common); });
}

}  // namespace vigil::cli
