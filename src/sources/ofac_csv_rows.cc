#include "sources/ofac_csv_rows.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "model/ascii.h"
#include "sources/csv_reader.h"
#include "sources/entity_support.h"
#include "sources/ofac_names.h"
#include "sources/ofac_programs.h"
#include "sources/ofac_remarks.h"

namespace vigil::sources::detail {
namespace {

using model::lower;
using model::trim;

constexpr size_t kLongestEntNum = 11;

// The legacy CSV's vessel columns, as the remarks grammar names the same facts.
void add_vessel_columns(const std::vector<std::string>& fields, Entity& e) {
  if (std::string call_sign = ofac_value(fields[kCallSign]); !call_sign.empty()) {
    e.identifiers.push_back(
        make_identifier(IdentifierType::kCallSign, "Vessel Call Sign", std::move(call_sign)));
  }
  add_property(e, "vessel_type", ofac_value(fields[kVesselType]));
  add_property(e, "vessel_tonnage", ofac_value(fields[kTonnage]));
  add_property(e, "vessel_grt", ofac_value(fields[kGrossTonnage]));
  add_property(e, "vessel_owner", ofac_value(fields[kVesselOwner]));
  const std::string flag = ofac_value(fields[kVesselFlag]);
  if (flag.empty()) return;
  add_property(e, "vessel_flag", flag);
  const std::string code = country_code_or_empty(flag);
  add_property(e, "vessel_flag_code", code);
  append_unique(e.countries, code);
}

// A program the table does not know may still be named by the remarks' executive-order facts
// ("Executive Order 13846 information: ...").
void fill_missing_legal_basis(Entity& e) {
  std::vector<std::string> cited;
  for (const Property& p : e.properties) {
    if (p.key != "executive_order_information" && p.key != "directive_determination" &&
        p.key != "directive_information") {
      continue;
    }
    for (std::string& basis : legal_bases_in(p.value)) append_unique(cited, std::move(basis));
  }
  std::string joined;
  for (const std::string& basis : cited) joined += (joined.empty() ? "" : "; ") + basis;
  for (Sanction& s : e.sanctions) {
    if (s.legal_basis.empty()) s.legal_basis = joined;
  }
}

bool same_identifier(const Identifier& a, const Identifier& b) {
  return a.type == b.type && a.label == b.label && a.normalised == b.normalised &&
         a.country == b.country && a.issued == b.issued && a.expires == b.expires;
}

template <typename T, typename Same>
void drop_repeats(std::vector<T>& items, Same same) {
  std::vector<T> kept;
  kept.reserve(items.size());
  for (T& item : items) {
    const bool seen =
        std::any_of(kept.begin(), kept.end(), [&item, &same](const T& k) { return same(k, item); });
    if (!seen) kept.push_back(std::move(item));
  }
  items = std::move(kept);
}

}  // namespace

std::string ofac_value(std::string_view field) {
  const std::string_view value = trim(field);
  return value == "-0-" ? std::string() : to_utf8(value);
}

bool is_ent_num(std::string_view field) {
  const std::string_view value = trim(field);
  return !value.empty() && value.size() <= kLongestEntNum &&
         std::all_of(value.begin(), value.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

std::optional<Schema> ofac_schema(std::string_view type_field) {
  const std::string type = lower(trim(type_field));
  if (type == "-0-") return Schema::kOrganization;
  if (type == "individual") return Schema::kPerson;
  if (type == "vessel") return Schema::kVessel;
  if (type == "aircraft") return Schema::kAircraft;
  return std::nullopt;
}

std::vector<std::string> split_programs(std::string_view field) {
  std::vector<std::string> programs;
  size_t start = 0;
  for (size_t i = 0; i <= field.size(); ++i) {
    if (i < field.size() && field[i] != '[' && field[i] != ']') continue;
    append_unique(programs, std::string(trim(field.substr(start, i - start))));
    start = i + 1;
  }
  return programs;
}

Entity make_ofac_entity(const std::vector<std::string>& fields, const std::string& dataset,
                        std::string remarks) {
  Entity e;
  e.source_id = std::string(trim(fields[kEntNum]));
  e.dataset = dataset;
  e.id = dataset + ":" + e.source_id;
  e.schema = ofac_schema(fields[kType]).value_or(Schema::kUnknown);
  Name primary = make_ofac_name(ofac_value(fields[kName]), e.schema, NameKind::kPrimary);
  primary.parts.title = ofac_value(fields[kTitle]);
  add_property(e, "title", primary.parts.title);
  e.names.push_back(std::move(primary));
  for (std::string& program : split_programs(ofac_value(fields[kPrograms]))) {
    std::string basis = ofac_legal_basis(program);
    e.sanctions.push_back({"OFAC", std::move(program), std::move(basis), "", ""});
  }
  add_vessel_columns(fields, e);
  e.remarks = std::move(remarks);
  apply_ofac_remarks(e.remarks, e);
  fill_missing_legal_basis(e);
  drop_repeated_facts(e);
  return e;
}

void add_ofac_alias(const std::vector<std::string>& fields, Entity& entity) {
  enum { kAliasType = 2, kAliasName = 3, kAliasRemarks = 4 };
  const std::string written = ofac_value(fields[kAliasName]);
  if (written.empty()) return;
  const bool former = lower(ofac_value(fields[kAliasType])) == "fka";
  Name name = make_ofac_name(written, entity.schema, former ? NameKind::kFormer : NameKind::kAlias);
  // The remark column of alt.csv is empty in every file seen; kept should one say something.
  if (const std::string remark = ofac_value(fields[kAliasRemarks]); !remark.empty()) {
    add_property(entity, "alias_remark", name.full + ": " + remark);
  }
  const bool known = std::any_of(entity.names.begin(), entity.names.end(), [&name](const Name& n) {
    return n.full == name.full && n.kind == name.kind;
  });
  if (!known) entity.names.push_back(std::move(name));
}

void add_ofac_address(const std::vector<std::string>& fields, Entity& entity) {
  enum { kStreet = 2, kCity = 3, kCountry = 4, kAddressRemarks = 5 };
  Address address;
  address.street = ofac_value(fields[kStreet]);
  // OFAC's one "city/state/province/postal code" column; it does not say which part is which.
  address.city = ofac_value(fields[kCity]);
  address.country_name = ofac_value(fields[kCountry]);
  address.note = ofac_value(fields[kAddressRemarks]);
  if (address.street.empty() && address.city.empty() && address.country_name.empty()) return;
  address.country = country_code_or_empty(address.country_name);
  append_unique(entity.countries, address.country);
  entity.addresses.push_back(std::move(address));
}

void drop_repeated_facts(Entity& entity) {
  drop_repeats(entity.properties, [](const Property& a, const Property& b) {
    return a.key == b.key && a.value == b.value;
  });
  drop_repeats(entity.identifiers, same_identifier);
}

}  // namespace vigil::sources::detail
