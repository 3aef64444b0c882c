#include "sources/uk_ofsi_other_info.h"

#include <algorithm>
#include <array>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/list_text.h"
#include "sources/xml_support.h"

namespace vigil::sources::uk_ofsi {
namespace {

using model::trim;

struct LabelRule;
using Reader = void (*)(const LabelRule& rule, const std::string& value, Entity& entity);

// What one label means: its reader, and for facts kept as properties the property key.
struct LabelRule {
  std::string_view label;
  Reader read;
  std::string_view property_key;
};

void add_identifier(Entity& entity, IdentifierType type, std::string_view label,
                    std::string value) {
  if (value.empty()) return;
  for (const Identifier& known : entity.identifiers) {
    if (known.type == type && known.value == value) return;
  }
  entity.identifiers.push_back(make_identifier(type, std::string(label), std::move(value)));
}

// "RUS0716. Financial sanctions..." -> "RUS0716".
std::string first_token(std::string_view value) {
  value = trim(value);
  value = value.substr(0, value.find_first_of(" \n\t"));
  while (!value.empty() && (value.back() == '.' || value.back() == ',')) value.remove_suffix(1);
  return std::string(value);
}

// Words separated by spaces, commas or semicolons: emails and web addresses hold none.
std::vector<std::string> address_tokens(const std::string& value) {
  std::vector<std::string> tokens;
  for (const std::string& item : enumerated_values(value)) {
    size_t start = 0;
    while (start < item.size()) {
      const size_t end = std::min(item.find_first_of(" ,;\n\t", start), item.size());
      if (end > start) tokens.push_back(item.substr(start, end - start));
      start = end + 1;
    }
  }
  return tokens;
}

// Values one per enumerated item and per line.
std::vector<std::string> item_lines(const std::string& value) {
  std::vector<std::string> lines;
  for (const std::string& item : enumerated_values(value)) {
    size_t start = 0;
    while (start <= item.size()) {
      const size_t end = std::min(item.find('\n', start), item.size());
      std::string line = xml::collapse_spaces(item.substr(start, end - start));
      if (!line.empty()) lines.push_back(std::move(line));
      start = end + 1;
    }
  }
  return lines;
}

void read_uk_reference(const LabelRule& rule, const std::string& value, Entity& entity) {
  const std::string reference = first_token(value);
  add_identifier(entity, IdentifierType::kOther, rule.label, reference);
  add_unique_property(entity, "uk_sanctions_list_ref", reference);
}

void read_un_reference(const LabelRule& /*rule*/, const std::string& value, Entity& entity) {
  const std::string reference = first_token(value);
  add_identifier(entity, IdentifierType::kOther, "UN reference number", reference);
  add_unique_property(entity, "un_reference_number", reference);
}

void read_gender(const LabelRule& /*rule*/, const std::string& value, Entity& entity) {
  const std::optional<Gender> gender = parse_gender(first_token(value));
  if (gender) entity.gender = *gender;
}

void read_phone(const LabelRule& rule, const std::string& value, Entity& entity) {
  for (std::string& phone : item_lines(value)) {
    add_identifier(entity, IdentifierType::kPhone, rule.label, std::move(phone));
  }
}

void read_web_address(const LabelRule& rule, const std::string& value, Entity& entity) {
  for (std::string& address : address_tokens(value)) {
    // OFSI sometimes files an email address under "Website".
    const bool email =
        address.find('@') != std::string::npos && address.find('/') == std::string::npos;
    add_identifier(entity, email ? IdentifierType::kEmail : IdentifierType::kWebsite, rule.label,
                   std::move(address));
  }
}

bool names_a_tax_number(std::string_view label) {
  const std::string lower = model::lower(label);
  return lower.find("tax") != std::string::npos || lower == "inn" || lower == "tin" ||
         lower.ends_with(" inn") || lower.ends_with(" tin") || lower.starts_with("inn") ||
         lower.starts_with("tin");
}

// "OGRN: 1155190006454", "Kazakhstan BIN - 170440031562", "440111000105746 (Company
// registration number)", "7717599630".
void read_registration(const LabelRule& /*rule*/, const std::string& value, Entity& entity) {
  for (const std::string& line : item_lines(value)) {
    std::string_view number = line;
    std::string label = "Business Reg No";
    size_t separator = number.rfind(": ");
    if (separator == std::string_view::npos) separator = number.rfind(" - ");
    if (separator != std::string_view::npos) {
      label = std::string(trim(number.substr(0, separator)));
      number = trim(number.substr(separator + 2));
    } else if (number.ends_with(')') && number.rfind(" (") != std::string_view::npos) {
      const size_t open = number.rfind(" (");
      label = std::string(number.substr(open + 2, number.size() - open - 3));
      number = trim(number.substr(0, open));
    }
    const IdentifierType type =
        names_a_tax_number(label) ? IdentifierType::kTaxId : IdentifierType::kRegistration;
    add_identifier(entity, type, label, std::string(number));
  }
}

void read_imo(const LabelRule& rule, const std::string& value, Entity& entity) {
  add_identifier(entity, IdentifierType::kImo, rule.label, first_token(value));
}

void read_parent(const LabelRule& /*rule*/, const std::string& value, Entity& entity) {
  for (std::string& parent : item_lines(value)) {
    Relation relation;
    relation.kind = RelationKind::kOwnedBy;
    relation.target_name = std::move(parent);
    entity.relations.push_back(std::move(relation));
  }
}

void read_property(const LabelRule& rule, const std::string& value, Entity& entity) {
  add_unique_property(entity, std::string(rule.property_key), xml::collapse_spaces(value));
}

constexpr std::string_view kStatementOfReasons = "UK Statement of Reasons";

constexpr std::array<LabelRule, 21> kLabels = {{
    {"UK Sanctions List Ref", read_uk_reference, {}},
    {kStatementOfReasons, nullptr, {}},  // returned to the caller as the sanction's reason
    {"UN Ref", read_un_reference, {}},
    {"Gender", read_gender, {}},
    {"Phone number", read_phone, {}},
    {"Tel", read_phone, {}},
    {"Fax", read_phone, {}},
    {"Email address", read_web_address, {}},
    {"Website", read_web_address, {}},
    {"Business Reg No", read_registration, {}},
    {"Type of entity", read_property, "organisation_type"},
    {"Parent company", read_parent, {}},
    {"Subsidiaries", read_property, "subsidiaries"},
    {"IMO number", read_imo, {}},
    {"Current owners", read_property, "vessel_owner"},
    {"Flag of ship", read_property, "vessel_flag"},
    {"Previous flags", read_property, "former_vessel_flag"},
    {"Type of ship", read_property, "vessel_type"},
    {"Tonnage of ship", read_property, "vessel_tonnage"},
    {"Length of ship", read_property, "vessel_length"},
    {"Year built", read_property, "vessel_build_year"},
}};

struct Marker {
  size_t start;  // of "(Label):"
  size_t value_start;
  std::string_view label;
};

}  // namespace

std::vector<LabelledValue> labelled_values(std::string_view text) {
  std::vector<Marker> markers;
  for (const LabelRule& rule : kLabels) {
    const std::string marker = "(" + std::string(rule.label) + "):";
    for (size_t at = text.find(marker); at != std::string_view::npos;
         at = text.find(marker, at + marker.size())) {
      markers.push_back(Marker{at, at + marker.size(), rule.label});
    }
  }
  std::sort(markers.begin(), markers.end(),
            [](const Marker& a, const Marker& b) { return a.start < b.start; });
  std::vector<LabelledValue> values;
  for (size_t i = 0; i < markers.size(); ++i) {
    const size_t end = i + 1 < markers.size() ? markers[i + 1].start : text.size();
    const std::string_view value =
        text.substr(markers[i].value_start, end - markers[i].value_start);
    values.push_back(LabelledValue{markers[i].label, std::string(trim(value))});
  }
  return values;
}

std::string read_other_information(std::string_view text, Entity& entity) {
  std::string reasons;
  for (const LabelledValue& labelled : labelled_values(text)) {
    if (labelled.value.empty()) continue;
    if (labelled.label == kStatementOfReasons) {
      reasons = labelled.value;
      continue;
    }
    const auto rule = std::find_if(kLabels.begin(), kLabels.end(), [&labelled](const LabelRule& r) {
      return r.label == labelled.label;
    });
    rule->read(*rule, labelled.value, entity);
  }
  return reasons;
}

}  // namespace vigil::sources::uk_ofsi
