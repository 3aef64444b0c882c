#include "sources/ca_sema_record.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>
#include <vector>

#include "model/ascii.h"
#include "sources/ca_sema_aliases.h"
#include "sources/ca_sema_regimes.h"
#include "sources/entity_support.h"
#include "sources/name_variants.h"

namespace vigil::sources::ca_sema {
namespace {

using model::lower;
using model::trim;

constexpr std::string_view kAuthority = "Global Affairs Canada";

// A cell's text, its spaces normalised (the list pastes no-break spaces into names).
std::string cell(const pugi::xml_node& record, std::string_view name) {
  return normalise_spaces(xml::child(record, name).text().get());
}

// Lower-case ASCII letters and digits, other runs made one '-': "1, Part 1" -> "1-part-1".
std::string slug(std::string_view text) {
  std::string out;
  bool pending_dash = false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) == 0) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out += '-';
    pending_dash = false;
    out += static_cast<char>(std::tolower(u));
  }
  return out;
}

Schema schema_of(const pugi::xml_node& record) {
  if (!cell(record, "ShipIMONumber").empty()) return Schema::kVessel;
  if (!cell(record, "EntityOrShip").empty()) return Schema::kOrganization;
  return Schema::kPerson;
}

// "Major General/major-général" -> "Major General".
std::string english_half(std::string_view bilingual) {
  return std::string(trim(bilingual.substr(0, bilingual.find('/'))));
}

Name primary_name(const pugi::xml_node& record, Schema schema) {
  Name name;
  if (schema == Schema::kPerson) {
    const std::string given = cell(record, "GivenName");
    name.parts.family = cell(record, "LastName");
    std::tie(name.parts.given, name.parts.middle) = split_given_names(given);
    name.parts.title = english_half(cell(record, "TitleOrShip"));
    name.full = given.empty() || name.parts.family.empty() ? given + name.parts.family
                                                           : given + " " + name.parts.family;
  } else {
    name.full = split_name_variants(cell(record, "EntityOrShip"), true).name;
  }
  name.script = dominant_script(name.full);
  return name;
}

// A lone word in a person's aliases is a given name or a nickname ("Andrei, Andrii"): too
// little to match on its own.
NameKind alias_kind(const Name& name, bool person) {
  if (person && name.full.find(' ') == std::string::npos) return NameKind::kWeakAlias;
  if (!name.script.empty() && name.script != "Latn") return NameKind::kNativeScript;
  return NameKind::kAlias;
}

void add_alias(Entity& entity, std::string full, std::string language) {
  const bool person = entity.schema == Schema::kPerson;
  const bool known = std::any_of(entity.names.begin(), entity.names.end(),
                                 [&full](const Name& name) { return name.full == full; });
  if (full.empty() || known) return;
  Name name;
  name.full = std::move(full);
  name.script = dominant_script(name.full);
  name.language = std::move(language);
  name.kind = alias_kind(name, person);
  entity.names.push_back(std::move(name));
}

// An organisation's or ship's cell may hold its English and French names, acronyms and
// "(also known as ...)" (name_variants.h): the primary name is the English name, the others
// aliases, the French half marked French.
void read_name_variants(const pugi::xml_node& record, Entity& entity) {
  if (entity.schema == Schema::kPerson) return;
  NameVariants variants = split_name_variants(cell(record, "EntityOrShip"), true);
  add_alias(entity, std::move(variants.second_half), "fr");
  for (std::string& acronym : variants.acronyms) add_alias(entity, std::move(acronym), "");
  for (SemaAlias& alias : split_sema_aliases(variants.also_known_as, false)) {
    add_alias(entity, std::move(alias.name), std::move(alias.language));
  }
}

void read_aliases(const pugi::xml_node& record, Entity& entity) {
  const bool person = entity.schema == Schema::kPerson;
  for (SemaAlias& alias : split_sema_aliases(xml::child(record, "Aliases").text().get(), person)) {
    add_alias(entity, std::move(alias.name), std::move(alias.language));
  }
}

// "1963-1964", a range of years that parse_date would not read as one.
std::optional<DateValue> year_range(std::string_view text) {
  static constexpr std::string_view kShape = "dddd-dddd";
  if (text.size() != kShape.size()) return std::nullopt;
  for (size_t i = 0; i < kShape.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (kShape[i] == 'd' ? !digit : text[i] != '-') return std::nullopt;
  }
  std::optional<DateValue> from = parse_date(text.substr(0, 4));
  std::optional<DateValue> to = parse_date(text.substr(5));
  if (!from || !to || to->from.year < from->from.year) return std::nullopt;
  from->to = to->from;
  return from;
}

