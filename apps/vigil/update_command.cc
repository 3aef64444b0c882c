// vigil update: download every configured list, check it, record it in the version store and
// put it in service atomically (src/fetch/dataset_update.h). One dataset failing does not stop
// the others; the exit code says whether every selected dataset is up to date.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "fetch/dataset_update.h"
#include "sources/lists_in_service.h"
#include "store/version_store.h"

namespace vigil::cli {
namespace {

struct UpdateCommandOptions {
  std::string config;
  std::string lists_dir;
  std::string store;
  std::vector<std::string> datasets;
  double max_shrink_percent = 0;
  CLI::Option* max_shrink_option = nullptr;  // given or not
  bool force = false;
};

// The configured datasets to update: the enabled ones, or those named with --dataset (even
// when disabled: naming one is asking for it). An unknown name is a usage error.
std::vector<fetch::DatasetSource> selected_datasets(const fetch::SourcesConfig& config,
                                                    const std::vector<std::string>& names) {
  std::vector<fetch::DatasetSource> selected;
  for (const std::string& name : names) {
    const auto it = std::find_if(config.datasets.begin(), config.datasets.end(),
                                 [&](const fetch::DatasetSource& s) { return s.id == name; });
    if (it == config.datasets.end()) {
      throw CommandError{kExitUsage, "--dataset " + name + ": not in the sources configuration"};
    }
    selected.push_back(*it);
  }
  if (!names.empty()) return selected;
  std::copy_if(config.datasets.begin(), config.datasets.end(), std::back_inserter(selected),
               [](const fetch::DatasetSource& s) { return s.enabled; });
  return selected;
}

nlohmann::json to_json(const fetch::DatasetUpdate& update) {
  nlohmann::json out = {{"dataset", update.dataset},
                        {"status", fetch::to_string(update.status)},
                        {"message", update.message},
                        {"version_in_service", update.version}};
  if (update.recorded_version != 0) out["recorded_version"] = update.recorded_version;
  if (update.entity_count) out["entities"] = *update.entity_count;
  if (update.previous_entity_count) out["previous_entities"] = *update.previous_entity_count;
  return out;
}

void print_outcomes(const std::vector<fetch::DatasetUpdate>& updates, const std::string& lists_dir,
                    bool json) {
  if (json) {
    nlohmann::json out = {{"lists_dir", lists_dir}, {"datasets", nlohmann::json::array()}};
    for (const auto& update : updates) out["datasets"].push_back(to_json(update));
    std::cout << out.dump(2) << "\n";
    return;
  }
  for (const auto& update : updates) fmt::print("{:<10} {}\n", update.dataset, update.message);
}

int run_update(const CommonOptions& common, const UpdateCommandOptions& options) {
  const std::string config_path =
      options.config.empty() ? fetch::default_sources_config_path() : options.config;
  auto config = fetch::read_sources_config(config_path);
  if (!config.ok()) throw CommandError{kExitDataError, config.error().to_string()};
  const auto datasets = selected_datasets(*config, options.datasets);
  if (datasets.empty()) throw CommandError{kExitUsage, config_path + " enables no dataset"};
  auto store = store::VersionStore::open(options.store.empty() ? store::default_store_path()
                                                               : options.store);
  if (!store.ok()) throw CommandError{kExitDataError, store.error().to_string()};

  fetch::UpdateOptions update_options;
  update_options.lists_dir =
      options.lists_dir.empty() ? sources::default_lists_dir() : options.lists_dir;
  if (options.max_shrink_option->count() > 0) {
    update_options.max_shrink_percent = options.max_shrink_percent;
  }
  update_options.force = options.force;
  if (!common.quiet) {
    update_options.progress = [](std::string_view line) { fmt::print(stderr, "{}\n", line); };
  }
  std::vector<fetch::DatasetUpdate> updates;
  bool all_succeeded = true;
  for (const fetch::DatasetSource& source : datasets) {
    if (!common.quiet) fmt::print(stderr, "{}: {}\n", source.id, source.title);
    updates.push_back(fetch::update_dataset(source, update_options, **store));
    const fetch::UpdateStatus status = updates.back().status;
    all_succeeded = all_succeeded && (status == fetch::UpdateStatus::kUpdated ||
                                      status == fetch::UpdateStatus::kUnchanged);
    if (!common.quiet) fmt::print(stderr, "  {}\n", updates.back().message);
  }
  print_outcomes(updates, update_options.lists_dir, common.json);
  return all_succeeded ? kExitOk : kExitUpdateIncomplete;
}

}  // namespace

void register_update(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<UpdateCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "update",
      "Download the official lists, check them and put each new version in service atomically");
  cmd->add_option("--config", options->config,
                  "The sources configuration (default: data/sources.json of the installation)");
  cmd->add_option("--lists-dir", options->lists_dir,
                  "Where the lists in service live (default $VIGIL_LISTS_DIR, else "
                  "$XDG_DATA_HOME/vigil/lists, else ~/.local/share/vigil/lists)");
  cmd->add_option("--store", options->store,
                  "The version store (default $VIGIL_STORE, else "
                  "$XDG_DATA_HOME/vigil/versions.sqlite, else ~/.local/share/vigil/...)");
  cmd->add_option("--dataset", options->datasets,
                  "Update only this dataset (even a disabled one); repeatable");
  options->max_shrink_option =
      cmd->add_option("--max-shrink", options->max_shrink_percent,
                      "Refuse a version with more than this percentage fewer entities than the one "
                      "in service (default: the configured limit, 10)")
          ->check(CLI::Range(0.0, 100.0));
  cmd->add_flag("--force", options->force, "Put new versions in service even if they shrank");
  cmd->add_flag("--json", common.json, "Print JSON instead of text");
  cmd->add_flag("--quiet,-q", common.quiet, "No progress on stderr");
  cmd->callback([&common, &exit_code, options] { exit_code = run_update(common, *options); });
}

}  // namespace vigil::cli
