#include "sources/ftm_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "model/ascii.h"
#include "model/country.h"
#include "sources/ftm_schema.h"

namespace vigil::sources {
namespace {

using Json = nlohmann::json;

// A year range up to this long is written as each of its years; a longer one as its ends.
constexpr int kMaxRangeYears = 10;

// Vigil properties written other than through ftm_property_keys(): flags are country codes
// in FtM; a vehicle's type is its "type"; where the entity came from is the line's
// "datasets" and "target" (an empty property).
struct SpecialKey {
  std::string_view key;
  std::string_view property;
  bool country = false;
};
constexpr std::array<SpecialKey, 9> kSpecialKeys = {{
    {"vessel_flag", "flag", true},
    {"vessel_flag_code", "flag", true},
    {"vessel_flag_former", "pastFlags", true},
    {"former_vessel_flag", "pastFlags", true},
    {"former_vessel_flag_code", "pastFlags", true},
    {"vessel_type", "type", false},
    {"aircraft_type", "type", false},
    {"source_dataset", "", false},
    {"ftm_target", "", false},
}};

// One FtM line under construction.
struct Record {
  std::string id;
  std::string_view schema;
  Json properties = Json::object();

  void add(std::string_view property, std::string value) {
    if (value.empty()) return;
    Json& values = properties[std::string(property)];
    if (values.is_null()) values = Json::array();
    if (std::find(values.begin(), values.end(), value) == values.end()) {
      values.push_back(std::move(value));
    }
  }
};

std::string ftm_country_code(std::string_view alpha2) { return model::lower(alpha2); }

// ISO text of a date Vigil holds as written ("10 Jan 2010" -> "2010-01-10"); empty when it
// is no single date.
std::string iso_date(std::string_view text) {
  const std::optional<DateValue> date = parse_date(text);
  if (!date || date->is_range()) return {};
  return date->from.to_iso();
}

class PartyWriter {
 public:
  PartyWriter(const Entity& entity, FtmWriteSummary& summary)
      : entity_(entity), summary_(summary), self_(ftm_id(entity.id)) {
    party_.id = self_;
    party_.schema = ftm_schema_of(entity.schema);
  }

  std::vector<Record> records() {
    write_names();
    write_person_facts();
    write_countries();
    write_identifiers();
    write_addresses();
    write_sanctions();
    write_relations();
    write_properties();
    party_.add("notes", entity_.remarks);
    std::vector<Record> out;
    out.push_back(std::move(party_));
    for (Record& fact : facts_) out.push_back(std::move(fact));
    return out;
  }

  [[nodiscard]] Json datasets() const {
    Json datasets = Json::array();
    for (const Property& property : entity_.properties) {
      if (property.key == "source_dataset") datasets.push_back(property.value);
    }
    if (datasets.empty()) datasets.push_back(entity_.dataset);
    return datasets;
  }

  [[nodiscard]] bool is_target() const {
    return std::none_of(
        entity_.properties.begin(), entity_.properties.end(),
        [](const Property& p) { return p.key == "ftm_target" && p.value == "false"; });
  }

 private:
  bool person() const { return entity_.schema == Schema::kPerson; }

  void not_written(const std::string& what) { ++summary_.not_written[what]; }

  Record& fact(std::string_view schema, std::string_view kind) {
    facts_.push_back(
        Record{fmt::format("{}-{}-{}", self_, kind, facts_.size() + 1), schema, Json::object()});
    return facts_.back();
  }

  void write_names() {
    for (const Name& name : entity_.names) {
      switch (name.kind) {
        case NameKind::kPrimary: party_.add("name", name.full); break;
        case NameKind::kAlias:
        case NameKind::kNativeScript: party_.add("alias", name.full); break;
        case NameKind::kWeakAlias: party_.add("weakAlias", name.full); break;
        case NameKind::kFormer: party_.add("previousName", name.full); break;
      }
    }
    const Name* primary = entity_.primary_name();
    if (!person() || primary == nullptr) return;
    party_.add("firstName", primary->parts.given);
    party_.add("middleName", primary->parts.middle);
    party_.add("lastName", primary->parts.family);
    party_.add("fatherName", primary->parts.patronymic);
    party_.add("title", primary->parts.title);
  }

