#include "sources/ofac_remarks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <optional>

#include "model/ascii.h"
#include "model/country.h"

namespace vigil::sources {
namespace {

using model::trim;

std::string_view strip_period(std::string_view text) {
  text = trim(text);
  if (text.ends_with('.') && !text.ends_with("..")) {
    // Keep the period of an abbreviation that ends the value ("Co.", "S.A.") only when the
    // fact is a quoted name; callers strip names separately.
    text.remove_suffix(1);
  }
  return trim(text);
}

void add_property(Entity& entity, std::string key, std::string_view value) {
  entity.properties.push_back({std::move(key), std::string(trim(value))});
}

void add_country_to(std::vector<std::string>& list, std::string_view name, Entity& entity,
                    const char* text_key) {
  const auto code = model::country_code(trim(name));
  if (!code) {
    add_property(entity, text_key, name);
    return;
  }
  if (std::find(list.begin(), list.end(), *code) == list.end()) list.push_back(*code);
}

// "Passport 1084010 (Egypt) issued 15 Jul 1998 expires 22 May 2003" after the label.
struct IdentifierText {
  std::string value;
  std::string country;
  std::string issued;
  std::string expires;
  std::string note;
};

IdentifierText parse_identifier_text(std::string_view text) {
  IdentifierText out;
  text = trim(text);
  for (const auto& [word, field] : {std::pair{std::string_view(" expires "), &out.expires},
                                    std::pair{std::string_view(" issued "), &out.issued}}) {
    const size_t at = text.rfind(word);
    if (at == std::string_view::npos) continue;
    *field = std::string(trim(text.substr(at + word.size())));
    text = trim(text.substr(0, at));
  }
  // Trailing "(Country)" groups: the last that names a country is the issuer; others notes.
  while (text.ends_with(')')) {
    const size_t open = text.rfind('(');
    if (open == std::string_view::npos) break;
    const std::string_view inner = text.substr(open + 1, text.size() - open - 2);
    if (out.country.empty()) {
      if (const auto code = model::country_code(inner)) {
        out.country = *code;
        text = trim(text.substr(0, open));
        continue;
      }
    }
    out.note = std::string(inner) + (out.note.empty() ? "" : "; " + out.note);
    text = trim(text.substr(0, open));
  }
  out.value = std::string(text);
  return out;
}

void add_identifier(Entity& entity, IdentifierType type, std::string_view label,
                    std::string_view text) {
  IdentifierText parsed = parse_identifier_text(text);
  if (parsed.value.empty()) return;
  Identifier id;
  id.type = type;
  id.label = std::string(label);
  id.normalised = normalise_identifier(type, parsed.value);
  id.value = std::move(parsed.value);
  id.country = std::move(parsed.country);
  id.issued = std::move(parsed.issued);
  id.expires = std::move(parsed.expires);
  id.note = std::move(parsed.note);
  entity.identifiers.push_back(std::move(id));
}

// Quoted names of an a.k.a. fact: "a.k.a. 'BNC'" -> {"BNC"}.
std::vector<std::string> quoted_names(std::string_view text) {
  std::vector<std::string> names;
  const size_t open = text.find('\'');
  const size_t close = text.rfind('\'');
  if (open == std::string_view::npos || close <= open) {
    if (!trim(text).empty()) names.emplace_back(trim(text));
    return names;
  }
  names.emplace_back(trim(text.substr(open + 1, close - open - 1)));
  return names;
}

void add_names(Entity& entity, NameKind kind, std::string_view text) {
  for (std::string& name : quoted_names(text)) {
    if (name.empty()) continue;
    Name n;
    n.full = std::move(name);
    n.kind = kind;
    entity.names.push_back(std::move(n));
  }
}

using Handler = std::function<void(Entity&, std::string_view label, std::string_view rest)>;

struct Rule {
  std::string_view label;  // the key the fact starts with
  Handler handle;
};

Handler identifier(IdentifierType type) {
  return [type](Entity& e, std::string_view label, std::string_view rest) {
    add_identifier(e, type, label, rest);
  };
}

Handler property(std::string key) {
  return [key](Entity& e, std::string_view, std::string_view rest) { add_property(e, key, rest); };
}

// The value of a labelled fact: the label and a ":" after it removed.
std::string_view after_colon(std::string_view rest) {
  rest = trim(rest);
  if (rest.starts_with(':')) rest.remove_prefix(1);
  return trim(rest);
}

void handle_dob(Entity& e, std::string_view, std::string_view rest) {
  if (auto date = parse_date(rest)) {
    e.birth_dates.push_back(std::move(*date));
  } else {
    add_property(e, "birth_date_text", rest);
  }
}

void handle_gender(Entity& e, std::string_view, std::string_view rest) {
  const std::string_view value = trim(rest);
  if (value == "Male")
    e.gender = Gender::kMale;
  else if (value == "Female")
    e.gender = Gender::kFemale;
  else
    add_property(e, "gender_text", value);
}

void handle_linked_to(Entity& e, std::string_view, std::string_view rest) {
  const std::string_view target = after_colon(rest);
  if (target.empty()) return;
  e.relations.push_back({RelationKind::kLinkedTo, "", std::string(target), std::nullopt});
}

void handle_crypto(Entity& e, std::string_view, std::string_view rest) {
  // "- XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"
  std::string_view text = trim(rest);
  if (text.starts_with('-')) text = trim(text.substr(1));
  const size_t space = text.find(' ');
  if (space == std::string_view::npos) return;
  add_identifier(e, IdentifierType::kCryptoWallet, text.substr(0, space), text.substr(space + 1));
}

void handle_date_property(Entity& e, std::string key, std::string_view rest) {
  const std::string_view value = after_colon(rest);
  const auto date = parse_date(value);
  add_property(e, std::move(key), date && !date->is_range() ? date->from.to_iso() : value);
}

void handle_vessel_flag(Entity& e, std::string_view, std::string_view rest) {
  add_property(e, "vessel_flag", rest);
  if (const auto code = model::country_code(trim(rest))) {
    if (std::find(e.countries.begin(), e.countries.end(), *code) == e.countries.end()) {
      e.countries.push_back(*code);
    }
  }
}

// Longest labels first so that "Passport Booklet" wins over "Passport".
std::vector<Rule> make_rules() {
  std::vector<Rule> rules = {
      {"DOB", handle_dob},
      {"POB", [](Entity& e, auto, auto rest) { e.birth_places.emplace_back(trim(rest)); }},
      {"nationality",
       [](Entity& e, auto, auto rest) {
         add_country_to(e.nationalities, rest, e, "nationality_text");
       }},
      {"citizen", [](Entity& e, auto,
                     auto rest) { add_country_to(e.citizenships, rest, e, "citizenship_text"); }},
      {"Gender", handle_gender},
      {"a.k.a.", [](Entity& e, auto, auto rest) { add_names(e, NameKind::kWeakAlias, rest); }},
      {"f.k.a.", [](Entity& e, auto, auto rest) { add_names(e, NameKind::kFormer, rest); }},
      {"n.k.a.", [](Entity& e, auto, auto rest) { add_names(e, NameKind::kAlias, rest); }},
      {"Linked To", handle_linked_to},
      {"Digital Currency Address", handle_crypto},
      {"Website", identifier(IdentifierType::kWebsite)},
      {"Email Address", identifier(IdentifierType::kEmail)},
      {"Email", identifier(IdentifierType::kEmail)},
      {"Phone Number", identifier(IdentifierType::kPhone)},
      {"Telephone No.", identifier(IdentifierType::kPhone)},
      {"Telephone",
       [](Entity& e, auto label, auto rest) {
         add_identifier(e, IdentifierType::kPhone, label, after_colon(rest));
       }},
      {"Fax",
       [](Entity& e, auto label, auto rest) {
         add_identifier(e, IdentifierType::kPhone, label, after_colon(rest));
       }},
      // Vessels.
      {"Vessel Registration Identification IMO", identifier(IdentifierType::kImo)},
      {"Identification Number IMO", identifier(IdentifierType::kImo)},
      {"Company Number IMO", identifier(IdentifierType::kImo)},
      {"MMSI", identifier(IdentifierType::kMmsi)},
      {"Vessel Call Sign", identifier(IdentifierType::kCallSign)},
      {"Vessel Flag", handle_vessel_flag},
      {"Former Vessel Flag", property("former_vessel_flag")},
      {"Vessel Type", property("vessel_type")},
      {"Other Vessel Type", property("vessel_type")},
      {"Vessel Tonnage", property("vessel_tonnage")},
      {"Vessel Gross Registered Tonnage", property("vessel_grt")},
      {"Vessel Owner", property("vessel_owner")},
      {"Other Vessel Owner", property("vessel_owner")},
      {"Vessel Year of Build", property("vessel_build_year")},
      {"Other Vessel Call Sign", identifier(IdentifierType::kCallSign)},
      {"Other Vessel Flag", property("vessel_flag")},
      // Aircraft.
      {"Aircraft Tail Number", identifier(IdentifierType::kAircraftTail)},
      {"Previous Aircraft Tail Number", identifier(IdentifierType::kAircraftTail)},
      {"Aircraft Manufacturer's Serial Number (MSN)", identifier(IdentifierType::kAircraftSerial)},
      {"Aircraft Model", property("aircraft_model")},
      {"Aircraft Operator", property("aircraft_operator")},
      {"Aircraft Manufacture Date", property("aircraft_manufacture_date")},
      {"Aircraft Construction Number (also called L/N or S/N or F/N)",
       property("aircraft_construction_number")},
      {"Aircraft Mode S Transponder Code", property("aircraft_mode_s")},
      // Sanctions information.
      {"Additional Sanctions Information -", property("additional_sanctions_information")},
      {"Secondary sanctions risk:", property("secondary_sanctions_risk")},
      {"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
       property("transactions_prohibited")},
      {"CAATSA Section 235 Information:", property("caatsa_235")},
      {"Listing Date", property("listing_date")},
      {"Effective Date", property("effective_date")},
      {"Purchase/Sales For Divestment Date", property("divestment_date")},
      {"Organization Established Date",
       [](Entity& e, auto, auto rest) {
         handle_date_property(e, "organization_established_date", rest);
       }},
      {"Organization Type:", property("organization_type")},
      {"Target Type", property("target_type")},
      {"Equity Ticker", property("equity_ticker")},
      {"Nationality of Registration", property("nationality_of_registration")},
      // Identifiers with a label, a value, an optional (Country), issued and expiry dates.
      {"SWIFT/BIC", identifier(IdentifierType::kBic)},
      {"BIK (RU)", identifier(IdentifierType::kOther)},
      {"Legal Entity Number", identifier(IdentifierType::kLei)},
      {"ISIN", identifier(IdentifierType::kIsin)},
      {"Driver's License No.", identifier(IdentifierType::kDriverLicense)},
  };
  for (std::string_view label :
       {"Passport", "Diplomatic Passport", "Passport Booklet", "Travel Document Number"}) {
    rules.push_back({label, identifier(IdentifierType::kPassport)});
  }
  for (std::string_view label : {"National ID No.",
                                 "Cedula No.",
                                 "C.U.R.P.",
                                 "C.U.R.P. #",
                                 "C.U.I.",
                                 "D.N.I.",
                                 "Identification Number",
                                 "Personal ID Card",
                                 "Turkish Identification Number",
                                 "National Foreign ID Number",
                                 "Kenyan ID No.",
                                 "Numero de Identidad",
                                 "Citizen's Card Number",
                                 "Residency Number",
                                 "Electoral Registry No.",
                                 "Credencial electoral",
                                 "I.F.E.",
                                 "LE Number",
                                 "Birth Certificate Number",
                                 "Cartilla de Servicio Militar Nacional",
                                 "Refugee ID Card",
                                 "Stateless Person ID Card",
                                 "Stateless Person Passport",
                                 "Moroccan Personal ID No."}) {
    rules.push_back({label, identifier(IdentifierType::kNationalId)});
  }
  for (std::string_view label :
       {"Tax ID No.", "R.F.C.", "RFC", "NIT #", "RUC #", "SSN", "US FEIN", "V.A.T. Number",
        "C.U.I.T.", "RTN", "Italian Fiscal Code", "Tax Identification Number"}) {
    rules.push_back({label, identifier(IdentifierType::kTaxId)});
  }
  for (std::string_view label : {"Registration Number",
                                 "Registration ID",
                                 "Business Registration Number",
                                 "Business Registration Document #",
                                 "Company Number",
                                 "UK Company Number",
                                 "Commercial Registry Number",
                                 "Chamber of Commerce Number",
                                 "Unified Social Credit Code (USCC)",
                                 "United Social Credit Code Certificate (USCCC)",
                                 "Government Gazette Number",
                                 "Folio Mercantil No.",
                                 "Matricula Mercantil No",
                                 "C.R. No.",
                                 "Trade License No.",
                                 "Economic Register Number (CBLS)",
                                 "Central Registration System Number",
                                 "Enterprise Number",
                                 "Branch Unit Number",
                                 "Business Number",
                                 "Public Registration Number",
                                 "Istanbul Chamber of Comm. No.",
                                 "Dubai Chamber of Commerce Membership No.",
                                 "Registered Charity No.",
                                 "Certificate of Incorporation Number",
                                 "D-U-N-S Number",
                                 "License",
                                 "Permit Number",
                                 "Chinese Commercial Code",
                                 "Serial No."}) {
    rules.push_back({label, identifier(IdentifierType::kRegistration)});
  }
  std::sort(rules.begin(), rules.end(),
            [](const Rule& a, const Rule& b) { return a.label.size() > b.label.size(); });
  return rules;
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> kRules = make_rules();
  return kRules;
}

// The rule whose label opens `fact` followed by a separator, or null.
const Rule* find_rule(std::string_view fact) {
  for (const Rule& rule : rules()) {
    if (!fact.starts_with(rule.label)) continue;
    if (fact.size() == rule.label.size()) return &rule;
    const char next = fact[rule.label.size()];
    if (next == ' ' || next == ':' || rule.label.back() == ':' || rule.label.back() == '-') {
      return &rule;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> split_remarks(std::string_view remarks) {
  std::vector<std::string> facts;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  const auto push = [&](size_t end) {
    std::string_view fact = trim(remarks.substr(start, end - start));
    if (end == remarks.size()) fact = strip_period(fact);
    if (!fact.empty()) facts.emplace_back(fact);
  };
  for (size_t i = 0; i < remarks.size(); ++i) {
    const char c = remarks[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    // A quote opens a quoted name only after a space ("a.k.a. 'X'"), not inside a word
    // ("Ba'th"), and closes before ";", "." or the end.
    if (c == '\'') {
      const bool opens = !quoted && (i == 0 || remarks[i - 1] == ' ');
      const bool closes = quoted && (i + 1 == remarks.size() || remarks[i + 1] == ';' ||
                                     remarks[i + 1] == '.' || remarks[i + 1] == ' ');
      if (opens)
        quoted = true;
      else if (closes)
        quoted = false;
    }
    if (c == ';' && depth == 0 && !quoted) {
      push(i);
      start = i + 1;
    }
  }
  push(remarks.size());
  return facts;
}

void apply_ofac_remarks(std::string_view remarks, Entity& entity) {
  for (const std::string& raw : split_remarks(remarks)) {
    std::string_view fact = raw;
    if (fact.starts_with("alt. ")) fact.remove_prefix(5);
    const Rule* rule = find_rule(fact);
    if (rule == nullptr) {
      add_property(entity, "remark", fact);
      continue;
    }
    rule->handle(entity, rule->label, trim(fact.substr(rule->label.size())));
  }
}

}  // namespace vigil::sources
