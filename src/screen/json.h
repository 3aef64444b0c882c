// The JSON shapes of entities, matches and datasets shared by every front end (CLI --json,
// batch JSON lines, later the HTTP API), so that one field has one name everywhere.
#pragma once

#include <nlohmann/json.hpp>

#include "vigil/dataset.h"
#include "vigil/screener.h"

namespace vigil::screen {

nlohmann::json to_json(const Entity& entity);
nlohmann::json to_json(const DatasetInfo& info);
// How much of a match's explanation to give: the text with the adjustments and identifier hits,
// or also every token alignment, the unmatched tokens and their masses.
enum class ExplanationDetail { kSummary, kTermByTerm };

// A match as a batch line item: entity_id, dataset, source_id, name, matched_name, score,
// match, explanation, and programs.
nlohmann::json to_json(const Match& match,
                       ExplanationDetail detail = ExplanationDetail::kTermByTerm);
// The human-readable one-paragraph explanation of a match.
std::string explain_text(const Match& match);

}  // namespace vigil::screen
