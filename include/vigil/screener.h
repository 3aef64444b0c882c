// Screening: is this name (with optional type, birth date and country) a listed party?
// A Screener owns one immutable snapshot of loaded lists and its index; it is safe to call
// from many threads at once. Same query + same snapshot = same result, bit for bit.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "vigil/dataset.h"
#include "vigil/entity.h"
#include "vigil/match.h"
#include "vigil/query.h"
#include "vigil/result.h"

namespace vigil {

namespace model {
class BinaryWriter;
class BinaryReader;
}  // namespace model
namespace party {
class PartyGroups;
struct PartyGroup;
}  // namespace party

class Screener {
 public:
  // Builds the index over every entity of every dataset. Takes ownership of the entities.
  static Result<std::shared_ptr<const Screener>> build(std::vector<ParseOutput> datasets);
  ~Screener();
  Screener(const Screener&) = delete;
  Screener& operator=(const Screener&) = delete;

  // Invalid queries (no name and no identifier, invalid UTF-8, absurd length, an identifier
  // that fails its check digit or is too short) are errors, never crashes.
  Result<ScreenResult> screen(const Query& query) const;

  // Scores `query` against one candidate name as if it were a list entry of
  // `candidate_schema`, with token weights taken from this screener's lists. A person's name
  // written family name first, "KHATIB, Esmail", states its parts as OFAC's lists do.
  Result<Match> compare(const Query& query, std::string_view candidate,
                        Schema candidate_schema) const;
  // The same for a name with its parts: where they tell given and family names apart, the
  // family name weighs more, as it does for list names.
  Result<Match> compare(const Query& query, const Name& candidate, Schema candidate_schema) const;

  // How many loaded entities `lists` selects; an error names a dataset or program that no
  // loaded entity carries.
  Result<size_t> selected_entity_count(const ListSelection& lists) const;

  [[nodiscard]] const std::vector<DatasetInfo>& datasets() const;
  [[nodiscard]] size_t entity_count() const;
  [[nodiscard]] size_t name_count() const;
  // The entity with this id ("ofac_sdn:39017"), or nullptr.
  [[nodiscard]] std::shared_ptr<const Entity> find_entity(std::string_view id) const;
  // Every loaded entity, datasets in load order, each in its list's order; valid as long as
  // the screener is. Index i is the entity index the index and party grouping use.
  [[nodiscard]] std::span<const std::shared_ptr<const Entity>> entities() const;
  // The parties of the loaded lists, grouped when they were loaded (src/party/party_groups.h).
  [[nodiscard]] const party::PartyGroups& parties() const;
  // The party of the entity with this id, or of the party with this id ("party:ofac_sdn:39017");
  // nullptr when neither is loaded.
  [[nodiscard]] const party::PartyGroup* find_party(std::string_view id) const;
  [[nodiscard]] double index_build_seconds() const;

  // The built screener as bytes and back, for the compiled snapshot (see
  // src/screen/compiled_snapshot.h): a screener read back gives bit for bit the results of the
  // one that wrote it; damaged or inconsistent bytes are an error, never trusted.
  void write_state(model::BinaryWriter& out) const;
  static Result<std::shared_ptr<const Screener>> read_state(model::BinaryReader& in);

  class Impl;

 private:
  explicit Screener(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigil
