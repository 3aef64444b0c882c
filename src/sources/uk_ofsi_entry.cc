#include "sources/uk_ofsi_entry.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/list_text.h"
#include "sources/name_variants.h"
#include "sources/uk_ofsi_other_info.h"

namespace vigil::sources::uk_ofsi {
namespace {

using xlsx::Row;

constexpr std::string_view kAuthority = "UK OFSI";
constexpr char kFieldSeparator = '\x1f';  // joins the cells of one multi-column fact

Schema schema_of(std::string_view group_type) {
  if (group_type == "Individual") return Schema::kPerson;
  if (group_type == "Entity") return Schema::kOrganization;
  if (group_type == "Ship") return Schema::kVessel;
  return Schema::kUnknown;
}

// "Primary name", "Primary name variation", "AKA", "FKA"; AKA quality "Good quality" or
// "Low quality".
NameKind kind_of(std::string_view alias_type, std::string_view quality) {
  if (alias_type == "Primary name") return NameKind::kPrimary;
  if (alias_type == "FKA") return NameKind::kFormer;
  if (quality == "Low quality") return NameKind::kWeakAlias;
  return NameKind::kAlias;
}

// The issuing country a document's details start with: "Libya number", "Tunisia National
// Identification Card. Issued in ...", "Russian passport"; empty when none.
std::string issuer_of(std::string_view details) {
  std::string_view head = details.substr(0, details.find_first_of(".,;("));
  const std::string lower = model::lower(head);
  for (std::string_view word : {" number", " passport", " national", " identification", " id"}) {
    const size_t at = lower.find(word);
    if (at != std::string::npos) head = head.substr(0, std::min(at, head.size()));
  }
  return country_code_or_empty(model::trim(head));
}

class GroupReader {
 public:
  GroupReader(Entity& entity, GroupContext& context) : entity_(entity), context_(context) {}

  void read_names(std::span<const Row* const> rows) {
    std::vector<const Row*> ordered(rows.begin(), rows.end());
    // The list's main name leads; the other rows keep their order.
    std::stable_partition(ordered.begin(), ordered.end(), [this](const Row* row) {
      return text(*row, Column::kAliasType) == "Primary name";
    });
    bool has_primary = false;
    for (const Row* row : ordered) {
      Name name = latin_name(*row);
      name.kind = kind_of(text(*row, Column::kAliasType), text(*row, Column::kAliasQuality));
      if (name.kind == NameKind::kPrimary && std::exchange(has_primary, true)) {
        name.kind = NameKind::kAlias;  // a second spelling of the primary name
      }
      add_name_and_variants(std::move(name));
      add_name(native_name(*row));
    }
    if (!has_primary) promote_first_latin_name();
  }

  void read_facts(const Row& row) {
    read_group_type(row);
    read_other_information(row);
    read_birth_date(row);
    read_birth_places(row);
    read_nationalities(row);
    read_documents(row, Column::kPassportNumber, Column::kPassportDetails,
                   IdentifierType::kPassport, "Passport");
    read_documents(row, Column::kNationalIdNumber, Column::kNationalIdDetails,
                   IdentifierType::kNationalId, "National Identification Number");
    read_listed_values(row, Column::kTitle, "title");
    read_listed_values(row, Column::kPosition, "position");
    read_address(row);
    read_sanction(row);
    read_date_property(row, Column::kDateDesignated, "uk_designated_on");
    read_date_property(row, Column::kLastUpdated, "last_updated");
  }

  void finish() {
    for (Sanction& sanction : entity_.sanctions) {
      if (sanction.reason.empty()) sanction.reason = reasons_;
    }
  }

 private:
  [[nodiscard]] std::string text(const Row& row, Column column) const {
    return context_.columns.text(row, column);
  }

  // True the first time a column's value is seen in the group: the rows repeat every fact
  // once per name, birth date and address.
  bool is_new(Column column, const std::string& value) {
    return !value.empty() && seen_.emplace(column, value).second;
  }

