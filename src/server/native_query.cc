#include "server/native_query.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "screen/identifier_spec.h"

namespace vigil::server {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 15> kFields = {
    "name",        "type",     "birth_date",       "country",  "gender",
    "identifiers", "datasets", "exclude_datasets", "programs", "exclude_programs",
    "threshold",   "limit",    "min_score",        "explain",  "id"};

ApiError field_error(std::string_view field, std::string_view what) {
  return ApiError{400, "bad_field", fmt::format("field '{}' {}", field, what)};
}

std::variant<std::string, ApiError> string_field(const json& body, std::string_view field,
                                                 size_t max_bytes) {
  const auto found = body.find(field);
  if (found == body.end() || found->is_null()) return std::string();
  if (!found->is_string()) return field_error(field, "must be a string");
  const auto& text = found->get_ref<const std::string&>();
  if (text.size() > max_bytes) {
    return field_error(field, fmt::format("is longer than {} bytes", max_bytes));
  }
  return text;
}

std::variant<std::vector<std::string>, ApiError> strings_field(const json& body,
                                                               std::string_view field,
                                                               const QueryLimits& limits) {
  std::vector<std::string> values;
  const auto found = body.find(field);
  if (found == body.end() || found->is_null()) return values;
  // One value may be given bare.
  const json items = found->is_string() ? json::array({*found}) : *found;
  if (!items.is_array()) return field_error(field, "must be a string or an array of strings");
  if (items.size() > limits.max_values) {
    return field_error(field, fmt::format("has more than {} values", limits.max_values));
  }
  for (const json& item : items) {
    if (!item.is_string()) return field_error(field, "must hold strings only");
    values.push_back(item.get<std::string>());
  }
  return values;
}

std::variant<double, ApiError> number_field(const json& body, std::string_view field,
                                            double fallback, double min, double max) {
  const auto found = body.find(field);
  if (found == body.end() || found->is_null()) return fallback;
  if (!found->is_number()) return field_error(field, "must be a number");
  const double value = found->get<double>();
  if (!(value >= min && value <= max)) {
    return field_error(field, fmt::format("must be from {} to {}", min, max));
  }
  return value;
}

std::variant<QueryIdentifier, ApiError> identifier_of(const json& item) {
  if (item.is_string()) {
    auto parsed = screen::parse_identifier_spec(item.get<std::string>());
    if (!parsed.ok()) return field_error("identifiers", parsed.error().message);
    return std::move(parsed.value());
  }
  if (!item.is_object()) {
    return field_error("identifiers", "must hold \"TYPE:VALUE[:CC]\" strings or objects");
  }
  QueryIdentifier identifier;
  const auto value = item.find("value");
  if (value == item.end() || !value->is_string() || value->get<std::string>().empty()) {
    return field_error("identifiers", "objects need a non-empty string 'value'");
  }
  identifier.value = value->get<std::string>();
  if (const auto type = item.find("type"); type != item.end() && !type->is_null()) {
    if (!type->is_string()) return field_error("identifiers", "'type' must be a string");
    const auto parsed = parse_identifier_type(type->get<std::string>());
    if (!parsed) {
      return field_error("identifiers",
                         fmt::format("has an unknown type '{}'", type->get<std::string>()));
    }
    identifier.type = *parsed;
  }
  if (const auto country = item.find("country"); country != item.end() && country->is_string()) {
    identifier.country = country->get<std::string>();
  }
  return identifier;
}

// Reads one field into `out`, or returns the error.
template <typename T, typename Reader>
std::optional<ApiError> read_into(T& out, Reader&& reader) {
  auto value = reader();
  if (auto* error = std::get_if<ApiError>(&value)) return *error;
  out = std::move(std::get<0>(value));
  return std::nullopt;
}

std::optional<ApiError> read_attributes(const json& body, const QueryLimits& limits, Query& query) {
  std::string type;
  std::string birth_date;
  std::string gender;
  for (auto [field, target] : {std::pair{"name", &query.name},
                               {"type", &type},
                               {"birth_date", &birth_date},
                               {"country", &query.country},
                               {"gender", &gender}}) {
    if (auto error =
            read_into(*target, [&] { return string_field(body, field, limits.max_name_bytes); }))
      return error;
  }
  if (!type.empty()) {
    const auto schema = parse_schema(type);
    if (!schema) return field_error("type", "must be person, organization, vessel or aircraft");
    query.schema = *schema;
  }
  if (!birth_date.empty()) {
    query.birth_date = parse_date(birth_date);
    if (!query.birth_date)
      return field_error("birth_date", "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  if (!gender.empty()) {
    const auto parsed = parse_gender(gender);
    if (!parsed) return field_error("gender", "must be male or female");
    query.gender = *parsed;
  }
  return std::nullopt;
}

std::optional<ApiError> read_identifiers(const json& body, const QueryLimits& limits,
                                         Query& query) {
  const auto found = body.find("identifiers");
  if (found == body.end() || found->is_null()) return std::nullopt;
  if (!found->is_array()) return field_error("identifiers", "must be an array");
  if (found->size() > limits.max_values) {
    return field_error("identifiers", fmt::format("has more than {} values", limits.max_values));
  }
  for (const json& item : *found) {
    auto identifier = identifier_of(item);
    if (auto* error = std::get_if<ApiError>(&identifier)) return *error;
    query.identifiers.push_back(std::move(std::get<QueryIdentifier>(identifier)));
  }
  return std::nullopt;
}

std::optional<ApiError> read_selection(const json& body, const QueryLimits& limits, Query& query) {
  ListSelection& lists = query.lists;
  for (auto [field, target] : {std::pair{"datasets", &lists.datasets},
                               {"exclude_datasets", &lists.exclude_datasets},
                               {"programs", &lists.programs},
                               {"exclude_programs", &lists.exclude_programs}}) {
    if (auto error = read_into(*target, [&] { return strings_field(body, field, limits); }))
      return error;
  }
  return std::nullopt;
}

std::optional<ApiError> read_numbers(const json& body, const QueryLimits& limits, Query& query) {
  if (auto error = read_into(query.threshold, [&] {
        return number_field(body, "threshold", kDefaultThreshold, 0, 1);
      }))
    return error;
  if (auto error =
          read_into(query.min_score, [&] { return number_field(body, "min_score", 0.5, 0, 1); }))
    return error;
  double limit = 10;
  if (auto error = read_into(limit, [&] {
        return number_field(body, "limit", 10, 1, static_cast<double>(limits.max_limit));
      }))
    return error;
  query.limit = static_cast<size_t>(limit);
  return std::nullopt;
}

}  // namespace

std::variant<NativeQuery, ApiError> read_native_query(const json& body, const QueryLimits& limits) {
  if (!body.is_object()) return ApiError{400, "bad_request", "a query must be a JSON object"};
  for (const auto& [key, value] : body.items()) {
    if (std::find(kFields.begin(), kFields.end(), key) == kFields.end()) {
      return ApiError{400, "unknown_field",
                      fmt::format("unknown field '{}' (see /openapi.json)", key)};
    }
  }
  NativeQuery out;
  for (auto* reader : {&read_attributes, &read_identifiers, &read_selection, &read_numbers}) {
    if (auto error = reader(body, limits, out.query)) return *error;
  }
  if (const auto explain = body.find("explain"); explain != body.end() && !explain->is_null()) {
    if (!explain->is_boolean()) return field_error("explain", "must be true or false");
    out.explain = explain->get<bool>();
  }
  if (out.query.name.empty() && out.query.identifiers.empty()) {
    return ApiError{400, "bad_request", "give a 'name' or at least one of 'identifiers'"};
  }
  return out;
}

}  // namespace vigil::server
