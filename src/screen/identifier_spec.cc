#include "screen/identifier_spec.h"

#include "model/identifier_spec.h"

namespace vigil::screen {
namespace {

QueryIdentifier to_query(model::IdentifierSpec spec) {
  return QueryIdentifier{spec.type, std::move(spec.value), std::move(spec.country)};
}

}  // namespace

Result<QueryIdentifier> parse_identifier_spec(std::string_view spec) {
  Result<model::IdentifierSpec> parsed = model::parse_identifier_spec(spec);
  if (!parsed.ok()) return parsed.error();
  return to_query(std::move(parsed).value());
}

Result<std::vector<QueryIdentifier>> parse_identifier_specs(std::string_view specs) {
  Result<std::vector<model::IdentifierSpec>> parsed = model::parse_identifier_specs(specs);
  if (!parsed.ok()) return parsed.error();
  std::vector<QueryIdentifier> out;
  out.reserve(parsed->size());
  for (model::IdentifierSpec& spec : *parsed) out.push_back(to_query(std::move(spec)));
  return out;
}

}  // namespace vigil::screen
