#include "screen/name_roles.h"

#include <algorithm>

#include "match/prepared_name.h"
#include "text/normalise.h"

namespace vigil::screen {
namespace {

std::vector<std::string> part_tokens(const std::string& part, Schema schema) {
  if (part.empty()) return {};
  return match::name_tokens(text::normalise_name(part), schema);
}

bool contains(const std::vector<std::string>& tokens, const std::string& token) {
  return std::find(tokens.begin(), tokens.end(), token) != tokens.end();
}

}  // namespace

std::vector<match::NameRole> name_roles(const Name& name, Schema schema,
                                        const std::vector<std::string>& tokens) {
  std::vector<match::NameRole> roles(tokens.size(), match::NameRole::kUnknown);
  const NameParts& parts = name.parts;
  if (schema != Schema::kPerson || parts.family.empty() || parts.given.empty()) return roles;
  const std::vector<std::string> family = part_tokens(parts.family, schema);
  std::vector<std::string> given = part_tokens(parts.given, schema);
  for (const std::string* part : {&parts.middle, &parts.patronymic}) {
    for (std::string& token : part_tokens(*part, schema)) given.push_back(std::move(token));
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool in_family = contains(family, tokens[i]);
    const bool in_given = contains(given, tokens[i]);
    if (in_family && !in_given) roles[i] = match::NameRole::kFamily;
    if (in_given && !in_family) roles[i] = match::NameRole::kGiven;
  }
  return roles;
}

}  // namespace vigil::screen
