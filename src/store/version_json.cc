#include "store/version_json.h"

#include <string>
#include <vector>

namespace vigil::store {

using nlohmann::json;

json to_json(const VersionRecord& version) {
  json files = json::array();
  for (const SourceFile& f : version.files) {
    files.push_back(
        {{"path", f.path}, {"format", f.format}, {"bytes", f.bytes}, {"sha256", f.sha256}});
  }
  return {{"version", version.id},
          {"dataset", version.dataset},
          {"title", version.title},
          {"published", version.publication_date},
          {"recorded_at", version.recorded_at},
          {"load_seconds", version.load_seconds},
          {"entities", version.entity_count},
          {"skipped_records", version.skipped_records},
          {"files", files}};
}

json diff_json(const json& old_side, const json& new_side, const model::EntityDiff& diff) {
  json out = {{"old", old_side},        {"new", new_side},          {"unchanged", diff.unchanged},
              {"added", json::array()}, {"removed", json::array()}, {"changed", json::array()}};
  for (const auto* e : diff.added) out["added"].push_back({{"id", e->id}, {"caption", e->caption}});
  for (const auto* e : diff.removed) {
    out["removed"].push_back({{"id", e->id}, {"caption", e->caption}});
  }
  for (const model::ChangedEntity& c : diff.changed) {
    json sections = json::array();
    for (const EntitySection s : c.sections) sections.push_back(std::string(to_string(s)));
    out["changed"].push_back(
        {{"id", c.after->id}, {"caption", c.after->caption}, {"sections", std::move(sections)}});
  }
  return out;
}

}  // namespace vigil::store