  void write_birth_date(const DateValue& date) {
    if (date.circa) ++summary_.approximated["circa birth date written as its date"];
    if (!date.is_range()) {
      party_.add("birthDate", date.from.to_iso());
      return;
    }
    ++summary_.approximated["birth date range written as its years"];
    const bool years_only = date.from.month == 0 && date.to.month == 0;
    if (years_only && date.to.year - date.from.year <= kMaxRangeYears) {
      for (int year = date.from.year; year <= date.to.year; ++year) {
        party_.add("birthDate", fmt::format("{:04}", year));
      }
      return;
    }
    party_.add("birthDate", date.from.to_iso());
    party_.add("birthDate", date.to.to_iso());
  }

  void write_person_facts() {
    if (!person()) {
      if (!entity_.birth_dates.empty()) not_written("birth date of a party that is not a person");
      return;
    }
    for (const DateValue& date : entity_.birth_dates) write_birth_date(date);
    for (const std::string& place : entity_.birth_places) party_.add("birthPlace", place);
    if (entity_.gender != Gender::kUnknown)
      party_.add("gender", std::string(to_string(entity_.gender)));
  }

  // FtM has nationality and citizenship on people only; a company's are its countries.
  void write_countries() {
    for (const std::string& code : entity_.nationalities) {
      party_.add(person() ? "nationality" : "country", ftm_country_code(code));
    }
    for (const std::string& code : entity_.citizenships) {
      party_.add(person() ? "citizenship" : "country", ftm_country_code(code));
    }
    for (const std::string& code : entity_.countries) party_.add("country", ftm_country_code(code));
  }

  void write_document(const Identifier& identifier, const std::string& type) {
    const bool passport = identifier.type == IdentifierType::kPassport;
    Record& document = fact(passport ? "Passport" : "Identification", passport ? "passport" : "id");
    document.add("holder", self_);
    document.add("number", identifier.value);
    document.add("type", type);
    document.add("country", ftm_country_code(identifier.country));
    document.add("summary", identifier.note);
    for (const auto& [text, property] :
         {std::pair{&identifier.issued, "startDate"}, std::pair{&identifier.expires, "endDate"}}) {
      const std::string iso = iso_date(*text);
      if (iso.empty() && !text->empty()) not_written("identifier date that is not a date");
      if (!iso.empty() && iso != *text)
        ++summary_.approximated["identifier date written in ISO form"];
      document.add(property, iso);
    }
  }

  void write_identifiers() {
    for (const Identifier& identifier : entity_.identifiers) {
      if (identifier.type == IdentifierType::kCryptoWallet) {
        Record& wallet = fact("CryptoWallet", "wallet");
        wallet.add("publicKey", identifier.value);
        wallet.add("currency", identifier.label);
        wallet.add("holder", self_);
        continue;
      }
      const std::optional<std::string_view> property =
          ftm_identifier_property(identifier.type, entity_.schema);
      if (property) party_.add(*property, identifier.value);
      const std::string type = ftm_document_type(identifier, entity_.schema);
      if (type != identifier.label && !identifier.label.empty()) {
        ++summary_.approximated["identifier label the reader would take for another type"];
      }
      const bool has_details = !type.empty() || !identifier.country.empty() ||
                               !identifier.issued.empty() || !identifier.expires.empty() ||
                               !identifier.note.empty();
      if (!property || has_details) write_document(identifier, type);
    }
  }

  void write_addresses() {
    for (const Address& address : entity_.addresses) {
      Record& record = fact("Address", "address");
      // An address that is only a country is said by its country code.
      const bool only_country = address.street.empty() && address.city.empty() &&
                                address.region.empty() && address.postal_code.empty();
      if (!only_country || address.country.empty()) record.add("full", address.to_string());
      record.add("street", address.street);
      record.add("city", address.city);
      record.add("region", address.region);
      record.add("postalCode", address.postal_code);
      record.add("country", ftm_country_code(address.country));
      record.add("remarks", address.note);
      party_.add("addressEntity", record.id);
    }
  }

  void write_sanctions() {
    for (const Sanction& sanction : entity_.sanctions) {
      Record& record = fact("Sanction", "sanction");
      record.add("entity", self_);
      record.add("authority", sanction.authority);
      record.add("program", sanction.program);
      record.add("provisions", sanction.legal_basis);
      record.add("reason", sanction.reason);
      const std::string listed_on = iso_date(sanction.listed_on);
      if (listed_on.empty() && !sanction.listed_on.empty())
        not_written("listing date that is not a date");
      record.add("listingDate", listed_on);
    }
    if (!entity_.sanctions.empty()) party_.add("topics", "sanction");
  }

