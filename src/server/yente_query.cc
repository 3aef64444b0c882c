#include "server/yente_query.h"

#include <fmt/format.h>

#include <array>
#include <string_view>

#include "sources/ftm_schema.h"

namespace vigil::server {
namespace {

using nlohmann::json;

// The string values of one property; FtM properties are arrays, a bare string is taken too.
std::variant<std::vector<std::string>, ApiError> values_of(const json& properties,
                                                           std::string_view property,
                                                           const QueryLimits& limits) {
  std::vector<std::string> values;
  const auto found = properties.find(property);
  if (found == properties.end() || found->is_null()) return values;
  const json items = found->is_array() ? *found : json::array({*found});
  if (items.size() > limits.max_values) {
    return ApiError{
        400, "bad_field",
        fmt::format("property '{}' has more than {} values", property, limits.max_values)};
  }
  for (const json& item : items) {
    if (!item.is_string()) {
      return ApiError{400, "bad_field", fmt::format("property '{}' must hold strings", property)};
    }
    const auto& text = item.get_ref<const std::string&>();
    if (text.size() > limits.max_name_bytes) {
      return ApiError{400, "bad_field",
                      fmt::format("a value of property '{}' is longer than {} bytes", property,
                                  limits.max_name_bytes)};
    }
    if (!text.empty()) values.push_back(text);
  }
  return values;
}

// Reads several properties at once; the first error wins.
std::variant<std::vector<std::string>, ApiError> all_values(
    const json& properties, std::initializer_list<std::string_view> names,
    const QueryLimits& limits) {
  std::vector<std::string> out;
  for (std::string_view name : names) {
    auto values = values_of(properties, name, limits);
    if (auto* error = std::get_if<ApiError>(&values)) return *error;
    for (auto& v : std::get<0>(values)) out.push_back(std::move(v));
  }
  return out;
}

// Names from name parts when no full name is given: "firstName middleName lastName".
std::string joined_parts(const json& properties, const QueryLimits& limits) {
  std::string out;
  for (std::string_view part :
       {"firstName", "secondName", "middleName", "fatherName", "lastName"}) {
    auto values = values_of(properties, part, limits);
    if (std::holds_alternative<ApiError>(values) || std::get<0>(values).empty()) continue;
    out += (out.empty() ? "" : " ") + std::get<0>(values).front();
  }
  return out;
}

std::optional<ApiError> read_identifiers(const json& properties, const QueryLimits& limits,
                                         Query& query) {
  for (const sources::FtmIdentifierProperty& p : sources::ftm_identifier_properties()) {
    auto values = values_of(properties, p.property, limits);
    if (auto* error = std::get_if<ApiError>(&values)) return *error;
    for (std::string& value : std::get<0>(values)) {
      if (query.identifiers.size() >= limits.max_values) {
        return ApiError{400, "bad_field",
                        fmt::format("more than {} identifiers in one query", limits.max_values)};
      }
      // Only a passport narrows the comparison: a number under another property is compared
      // with listed identifiers of any type, and never refused for its check digits.
      const IdentifierType type =
          p.type == IdentifierType::kPassport ? IdentifierType::kPassport : IdentifierType::kOther;
      query.identifiers.push_back(QueryIdentifier{type, std::move(value), {}});
    }
  }
  return std::nullopt;
}

std::optional<ApiError> read_attributes(const json& properties, const QueryLimits& limits,
                                        Query& query) {
  auto dates = values_of(properties, "birthDate", limits);
  if (auto* error = std::get_if<ApiError>(&dates)) return *error;
  // Query holds one birth date: the first the reader can read.
  for (const std::string& text : std::get<0>(dates)) {
    if ((query.birth_date = parse_date(text))) break;
  }
  auto countries =
      all_values(properties, {"nationality", "citizenship", "country", "jurisdiction"}, limits);
  if (auto* error = std::get_if<ApiError>(&countries)) return *error;
  if (!std::get<0>(countries).empty()) query.country = std::get<0>(countries).front();
  auto genders = values_of(properties, "gender", limits);
  if (auto* error = std::get_if<ApiError>(&genders)) return *error;
  if (!std::get<0>(genders).empty()) {
    query.gender = parse_gender(std::get<0>(genders).front()).value_or(Gender::kUnknown);
  }
  return read_identifiers(properties, limits, query);
}

}  // namespace

std::optional<Schema> schema_of_ftm(std::string_view schema) {
  if (schema == "Person") return Schema::kPerson;
  if (schema == "Organization" || schema == "Company" || schema == "PublicBody") {
    return Schema::kOrganization;
  }
  if (schema == "Vessel") return Schema::kVessel;
  if (schema == "Airplane") return Schema::kAircraft;
  if (schema == "LegalEntity" || schema == "Thing") return Schema::kUnknown;
  return std::nullopt;
}

std::variant<YenteQuery, ApiError> read_yente_query(const json& example, const Query& base,
                                                    const QueryLimits& limits) {
  if (!example.is_object()) return ApiError{400, "bad_request", "a query must be a JSON object"};
  const auto schema_field = example.find("schema");
  if (schema_field == example.end() || !schema_field->is_string()) {
    return ApiError{400, "bad_request", "a query needs a 'schema' (e.g. \"Person\")"};
  }
  const auto schema = schema_of_ftm(schema_field->get<std::string>());
  if (!schema) {
    return ApiError{400, "bad_schema",
                    fmt::format("schema '{}' is not a matchable party (Person, Organization, "
                                "Company, LegalEntity, Vessel, Airplane)",
                                schema_field->get<std::string>())};
  }
  const auto properties = example.find("properties");
  if (properties == example.end() || !properties->is_object()) {
    return ApiError{400, "bad_request", "a query needs 'properties', an object"};
  }
  Query query = base;
  query.schema = *schema;
  if (auto error = read_attributes(*properties, limits, query)) return *error;
  auto names = all_values(*properties, {"name", "alias", "previousName", "weakAlias"}, limits);
  if (auto* error = std::get_if<ApiError>(&names)) return *error;
  std::vector<std::string>& name_values = std::get<0>(names);
  if (name_values.empty()) {
    if (std::string parts = joined_parts(*properties, limits); !parts.empty()) {
      name_values.push_back(std::move(parts));
    }
  }
  if (name_values.size() > limits.max_values) {
    return ApiError{400, "bad_field",
                    fmt::format("more than {} names in one query", limits.max_values)};
  }
  if (name_values.empty() && query.identifiers.empty()) {
    return ApiError{400, "bad_request", "a query needs a 'name' (or name parts, or an identifier)"};
  }
  YenteQuery out;
  out.echo = example;
  if (name_values.empty()) out.per_name.push_back(query);
  for (std::string& name : name_values) {
    out.per_name.push_back(query);
    out.per_name.back().name = std::move(name);
  }
  return out;
}

}  // namespace vigil::server
