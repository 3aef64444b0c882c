#include "sources/ofac_id_types.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "model/ascii.h"
#include "sources/entity_support.h"

namespace vigil::sources {
namespace {

using model::lower;

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(),
                     [text](std::string_view part) { return contains(text, part); });
}

std::string_view trim_label(std::string_view label) {
  while (!label.empty() && (label.back() == ' ' || label.back() == ':' || label.back() == '-')) {
    label.remove_suffix(1);
  }
  return label;
}

// Labels that state a fact rather than an identifier, with the property key they become.
struct FactLabel {
  std::string_view prefix;  // lower case
  std::string_view key;
};
constexpr std::array<FactLabel, 14> kFactLabels = {{
    {"organization established date", "established_date"},
    {"organization type", "organization_type"},
    {"target type", "target_type"},
    {"secondary sanctions risk", "secondary_sanctions_risk"},
    {"transactions prohibited for persons owned or controlled by u.s. financial institutions",
     "transactions_prohibited"},
    {"additional sanctions information", "additional_sanctions_information"},
    {"vessel year of build", "vessel_build_year"},
    {"other vessel flag", "vessel_flag_other"},
    {"former vessel flag", "vessel_flag_former"},
    {"other vessel type", "vessel_type"},
    {"aircraft manufacture date", "aircraft_build_date"},
    {"aircraft model", "aircraft_model"},
    {"aircraft operator", "aircraft_operator"},
    {"issuer name", "issuer_name"},
}};

// Directive and programme notices: their label carries meaning (which directive, which date),
// so the label is kept in the property value.
constexpr std::array<std::string_view, 7> kNoticePrefixes = {
    "executive order", "listing date", "effective date", "purchase/sales for divestment date",
    "caatsa",          "ifca",         "peesa"};

std::optional<std::string_view> fact_key(std::string_view lowered) {
  for (const FactLabel& fact : kFactLabels) {
    if (lowered.starts_with(fact.prefix)) return fact.key;
  }
  return std::nullopt;
}

bool is_notice(std::string_view lowered) {
  if (contains(lowered, "directive")) return true;
  return std::any_of(kNoticePrefixes.begin(), kNoticePrefixes.end(),
                     [lowered](std::string_view prefix) { return lowered.starts_with(prefix); });
}

std::optional<Gender> parse_gender(std::string_view value) {
  const std::string lowered = lower(value);
  if (lowered == "male") return Gender::kMale;
  if (lowered == "female") return Gender::kFemale;
  return std::nullopt;
}

// "Digital Currency Address - XBT" -> "XBT".
std::string currency_of(std::string_view label) {
  const size_t dash = label.rfind('-');
  std::string_view code = dash == std::string_view::npos ? label : label.substr(dash + 1);
  while (!code.empty() && code.front() == ' ') code.remove_prefix(1);
  while (!code.empty() && code.back() == ' ') code.remove_suffix(1);
  return std::string(code);
}

// "IMO 6003121": OFAC writes a company's or vessel's IMO number under other labels too
// ("Identification Number", "Company Number"); the number says what it is.
bool is_written_as_imo(std::string_view number) {
  if (!number.starts_with("IMO ")) return false;
  const std::string_view digits = number.substr(4);
  return digits.size() == 7 && std::all_of(digits.begin(), digits.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0;
         });
}

void add_identifier(const OfacId& id, Entity& entity) {
  const IdentifierType type =
      is_written_as_imo(id.number) ? IdentifierType::kImo : ofac_identifier_type(id.type);
  const bool is_wallet = type == IdentifierType::kCryptoWallet;
  Identifier identifier =
      make_identifier(type, is_wallet ? currency_of(id.type) : id.type, id.number);
  identifier.country = country_code_or_empty(id.country);
  if (identifier.country.empty()) identifier.note = id.country;
  identifier.issued = id.issued;
  identifier.expires = id.expires;
  entity.identifiers.push_back(std::move(identifier));
}

}  // namespace

IdentifierType ofac_identifier_type(std::string_view label) {
  const std::string l = lower(label);
  if (l.starts_with("digital currency address")) return IdentifierType::kCryptoWallet;
  if (contains(l, "vessel registration identification") || l.starts_with("imo")) {
    return IdentifierType::kImo;
  }
  if (contains(l, "mmsi")) return IdentifierType::kMmsi;
  if (contains(l, "call sign")) return IdentifierType::kCallSign;
  if (contains(l, "tail number")) return IdentifierType::kAircraftTail;
  if (contains_any(l, {"serial number", "construction number"})) {
    return IdentifierType::kAircraftSerial;
  }
  if (contains(l, "swift") || l == "bic") return IdentifierType::kBic;
  if (contains(l, "legal entity number") || l == "lei") return IdentifierType::kLei;
  if (contains(l, "isin")) return IdentifierType::kIsin;
  if (contains(l, "email")) return IdentifierType::kEmail;
  if (contains(l, "website")) return IdentifierType::kWebsite;
  if (contains_any(l, {"phone", "fax"})) return IdentifierType::kPhone;
  if (contains(l, "passport")) return IdentifierType::kPassport;
  if (contains(l, "driver")) return IdentifierType::kDriverLicense;
  if (contains_any(l, {"tax", "v.a.t.", "r.f.c.", "nit #", "ruc #", "cuit"}) || l == "inn" ||
      l == "tin") {
    return IdentifierType::kTaxId;
  }
  if (contains_any(l, {"registration", "company number", "business number", "commercial regist",
                       "incorporation", "chamber of commerce", "unified social credit",
                       "government gazette", "trade licen", "license", "licence", "c.r. no",
                       "enterprise number", "folio mercantil", "matricula mercantil"})) {
    return IdentifierType::kRegistration;
  }
  if (contains_any(l, {"national id", "cedula", "c.u.r.p.", "d.n.i.", "identification number",
                       "identity", "personal id", "citizen", "ssn", "social security", "id no",
                       "id card", "residency number"})) {
    return IdentifierType::kNationalId;
  }
  return IdentifierType::kOther;
}

void apply_ofac_id(const OfacId& id, Entity& entity) {
  if (id.number.empty()) return;
  const std::string lowered = lower(id.type);
  if (lowered == "gender") {
    if (auto gender = parse_gender(id.number)) entity.gender = *gender;
    return;
  }
  if (lowered.starts_with("nationality of registration")) {
    append_unique(entity.countries, country_code_or_empty(id.number));
    add_property(entity, "registration_country", id.number);
    return;
  }
  if (auto key = fact_key(lowered)) {
    add_property(entity, std::string(*key), id.number);
    return;
  }
  if (is_notice(lowered)) {
    add_property(entity, "sanctions_information",
                 std::string(trim_label(id.type)) + ": " + id.number);
    return;
  }
  add_identifier(id, entity);
}

}  // namespace vigil::sources
