// vigil diff [OLD NEW]: which entities two versions of the lists add, remove and change, and
// which sections of each changed entity differ. OLD and NEW are each a list file or directory,
// or a version number of the version store; without them, the last two recorded versions of
// each dataset in the store.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <charconv>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "model/entity_diff.h"
#include "sources/loader.h"
#include "store/version_json.h"
#include "store/version_store.h"

namespace vigil::cli {
namespace {

struct DiffOptions {
  std::string old_side;
  std::string new_side;
  std::string store;
  size_t limit = 50;  // lines printed per kind in text mode
};

// One side of a diff: what it is and its entity summaries.
struct Side {
  nlohmann::json description;
  std::vector<model::EntitySummary> entities;
};

std::optional<int64_t> version_number(const std::string& text) {
  int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || number <= 0) return std::nullopt;
  return number;
}

nlohmann::json version_json(const store::VersionRecord& v) {
  nlohmann::json files = nlohmann::json::array();
  for (const SourceFile& f : v.files) files.push_back({{"path", f.path}, {"sha256", f.sha256}});
  return {{"version", v.id},
          {"dataset", v.dataset},
          {"published", v.publication_date},
          {"recorded_at", v.recorded_at},
          {"entities", v.entity_count},
          {"files", files}};
}

Side side_from_store(store::VersionStore& store, int64_t id) {
  auto version = store.version(id);
  if (!version.ok()) throw CommandError{kExitUsage, version.error().to_string()};
  auto entities = store.entities(id);
  if (!entities.ok()) throw CommandError{kExitDataError, entities.error().to_string()};
  return {nlohmann::json::array({version_json(*version)}), std::move(entities.value())};
}

Side side_from_path(const std::string& path, const char* which) {
  auto loaded = sources::load_sources({path});
  if (!loaded.ok()) {
    throw CommandError{kExitDataError, std::string("cannot load the ") + which +
                                           " lists: " + loaded.error().to_string()};
  }
  Side side;
  side.description = nlohmann::json::array();
  for (const ParseOutput& o : loaded.value()) {
    nlohmann::json files = nlohmann::json::array();
    for (const SourceFile& f : o.info.files) {
      files.push_back({{"path", f.path}, {"sha256", f.sha256}});
    }
    side.description.push_back({{"dataset", o.info.id},
                                {"published", o.info.publication_date},
                                {"entities", o.info.entity_count},
                                {"files", files}});
    for (const Entity& e : o.entities) side.entities.push_back(model::summarise(e));
  }
  return side;
}

std::vector<std::string> section_names(const std::vector<EntitySection>& sections) {
  std::vector<std::string> out;
  for (const EntitySection s : sections) out.emplace_back(to_string(s));
  return out;
}

void print_diff(const Side& before, const Side& after, const model::EntityDiff& diff,
                size_t limit) {
  fmt::print("old: {} entities, new: {} entities\n", before.entities.size(), after.entities.size());
  fmt::print("added {}, removed {}, changed {}, unchanged {}\n", diff.added.size(),
             diff.removed.size(), diff.changed.size(), diff.unchanged);
  const auto more = [limit](size_t total) {
    if (total > limit) fmt::print("  ... {} more (--limit, or --json for all)\n", total - limit);
  };
  for (size_t k = 0; k < diff.added.size() && k < limit; ++k) {
    fmt::print("+ {}  {}\n", diff.added[k]->id, diff.added[k]->caption);
  }
  more(diff.added.size());
  for (size_t k = 0; k < diff.removed.size() && k < limit; ++k) {
    fmt::print("- {}  {}\n", diff.removed[k]->id, diff.removed[k]->caption);
  }
  more(diff.removed.size());
  for (size_t k = 0; k < diff.changed.size() && k < limit; ++k) {
    const model::ChangedEntity& c = diff.changed[k];
    fmt::print("~ {}  {}  [{}]\n", c.after->id, c.after->caption,
               fmt::join(section_names(c.sections), ", "));
  }
  more(diff.changed.size());
}

std::unique_ptr<store::VersionStore> open_store(const std::string& path) {
  auto opened = store::VersionStore::open(path.empty() ? store::default_store_path() : path);
  if (!opened.ok()) throw CommandError{kExitDataError, opened.error().to_string()};
  return std::move(opened.value());
}

int run_diff(const CommonOptions& common, const DiffOptions& options) {
  std::vector<std::pair<Side, Side>> pairs;
  if (options.old_side.empty() != options.new_side.empty()) {
    throw CommandError{kExitUsage, "give both OLD and NEW, or neither (the store's last two)"};
  }
  if (options.old_side.empty()) {
    auto store = open_store(options.store);
    auto versions = store->versions();
    if (!versions.ok()) throw CommandError{kExitDataError, versions.error().to_string()};
    // The last two versions of each dataset, in the order datasets were first recorded.
    std::vector<std::string> datasets;
    for (const auto& v : *versions) {
      if (std::find(datasets.begin(), datasets.end(), v.dataset) == datasets.end()) {
        datasets.push_back(v.dataset);
      }
    }
    for (const std::string& dataset : datasets) {
      std::vector<int64_t> ids;
      for (const auto& v : *versions) {
        if (v.dataset == dataset) ids.push_back(v.id);
      }
      if (ids.size() < 2) continue;
      pairs.emplace_back(side_from_store(*store, ids[ids.size() - 2]),
                         side_from_store(*store, ids.back()));
    }
    if (pairs.empty()) {
      throw CommandError{kExitUsage,
                         "the version store has no dataset with two versions yet (record them "
                         "with `vigil record`), or give OLD and NEW"};
    }
  } else {
    const auto old_version = version_number(options.old_side);
    const auto new_version = version_number(options.new_side);
    std::unique_ptr<store::VersionStore> store;
    if (old_version || new_version) store = open_store(options.store);
    pairs.emplace_back(old_version ? side_from_store(*store, *old_version)
                                   : side_from_path(options.old_side, "old"),
                       new_version ? side_from_store(*store, *new_version)
                                   : side_from_path(options.new_side, "new"));
  }
  nlohmann::json all = nlohmann::json::array();
  for (const auto& [before, after] : pairs) {
    const model::EntityDiff diff = model::diff_entities(before.entities, after.entities);
    if (common.json) {
      all.push_back(store::diff_json(before.description, after.description, diff));
    } else {
      if (pairs.size() > 1) fmt::print("== {}\n", after.description[0].value("dataset", ""));
      print_diff(before, after, diff, options.limit);
    }
  }
  if (common.json) std::cout << (all.size() == 1 ? all[0] : all).dump(2) << "\n";
  return kExitOk;
}

}  // namespace

void register_diff(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff", "Entities added, removed and changed between two versions of the lists");
  cmd->add_option("old", options->old_side,
                  "The old version: a list file or directory, or a recorded version number");
  cmd->add_option("new", options->new_side,
                  "The new version: a list file or directory, or a recorded version number");
  cmd->add_option("--store", options->store,
                  "The version store (default $VIGIL_STORE, else "
                  "$XDG_DATA_HOME/vigil/versions.sqlite, else ~/.local/share/vigil/...)");
  cmd->add_option("--limit", options->limit, "Lines printed per kind (text output)")
      ->capture_default_str();
  cmd->add_flag("--json", common.json, "Print JSON instead of text");
  cmd->callback([&common, &exit_code, options] { exit_code = run_diff(common, *options); });
}

}  // namespace vigil::cli
