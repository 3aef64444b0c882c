#include "sources/own_list_entry.h"

#include "model/ascii.h"
#include "model/identifier_spec.h"
#include "sources/entity_support.h"

namespace vigil::sources {
namespace {

using model::trim;

constexpr std::array<OwnListColumn, 13> kColumns = {{
    {"id", &OwnListEntry::id, nullptr},
    {"type", &OwnListEntry::type, nullptr},
    {"name", &OwnListEntry::name, nullptr},
    {"gender", &OwnListEntry::gender, nullptr},
    {"notes", &OwnListEntry::notes, nullptr},
    {"aliases", nullptr, &OwnListEntry::aliases},
    {"weak_aliases", nullptr, &OwnListEntry::weak_aliases},
    {"birth_date", nullptr, &OwnListEntry::birth_dates},
    {"dob", nullptr, &OwnListEntry::birth_dates},
    {"nationality", nullptr, &OwnListEntry::nationalities},
    {"country", nullptr, &OwnListEntry::countries},
    {"identifiers", nullptr, &OwnListEntry::identifiers},
    {"programs", nullptr, &OwnListEntry::programs},
}};

class EntryReader {
 public:
  EntryReader(const OwnListEntry& entry, Entity& entity, LineDiagnostics& diagnostics)
      : entry_(entry), entity_(entity), diagnostics_(diagnostics) {}

  void read() {
    add_name(entry_.name, NameKind::kPrimary);
    for (const std::string& alias : entry_.aliases) add_name(alias, NameKind::kAlias);
    for (const std::string& alias : entry_.weak_aliases) add_name(alias, NameKind::kWeakAlias);
    read_type();
    read_gender();
    for (const std::string& text : entry_.birth_dates) read_birth_date(text);
    for (const std::string& text : entry_.nationalities) read_country(text, "nationality");
    for (const std::string& text : entry_.countries) read_country(text, "country");
    for (const std::string& text : entry_.identifiers) read_identifier(text);
    for (const std::string& program : entry_.programs) {
      entity_.sanctions.push_back(Sanction{{}, program, {}, {}, {}});
    }
    entity_.remarks = entry_.notes;
  }

 private:
  void warn(std::string message) { diagnostics_.warn(entry_.line, entry_.id, std::move(message)); }

  void add_name(const std::string& full, NameKind kind) {
    if (full.empty()) return;
    Name name;
    name.full = full;
    name.script = dominant_script(full);
    name.kind = kind == NameKind::kAlias ? alias_kind(name.script) : kind;
    entity_.names.push_back(std::move(name));
  }

  void read_type() {
    if (entry_.type.empty()) return;
    if (const std::optional<Schema> schema = parse_schema(entry_.type)) {
      entity_.schema = *schema;
      return;
    }
    warn("unknown type '" + entry_.type + "' (person, organization, vessel or aircraft)");
    add_property(entity_, "type", entry_.type);
  }

  void read_gender() {
    if (entry_.gender.empty()) return;
    if (const std::optional<Gender> gender = parse_gender(entry_.gender)) {
      entity_.gender = *gender;
      return;
    }
    warn("unknown gender '" + entry_.gender + "' (male or female)");
    add_property(entity_, "gender", entry_.gender);
  }

  void read_birth_date(const std::string& text) {
    if (std::optional<DateValue> date = parse_date(text)) {
      add_birth_date(entity_, std::move(*date));
      return;
    }
    warn("birth_date '" + text + "' is not a date; kept as text");
    add_property(entity_, "birth_date", text);
  }

  void read_country(const std::string& text, std::string_view column) {
    const std::string code = country_code_or_empty(text);
    if (code.empty()) {
      warn(std::string(column) + " '" + text + "' is not a country; kept as text");
      add_property(entity_, std::string(column), text);
      return;
    }
    append_unique(column == "nationality" ? entity_.nationalities : entity_.countries, code);
  }

  void read_identifier(const std::string& text) {
    Result<model::IdentifierSpec> spec = model::parse_identifier_spec(text);
    if (!spec.ok()) {
      warn(spec.error().message + "; kept as text");
      add_property(entity_, "identifier", text);
      return;
    }
    Identifier identifier = make_identifier(spec->type, {}, spec->value);
    identifier.country = country_code_or_empty(spec->country);
    if (identifier.country.empty() && !spec->country.empty()) {
      warn("identifier country '" + spec->country + "' is not a country; kept as its note");
      identifier.note = spec->country;
    }
    entity_.identifiers.push_back(std::move(identifier));
  }

  const OwnListEntry& entry_;
  Entity& entity_;
  LineDiagnostics& diagnostics_;
};

}  // namespace

std::optional<OwnListColumn> own_list_column(std::string_view name) {
  for (const OwnListColumn& column : kColumns) {
    if (column.name == name) return column;
  }
  return std::nullopt;
}

void set_own_list_value(OwnListEntry& entry, const OwnListColumn& column, std::string_view text) {
  if (column.text != nullptr) {
    entry.*column.text = std::string(trim(text));
    return;
  }
  std::vector<std::string>& values = entry.*column.list;
  while (!text.empty()) {
    const size_t end = std::min(text.find(';'), text.size());
    const std::string_view value = trim(text.substr(0, end));
    if (!value.empty()) values.emplace_back(value);
    text.remove_prefix(std::min(end + 1, text.size()));
  }
}

std::optional<Entity> own_list_entity(const OwnListEntry& entry, std::string_view dataset_id,
                                      LineDiagnostics& diagnostics) {
  if (entry.id.empty()) {
    diagnostics.skip(entry.line, {}, "entry without an id");
    return std::nullopt;
  }
  if (entry.name.empty()) {
    diagnostics.skip(entry.line, entry.id, "entry without a name");
    return std::nullopt;
  }
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = entry.id;
  entity.id = entity.dataset + ":" + entry.id;
  EntryReader(entry, entity, diagnostics).read();
  entity.content_hash = compute_content_hash(entity);
  return entity;
}

}  // namespace vigil::sources
