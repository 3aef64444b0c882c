#include "party/party_facts.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "match/name_tables.h"
#include "model/country.h"
#include "text/normalise.h"

namespace vigil::party {
namespace {

constexpr std::string_view kOfacAuthority = "OFAC";
constexpr std::string_view kTreasuryAuthority = "Treasury Department";  // the US CSL's agency
constexpr std::string_view kUnReferenceLabel = "UN reference number";
constexpr std::string_view kUnReferenceProperty = "un_reference_number";
constexpr size_t kMinNameTokens = 2;
// The widest range of birth years compared ("1960 to 1961" is one party's uncertainty; "1950
// to 1960" says too little).
constexpr int kMaxBirthRangeYears = 2;

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool all_letters(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

void sort_unique(std::vector<std::string>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

bool every_sanction_by(const Entity& entity, std::string_view authority) {
  return !entity.sanctions.empty() &&
         std::all_of(entity.sanctions.begin(), entity.sanctions.end(),
                     [authority](const Sanction& s) { return s.authority == authority; });
}

// "QDi.371" -> "QDI.371"; empty when not shaped like a UN reference.
std::string un_reference_key(std::string_view written) {
  std::string key;
  for (char c : written) {
    if (c != ' ') key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  while (!key.empty() && key.back() == '.') key.pop_back();
  const size_t dot = key.find('.');
  if (dot == std::string::npos || dot < 3 || dot > 4) return {};
  const std::string_view prefix = std::string_view(key).substr(0, dot);
  const std::string_view number = std::string_view(key).substr(dot + 1);
  const bool shaped = all_letters(prefix) && (prefix.back() == 'I' || prefix.back() == 'E') &&
                      number.size() == 3 && all_digits(number);
  return shaped ? key : std::string();
}

// Whether a token says who a person is: not a title or honorific ("sheikh", "haji") and not a
// particle ("al", "bin", "abu"). Every token of an organisation's name counts.
bool is_substantive(std::string_view token, Schema schema) {
  if (schema != Schema::kPerson) return true;
  const match::TokenClass token_class = match::classify_token(token);
  return token_class != match::TokenClass::kHonorific &&
         token_class != match::TokenClass::kParticle;
}

// `prefix`, then the normalised tokens of a name, sorted and joined by spaces; empty when
// fewer than `min_substantive` of them are substantive (`schema` decides what is).
std::string token_multiset(std::string_view full, size_t min_substantive, Schema schema,
                           std::string_view prefix) {
  const std::string normalised = text::normalise_name(full);
  std::vector<std::string_view> tokens = text::tokenise(normalised);
  if (tokens.size() < min_substantive) return {};
  const auto substantive =
      static_cast<size_t>(std::count_if(tokens.begin(), tokens.end(), [schema](std::string_view t) {
        return is_substantive(t, schema);
      }));
  if (substantive < min_substantive) return {};
  std::sort(tokens.begin(), tokens.end());
  std::string key;
  key.reserve(prefix.size() + normalised.size());
  key += prefix;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) key += ' ';
    key += tokens[i];
  }
  return key;
}

// The normalised tokens of a name, sorted, joined by spaces.
std::string any_tokens(std::string_view full) {
  const std::string normalised = text::normalise_name(full);
  std::vector<std::string_view> tokens = text::tokenise(normalised);
  std::sort(tokens.begin(), tokens.end());
  std::string key;
  for (std::string_view token : tokens) {
    if (!key.empty()) key += ' ';
    key += token;
  }
  return key;
}

bool is_full_name(NameKind kind) {
  return kind == NameKind::kPrimary || kind == NameKind::kAlias || kind == NameKind::kNativeScript;
}

void append_all(std::vector<std::string>& to, const std::vector<std::string>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

// The two points agree at the precision of the less precise: the common part, else nullopt.
std::optional<PartialDate> common_point(const PartialDate& left, const PartialDate& right) {
  if (left.empty() || left.year != right.year) return std::nullopt;
  PartialDate common{left.year, 0, 0};
  if (left.month == 0 || right.month == 0) return common;
  if (left.month != right.month) return std::nullopt;
  common.month = left.month;
  if (left.day == 0 || right.day == 0) return common;
  if (left.day != right.day) return std::nullopt;
  common.day = left.day;
  return common;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// A range of days that covers whole years or one whole month, as lists write a year or a
// month they know ("01 Jan 1973 to 31 Dec 1973" is 1973), at that precision; any other date
// as it is.
DateValue at_written_precision(const DateValue& date) {
  if (!date.is_range() || date.from.day != 1 || date.to.day == 0) return date;
  DateValue out = date;
  if (date.from.month == 1 && date.to.month == 12 && date.to.day == 31) {
    out.from = PartialDate{date.from.year, 0, 0};
    out.to = PartialDate{date.to.year, 0, 0};
    return out;
  }
  const bool one_month = date.from.year == date.to.year && date.from.month == date.to.month &&
                         date.to.day == days_in_month(date.to.year, date.to.month);
  if (!one_month) return date;
  out.from.day = 0;
  out.to = out.from;
  return out;
}

// A range of whole years no wider than kMaxBirthRangeYears ("1960 to 1961").
bool is_narrow_year_range(const DateValue& date) {
  return date.is_range() && date.from.month == 0 && date.to.month == 0 && !date.from.empty() &&
         date.to.year - date.from.year <= kMaxBirthRangeYears;
}

// Two stated birth dates agree: points at their common precision, a point inside a narrow
// year range, or the same narrow range. Circa dates and wide ranges never agree.
bool dates_agree(const DateValue& left, const DateValue& right) {
  if (left.circa || right.circa) return false;
  if (!left.is_range() && !right.is_range()) return common_point(left.from, right.from).has_value();
  if (left.is_range() && right.is_range()) return is_narrow_year_range(left) && left == right;
  const DateValue& range = left.is_range() ? left : right;
  const DateValue& point = left.is_range() ? right : left;
  return is_narrow_year_range(range) && !point.from.empty() && point.from.year >= range.from.year &&
         point.from.year <= range.to.year;
}

// What two agreeing dates have in common, as evidence: "1961", "1961-05-12",
// "1961 (within 1960/1961)", "1960/1961". REQUIRES: dates_agree(left, right).
std::string common_date(const DateValue& left, const DateValue& right) {
  if (!left.is_range() && !right.is_range()) return common_point(left.from, right.from)->to_iso();
  if (left.is_range() && right.is_range()) return left.to_string();
  const DateValue& range = left.is_range() ? left : right;
  const DateValue& point = left.is_range() ? right : left;
  return point.from.to_iso() + " (within " + range.to_string() + ")";
}

// A date dates_agree compares: neither circa nor a wide range.
bool comparable(const DateValue& date) {
  return !date.circa && !date.from.empty() && (!date.is_range() || is_narrow_year_range(date));
}

// The first key the two sorted lists share, or nullptr.
const std::string* shared_key(const std::vector<std::string>& a,
                              const std::vector<std::string>& b) {
  auto left = a.begin();
  auto right = b.begin();
  while (left != a.end() && right != b.end()) {
    const int order = left->compare(*right);
    if (order == 0) return &*left;
    if (order < 0) {
      ++left;
    } else {
      ++right;
    }
  }
  return nullptr;
}

}  // namespace

bool is_ofac_record(const Entity& entity) {
  return every_sanction_by(entity, kOfacAuthority) && all_digits(entity.source_id);
}

std::string ofac_uid(const Entity& entity) {
  if (is_ofac_record(entity)) return entity.source_id;
  if (!every_sanction_by(entity, kTreasuryAuthority)) return {};
  const size_t dash = entity.source_id.rfind('-');
  if (dash == std::string::npos) return {};
  const std::string_view uid = std::string_view(entity.source_id).substr(dash + 1);
  return all_digits(uid) ? std::string(uid) : std::string();
}

std::vector<std::string> un_references(const Entity& entity) {
  std::vector<std::string> keys;
  for (const Identifier& identifier : entity.identifiers) {
    if (identifier.label != kUnReferenceLabel) continue;
    std::string key = un_reference_key(identifier.value);
    if (!key.empty()) keys.push_back(std::move(key));
  }
  for (const Property& property : entity.properties) {
    if (property.key != kUnReferenceProperty) continue;
    std::string key = un_reference_key(property.value);
    if (!key.empty()) keys.push_back(std::move(key));
  }
  sort_unique(keys);
  return keys;
}

std::string full_name_key(const Name& name, Schema schema) {
  const std::string_view script =
      name.script.empty() ? text::detect_script(name.full) : std::string_view(name.script);
  std::string prefix(script);
  prefix += '|';
  return token_multiset(name.full, kMinNameTokens, schema, prefix);
}

std::vector<std::string> full_name_keys(const Entity& entity, std::string* primary_key) {
  const Name* primary = entity.primary_name();
  std::vector<std::string> keys;
  for (const Name& name : entity.names) {
    const bool is_primary = &name == primary;
    if (!is_full_name(name.kind) && !is_primary) continue;
    std::string key = full_name_key(name, entity.schema);
    if (is_primary && primary_key != nullptr) *primary_key = key;
    if (!key.empty()) keys.push_back(std::move(key));
  }
  sort_unique(keys);
  return keys;
}

std::vector<std::string> any_name_keys(const Entity& entity) {
  std::vector<std::string> keys;
  for (const Name& name : entity.names) {
    std::string tokens = any_tokens(name.full);
    if (!tokens.empty()) keys.push_back(std::move(tokens));
  }
  sort_unique(keys);
  return keys;
}

bool share_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return shared_key(a, b) != nullptr;
}

std::string first_shared_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::string* key = shared_key(a, b);
  return key == nullptr ? std::string() : *key;
}

std::vector<std::string> person_countries(const Entity& entity) {
  std::vector<std::string> countries = entity.nationalities;
  append_all(countries, entity.citizenships);
  if (countries.empty()) {
    for (const Sanction& sanction : entity.sanctions) {
      std::optional<std::string> code = model::country_code(sanction.program);
      if (code) countries.push_back(std::move(*code));
    }
  }
  std::erase(countries, std::string());
  sort_unique(countries);
  return countries;
}

std::vector<std::string> organisation_countries(const Entity& entity) {
  std::vector<std::string> countries = entity.nationalities;
  append_all(countries, entity.citizenships);
  append_all(countries, entity.countries);
  for (const Address& address : entity.addresses) countries.push_back(address.country);
  std::erase(countries, std::string());
  sort_unique(countries);
  return countries;
}

std::optional<std::string> shared_birth_date(const Entity& a, const Entity& b) {
  for (const DateValue& written_left : a.birth_dates) {
    const DateValue left = at_written_precision(written_left);
    for (const DateValue& written_right : b.birth_dates) {
      const DateValue right = at_written_precision(written_right);
      if (dates_agree(left, right)) return common_date(left, right);
    }
  }
  return std::nullopt;
}

bool birth_dates_exclude(const Entity& a, const Entity& b) {
  if (a.birth_dates.empty() || b.birth_dates.empty()) return false;
  for (const DateValue& written_left : a.birth_dates) {
    const DateValue left = at_written_precision(written_left);
    for (const DateValue& written_right : b.birth_dates) {
      const DateValue right = at_written_precision(written_right);
      if (!comparable(left) || !comparable(right) || dates_agree(left, right)) return false;
    }
  }
  return true;
}

int authority_rank(std::string_view dataset) {
  struct Rank {
    std::string_view name;
    bool prefix;
  };
  static constexpr std::array<Rank, 8> kRanks = {{{"ofac_sdn", false},
                                                  {"un_", true},
                                                  {"uk_", true},
                                                  {"eu_", true},
                                                  {"ca_", true},
                                                  {"au_", true},
                                                  {"ofac_cons", false},
                                                  {"us_csl", false}}};
  for (size_t i = 0; i < kRanks.size(); ++i) {
    const Rank& rank = kRanks[i];
    if (rank.prefix ? dataset.starts_with(rank.name) : dataset == rank.name) {
      return static_cast<int>(i);
    }
  }
  return static_cast<int>(kRanks.size());
}

}  // namespace vigil::party
