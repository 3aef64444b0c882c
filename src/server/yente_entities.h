// Vigil entities and matches in the shapes yente answers with, so OpenSanctions clients read
// them unchanged: an entity is its FollowTheMoney record ({"id", "caption", "schema",
// "properties", "datasets", "referents", "target", "first_seen", "last_seen", "last_change"}),
// and a match adds "score", "match", "features" and "explanations".
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "party/party_groups.h"
#include "server/entity_text_cache.h"
#include "vigil/dataset.h"
#include "vigil/screener.h"

namespace vigil::server {

// The entity's FtM record. `nested`: its facts (sanctions, documents, wallets, addresses,
// relations) are put inside its properties, each under the property that points back at the
// entity in FtM (sanctions, identification, cryptoWallets, addressEntity, ownershipOwner...),
// as yente's /entities/{id} returns them.
nlohmann::json yente_entity(const Entity& entity, const DatasetInfo* dataset, bool nested);

// The dataset `id` of the screener's lists, or nullptr.
const DatasetInfo* dataset_info(const Screener& screener, std::string_view id);

// A party as yente's merged entity: a party of one record is that record; a party of several
// has the party's id ("party-ofac_sdn-39017"), the caption and schema of its most authoritative
// record, every record's property values (each once, the most authoritative record's first),
// every record's datasets, and `referents` naming every record, as yente merges the records
// of one person or company on several lists. `nested` as yente_entity.
nlohmann::json yente_party_entity(const Screener& screener, const party::PartyGroup& party,
                                  bool nested);

// A match as one of yente's /match results.
nlohmann::json yente_result(const Match& match, const DatasetInfo* dataset);

// The same as JSON text, the entity's record taken from `records` (made and kept there on
// first use). The members are those of yente_result; only their order differs.
std::string yente_result_text(const Match& match, const DatasetInfo* dataset,
                              EntityTextCache& records);

// A match, one result per party, as the party's merged entity (yente_party_entity) with the
// match's members; the party's text taken from `parties` (keyed by its first record).
std::string yente_party_result_text(const Match& match, const Screener& screener,
                                    EntityTextCache& parties);

// JSON text as every answer writes it: one bad byte is replaced, never an exception.
std::string json_text(const nlohmann::json& value);

}  // namespace vigil::server
