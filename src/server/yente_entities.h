// Vigil entities and matches in the shapes yente answers with, so OpenSanctions clients read
// them unchanged: an entity is its FollowTheMoney record ({"id", "caption", "schema",
// "properties", "datasets", "referents", "target", "first_seen", "last_seen", "last_change"}),
// and a match adds "score", "match", "features" and "explanations".
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "server/entity_text_cache.h"
#include "vigil/dataset.h"
#include "vigil/screener.h"

namespace vigil::server {

// The entity's FtM record. `nested`: its facts (sanctions, documents, wallets, addresses,
// relations) are put inside its properties, each under the property that points back at the
// entity in FtM (sanctions, identification, cryptoWallets, addressEntity, ownershipOwner...),
// as yente's /entities/{id} returns them.
nlohmann::json yente_entity(const Entity& entity, const DatasetInfo* dataset, bool nested);

// A match as one of yente's /match results.
nlohmann::json yente_result(const Match& match, const DatasetInfo* dataset);

// The same as JSON text, the entity's record taken from `records` (made and kept there on
// first use). The members are those of yente_result; only their order differs.
std::string yente_result_text(const Match& match, const DatasetInfo* dataset,
                              EntityTextCache& records);

// JSON text as every answer writes it: one bad byte is replaced, never an exception.
std::string json_text(const nlohmann::json& value);

}  // namespace vigil::server
