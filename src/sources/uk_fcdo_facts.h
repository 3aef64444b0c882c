// The facts of one designation of the UK Sanctions List (FCDO), added to the entity model in
// one way whichever format (XML or CSV) states them. Every add_ ignores empty values and values
// the designation has already: the CSV repeats a designation's facts on each of its rows.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources::uk_fcdo {

// A fact that one value states, named as the XML element and the CSV column name it.
enum class Fact : uint8_t {
  kLastUpdated,
  kOfsiGroupId,
  kUnReference,
  kTitle,
  kRegime,
  kDesignationSource,
  kSanctionsImposed,  // "Asset freeze|Travel Ban"
  kOtherInformation,
  kStatementOfReasons,
  kDateDesignated,
  kPhone,
  kEmail,
  kWebsite,
  kBirthDate,  // "01/03/1958", "dd/mm/1945"
  kNationality,
  kPosition,
  kGender,
  kTypeOfEntity,
  kSubsidiary,
  kParentCompany,
  kBusinessRegistration,
  kImo,
  kOwnerOperator,
  kPreviousOwnerOperator,
  kFlag,
  kPreviousFlag,
  kTypeOfShip,
  kTonnage,
  kLength,
  kYearBuilt,
  kHullIdentification,
};

// A name: Name1..Name5 are given and middle names, Name6 the family name (or the whole name
// of an entity or ship); NameType "Primary Name", "Primary name variation" or "Alias", and an
// alias's strength "Good quality a.k.a" or "Low quality a.k.a".
struct NameFields {
  std::array<std::string, 6> parts;
  std::string type;
  std::string strength;
};

struct NonLatinNameFields {
  std::string name;
  std::string language;  // "Russian", "Arabic"
};

struct AddressFields {
  std::array<std::string, 6> lines;  // AddressLine1..6; the sixth is usually the town
  std::string postal_code;
  std::string country;
};

enum class Document : uint8_t { kPassport, kNationalId };

class DesignationBuilder {
 public:
  // `designation_type` is "Individual", "Entity" or "Ship".
  DesignationBuilder(std::string_view dataset_id, std::string_view unique_id,
                     std::string_view designation_type);

  [[nodiscard]] Schema schema() const { return entity_.schema; }

  void add(Fact fact, std::string_view value);
  void add_name(const NameFields& fields);
  void add_non_latin_name(const NonLatinNameFields& fields);
  void add_address(const AddressFields& fields);
  void add_document(Document document, std::string_view number, std::string_view details);
  void add_birth_place(std::string_view town, std::string_view country);

  // What could not be read as stated ("unrecognised date of birth 'x' kept as text"), for
  // diagnostics.
  [[nodiscard]] const std::vector<std::string>& warnings() const { return warnings_; }

  // The entity: the primary name first (the first Latin name when none is marked), then the
  // other Latin names, then the native-script ones; one sanction per regime; identifiers,
  // relations and properties grouped by type, kind and key, so that both formats give the
  // same order.
  // content_hash is left to the caller. REQUIRES: called once, after every add.
  Entity finish();

 private:
  bool is_new(Fact fact, std::string_view value);
  void add_identifier(IdentifierType type, std::string label, std::string_view value);
  void add_relation(RelationKind kind, std::string_view name);
  void add_birth_date(std::string_view text);
  void add_nationality(std::string_view text);
  void add_text_property(Fact fact, std::string_view value);

  Entity entity_;
  std::set<std::pair<Fact, std::string>> seen_;
  std::vector<std::string> regimes_;
  std::vector<std::string> titles_;
  std::string date_designated_;
  std::string reasons_;
  std::vector<std::string> warnings_;
};

// The day-first dates of the list ("25/01/2001") as ISO; empty when not a date.
std::string iso_date(std::string_view text);

}  // namespace vigil::sources::uk_fcdo
