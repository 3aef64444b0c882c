// vigil record: load the lists (default or --source) and record each dataset's version in the
// version store, unless its files are those of its last recorded version.
// vigil versions: every recorded version, with its files and counts.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "store/version_json.h"
#include "store/version_store.h"

namespace vigil::cli {
namespace {

struct StoreOptions {
  std::string store;
  std::string dataset;
};

std::unique_ptr<store::VersionStore> open_store_or_throw(const std::string& path) {
  auto opened = store::VersionStore::open(path.empty() ? store::default_store_path() : path);
  if (!opened.ok()) throw CommandError{kExitDataError, opened.error().to_string()};
  return std::move(opened.value());
}

int run_record(const CommonOptions& common, const StoreOptions& options) {
  auto store = open_store_or_throw(options.store);
  const std::vector<ParseOutput> lists = load_lists(common);
  auto outcomes = store->record(lists);
  if (!outcomes.ok()) throw CommandError{kExitDataError, outcomes.error().to_string()};
  if (common.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& o : *outcomes) {
      nlohmann::json item = store::to_json(o.version);
      item["new"] = o.is_new;
      out.push_back(std::move(item));
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  for (const auto& o : *outcomes) {
    fmt::print("{:<10} {} version {} ({} entities, published {})\n", o.version.dataset,
               o.is_new ? "recorded as" : "unchanged since", o.version.id, o.version.entity_count,
               o.version.publication_date.empty() ? "date not stated" : o.version.publication_date);
  }
  return kExitOk;
}

int run_versions(const CommonOptions& common, const StoreOptions& options) {
  auto store = open_store_or_throw(options.store);
  auto versions = store->versions(options.dataset);
  if (!versions.ok()) throw CommandError{kExitDataError, versions.error().to_string()};
  if (common.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& v : *versions) out.push_back(store::to_json(v));
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  if (versions->empty()) fmt::print("no versions recorded yet (vigil record)\n");
  for (const auto& v : *versions) {
    fmt::print("{:>5}  {:<10} published {:<10}  recorded {}  {} entities\n", v.id, v.dataset,
               v.publication_date.empty() ? "-" : v.publication_date, v.recorded_at,
               v.entity_count);
    for (const SourceFile& f : v.files) fmt::print("         {}  sha256 {}\n", f.path, f.sha256);
  }
  return kExitOk;
}

void add_store_option(CLI::App* cmd, StoreOptions& options) {
  cmd->add_option("--store", options.store,
                  "The version store (default $VIGIL_STORE, else "
                  "$XDG_DATA_HOME/vigil/versions.sqlite, else ~/.local/share/vigil/...)");
}

}  // namespace

void register_versions(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<StoreOptions>();
  CLI::App* record = app.add_subcommand(
      "record", "Record the loaded lists' versions in the version store (once per new version)");
  add_store_option(record, *options);
  add_common_options(record, common);
  record->callback([&common, &exit_code, options] { exit_code = run_record(common, *options); });

  CLI::App* versions = app.add_subcommand("versions", "The recorded versions of each list");
  add_store_option(versions, *options);
  versions->add_option("--dataset", options->dataset, "Only this dataset");
  versions->add_flag("--json", common.json, "Print JSON instead of text");
  versions->callback(
      [&common, &exit_code, options] { exit_code = run_versions(common, *options); });
}

}  // namespace vigil::cli