  void write_relation(const Relation& relation) {
    const std::string target = ftm_id(relation.target_id);
    switch (relation.kind) {
      case RelationKind::kOwnedBy: {
        Record& link = fact("Ownership", "ownership");
        link.add("owner", target);
        link.add("asset", self_);
        if (relation.share_percent)
          link.add("percentage", fmt::format("{}", *relation.share_percent));
        return;
      }
      case RelationKind::kDirectorOf: {
        Record& link = fact("Directorship", "directorship");
        link.add("director", self_);
        link.add("organization", target);
        return;
      }
      case RelationKind::kFamily: {
        Record& link = fact("Family", "family");
        link.add("person", self_);
        link.add("relative", target);
        return;
      }
      case RelationKind::kAssociateOf: {
        Record& link = fact("Associate", "associate");
        link.add("person", self_);
        link.add("associate", target);
        return;
      }
      case RelationKind::kLinkedTo:
      case RelationKind::kControlledBy: break;
    }
    // FtM has no schema for these kinds: an UnknownLink whose role names the kind.
    Record& link = fact("UnknownLink", "link");
    link.add("subject", self_);
    link.add("object", target);
    link.add("role", std::string(to_string(relation.kind)));
  }

  void write_relations() {
    for (const Relation& relation : entity_.relations) {
      if (relation.target_id.empty()) {
        not_written("relation to a party that is not a loaded entity");
        continue;
      }
      write_relation(relation);
    }
  }

  // True when the property is one of kSpecialKeys (and so written, or not, here).
  bool write_special(const Property& property) {
    const auto special = std::find_if(kSpecialKeys.begin(), kSpecialKeys.end(),
                                      [&](const SpecialKey& k) { return k.key == property.key; });
    if (special == kSpecialKeys.end()) return false;
    if (special->property.empty()) return true;
    if (!special->country) {
      party_.add(special->property, property.value);
      return true;
    }
    // The flag's name and code give the same code; the record keeps it once.
    const std::optional<std::string> code = model::country_code(property.value);
    if (!code) {
      not_written("vessel flag that is not a country");
      return true;
    }
    party_.add(special->property, ftm_country_code(*code));
    return true;
  }

  void write_properties() {
    for (const Property& property : entity_.properties) {
      if (write_special(property)) continue;
      const auto rule =
          std::find_if(ftm_property_keys().begin(), ftm_property_keys().end(),
                       [&](const FtmPropertyKey& k) { return k.key == property.key; });
      if (rule == ftm_property_keys().end()) {
        not_written("property " + property.key);
        continue;
      }
      party_.add(rule->property, property.value);
    }
  }

  const Entity& entity_;
  FtmWriteSummary& summary_;
  const std::string self_;
  Record party_;
  std::vector<Record> facts_;
};

}  // namespace

std::string ftm_document_type(const Identifier& identifier, Schema holder) {
  const bool passport = identifier.type == IdentifierType::kPassport;
  const bool has_property = ftm_identifier_property(identifier.type, holder).has_value();
  const IdentifierType read_back =
      ftm_identification_type(passport ? "Passport" : "Identification", identifier.label);
  // A document of unknown type completes the number a property states, whatever its type.
  const bool completes_property = has_property && read_back == IdentifierType::kOther;
  if (read_back == identifier.type || completes_property) return identifier.label;
  if (has_property || passport) return {};
  return std::string(to_string(identifier.type));
}

std::string ftm_id(std::string_view entity_id) {
  std::string id(entity_id);
  std::replace(id.begin(), id.end(), ':', '-');
  return id;
}

std::vector<nlohmann::json> ftm_lines(const Entity& entity, std::string_view last_seen,
                                      FtmWriteSummary& summary) {
  PartyWriter writer(entity, summary);
  const Json datasets = writer.datasets();
  const bool target = writer.is_target();
  std::vector<Record> records = writer.records();
  std::vector<Json> lines;
  lines.reserve(records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    Json line = {{"id", records[i].id},
                 {"schema", records[i].schema},
                 {"properties", std::move(records[i].properties)},
                 {"datasets", datasets},
                 {"target", i == 0 && target}};
    if (!last_seen.empty()) line["last_seen"] = last_seen;
    lines.push_back(std::move(line));
  }
  ++summary.parties;
  summary.lines += lines.size();
  return lines;
}

void FtmWriter::write(const Entity& entity, std::string_view last_seen) {
  for (const Json& line : ftm_lines(entity, last_seen, summary_)) {
    out_ << line.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  }
}

}  // namespace vigil::sources
