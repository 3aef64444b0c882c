#include "model/identifier_spec.h"

#include <algorithm>
#include <cctype>

#include "model/ascii.h"

namespace vigil::model {
namespace {

bool is_country_code(std::string_view text) {
  return text.size() == 2 && std::isalpha(static_cast<unsigned char>(text[0])) &&
         std::isalpha(static_cast<unsigned char>(text[1]));
}

}  // namespace

Result<IdentifierSpec> parse_identifier_spec(std::string_view spec) {
  spec = trim(spec);
  const size_t colon = spec.find(':');
  if (colon == std::string_view::npos) {
    return make_error(ErrorCode::kInvalidArgument,
                      "identifier \"" + std::string(spec) +
                          "\" is not TYPE:VALUE (e.g. passport:D1017310, imo:9116412)");
  }
  const std::string_view type_text = trim(spec.substr(0, colon));
  const auto type = parse_identifier_type(type_text);
  if (!type) {
    return make_error(ErrorCode::kInvalidArgument,
                      "unknown identifier type \"" + std::string(type_text) +
                          "\" (passport, national_id, tax_id, registration, imo, mmsi, "
                          "call_sign, aircraft_tail, aircraft_serial, bic, lei, isin, email, "
                          "website, phone, crypto_wallet, driver_license, other)");
  }
  IdentifierSpec id;
  id.type = *type;
  std::string_view value = spec.substr(colon + 1);
  const size_t last = value.rfind(':');
  if (*type != IdentifierType::kWebsite && last != std::string_view::npos &&
      is_country_code(trim(value.substr(last + 1)))) {
    id.country = std::string(trim(value.substr(last + 1)));
    value = value.substr(0, last);
  }
  id.value = std::string(trim(value));
  if (id.value.empty()) {
    return make_error(ErrorCode::kInvalidArgument,
                      "identifier \"" + std::string(spec) + "\" has no value");
  }
  return id;
}

Result<std::vector<IdentifierSpec>> parse_identifier_specs(std::string_view specs) {
  std::vector<IdentifierSpec> out;
  while (!specs.empty()) {
    const size_t end = std::min(specs.find(';'), specs.size());
    const std::string_view part = trim(specs.substr(0, end));
    if (!part.empty()) {
      Result<IdentifierSpec> id = parse_identifier_spec(part);
      if (!id.ok()) return id.error();
      out.push_back(std::move(id).value());
    }
    specs.remove_prefix(std::min(end + 1, specs.size()));
  }
  return out;
}

}  // namespace vigil::model
