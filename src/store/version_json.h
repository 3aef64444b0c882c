// The JSON shapes of recorded versions and of diffs, shared by `vigil versions`, `vigil diff`
// and the HTTP API, so that one field has one name everywhere.
#pragma once

#include <nlohmann/json.hpp>

#include "model/entity_diff.h"
#include "store/version_store.h"

namespace vigil::store {

// {"version", "dataset", "title", "published", "recorded_at", "load_seconds", "entities",
//  "skipped_records", "files": [{"path", "format", "bytes", "sha256"}]}
nlohmann::json to_json(const VersionRecord& version);

// {"old", "new" (as given), "unchanged", "added"/"removed": [{"id", "caption"}],
//  "changed": [{"id", "caption", "sections"}]}
nlohmann::json diff_json(const nlohmann::json& old_side, const nlohmann::json& new_side,
                         const model::EntityDiff& diff);

}  // namespace vigil::store
