// vigil diff OLD NEW: which entities two versions of the lists add, remove and change, and which
// sections of each changed entity differ. OLD and NEW are each a list file or a directory.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "model/entity_diff.h"
#include "sources/loader.h"

namespace vigil::cli {
namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  size_t limit = 50;  // lines printed per kind in text mode
};

std::vector<ParseOutput> load_or_throw(const std::vector<std::string>& paths, const char* side) {
  auto loaded = sources::load_sources(paths);
  if (!loaded.ok()) {
    throw CommandError{kExitDataError, std::string("cannot load the ") + side +
                                           " lists: " + loaded.error().to_string()};
  }
  return std::move(loaded.value());
}

std::vector<const Entity*> entities_of(const std::vector<ParseOutput>& outputs) {
  std::vector<const Entity*> out;
  for (const ParseOutput& output : outputs) {
    for (const Entity& e : output.entities) out.push_back(&e);
  }
  return out;
}

std::string caption(const Entity& e) {
  const Name* name = e.primary_name();
  return name == nullptr ? std::string() : name->full;
}

std::vector<std::string> section_names(const std::vector<EntitySection>& sections) {
  std::vector<std::string> out;
  for (const EntitySection s : sections) out.emplace_back(to_string(s));
  return out;
}

nlohmann::json versions_json(const std::vector<ParseOutput>& outputs) {
  nlohmann::json out = nlohmann::json::array();
  for (const ParseOutput& o : outputs) {
    nlohmann::json files = nlohmann::json::array();
    for (const SourceFile& f : o.info.files)
      files.push_back({{"path", f.path}, {"sha256", f.sha256}});
    out.push_back({{"id", o.info.id},
                   {"published", o.info.publication_date},
                   {"entities", o.info.entity_count},
                   {"files", files}});
  }
  return out;
}

int run_diff(const CommonOptions& common, const DiffOptions& options) {
  const std::vector<ParseOutput> before = load_or_throw({options.old_path}, "old");
  const std::vector<ParseOutput> after = load_or_throw({options.new_path}, "new");
  const std::vector<const Entity*> old_entities = entities_of(before);
  const std::vector<const Entity*> new_entities = entities_of(after);
  const model::EntityDiff diff = model::diff_entities(old_entities, new_entities);
  if (common.json) {
    nlohmann::json out = {
        {"old", versions_json(before)},       {"new", versions_json(after)},
        {"unchanged", diff.unchanged},        {"added", nlohmann::json::array()},
        {"removed", nlohmann::json::array()}, {"changed", nlohmann::json::array()}};
    for (const Entity* e : diff.added)
      out["added"].push_back({{"id", e->id}, {"caption", caption(*e)}});
    for (const Entity* e : diff.removed) {
      out["removed"].push_back({{"id", e->id}, {"caption", caption(*e)}});
    }
    for (const model::ChangedEntity& c : diff.changed) {
      out["changed"].push_back({{"id", c.after->id},
                                {"caption", caption(*c.after)},
                                {"sections", section_names(c.sections)}});
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  fmt::print("old: {} entities, new: {} entities\n", old_entities.size(), new_entities.size());
  fmt::print("added {}, removed {}, changed {}, unchanged {}\n", diff.added.size(),
             diff.removed.size(), diff.changed.size(), diff.unchanged);
  const auto more = [&options](size_t total) {
    if (total > options.limit) {
      fmt::print("  ... {} more (--limit, or --json for all)\n", total - options.limit);
    }
  };
  for (size_t k = 0; k < diff.added.size() && k < options.limit; ++k) {
    fmt::print("+ {}  {}\n", diff.added[k]->id, caption(*diff.added[k]));
  }
  more(diff.added.size());
  for (size_t k = 0; k < diff.removed.size() && k < options.limit; ++k) {
    fmt::print("- {}  {}\n", diff.removed[k]->id, caption(*diff.removed[k]));
  }
  more(diff.removed.size());
  for (size_t k = 0; k < diff.changed.size() && k < options.limit; ++k) {
    const model::ChangedEntity& c = diff.changed[k];
    fmt::print("~ {}  {}  [{}]\n", c.after->id, caption(*c.after),
               fmt::join(section_names(c.sections), ", "));
  }
  more(diff.changed.size());
  return kExitOk;
}

}  // namespace

void register_diff(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff", "Entities added, removed and changed between two versions of the lists");
  cmd->add_option("old", options->old_path, "The old version: a list file or directory")
      ->required();
  cmd->add_option("new", options->new_path, "The new version: a list file or directory")
      ->required();
  cmd->add_option("--limit", options->limit, "Lines printed per kind (text output)")
      ->capture_default_str();
  cmd->add_flag("--json", common.json, "Print JSON instead of text");
  cmd->callback([&common, &exit_code, options] { exit_code = run_diff(common, *options); });
}

}  // namespace vigil::cli
