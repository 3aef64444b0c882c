// What each FollowTheMoney schema means for Vigil's model: a party to screen (Person,
// Company, Vessel...), a fact about one (Sanction, Passport, Address, CryptoWallet), or a
// relation between two (Ownership, Family, Directorship...). Shared by the FtM reader and
// writer so that both sides agree.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "vigil/entity.h"

namespace vigil::sources {

enum class FtmRole : uint8_t {
  kParty,           // becomes an Entity
  kSanction,        // property "entity" names the sanctioned party
  kIdentification,  // Identification, Passport: property "holder"
  kAddress,         // referenced from a party's "addressEntity"
  kCryptoWallet,    // property "holder"
  kRelation,        // an edge between two parties
};

struct FtmSchemaRule {
  std::string_view schema;  // the FtM schema name, "Ownership"
  FtmRole role = FtmRole::kParty;
  Schema party_schema = Schema::kUnknown;  // for kParty
  RelationKind relation = RelationKind::kLinkedTo;
  std::string_view subject;  // for kRelation: the property naming the party that gets the relation
  std::string_view object;   // ...and the property naming the related party
};

// The rule for an FtM schema; nullopt for schemas Vigil does not read (Document, Payment...).
std::optional<FtmSchemaRule> ftm_schema_rule(std::string_view schema);

// An FtM property holding an identifier, and the type and label Vigil gives it. `label` is
// empty for the generic properties (passportNumber, idNumber...).
struct FtmIdentifierProperty {
  std::string_view property;
  IdentifierType type;
  std::string_view label;
};
std::span<const FtmIdentifierProperty> ftm_identifier_properties();

// The property an identifier of `type` is written to on a party of `schema`, as the FtM
// schemas allow it; nullopt when FtM has none there (it is then written as an Identification,
// or a CryptoWallet).
std::optional<std::string_view> ftm_identifier_property(IdentifierType type, Schema schema);

// An FtM property kept as a Vigil property (Entity::properties) under `key`. Several keys
// may share a property (the parsers name some facts differently); reading uses the first.
struct FtmPropertyKey {
  std::string_view property;
  std::string_view key;
};
std::span<const FtmPropertyKey> ftm_property_keys();

// The identifier type an Identification or Passport record states: a Passport is a passport;
// an Identification's "type" is read as a type name ("driver_license") or as a list's label
// ("Cedula No.", "Driving license"; OpenSanctions keeps the lists' own labels, so OFAC's
// label table serves), else kOther.
IdentifierType ftm_identification_type(std::string_view schema, std::string_view type);

// The FtM schema a Vigil party is written as: Person, Organization, Vessel, Airplane, and
// LegalEntity when the kind is unknown.
std::string_view ftm_schema_of(Schema schema);

}  // namespace vigil::sources
