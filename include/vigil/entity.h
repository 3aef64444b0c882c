// The entity model: one shape for every designated party from every list.
// Every fact an official file states and a screener or investigator could use has a field;
// nothing is flattened into a text blob that matching cannot see.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/date.h"

namespace vigil {

enum class Schema : uint8_t { kUnknown, kPerson, kOrganization, kVessel, kAircraft };

enum class NameKind : uint8_t {
  kPrimary,       // the list's main name for the entity
  kAlias,         // a strong alias ("a.k.a.", UN quality "Good")
  kWeakAlias,     // a weak alias (OFAC quoted 'a.k.a.', UN quality "Low")
  kFormer,        // "f.k.a.", a former name
  kNativeScript,  // the name in its original script (UN NAME_ORIGINAL_SCRIPT)
};

// The parts of a name where the list tells them apart; empty parts are unknown.
struct NameParts {
  std::string title;  // honorific or rank stated separately ("Dr", "Seyed", "General")
  std::string given;  // first name(s)
  std::string middle;
  std::string patronymic;  // Slavic or Arabic father's name where stated separately
  std::string family;      // last name(s), OFAC's part before the comma
};

struct Name {
  std::string full;  // as the list writes it, in natural order where known
  NameParts parts;
  NameKind kind = NameKind::kPrimary;
  std::string script;    // ISO 15924 code of the dominant script ("Latn", "Arab", "Cyrl"...)
  std::string language;  // ISO 639 code where the list states it, else empty
};

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

struct Address {
  std::string street;
  std::string city;
  std::string region;  // state, province
  std::string postal_code;
  std::string country;       // ISO 3166-1 alpha-2, empty if unknown
  std::string country_name;  // as the list writes it
  std::string note;

  // One line with the known parts, "street, city, region postal, country".
  [[nodiscard]] std::string to_string() const;
};

enum class IdentifierType : uint8_t {
  kOther,
  kPassport,
  kNationalId,
  kTaxId,
  kRegistration,  // company / business registration, incl. OGRN, USCC, trade licence
  kImo,           // vessel or company IMO number
  kMmsi,
  kCallSign,
  kAircraftTail,    // tail / registration mark
  kAircraftSerial,  // manufacturer's serial number (MSN)
  kBic,             // SWIFT/BIC
  kLei,
  kIsin,
  kEmail,
  kWebsite,
  kPhone,
  kCryptoWallet,  // `label` holds the currency code (XBT, ETH, USDT...)
  kDriverLicense,
};

struct Identifier {
  IdentifierType type = IdentifierType::kOther;
  std::string label;       // the list's own label ("C.U.R.P.", "Tax ID No.", "XBT")
  std::string value;       // as written
  std::string normalised;  // upper case, no spaces or separators (see normalise_identifier)
  std::string country;     // ISO 3166-1 alpha-2 of the issuer, empty if unknown
  std::string issued;      // date text as written, if any
  std::string expires;
  std::string note;
};

struct Sanction {
  std::string authority;    // "OFAC", "UN Security Council"
  std::string program;      // "IRAN-HR", "SDGT", "DRC"
  std::string legal_basis;  // "E.O. 13553", "UNSCR 1533"
  std::string listed_on;    // ISO date where known
  std::string reason;
};

enum class RelationKind : uint8_t {
  kLinkedTo,
  kOwnedBy,
  kControlledBy,
  kAssociateOf,
  kFamily,
  kDirectorOf
};

struct Relation {
  RelationKind kind = RelationKind::kLinkedTo;
  std::string target_id;    // an entity id in the same dataset when resolved, else empty
  std::string target_name;  // the name as the list wrote it
  std::optional<double> share_percent;
};

// A fact that has no dedicated field: vessel flag, tonnage, organisation type,
// established date, position held... Keys are stable snake_case ("vessel_flag").
struct Property {
  std::string key;
  std::string value;
};

struct Entity {
  std::string id;         // globally unique: "<dataset>:<source_id>"
  std::string dataset;    // "ofac_sdn", "ofac_cons", "un_sc"
  std::string source_id;  // the list's own identifier (OFAC ent_num/uid, UN DATAID)
  Schema schema = Schema::kUnknown;
  std::vector<Name> names;
  std::vector<DateValue> birth_dates;
  std::vector<std::string> birth_places;
  std::vector<std::string> nationalities;  // ISO 3166-1 alpha-2
  std::vector<std::string> citizenships;   // ISO 3166-1 alpha-2
  std::vector<std::string> countries;      // other linked countries (addresses, registration)
  Gender gender = Gender::kUnknown;
  std::vector<Address> addresses;
  std::vector<Identifier> identifiers;
  std::vector<Sanction> sanctions;
  std::vector<Relation> relations;
  std::vector<Property> properties;
  std::string remarks;  // the list's remarks, kept verbatim
  uint64_t content_hash = 0;

  // The primary name (the first kPrimary, else the first name), empty if none.
  [[nodiscard]] const Name* primary_name() const;
};

std::string_view to_string(Schema schema);
std::string_view to_string(NameKind kind);
std::string_view to_string(Gender gender);
std::string_view to_string(IdentifierType type);
std::string_view to_string(RelationKind kind);
// Accepts the names above and common synonyms ("individual", "entity", "company", "ship").
std::optional<Schema> parse_schema(std::string_view text);
// "male"/"m"/"female"/"f" (any case); "unknown" or empty is kUnknown; nullopt otherwise.
std::optional<Gender> parse_gender(std::string_view text);

// Accepts the names above ("passport", "imo", "crypto_wallet"...) and common synonyms
// ("swift", "tail", "msn", "url", "wallet"), case-insensitive, '-' or ' ' for '_'.
std::optional<IdentifierType> parse_identifier_type(std::string_view text);

// Upper case ASCII letters and digits only: "AB 12-345" -> "AB12345". Emails and websites
// are lower-cased and keep their punctuation; crypto wallets keep their case.
std::string normalise_identifier(IdentifierType type, std::string_view value);

// A stable 64-bit hash of every field but content_hash itself: equal iff the content is equal.
uint64_t compute_content_hash(const Entity& entity);

// The groups of an entity's fields, as a diff reports what changed.
enum class EntitySection : uint8_t {
  kIdentity,  // id, dataset, source id, schema
  kNames,
  kBirthDates,
  kBirthPlaces,
  kNationalities,
  kCitizenships,
  kCountries,
  kGender,
  kAddresses,
  kIdentifiers,
  kSanctions,
  kRelations,
  kProperties,
  kRemarks,
};
inline constexpr EntitySection kEntitySections[] = {
    EntitySection::kIdentity,    EntitySection::kNames,         EntitySection::kBirthDates,
    EntitySection::kBirthPlaces, EntitySection::kNationalities, EntitySection::kCitizenships,
    EntitySection::kCountries,   EntitySection::kGender,        EntitySection::kAddresses,
    EntitySection::kIdentifiers, EntitySection::kSanctions,     EntitySection::kRelations,
    EntitySection::kProperties,  EntitySection::kRemarks};
// The hash of one section alone.
uint64_t compute_section_hash(const Entity& entity, EntitySection section);
std::string_view to_string(EntitySection section);

}  // namespace vigil
