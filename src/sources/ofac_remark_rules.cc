#include "sources/ofac_remark_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "model/ascii.h"
#include "model/country.h"
#include "sources/entity_support.h"
#include "sources/ofac_names.h"
#include "sources/ofac_remark_values.h"

namespace vigil::sources::detail {
namespace {

using IT = IdentifierType;
using model::lower;
using model::trim;

// --- Handlers: one per kind of destination. ---

void identifier(const Fact& fact, const RemarkRule& rule, Entity& e) {
  IdentifierText parsed = parse_identifier_text(fact.value);
  if (parsed.value.empty()) return;
  Identifier id = make_identifier(rule.type, std::string(fact.label), std::move(parsed.value));
  id.country = std::move(parsed.country);
  id.issued = std::move(parsed.issued);
  id.expires = std::move(parsed.expires);
  id.note = std::move(parsed.note);
  e.identifiers.push_back(std::move(id));
}

// Emails, websites, phone numbers: the whole value, without a trailing "(website)" note.
void contact(const Fact& fact, const RemarkRule& rule, Entity& e) {
  std::string_view value = fact.value;
  strip_note(value, to_string(rule.type));
  if (value.empty()) return;
  e.identifiers.push_back(make_identifier(rule.type, std::string(fact.label), std::string(value)));
}

// "Digital Currency Address - XBT 12QtD5BF...": the currency is the label.
void crypto_wallet(const Fact& fact, const RemarkRule&, Entity& e) {
  const std::string_view value = fact.value;
  const size_t space = value.find(' ');
  if (space == std::string_view::npos) return;
  const std::string_view address = trim(value.substr(space + 1));
  if (address.empty()) return;
  e.identifiers.push_back(make_identifier(IT::kCryptoWallet, std::string(value.substr(0, space)),
                                          std::string(address)));
}

void property(const Fact& fact, const RemarkRule& rule, Entity& e) {
  add_property(e, std::string(rule.key), std::string(fact.value));
}

// Facts whose label carries meaning (which order, which directive): the whole fact is kept.
void whole_fact_property(const Fact& fact, const RemarkRule& rule, Entity& e) {
  add_property(e, std::string(rule.key), std::string(fact.text));
}

// A date as ISO 8601 when it reads as one, else as written.
void date_property(const Fact& fact, const RemarkRule& rule, Entity& e) {
  const auto date = parse_date(fact.value);
  const bool single = date && !date->is_range() && !date->circa;
  add_property(e, std::string(rule.key), single ? date->from.to_iso() : std::string(fact.value));
}

// "Former Vessel Flag Tanzania": the flag as written and, under "<key>_code", its code.
void flag(const Fact& fact, const RemarkRule& rule, Entity& e) {
  add_property(e, std::string(rule.key), std::string(fact.value));
  add_property(e, std::string(rule.key) + "_code", country_code_or_empty(fact.value));
}

// "Vessel Flag Iran", "Nationality of Registration Korea, North": the country the party is
// registered in now is also one of its countries.
void registration_flag(const Fact& fact, const RemarkRule& rule, Entity& e) {
  flag(fact, rule, e);
  append_unique(e.countries, country_code_or_empty(fact.value));
}

void birth_date(const Fact& fact, const RemarkRule&, Entity& e) {
  if (auto date = parse_date(fact.value)) {
    add_birth_date(e, std::move(*date));
  } else {
    add_property(e, "birth_date", std::string(fact.value));
  }
}

void birth_place(const Fact& fact, const RemarkRule&, Entity& e) {
  append_unique(e.birth_places, std::string(fact.value));
}

// "nationality Iran" / "citizen Iran": the code, or the text as a property when no country
// matches ("possibly Palestinian").
void add_country(const Fact& fact, std::vector<std::string>& codes, std::string key, Entity& e) {
  std::string code = country_code_or_empty(fact.value);
  if (code.empty()) {
    add_property(e, std::move(key), std::string(fact.value));
    return;
  }
  append_unique(codes, std::move(code));
}
void nationality(const Fact& fact, const RemarkRule&, Entity& e) {
  add_country(fact, e.nationalities, "nationality", e);
}
void citizenship(const Fact& fact, const RemarkRule&, Entity& e) {
  add_country(fact, e.citizenships, "citizenship", e);
}

void gender(const Fact& fact, const RemarkRule&, Entity& e) {
  const std::string value = lower(fact.value);
  if (value == "male") {
    e.gender = Gender::kMale;
  } else if (value == "female") {
    e.gender = Gender::kFemale;
  } else {
    add_property(e, "gender", std::string(fact.value));
  }
}

// a.k.a. / f.k.a. / n.k.a. 'NAME': a person's name in OFAC's "FAMILY, Given" order is turned
// around as the primary name is.
void name_of_kind(const Fact& fact, NameKind kind, Entity& e) {
  const std::string written = quoted_name(fact.value);
  if (written.empty()) return;
  Name name = make_ofac_name(written, e.schema, kind);
  const bool known = std::any_of(e.names.begin(), e.names.end(), [&name](const Name& n) {
    return n.full == name.full && n.kind == name.kind;
  });
  if (!known) e.names.push_back(std::move(name));
}
void weak_alias(const Fact& f, const RemarkRule&, Entity& e) {
  name_of_kind(f, NameKind::kWeakAlias, e);
}
void former_name(const Fact& f, const RemarkRule&, Entity& e) {
  name_of_kind(f, NameKind::kFormer, e);
}
void now_known_as(const Fact& f, const RemarkRule&, Entity& e) {
  name_of_kind(f, NameKind::kAlias, e);
}

// "Linked To: NEW AHMADI LTD." -> "NEW AHMADI LTD": OFAC lets the fact's closing period and
// an abbreviation's share one, so the period never counts (see entity_links.h).
void linked_to(const Fact& fact, const RemarkRule&, Entity& e) {
  std::string_view target = fact.value;
  while (target.ends_with('.')) target = trim(target.substr(0, target.size() - 1));
  if (target.empty()) return;
  const auto same = [target](const Relation& r) {
    return r.kind == RelationKind::kLinkedTo && r.target_name == target;
  };
  if (std::any_of(e.relations.begin(), e.relations.end(), same)) return;
  e.relations.push_back({RelationKind::kLinkedTo, "", std::string(target), std::nullopt});
}

// "Executive Order 13846 information: ...", "Executive Order 13662 Directive Determination -
// Subject to Directive 1", "Executive Order 14024 Directive Information - ...".
void executive_order(const Fact& fact, const RemarkRule&, Entity& e) {
  const std::string text = lower(fact.text);
  std::string key = "executive_order_information";
  if (text.find("directive determination") != std::string::npos) {
    key = "directive_determination";
  } else if (text.find("directive information") != std::string::npos) {
    key = "directive_information";
  }
  add_property(e, std::move(key), std::string(fact.text));
}

// "For more information on directives, please visit the following link: URL".
void information_link(const Fact& fact, const RemarkRule& rule, Entity& e) {
  const size_t colon = fact.value.find(": ");
  const std::string_view link =
      colon == std::string_view::npos ? fact.value : trim(fact.value.substr(colon + 2));
  add_property(e, std::string(rule.key), std::string(link));
}

// --- The table. Labels match case-insensitively and the longest wins, so "Identification
// Number IMO" is an IMO number while "Identification Number" is a national id. ---

constexpr auto kRules = std::to_array<RemarkRule>({
    // Persons.
    {"DOB", birth_date, IT::kOther, ""},
    {"POB", birth_place, IT::kOther, ""},
    {"nationality", nationality, IT::kOther, ""},
    {"citizen", citizenship, IT::kOther, ""},
    {"Gender", gender, IT::kOther, ""},
    {"a.k.a.", weak_alias, IT::kOther, ""},
    {"f.k.a.", former_name, IT::kOther, ""},
    {"n.k.a.", now_known_as, IT::kOther, ""},
    {"d.b.a.", now_known_as, IT::kOther, ""},
    {"Position", property, IT::kOther, "position"},
    {"Occupation", property, IT::kOther, "position"},
    {"Alternate Title", property, IT::kOther, "position"},
    {"ethnicity", property, IT::kOther, "ethnicity"},
    {"Tribe", property, IT::kOther, "tribe"},
    {"Subtribe", property, IT::kOther, "subtribe"},
    {"arrested", property, IT::kOther, "arrested"},
    {"passport place of issue", property, IT::kOther, "passport_place_of_issue"},
    {"ICTY indictee", whole_fact_property, IT::kOther, "icty_status"},
    // Relations.
    {"Linked To", linked_to, IT::kOther, ""},
    // Contacts and wallets.
    {"Email Address", contact, IT::kEmail, ""},
    {"Email", contact, IT::kEmail, ""},
    {"Website", contact, IT::kWebsite, ""},
    {"Phone Number", contact, IT::kPhone, ""},
    {"Telephone No.", contact, IT::kPhone, ""},
    {"Phone", contact, IT::kPhone, ""},
    {"Telephone", contact, IT::kPhone, ""},
    {"Fax No.", contact, IT::kPhone, ""},
    {"Fax", contact, IT::kPhone, ""},
    {"Digital Currency Address", crypto_wallet, IT::kOther, ""},
    // Vessels.
    {"Vessel Registration Identification IMO", identifier, IT::kImo, ""},
    {"Identification Number IMO", identifier, IT::kImo, ""},
    {"Company Number IMO", identifier, IT::kImo, ""},
    {"International Maritime Organization No.", identifier, IT::kImo, ""},
    {"MMSI", identifier, IT::kMmsi, ""},
    {"Vessel Call Sign", identifier, IT::kCallSign, ""},
    {"Other Vessel Call Sign", identifier, IT::kCallSign, ""},
    {"Vessel Flag", registration_flag, IT::kOther, "vessel_flag"},
    {"Other Vessel Flag", flag, IT::kOther, "vessel_flag"},
    {"Former Vessel Flag", flag, IT::kOther, "former_vessel_flag"},
    {"Vessel Type", property, IT::kOther, "vessel_type"},
    {"Other Vessel Type", property, IT::kOther, "vessel_type"},
    {"Vessel Tonnage", property, IT::kOther, "vessel_tonnage"},
    {"Vessel Gross Registered Tonnage", property, IT::kOther, "vessel_grt"},
    {"Vessel Owner", property, IT::kOther, "vessel_owner"},
    {"Other Vessel Owner", property, IT::kOther, "vessel_owner"},
    {"Vessel Year of Build", property, IT::kOther, "vessel_build_year"},
    // Aircraft.
    {"Aircraft Tail Number", identifier, IT::kAircraftTail, ""},
    {"Previous Aircraft Tail Number", identifier, IT::kAircraftTail, ""},
    {"Aircraft Manufacturer's Serial Number (MSN)", identifier, IT::kAircraftSerial, ""},
    {"Aircraft Serial Identification", identifier, IT::kAircraftSerial, ""},
    {"Aircraft Model", property, IT::kOther, "aircraft_model"},
    {"Aircraft Operator", property, IT::kOther, "aircraft_operator"},
    {"Aircraft Manufacture Date", date_property, IT::kOther, "aircraft_manufacture_date"},
    {"Aircraft Construction Number (also called L/N or S/N or F/N)", property, IT::kOther,
     "aircraft_construction_number"},
    {"Aircraft Mode S Transponder Code", property, IT::kOther, "aircraft_mode_s"},
    // Organisations.
    {"Organization Established Date", date_property, IT::kOther, "organization_established_date"},
    {"Organization Type", property, IT::kOther, "organization_type"},
    {"Target Type", property, IT::kOther, "target_type"},
    {"Nationality of Registration", registration_flag, IT::kOther, "nationality_of_registration"},
    {"Registration Country", registration_flag, IT::kOther, "nationality_of_registration"},
    {"Equity Ticker", property, IT::kOther, "equity_ticker"},
    {"Issuer Name", property, IT::kOther, "issuer_name"},
    // Sanctions information and directives.
    {"Additional Sanctions Information", property, IT::kOther, "additional_sanctions_information"},
    {"Secondary sanctions risk", property, IT::kOther, "secondary_sanctions_risk"},
    {"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions",
     property, IT::kOther, "transactions_prohibited"},
    {"Executive Order", executive_order, IT::kOther, ""},
    {"CAATSA Section", whole_fact_property, IT::kOther, "caatsa_information"},
    {"IFCA Determination", property, IT::kOther, "ifca_determination"},
    {"PEESA Information", property, IT::kOther, "peesa_information"},
    {"Listing Date", property, IT::kOther, "listing_date"},
    {"Effective Date", property, IT::kOther, "effective_date"},
    {"Purchase/Sales For Divestment Date", property, IT::kOther, "divestment_date"},
    {"For more information", information_link, IT::kOther, "information_link"},
    // Identity documents.
    {"Passport", identifier, IT::kPassport, ""},
    {"Diplomatic Passport", identifier, IT::kPassport, ""},
    {"Passport Booklet", identifier, IT::kPassport, ""},
    {"Travel Document Number", identifier, IT::kPassport, ""},
    {"Stateless Person Passport", identifier, IT::kPassport, ""},
    {"British National Overseas Passport", identifier, IT::kPassport, ""},
    {"National ID No.", identifier, IT::kNationalId, ""},
    {"Cedula No.", identifier, IT::kNationalId, ""},
    {"C.U.R.P.", identifier, IT::kNationalId, ""},
    {"C.U.R.P. #", identifier, IT::kNationalId, ""},
    {"C.U.I.", identifier, IT::kNationalId, ""},
    {"C.U.I.P.", identifier, IT::kNationalId, ""},
    {"D.N.I.", identifier, IT::kNationalId, ""},
    {"N.I.E.", identifier, IT::kNationalId, ""},
    {"CNP (Personal Numerical Code)", identifier, IT::kNationalId, ""},
    {"Bosnian Personal ID No.", identifier, IT::kNationalId, ""},
    {"Tazkira National ID Card", identifier, IT::kNationalId, ""},
    {"Identification Number", identifier, IT::kNationalId, ""},
    {"Personal ID Card", identifier, IT::kNationalId, ""},
    {"Personal Numerical Code", identifier, IT::kNationalId, ""},
    {"Turkish Identification Number", identifier, IT::kNationalId, ""},
    {"National Foreign ID Number", identifier, IT::kNationalId, ""},
    {"Kenyan ID No.", identifier, IT::kNationalId, ""},
    {"Moroccan Personal ID No.", identifier, IT::kNationalId, ""},
    {"Numero de Identidad", identifier, IT::kNationalId, ""},
    {"Citizen's Card Number", identifier, IT::kNationalId, ""},
    {"Residency Number", identifier, IT::kNationalId, ""},
    {"Electoral Registry No.", identifier, IT::kNationalId, ""},
    {"Credencial electoral", identifier, IT::kNationalId, ""},
    {"I.F.E.", identifier, IT::kNationalId, ""},
    {"LE Number", identifier, IT::kNationalId, ""},
    {"Birth Certificate Number", identifier, IT::kNationalId, ""},
    {"Cartilla de Servicio Militar Nacional", identifier, IT::kNationalId, ""},
    {"Refugee ID Card", identifier, IT::kNationalId, ""},
    {"Stateless Person ID Card", identifier, IT::kNationalId, ""},
    {"SSN", identifier, IT::kNationalId, ""},
    {"Social Security Number", identifier, IT::kNationalId, ""},
    {"Driver's License No.", identifier, IT::kDriverLicense, ""},
    {"Driver's License", identifier, IT::kDriverLicense, ""},
    // Tax numbers.
    {"Tax ID No.", identifier, IT::kTaxId, ""},
    {"Tax Identification Number", identifier, IT::kTaxId, ""},
    {"R.F.C.", identifier, IT::kTaxId, ""},
    {"RFC", identifier, IT::kTaxId, ""},
    {"NIT #", identifier, IT::kTaxId, ""},
    {"RUC #", identifier, IT::kTaxId, ""},
    {"US FEIN", identifier, IT::kTaxId, ""},
    {"V.A.T. Number", identifier, IT::kTaxId, ""},
    {"C.U.I.T.", identifier, IT::kTaxId, ""},
    {"RTN", identifier, IT::kTaxId, ""},
    {"Italian Fiscal Code", identifier, IT::kTaxId, ""},
    {"Fiscal Code", identifier, IT::kTaxId, ""},
    {"C.I.F.", identifier, IT::kTaxId, ""},
    {"RIF #", identifier, IT::kTaxId, ""},
    {"Numero Unico de Identificacao Tributaria (NUIT)", identifier, IT::kTaxId, ""},
    // Companies and finance.
    {"SWIFT/BIC", identifier, IT::kBic, ""},
    {"Legal Entity Number", identifier, IT::kLei, ""},
    {"Legal Entity Number (LEI)", identifier, IT::kLei, ""},
    {"ISIN", identifier, IT::kIsin, ""},
    {"Registration Number", identifier, IT::kRegistration, ""},
    {"Registration ID", identifier, IT::kRegistration, ""},
    {"Business Registration Number", identifier, IT::kRegistration, ""},
    {"Business Registration Document #", identifier, IT::kRegistration, ""},
    {"Company Number", identifier, IT::kRegistration, ""},
    {"UK Company Number", identifier, IT::kRegistration, ""},
    {"Commercial Registry Number", identifier, IT::kRegistration, ""},
    {"Chamber of Commerce Number", identifier, IT::kRegistration, ""},
    {"Unified Social Credit Code (USCC)", identifier, IT::kRegistration, ""},
    {"United Social Credit Code Certificate (USCCC)", identifier, IT::kRegistration, ""},
    {"Government Gazette Number", identifier, IT::kRegistration, ""},
    {"Folio Mercantil No.", identifier, IT::kRegistration, ""},
    {"Matricula Mercantil No", identifier, IT::kRegistration, ""},
    {"C.R. No.", identifier, IT::kRegistration, ""},
    {"Trade License No.", identifier, IT::kRegistration, ""},
    {"Economic Register Number (CBLS)", identifier, IT::kRegistration, ""},
    {"Central Registration System Number", identifier, IT::kRegistration, ""},
    {"Enterprise Number", identifier, IT::kRegistration, ""},
    {"Branch Unit Number", identifier, IT::kRegistration, ""},
    {"Business Number", identifier, IT::kRegistration, ""},
    {"Public Registration Number", identifier, IT::kRegistration, ""},
    {"Istanbul Chamber of Comm. No.", identifier, IT::kRegistration, ""},
    {"Dubai Chamber of Commerce Membership No.", identifier, IT::kRegistration, ""},
    {"Registered Charity No.", identifier, IT::kRegistration, ""},
    {"Certificate of Incorporation Number", identifier, IT::kRegistration, ""},
    {"D-U-N-S Number", identifier, IT::kRegistration, ""},
    {"License", identifier, IT::kRegistration, ""},
    {"Permit Number", identifier, IT::kRegistration, ""},
    {"File Number", identifier, IT::kRegistration, ""},
    {"C.I.N.", identifier, IT::kRegistration, ""},
    {"MSB Registration Number", identifier, IT::kRegistration, ""},
    {"Afghan Money Service Provider License Number", identifier, IT::kRegistration, ""},
    // Identifiers without a model type keep OFAC's label.
    {"BIK (RU)", identifier, IT::kOther, ""},
    {"Chinese Commercial Code", identifier, IT::kOther, ""},
    {"VisaNumberID", identifier, IT::kOther, ""},
    {"Serial No.", identifier, IT::kOther, ""},
    {"Military Registration Number", identifier, IT::kOther, ""},
    {"Immigration No.", identifier, IT::kOther, ""},
    {"MICEX Code", identifier, IT::kOther, ""},
});

struct IndexedRule {
  std::string label;  // lower case
  const RemarkRule* rule;
};

// Rules by the first letter of their label, longest label first.
class RuleIndex {
 public:
  RuleIndex() {
    for (const RemarkRule& rule : kRules) {
      std::string label = lower(rule.label);
      const auto first = static_cast<unsigned char>(label.front());
      buckets_[first].push_back({std::move(label), &rule});
    }
    for (auto& bucket : buckets_) {
      std::stable_sort(bucket.begin(), bucket.end(), [](const auto& a, const auto& b) {
        return a.label.size() > b.label.size();
      });
    }
  }

  [[nodiscard]] const RemarkRule* find(std::string_view fact) const {
    if (fact.empty()) return nullptr;
    const std::string head = lower(fact.substr(0, std::min(fact.size(), kLongestLabel)));
    for (const IndexedRule& entry : buckets_[static_cast<unsigned char>(head.front())]) {
      if (head.starts_with(entry.label) && ends_at_boundary(fact, entry.label)) return entry.rule;
    }
    return nullptr;
  }

 private:
  static constexpr size_t kLongestLabel = 128;

  // "Passport 123" and "Passport: 123" open with "Passport"; "Passports" does not.
  static bool ends_at_boundary(std::string_view fact, std::string_view label) {
    if (fact.size() == label.size()) return true;
    const auto last = static_cast<unsigned char>(label.back());
    const auto next = static_cast<unsigned char>(fact[label.size()]);
    return std::isalnum(last) == 0 || std::isalnum(next) == 0;
  }

  std::array<std::vector<IndexedRule>, 256> buckets_;
};

}  // namespace

const RemarkRule* find_remark_rule(std::string_view fact) {
  static const RuleIndex kIndex;
  return kIndex.find(fact);
}

}  // namespace vigil::sources::detail
