#include "vigil/entity.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "model/ascii.h"

namespace vigil {

const Name* Entity::primary_name() const {
  for (const Name& name : names) {
    if (name.kind == NameKind::kPrimary) return &name;
  }
  return names.empty() ? nullptr : &names.front();
}

std::string Address::to_string() const {
  std::string out;
  auto add = [&out](const std::string& part, const char* separator) {
    if (part.empty()) return;
    if (!out.empty()) out += separator;
    out += part;
  };
  add(street, ", ");
  add(city, ", ");
  add(region, ", ");
  add(postal_code, " ");
  add(country_name.empty() ? country : country_name, ", ");
  return out;
}

std::string_view to_string(Schema schema) {
  switch (schema) {
    case Schema::kPerson: return "person";
    case Schema::kOrganization: return "organization";
    case Schema::kVessel: return "vessel";
    case Schema::kAircraft: return "aircraft";
    case Schema::kUnknown: break;
  }
  return "unknown";
}

std::string_view to_string(NameKind kind) {
  switch (kind) {
    case NameKind::kPrimary: return "primary";
    case NameKind::kAlias: return "alias";
    case NameKind::kWeakAlias: return "weak_alias";
    case NameKind::kFormer: return "former";
    case NameKind::kNativeScript: return "native_script";
  }
  return "alias";
}

std::string_view to_string(Gender gender) {
  switch (gender) {
    case Gender::kMale: return "male";
    case Gender::kFemale: return "female";
    case Gender::kUnknown: break;
  }
  return "unknown";
}

std::string_view to_string(IdentifierType type) {
  static constexpr std::array<std::string_view, 18> kNames = {
      "other", "passport",  "national_id",   "tax_id",          "registration",  "imo",
      "mmsi",  "call_sign", "aircraft_tail", "aircraft_serial", "bic",           "lei",
      "isin",  "email",     "website",       "phone",           "crypto_wallet", "driver_license"};
  const auto index = static_cast<size_t>(type);
  return index < kNames.size() ? kNames[index] : "other";
}

std::string_view to_string(RelationKind kind) {
  switch (kind) {
    case RelationKind::kLinkedTo: return "linked_to";
    case RelationKind::kOwnedBy: return "owned_by";
    case RelationKind::kControlledBy: return "controlled_by";
    case RelationKind::kAssociateOf: return "associate_of";
    case RelationKind::kFamily: return "family";
    case RelationKind::kDirectorOf: return "director_of";
  }
  return "linked_to";
}

std::optional<Gender> parse_gender(std::string_view text) {
  const std::string lower = model::lower(text);
  if (lower == "male" || lower == "m") return Gender::kMale;
  if (lower == "female" || lower == "f") return Gender::kFemale;
  if (lower == "unknown" || lower.empty()) return Gender::kUnknown;
  return std::nullopt;
}

std::optional<Schema> parse_schema(std::string_view text) {
  const std::string lower = model::lower(text);
  if (lower == "person" || lower == "individual") return Schema::kPerson;
  if (lower == "organization" || lower == "organisation" || lower == "entity" ||
      lower == "company" || lower == "legalentity") {
    return Schema::kOrganization;
  }
  if (lower == "vessel" || lower == "ship") return Schema::kVessel;
  if (lower == "aircraft" || lower == "airplane") return Schema::kAircraft;
  if (lower == "unknown" || lower == "any" || lower.empty()) return Schema::kUnknown;
  return std::nullopt;
}

std::optional<IdentifierType> parse_identifier_type(std::string_view text) {
  std::string lower = model::lower(text);
  std::replace_if(
      lower.begin(), lower.end(), [](char c) { return c == '-' || c == ' '; }, '_');
  for (size_t i = 0; i <= static_cast<size_t>(IdentifierType::kDriverLicense); ++i) {
    const auto type = static_cast<IdentifierType>(i);
    if (lower == to_string(type)) return type;
  }
  static constexpr std::pair<std::string_view, IdentifierType> kSynonyms[] = {
      {"id", IdentifierType::kOther},
      {"document", IdentifierType::kOther},
      {"nid", IdentifierType::kNationalId},
      {"national_id_number", IdentifierType::kNationalId},
      {"tax", IdentifierType::kTaxId},
      {"tin", IdentifierType::kTaxId},
      {"vat", IdentifierType::kTaxId},
      {"company_number", IdentifierType::kRegistration},
      {"registration_number", IdentifierType::kRegistration},
      {"swift", IdentifierType::kBic},
      {"swift_bic", IdentifierType::kBic},
      {"bic_swift", IdentifierType::kBic},
      {"tail", IdentifierType::kAircraftTail},
      {"tail_number", IdentifierType::kAircraftTail},
      {"msn", IdentifierType::kAircraftSerial},
      {"serial", IdentifierType::kAircraftSerial},
      {"callsign", IdentifierType::kCallSign},
      {"url", IdentifierType::kWebsite},
      {"web", IdentifierType::kWebsite},
      {"telephone", IdentifierType::kPhone},
      {"crypto", IdentifierType::kCryptoWallet},
      {"wallet", IdentifierType::kCryptoWallet},
      {"driving_licence", IdentifierType::kDriverLicense},
      {"drivers_license", IdentifierType::kDriverLicense},
  };
  for (const auto& [name, type] : kSynonyms) {
    if (lower == name) return type;
  }
  return std::nullopt;
}

std::string normalise_identifier(IdentifierType type, std::string_view value) {
  std::string out;
  out.reserve(value.size());
  const bool keep_case = type == IdentifierType::kCryptoWallet;
  const bool keep_punctuation = type == IdentifierType::kEmail || type == IdentifierType::kWebsite;
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (keep_punctuation) {
      if (!std::isspace(u)) out += static_cast<char>(std::tolower(u));
    } else if (std::isalnum(u)) {
      out += keep_case ? c : static_cast<char>(std::toupper(u));
    }
  }
  if (type == IdentifierType::kWebsite) {
    for (std::string_view scheme : {"https://", "http://"}) {
      if (out.starts_with(scheme)) out.erase(0, scheme.size());
    }
    if (out.starts_with("www.")) out.erase(0, 4);
    while (!out.empty() && out.back() == '/') out.pop_back();
  }
  return out;
}

