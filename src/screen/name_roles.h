// Which tokens of a list name are given names and which the family name, where the list tells
// them apart (Name::parts). The scorer weighs them differently (match::role_factor).
#pragma once

#include <string>
#include <vector>

#include "match/scored_token.h"
#include "vigil/entity.h"

namespace vigil::screen {

// One role per token of `tokens`, the prepared tokens of `name.full` (match::name_tokens of the
// normalised name). Roles are given only to a person's name whose family and given parts are
// both stated: a token is a family name when it comes from the family part alone, a given name
// when it comes from the given, middle or patronymic parts alone; anything else (a token found
// in both, a phrase made across the parts) keeps kUnknown.
std::vector<match::NameRole> name_roles(const Name& name, Schema schema,
                                        const std::vector<std::string>& tokens);

}  // namespace vigil::screen
