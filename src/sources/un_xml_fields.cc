#include "sources/un_xml_fields.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <initializer_list>
#include <string>

#include "sources/entity_support.h"

namespace vigil::sources::un_xml {
namespace {

using xml::child_text;

// Birth years before this are transcription errors or other calendars (a Hijri year in NOTE).
constexpr int kEarliestBirthYear = 1900;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(), [text](std::string_view part) {
    return text.find(part) != std::string_view::npos;
  });
}

// Joins the non-empty parts.
std::string join(std::initializer_list<std::string_view> parts, std::string_view separator) {
  std::string out;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::optional<int16_t> parse_year(std::string_view text) {
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (year < kEarliestBirthYear || year > 2999) return std::nullopt;
  return static_cast<int16_t>(year);
}

std::optional<DateValue> year_range(std::string_view from_text, std::string_view to_text) {
  const std::optional<int16_t> from = parse_year(from_text);
  const std::optional<int16_t> to = parse_year(to_text);
  if (!from || !to || *to < *from) return std::nullopt;
  DateValue date;
  date.from.year = *from;
  date.to.year = *to;
  return date;
}

std::optional<DateValue> plausible_date(std::string_view text) {
  if (text.empty() || lower(text).find("hijri") != std::string::npos) return std::nullopt;
  std::optional<DateValue> date = parse_date(text);
  if (!date || date->from.year < kEarliestBirthYear) return std::nullopt;
  return date;
}

// The date a <INDIVIDUAL_DATE_OF_BIRTH> states, from its most precise field; `core` receives the
// text it was read from.
std::optional<DateValue> stated_date(const pugi::xml_node& node, std::string& core,
                                     bool& used_note) {
  const std::string exact = child_text(node, "DATE");
  const std::string year = child_text(node, "YEAR");
  const std::string from = child_text(node, "FROM_YEAR");
  const std::string to = child_text(node, "TO_YEAR");
  const std::string note = child_text(node, "NOTE");
  used_note = false;
  if (!exact.empty()) {
    core = exact;
    return plausible_date(iso_date_prefix(exact).empty() ? exact : iso_date_prefix(exact));
  }
  if (!year.empty()) {
    core = year;
    return plausible_date(year);
  }
  if (!from.empty() || !to.empty()) {
    core = from + " to " + to;
    return year_range(from, to);
  }
  core = note;
  used_note = true;
  return plausible_date(note);
}

std::string birth_place(const pugi::xml_node& node, std::string_view city_element,
                        std::string_view country_element) {
  return join({child_text(node, "STREET"), child_text(node, city_element),
               child_text(node, "STATE_PROVINCE"), child_text(node, country_element)},
              ", ");
}

NameKind alias_kind(std::string_view quality) {
  if (quality == "Low") return NameKind::kWeakAlias;
  if (quality == "f.k.a.") return NameKind::kFormer;
  return NameKind::kAlias;  // "Good", "a.k.a." or unstated
}

std::string issuing_country(const pugi::xml_node& node) {
  const std::string issuing = child_text(node, "ISSUING_COUNTRY");
  return issuing.empty() ? child_text(node, "COUNTRY_OF_ISSUE") : issuing;
}

std::string trim_label(std::string label) {
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  return label;
}

}  // namespace

std::string iso_date_prefix(std::string_view text) {
  static constexpr std::string_view kShape = "dddd-dd-dd";
  if (text.size() < kShape.size()) return {};
  for (size_t i = 0; i < kShape.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (kShape[i] == 'd' ? !digit : text[i] != '-') return {};
  }
  return std::string(text.substr(0, kShape.size()));
}

void read_alias(const pugi::xml_node& node, Entity& entity, xml::DiagnosticSink& diagnostics) {
  Name name;
  name.full = child_text(node, "ALIAS_NAME");
  if (name.full.empty()) return;
  name.kind = alias_kind(child_text(node, "QUALITY"));
  name.script = dominant_script(name.full);
  const std::string note = child_text(node, "NOTE");
  if (!note.empty()) add_property(entity, "alias_note", name.full + ": " + note);
  entity.names.push_back(std::move(name));

  append_unique(entity.birth_places, birth_place(node, "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH"));
  const std::string birth_date = child_text(node, "DATE_OF_BIRTH");
  if (birth_date.empty()) return;
  std::optional<DateValue> date = plausible_date(birth_date);
  if (!date) {
    diagnostics.warn(node, "unrecognised alias DATE_OF_BIRTH '" + birth_date + "' kept as text");
    add_property(entity, "birth_date", birth_date);
    return;
  }
  date->original = birth_date;
  add_birth_date(entity, std::move(*date));
}