  Name latin_name(const Row& row) const {
    std::vector<std::string> given;
    for (Column column :
         {Column::kName1, Column::kName2, Column::kName3, Column::kName4, Column::kName5}) {
      given.push_back(text(row, column));
    }
    const std::string family = text(row, Column::kName6);
    Name name;
    std::vector<std::string> all = given;
    all.push_back(family);
    name.full = join_non_empty(all, " ");
    name.script = dominant_script(name.full);
    if (entity_.schema != Schema::kPerson) return name;
    name.parts.given = given.front();
    name.parts.middle =
        join_non_empty(std::vector<std::string>(given.begin() + 1, given.end()), " ");
    name.parts.family = family;
    const std::vector<std::string> titles = enumerated_values(text(row, Column::kTitle));
    if (!titles.empty()) name.parts.title = titles.front();
    return name;
  }

  Name native_name(const Row& row) const {
    Name name;
    name.full = text(row, Column::kNonLatinName);
    name.kind = NameKind::kNativeScript;
    name.script = dominant_script(name.full);
    name.language = language_code(text(row, Column::kNonLatinLanguage));
    return name;
  }

  // An organisation's or ship's name may carry its acronym or a second language
  // ("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)"): each becomes a name of its own, an alias of
  // the name's kind (a primary name's are strong aliases).
  void add_name_and_variants(Name name) {
    if (entity_.schema == Schema::kPerson) {
      add_name(std::move(name));
      return;
    }
    NameVariants variants = split_name_variants(name.full, false);
    std::vector<std::string> others = std::move(variants.acronyms);
    if (!variants.second_half.empty()) others.insert(others.begin(), variants.second_half);
    if (!variants.also_known_as.empty()) others.push_back(variants.also_known_as);
    const NameKind kind = name.kind == NameKind::kPrimary ? NameKind::kAlias : name.kind;
    name.full = std::move(variants.name);
    add_name(std::move(name));
    for (std::string& other : others) {
      Name alias;
      alias.full = std::move(other);
      alias.kind = kind;
      alias.script = dominant_script(alias.full);
      add_name(std::move(alias));
    }
  }

  void add_name(Name name) {
    if (name.full.empty()) return;
    const bool known = std::any_of(entity_.names.begin(), entity_.names.end(),
                                   [&name](const Name& n) { return n.full == name.full; });
    if (!known) entity_.names.push_back(std::move(name));
  }

  void promote_first_latin_name() {
    const auto first = std::find_if(entity_.names.begin(), entity_.names.end(), [](const Name& n) {
      return n.kind != NameKind::kNativeScript;
    });
    if (first == entity_.names.end()) return;
    first->kind = NameKind::kPrimary;
    std::rotate(entity_.names.begin(), first, first + 1);
  }

  void read_group_type(const Row& row) {
    const std::string type = text(row, Column::kGroupType);
    if (is_new(Column::kGroupType, type) && schema_of(type) != entity_.schema) {
      context_.diagnostics.warn(row, "Group Type '" + type + "' differs from the group's first");
    }
  }

  void read_other_information(const Row& row) {
    const std::string info = text(row, Column::kOtherInformation);
    if (!is_new(Column::kOtherInformation, info)) return;
    entity_.remarks += (entity_.remarks.empty() ? "" : "\n") + info;
    std::string reasons = uk_ofsi::read_other_information(info, entity_);
    if (!reasons.empty()) reasons_ = std::move(reasons);
  }

  void read_birth_date(const Row& row) {
    const std::string value = text(row, Column::kBirthDate);
    if (!is_new(Column::kBirthDate, value)) return;
    std::optional<DateValue> date = parse_day_first_birth_date(value);
    if (!date) {
      context_.diagnostics.warn(row, "unrecognised DOB '" + value + "' kept as text");
      add_property(entity_, "birth_date", value);
      return;
    }
    add_birth_date(entity_, std::move(*date));
  }

  void read_birth_places(const Row& row) {
    const std::string town = text(row, Column::kTownOfBirth);
    const std::string country = text(row, Column::kCountryOfBirth);
    if (!is_new(Column::kTownOfBirth, town + kFieldSeparator + country)) return;
    const std::vector<std::string> towns = enumerated_values(town);
    const std::vector<std::string> countries = enumerated_values(country);
    if (towns.size() == countries.size() || countries.size() == 1) {
      for (size_t i = 0; i < std::max(towns.size(), countries.size()); ++i) {
        const std::string& in = i < towns.size() ? towns[i] : std::string();
        const std::string& of = countries.size() == 1 ? countries.front() : countries[i];
        append_unique(entity_.birth_places, join_non_empty({in, of}, ", "));
      }
      return;
    }
    append_unique(
        entity_.birth_places,
        join_non_empty({join_non_empty(towns, "; "), join_non_empty(countries, "; ")}, ", "));
  }

