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
#include "vigil/result.h"

namespace vigil {

namespace model {
class BinaryWriter;
class BinaryReader;
}  // namespace model

// The default alert threshold: a result at or above it is a match to review. Chosen from the
// measured precision/recall curve (docs/matching.md).
inline constexpr double kDefaultThreshold = 0.85;

// An identifier given with a query. A listed identifier equal to it (same family of types,
// same number however written, same issuing country when both state one) is a match on its
// own: the entity is returned with score 1.0 whatever its name scores.
struct QueryIdentifier {
  IdentifierType type = IdentifierType::kOther;  // kOther: compare with every type
  std::string value;                             // as written ("IMO 9116412", "D 1017-310")
  std::string country;  // issuing country, ISO 3166-1 alpha-2 or a name; optional
};

// Which lists to screen against: dataset ids ("ofac_sdn") and programs ("IRAN-HR"), matched
// case-insensitively; a name no loaded entity carries is an error. Empty include lists mean
// all. An entity is dropped by exclude_programs only when every program it is listed under is
// excluded (a party under IRAN-HR and SDGT stays when only SDGT is excluded).
struct ListSelection {
  std::vector<std::string> datasets;
  std::vector<std::string> exclude_datasets;
  std::vector<std::string> programs;
  std::vector<std::string> exclude_programs;
  [[nodiscard]] bool empty() const {
    return datasets.empty() && exclude_datasets.empty() && programs.empty() &&
           exclude_programs.empty();
  }
};

struct Query {
  std::string name;  // any script; required unless identifiers are given
  std::vector<QueryIdentifier> identifiers;
  Schema schema = Schema::kUnknown;     // kUnknown matches every type
  std::optional<DateValue> birth_date;  // persons only
  std::string country;                  // ISO 3166-1 alpha-2 (or a name; resolved)
  Gender gender = Gender::kUnknown;     // persons only
  double threshold = kDefaultThreshold;
  size_t limit = 10;       // most results returned
  double min_score = 0.5;  // results below this are not returned at all
  ListSelection lists;     // every loaded list unless narrowed
};

// One query token aligned with one list token.
struct TokenAlignment {
  std::string query_token;  // normalised; two tokens joined by a space when kind is "joined"
  std::string list_token;
  std::string kind;  // exact, equivalent, phonetic, spelling, initial, joined
  double similarity = 0;
  double weight = 0;    // how much this token counts (rare tokens count more)
  double evidence = 0;  // what the similarity is worth as evidence (0..1)
  double mass = 0;      // the pair's share of the name score's denominator
  // "family" or "given" where the list tells a person's name parts apart, else empty.
  std::string list_role;
};

// What a secondary attribute (type, birth date, country, name kind) or an identifier did to
// the score.
struct Adjustment {
  std::string feature;  // "schema", "birth_date", "country", "weak_alias", "identifier"
  double delta = 0;     // added to the name score
  std::string reason;
};

// A query identifier equal to one of the entity's listed identifiers.
struct IdentifierHit {
  QueryIdentifier query;
  Identifier listed;
};

struct Match {
  std::shared_ptr<const Entity> entity;
  std::string matched_name;  // the list name (primary or alias) that scored best
  NameKind matched_name_kind = NameKind::kPrimary;
  double name_score = 0;  // 0..1 from the names alone
  double score = 0;       // 0..1 after adjustments
  bool is_match = false;  // score >= query threshold
  std::vector<TokenAlignment> alignments;
  std::vector<std::string> unmatched_query_tokens;
  std::vector<std::string> unmatched_list_tokens;
  std::vector<std::string> unmatched_list_roles;  // as TokenAlignment::list_role
  // The name score as a sum: name_score = Σ alignment evidence × mass / name_mass, where
  // name_mass adds every alignment's mass and what each leftover token was charged.
  std::vector<double> unmatched_query_mass;
  std::vector<double> unmatched_list_mass;
  double name_mass = 0;
  std::vector<Adjustment> adjustments;
  std::vector<IdentifierHit> identifier_hits;  // non-empty: a match on its own (score 1.0)
};

struct ScreenResult {
  std::string normalised_query;
  std::vector<Match> matches;  // best first; ties broken by entity id
};

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
