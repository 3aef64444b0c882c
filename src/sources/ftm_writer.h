// Writes Vigil entities as FollowTheMoney JSON lines, the inverse of parse_ftm_json: each
// party is one line, followed by one line per sanction (Sanction), per identity document
// (Passport, Identification), per crypto wallet (CryptoWallet), per address (Address) and
// per resolved relation (Ownership, Directorship, Family, Associate, UnknownLink).
//
// What FtM cannot hold is counted in the summary, never dropped silently: birth-date ranges
// and "circa" dates (written as their years), non-ISO dates, relations whose target is not a
// loaded entity, and properties with no FtM counterpart. FtM has no legal-basis property on a
// Sanction: the legal basis is written as its "provisions", and read back from there.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources {

struct FtmWriteSummary {
  size_t parties = 0;                          // entities written
  size_t lines = 0;                            // every line: parties and their facts
  std::map<std::string, size_t> not_written;   // "property vessel_owner" -> 3
  std::map<std::string, size_t> approximated;  // "birth date range written as its years" -> 2
};

// The FtM id of an entity id: "ofac_sdn:39017" -> "ofac_sdn-39017" (FtM ids avoid ':').
std::string ftm_id(std::string_view entity_id);

// The "type" an identifier's Passport or Identification record is written with: its label,
// unless the reader would take that label for another type; then nothing when a property of
// the party or the Passport schema already says the type, else the type's name
// ("driver_license"). The reader keeps the written type as the label.
std::string ftm_document_type(const Identifier& identifier, Schema holder);

// The entity as FtM records: the party first, then one record per fact (sanction, document,
// wallet, address, relation), each {"id", "schema", "properties", "datasets", "target"} and
// "last_seen" when given. What FtM cannot hold is counted in `summary`.
std::vector<nlohmann::json> ftm_lines(const Entity& entity, std::string_view last_seen,
                                      FtmWriteSummary& summary);

class FtmWriter {
 public:
  explicit FtmWriter(std::ostream& out) : out_(out) {}

  // Writes the entity and its facts. `last_seen` (the dataset's publication date, may be
  // empty) is written as each line's "last_seen", which the reader takes as the publication
  // date.
  void write(const Entity& entity, std::string_view last_seen);

  [[nodiscard]] const FtmWriteSummary& summary() const { return summary_; }

 private:
  std::ostream& out_;
  FtmWriteSummary summary_;
};

}  // namespace vigil::sources