namespace {

// Feeds every field into one streaming hash; each value is length-prefixed so that
// ("ab","c") and ("a","bc") differ.
class ContentHasher {
 public:
  ContentHasher() : state_(XXH3_createState()) { XXH3_64bits_reset(state_); }
  ~ContentHasher() { XXH3_freeState(state_); }
  ContentHasher(const ContentHasher&) = delete;
  ContentHasher& operator=(const ContentHasher&) = delete;

  void add(std::string_view text) {
    const uint64_t size = text.size();
    XXH3_64bits_update(state_, &size, sizeof size);
    XXH3_64bits_update(state_, text.data(), text.size());
  }
  void add(uint64_t number) { XXH3_64bits_update(state_, &number, sizeof number); }
  void add(const DateValue& date) {
    add(date.to_string());
    add(date.original);
  }
  [[nodiscard]] uint64_t digest() const { return XXH3_64bits_digest(state_); }

 private:
  XXH3_state_t* state_;
};

// Each section of an entity feeds the hasher in a fixed order; the content hash is all of
// them in one stream, and entity_diff compares them one by one.
void add_section(ContentHasher& h, const Entity& entity, EntitySection section) {
  switch (section) {
    case EntitySection::kIdentity:
      h.add(entity.id);
      h.add(entity.dataset);
      h.add(entity.source_id);
      h.add(static_cast<uint64_t>(entity.schema));
      return;
    case EntitySection::kNames:
      h.add(entity.names.size());
      for (const Name& n : entity.names) {
        for (const std::string* s :
             {&n.full, &n.parts.title, &n.parts.given, &n.parts.middle, &n.parts.patronymic,
              &n.parts.family, &n.script, &n.language}) {
          h.add(*s);
        }
        h.add(static_cast<uint64_t>(n.kind));
      }
      return;
    case EntitySection::kBirthDates:
      h.add(entity.birth_dates.size());
      for (const DateValue& d : entity.birth_dates) h.add(d);
      return;
    case EntitySection::kBirthPlaces:
    case EntitySection::kNationalities:
    case EntitySection::kCitizenships:
    case EntitySection::kCountries: {
      const std::vector<std::string>& list =
          section == EntitySection::kBirthPlaces     ? entity.birth_places
          : section == EntitySection::kNationalities ? entity.nationalities
          : section == EntitySection::kCitizenships  ? entity.citizenships
                                                     : entity.countries;
      h.add(list.size());
      for (const std::string& s : list) h.add(s);
      return;
    }
    case EntitySection::kGender: h.add(static_cast<uint64_t>(entity.gender)); return;
    case EntitySection::kAddresses:
      h.add(entity.addresses.size());
      for (const Address& a : entity.addresses) {
        for (const std::string* s : {&a.street, &a.city, &a.region, &a.postal_code, &a.country,
                                     &a.country_name, &a.note}) {
          h.add(*s);
        }
      }
      return;
    case EntitySection::kIdentifiers:
      h.add(entity.identifiers.size());
      for (const Identifier& i : entity.identifiers) {
        h.add(static_cast<uint64_t>(i.type));
        for (const std::string* s :
             {&i.label, &i.value, &i.country, &i.issued, &i.expires, &i.note}) {
          h.add(*s);
        }
      }
      return;
    case EntitySection::kSanctions:
      h.add(entity.sanctions.size());
      for (const Sanction& s : entity.sanctions) {
        for (const std::string* t :
             {&s.authority, &s.program, &s.legal_basis, &s.listed_on, &s.reason}) {
          h.add(*t);
        }
      }
      return;
    case EntitySection::kRelations:
      h.add(entity.relations.size());
      for (const Relation& r : entity.relations) {
        h.add(static_cast<uint64_t>(r.kind));
        h.add(r.target_id);
        h.add(r.target_name);
        h.add(r.share_percent ? std::to_string(*r.share_percent) : std::string());
      }
      return;
    case EntitySection::kProperties:
      h.add(entity.properties.size());
      for (const Property& p : entity.properties) {
        h.add(p.key);
        h.add(p.value);
      }
      return;
    case EntitySection::kRemarks: h.add(entity.remarks); return;
  }
}

}  // namespace

uint64_t compute_content_hash(const Entity& entity) {
  ContentHasher h;
  for (const EntitySection section : kEntitySections) add_section(h, entity, section);
  return h.digest();
}

uint64_t compute_section_hash(const Entity& entity, EntitySection section) {
  ContentHasher h;
  add_section(h, entity, section);
  return h.digest();
}

std::string_view to_string(EntitySection section) {
  switch (section) {
    case EntitySection::kIdentity: return "identity";
    case EntitySection::kNames: return "names";
    case EntitySection::kBirthDates: return "birth_dates";
    case EntitySection::kBirthPlaces: return "birth_places";
    case EntitySection::kNationalities: return "nationalities";
    case EntitySection::kCitizenships: return "citizenships";
    case EntitySection::kCountries: return "countries";
    case EntitySection::kGender: return "gender";
    case EntitySection::kAddresses: return "addresses";
    case EntitySection::kIdentifiers: return "identifiers";
    case EntitySection::kSanctions: return "sanctions";
    case EntitySection::kRelations: return "relations";
    case EntitySection::kProperties: return "properties";
    case EntitySection::kRemarks: return "remarks";
  }
  return "unknown";
}

}  // namespace vigil
