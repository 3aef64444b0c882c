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
// fewer than `min_substantive` of them are substantive (`schema` decides what is). With
// `min_substantive` 0, every name's tokens.
std::string token_multiset(std::string_view full, size_t min_substantive, Schema schema,
                           std::string_view prefix) {
  const std::string normalised = text::normalise_name(full);
  std::vector<std::string_view> tokens = text::tokenise(normalised);
  if (tokens.size() < min_substantive) return {};
  if (min_substantive > 0) {
    const auto substantive = static_cast<size_t>(
        std::count_if(tokens.begin(), tokens.end(),
                      [schema](std::string_view t) { return is_substantive(t, schema); }));
    if (substantive < min_substantive) return {};
  }
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

bool is_full_name(NameKind kind) {
  return kind == NameKind::kPrimary || kind == NameKind::kAlias || kind == NameKind::kNativeScript;
}

void append_all(std::vector<std::string>& to, const std::vector<std::string>& from) {
  to.insert(to.end(), from.begin(), from.end());
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
    std::string tokens = token_multiset(name.full, 0, entity.schema, {});
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