void read_address(const pugi::xml_node& node, Entity& entity) {
  Address address;
  address.street = child_text(node, "STREET");
  address.city = child_text(node, "CITY");
  address.region = child_text(node, "STATE_PROVINCE");
  address.postal_code = child_text(node, "ZIP_CODE");
  address.country_name = child_text(node, "COUNTRY");
  address.country = country_code_or_empty(address.country_name);
  address.note = child_text(node, "NOTE");
  if (address.to_string().empty()) return;
  append_unique(entity.countries, address.country);
  entity.addresses.push_back(std::move(address));
}

void read_birth_date(const pugi::xml_node& node, Entity& entity, xml::DiagnosticSink& diagnostics) {
  std::string core;
  bool used_note = false;
  std::optional<DateValue> date = stated_date(node, core, used_note);
  if (core.empty()) return;  // the empty placeholder the UN writes for "no date"
  const std::string note = child_text(node, "NOTE");
  if (!date) {
    diagnostics.warn(node, "unrecognised date of birth '" + core + "' kept as text");
    add_property(entity, "birth_date", core);
    return;
  }
  const bool approximate = child_text(node, "TYPE_OF_DATE") == "APPROXIMATELY" ||
                           lower(note).find("approximately") != std::string::npos;
  date->circa = date->circa || approximate;
  date->original = approximate ? "circa " + core : core;
  if (!note.empty() && !used_note) date->original += " (" + note + ")";
  add_birth_date(entity, std::move(*date));
}

void read_birth_place(const pugi::xml_node& node, Entity& entity) {
  std::string place = birth_place(node, "CITY", "COUNTRY");
  const std::string note = child_text(node, "NOTE");
  if (!place.empty() && !note.empty()) place += " (" + note + ")";
  append_unique(entity.birth_places, std::move(place));
}

IdentifierType un_document_type(std::string_view document_type) {
  const std::string l = lower(document_type);
  if (contains_any(l, {"passport", "pasaporte", "passeport"})) return IdentifierType::kPassport;
  if (contains_any(l, {"driver"})) return IdentifierType::kDriverLicense;
  if (contains_any(l, {"fiscal", "tax"})) return IdentifierType::kTaxId;
  if (contains_any(l, {"identification", "identity", "id card", "national number",
                       "social security", "personal", "tazkira"})) {
    return IdentifierType::kNationalId;
  }
  return IdentifierType::kOther;
}

void read_document(const pugi::xml_node& node, Entity& entity) {
  const std::string broad_type = child_text(node, "TYPE_OF_DOCUMENT");
  const std::string exact_type = trim_label(child_text(node, "TYPE_OF_DOCUMENT2"));
  const std::string label = exact_type.empty() ? broad_type : exact_type;
  const std::string note =
      join({child_text(node, "CITY_OF_ISSUE"), child_text(node, "NOTE")}, "; ");
  const std::string number = child_text(node, "NUMBER");
  if (number.empty()) {
    if (!note.empty()) add_property(entity, "document", join({label, note}, ": "));
    return;
  }
  // The second type is the more specific one; UN's broad type decides when it says nothing.
  IdentifierType type = un_document_type(exact_type);
  if (type == IdentifierType::kOther) type = un_document_type(broad_type);
  Identifier identifier = make_identifier(type, label, number);
  const std::string country = issuing_country(node);
  identifier.country = country_code_or_empty(country);
  identifier.issued = child_text(node, "DATE_OF_ISSUE");
  identifier.note = identifier.country.empty() ? join({country, note}, "; ") : note;
  entity.identifiers.push_back(std::move(identifier));
}

}  // namespace vigil::sources::un_xml