// "1972-08-10 or 1972-08-11" -> the two dates' texts.
std::vector<std::string> alternatives(std::string_view text) {
  std::vector<std::string> parts;
  const std::string lowered = lower(text);
  size_t start = 0;
  for (size_t at = lowered.find(" or "); at != std::string::npos;
       at = lowered.find(" or ", start)) {
    parts.emplace_back(trim(text.substr(start, at - start)));
    start = at + 4;
  }
  parts.emplace_back(trim(text.substr(start)));
  return parts;
}

void read_birth_dates(const pugi::xml_node& node, Entity& entity,
                      xml::DiagnosticSink& diagnostics) {
  for (const std::string& text : alternatives(normalise_spaces(node.text().get()))) {
    if (text.empty()) continue;
    std::optional<DateValue> date = year_range(text);
    if (!date) date = parse_date(text);
    if (!date) {
      diagnostics.warn(node, "unrecognised date of birth '" + text + "' kept as text");
      add_property(entity, "birth_date", text);
      continue;
    }
    date->original = text;
    add_birth_date(entity, std::move(*date));
  }
}

// <DateOfBirthOrShipBuildDate> is a birth date for a person and a build year for a ship.
void read_date(const pugi::xml_node& record, Entity& entity, xml::DiagnosticSink& diagnostics) {
  const pugi::xml_node node = xml::child(record, "DateOfBirthOrShipBuildDate");
  if (entity.schema == Schema::kPerson) {
    read_birth_dates(node, entity, diagnostics);
    return;
  }
  const std::string key = entity.schema == Schema::kVessel ? "vessel_build_year" : "stated_date";
  add_property(entity, key, normalise_spaces(node.text().get()));
}

void read_sanction(const pugi::xml_node& record, Entity& entity, xml::DiagnosticSink& diagnostics) {
  SemaRegime regime = sema_regime(cell(record, "Country"));
  if (!regime.program.empty() && regime.legal_basis.empty()) {
    diagnostics.warn(record, "unknown regime '" + regime.program + "'");
  }
  const std::string listed = cell(record, "DateOfListing");
  const std::optional<DateValue> date = parse_date(listed);
  const bool full_date = date && !date->is_range() && date->from.day != 0;
  if (!listed.empty() && !full_date) {
    diagnostics.warn(record, "unrecognised DateOfListing '" + listed + "'");
  }
  entity.sanctions.push_back(Sanction{std::string(kAuthority),
                                      std::move(regime.program),
                                      std::move(regime.legal_basis),
                                      full_date ? date->from.to_iso() : std::string(),
                                      {}});
  add_property(entity, "listing_reference",
               listing_reference(cell(record, "Schedule"), cell(record, "Item")));
}

void read_ship_facts(const pugi::xml_node& record, Entity& entity) {
  const std::string imo = cell(record, "ShipIMONumber");
  if (!imo.empty()) entity.identifiers.push_back(make_identifier(IdentifierType::kImo, "IMO", imo));
  const std::string title_or_type = cell(record, "TitleOrShip");
  add_property(entity, entity.schema == Schema::kPerson ? "title" : "vessel_type", title_or_type);
}

}  // namespace

std::string record_source_id(const pugi::xml_node& record) {
  const std::string item = slug(cell(record, "Item"));
  if (item.empty()) return {};
  std::string id = slug(sema_regime(cell(record, "Country")).program);
  for (const std::string& part : {slug(cell(record, "Schedule")), item}) {
    if (part.empty()) continue;
    if (!id.empty()) id += '-';
    id += part;
  }
  return id;
}

Entity read_record(const pugi::xml_node& record, std::string_view dataset_id,
                   std::string_view source_id, xml::DiagnosticSink& diagnostics) {
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = std::string(source_id);
  entity.id = entity.dataset + ":" + entity.source_id;
  entity.schema = schema_of(record);
  Name primary = primary_name(record, entity.schema);
  if (primary.full.empty()) return entity;  // the caller skips a record without a name
  entity.names.push_back(std::move(primary));
  read_name_variants(record, entity);
  read_aliases(record, entity);
  read_date(record, entity, diagnostics);
  read_sanction(record, entity, diagnostics);
  read_ship_facts(record, entity);
  return entity;
}

}  // namespace vigil::sources::ca_sema