  void read_nationalities(const Row& row) {
    const std::string value = text(row, Column::kNationality);
    if (!is_new(Column::kNationality, value)) return;
    for (std::string& nationality : enumerated_values(value)) {
      const std::string code = country_code_or_empty(nationality);
      if (code.empty()) {
        add_property(entity_, "nationality", std::move(nationality));
      } else {
        append_unique(entity_.nationalities, code);
      }
    }
  }

  void read_documents(const Row& row, Column number_column, Column details_column,
                      IdentifierType type, std::string_view label) {
    const std::string numbers = text(row, number_column);
    const std::string details = text(row, details_column);
    if (!is_new(number_column, numbers + kFieldSeparator + details)) return;
    const std::vector<std::string> values = enumerated_values(numbers);
    const std::vector<std::string> notes = enumerated_values(details);
    for (size_t i = 0; i < values.size(); ++i) {
      Identifier identifier = make_identifier(type, std::string(label), values[i]);
      identifier.note = notes.size() == values.size() ? notes[i] : join_non_empty(notes, "; ");
      identifier.country = issuer_of(identifier.note);
      entity_.identifiers.push_back(std::move(identifier));
    }
  }

  void read_listed_values(const Row& row, Column column, std::string_view key) {
    const std::string value = text(row, column);
    if (!is_new(column, value)) return;
    for (std::string& item : enumerated_values(value)) {
      add_unique_property(entity_, std::string(key), std::move(item));
    }
  }

  void read_address(const Row& row) {
    std::vector<std::string> lines;
    for (Column column : {Column::kAddress1, Column::kAddress2, Column::kAddress3,
                          Column::kAddress4, Column::kAddress5}) {
      lines.push_back(text(row, column));
    }
    Address address;
    address.street = join_non_empty(lines, ", ");
    address.city = text(row, Column::kAddress6);  // usually the town, sometimes the region
    address.postal_code = text(row, Column::kPostCode);
    address.country_name = text(row, Column::kCountry);
    address.country = country_code_or_empty(address.country_name);
    const std::string line = address.to_string();
    if (!is_new(Column::kAddress1, line)) return;
    append_unique(entity_.countries, address.country);
    entity_.addresses.push_back(std::move(address));
  }

  std::string iso_date(const Row& row, Column column) {
    const std::string value = text(row, column);
    if (value.empty()) return {};
    const std::optional<DateValue> date = parse_day_first_date(value);
    if (date && !date->is_range()) return date->from.to_iso();
    if (is_new(column, value)) {
      context_.diagnostics.warn(row, "unrecognised date '" + value + "' kept as text");
    }
    return value;
  }

  void read_sanction(const Row& row) {
    const std::string regime = text(row, Column::kRegime);
    const std::string listed_on = iso_date(row, Column::kListedOn);
    if (!is_new(Column::kRegime, regime + kFieldSeparator + listed_on)) return;
    Sanction sanction;
    sanction.authority = std::string(kAuthority);
    sanction.program = regime;
    sanction.listed_on = listed_on;
    entity_.sanctions.push_back(std::move(sanction));
  }

  void read_date_property(const Row& row, Column column, std::string_view key) {
    add_unique_property(entity_, std::string(key), iso_date(row, column));
  }

  Entity& entity_;
  GroupContext& context_;
  std::set<std::pair<Column, std::string>> seen_;
  std::string reasons_;
};

}  // namespace

Entity read_group(std::span<const Row* const> rows, std::string_view group_id,
                  GroupContext& context) {
  Entity entity;
  entity.dataset = std::string(context.dataset_id);
  entity.source_id = std::string(group_id);
  entity.id = entity.dataset + ":" + entity.source_id;
  entity.schema = schema_of(context.columns.text(*rows.front(), Column::kGroupType));
  GroupReader reader(entity, context);
  reader.read_names(rows);
  for (const Row* row : rows) reader.read_facts(*row);
  reader.finish();
  return entity;
}

}  // namespace vigil::sources::uk_ofsi
