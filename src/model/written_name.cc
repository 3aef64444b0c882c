#include "model/written_name.h"

#include <string>

#include "model/ascii.h"

namespace vigil::model {

Name name_from_family_first(std::string_view written, Schema schema) {
  Name name;
  written = trim(written);
  const size_t comma = written.find(',');
  if (schema != Schema::kPerson || comma == std::string_view::npos) {
    name.full = std::string(written);
    if (schema == Schema::kPerson) name.parts.family = name.full;
    return name;
  }
  const std::string_view family = trim(written.substr(0, comma));
  const std::string_view given = trim(written.substr(comma + 1));
  name.parts.family = std::string(family);
  if (given.empty() || family.empty()) {
    name.full = family.empty() ? std::string(given) : name.parts.family;
    if (family.empty()) name.parts.family = name.full;
    return name;
  }
  name.full = std::string(given) + " " + name.parts.family;
  const size_t space = given.find(' ');
  name.parts.given = std::string(given.substr(0, space));
  if (space != std::string_view::npos) name.parts.middle = std::string(trim(given.substr(space)));
  return name;
}

}  // namespace vigil::model
