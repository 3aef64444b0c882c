#include "sources/ftm_schema.h"

#include <array>

#include "sources/ofac_id_types.h"

namespace vigil::sources {
namespace {

constexpr FtmSchemaRule party(std::string_view name, Schema schema) {
  return FtmSchemaRule{name, FtmRole::kParty, schema, RelationKind::kLinkedTo, {}, {}};
}

constexpr FtmSchemaRule fact(std::string_view name, FtmRole role) {
  return FtmSchemaRule{name, role, Schema::kUnknown, RelationKind::kLinkedTo, {}, {}};
}

// `subject` gets a relation of `kind` to `object`: an Ownership's asset is owned by its owner.
constexpr FtmSchemaRule relation(std::string_view name, RelationKind kind, std::string_view subject,
                                 std::string_view object) {
  return FtmSchemaRule{name, FtmRole::kRelation, Schema::kUnknown, kind, subject, object};
}

constexpr std::array kRules = {
    party("Person", Schema::kPerson),
    party("Organization", Schema::kOrganization),
    party("Company", Schema::kOrganization),
    party("PublicBody", Schema::kOrganization),
    party("LegalEntity", Schema::kUnknown),
    party("Vessel", Schema::kVessel),
    party("Airplane", Schema::kAircraft),
    fact("Sanction", FtmRole::kSanction),
    fact("Identification", FtmRole::kIdentification),
    fact("Passport", FtmRole::kIdentification),
    fact("Address", FtmRole::kAddress),
    fact("CryptoWallet", FtmRole::kCryptoWallet),
    relation("Ownership", RelationKind::kOwnedBy, "asset", "owner"),
    relation("Control", RelationKind::kControlledBy, "controlled", "controller"),
    relation("Directorship", RelationKind::kDirectorOf, "director", "organization"),
    relation("Family", RelationKind::kFamily, "person", "relative"),
    relation("Associate", RelationKind::kAssociateOf, "person", "associate"),
    relation("UnknownLink", RelationKind::kLinkedTo, "subject", "object"),
    relation("Membership", RelationKind::kLinkedTo, "member", "organization"),
    relation("Employment", RelationKind::kLinkedTo, "employee", "employer"),
    relation("Representation", RelationKind::kLinkedTo, "agent", "client"),
    relation("Succession", RelationKind::kLinkedTo, "successor", "predecessor"),
};

using IT = IdentifierType;
constexpr std::array<FtmIdentifierProperty, 30> kIdentifierProperties = {{
    {"passportNumber", IT::kPassport, ""},
    {"idNumber", IT::kNationalId, ""},
    {"socialSecurityNumber", IT::kNationalId, "SSN"},
    {"taxNumber", IT::kTaxId, ""},
    {"innCode", IT::kTaxId, "INN"},
    {"vatCode", IT::kTaxId, "VAT"},
    {"irsCode", IT::kTaxId, "IRS"},
    {"voenCode", IT::kTaxId, "VOEN"},
    {"registrationNumber", IT::kRegistration, ""},
    {"ogrnCode", IT::kRegistration, "OGRN"},
    {"uscCode", IT::kRegistration, "USCC"},
    {"licenseNumber", IT::kRegistration, "License"},
    {"dunsCode", IT::kOther, "DUNS"},
    {"okpoCode", IT::kOther, "OKPO"},
    {"bikCode", IT::kOther, "BIK"},
    {"cageCode", IT::kOther, "CAGE"},
    {"permId", IT::kOther, "PermID"},
    {"giiNumber", IT::kOther, "GIIN"},
    {"uniqueEntityId", IT::kOther, "UEI"},
    {"imoNumber", IT::kImo, ""},
    {"mmsi", IT::kMmsi, ""},
    {"callSign", IT::kCallSign, ""},
    {"serialNumber", IT::kAircraftSerial, ""},
    {"swiftBic", IT::kBic, ""},
    {"leiCode", IT::kLei, ""},
    {"isinCode", IT::kIsin, ""},
    {"email", IT::kEmail, ""},
    {"website", IT::kWebsite, ""},
    {"phone", IT::kPhone, ""},
    {"wikidataId", IT::kOther, "Wikidata"},
}};

constexpr std::array<FtmPropertyKey, 37> kPropertyKeys = {{
    {"title", "title"},
    {"position", "position"},
    {"motherName", "mother_name"},
    {"nameSuffix", "name_suffix"},
    {"deathDate", "death_date"},
    {"religion", "religion"},
    {"ethnicity", "ethnicity"},
    {"education", "education"},
    {"political", "political"},
    {"profession", "profession"},
    {"legalForm", "legal_form"},
    {"incorporationDate", "established_date"},
    {"incorporationDate", "organization_established_date"},
    {"dissolutionDate", "dissolution_date"},
    {"status", "status"},
    {"sector", "sector"},
    {"classification", "classification"},
    {"tonnage", "vessel_tonnage"},
    {"grossRegisteredTonnage", "vessel_grt"},
    {"deadweightTonnage", "vessel_dwt"},
    {"buildDate", "build_date"},
    {"buildDate", "vessel_build_year"},
    {"buildDate", "aircraft_build_date"},
    {"buildDate", "aircraft_manufacture_date"},
    {"registrationPort", "vessel_registration_port"},
    {"pastTypes", "vessel_type_former"},
    {"model", "aircraft_model"},
    {"manufacturer", "aircraft_manufacturer"},
    {"icaoCode", "aircraft_icao_type"},
    {"sourceUrl", "source_url"},
    {"keywords", "keyword"},
    {"topics", "topic"},
    {"programId", "program_id"},
    {"modifiedAt", "last_updated"},
    {"modifiedAt", "last_day_updated"},
    {"createdAt", "created"},
    {"publisher", "publisher"},
}};

// Which parties an FtM identifier property belongs to.
enum class Holders : uint8_t {
  kPerson,
  kLegalEntity,
  kAnyParty,
  kVessel,
  kVesselOrOrganization,
  kAircraft
};

struct IdentifierPlacement {
  IdentifierType type;
  std::string_view property;
  Holders holders;
};
constexpr std::array<IdentifierPlacement, 14> kPlacements = {{
    {IT::kPassport, "passportNumber", Holders::kPerson},
    {IT::kNationalId, "idNumber", Holders::kLegalEntity},
    {IT::kTaxId, "taxNumber", Holders::kLegalEntity},
    {IT::kRegistration, "registrationNumber", Holders::kAnyParty},
    {IT::kImo, "imoNumber", Holders::kVesselOrOrganization},
    {IT::kMmsi, "mmsi", Holders::kVessel},
    {IT::kCallSign, "callSign", Holders::kVessel},
    {IT::kAircraftTail, "registrationNumber", Holders::kAircraft},
    {IT::kAircraftSerial, "serialNumber", Holders::kAircraft},
    {IT::kBic, "swiftBic", Holders::kLegalEntity},
    {IT::kLei, "leiCode", Holders::kLegalEntity},
    {IT::kEmail, "email", Holders::kLegalEntity},
    {IT::kWebsite, "website", Holders::kLegalEntity},
    {IT::kPhone, "phone", Holders::kLegalEntity},
}};

bool holds(Holders holders, Schema schema) {
  switch (holders) {
    case Holders::kPerson: return schema == Schema::kPerson;
    case Holders::kLegalEntity: return schema != Schema::kVessel && schema != Schema::kAircraft;
    case Holders::kAnyParty: return true;
    case Holders::kVessel: return schema == Schema::kVessel;
    case Holders::kVesselOrOrganization:
      return schema == Schema::kVessel || schema == Schema::kOrganization;
    case Holders::kAircraft: return schema == Schema::kAircraft;
  }
  return false;
}

}  // namespace

std::span<const FtmIdentifierProperty> ftm_identifier_properties() { return kIdentifierProperties; }

std::span<const FtmPropertyKey> ftm_property_keys() { return kPropertyKeys; }

std::optional<std::string_view> ftm_identifier_property(IdentifierType type, Schema schema) {
  // Registration numbers of aircraft are their tail marks: the aircraft row comes first.
  if (type == IT::kRegistration && schema == Schema::kAircraft) return std::nullopt;
  for (const IdentifierPlacement& placement : kPlacements) {
    if (placement.type == type && holds(placement.holders, schema)) return placement.property;
  }
  return std::nullopt;
}

std::optional<FtmSchemaRule> ftm_schema_rule(std::string_view schema) {
  for (const FtmSchemaRule& rule : kRules) {
    if (rule.schema == schema) return rule;
  }
  return std::nullopt;
}

IdentifierType ftm_identification_type(std::string_view schema, std::string_view type) {
  if (schema == "Passport") return IdentifierType::kPassport;
  if (const std::optional<IdentifierType> named = parse_identifier_type(type)) return *named;
  return ofac_identifier_type(type);
}

std::string_view ftm_schema_of(Schema schema) {
  switch (schema) {
    case Schema::kPerson: return "Person";
    case Schema::kOrganization: return "Organization";
    case Schema::kVessel: return "Vessel";
    case Schema::kAircraft: return "Airplane";
    case Schema::kUnknown: break;
  }
  return "LegalEntity";
}

}  // namespace vigil::sources
