#include "sources/ofac_enhanced_names.h"

#include <string>
#include <tuple>

#include "sources/entity_support.h"
#include "sources/xml_support.h"

namespace vigil::sources::ofac_enhanced {
namespace {

using xml::child_text;
using xml::local_name;

NameKind kind_of(const pugi::xml_node& name) {
  if (child_text(name, "isPrimary") == "true") return NameKind::kPrimary;
  if (child_text(name, "aliasType") == "F.K.A.") return NameKind::kFormer;
  if (child_text(name, "isLowQuality") == "true") return NameKind::kWeakAlias;
  return NameKind::kAlias;
}

std::string join_words(std::string_view first, std::string_view second) {
  if (first.empty()) return std::string(second);
  if (second.empty()) return std::string(first);
  return std::string(first) + " " + std::string(second);
}

// The parts the file names; "First Name" holds all given names unless a "Middle Name" follows.
NameParts parts_of(const pugi::xml_node& translation) {
  NameParts parts;
  std::string given_names;
  for (const pugi::xml_node& part : xml::child(translation, "nameParts").children()) {
    if (local_name(part) != "namePart") continue;
    const std::string type = child_text(part, "type");
    std::string value = child_text(part, "value");
    if (type == "First Name") given_names = std::move(value);
    if (type == "Middle Name") parts.middle = join_words(parts.middle, value);
    if (type == "Last Name") parts.family = std::move(value);
    if (type == "Patronymic") parts.patronymic = std::move(value);
  }
  if (parts.middle.empty()) {
    std::tie(parts.given, parts.middle) = split_given_names(given_names);
  } else {
    parts.given = std::move(given_names);
  }
  return parts;
}

// A person's name in natural order ("Ismail Abdul Salah HANIYA"); other names as written.
std::string full_name_of(const pugi::xml_node& translation) {
  const std::string first = child_text(translation, "formattedFirstName");
  const std::string last = child_text(translation, "formattedLastName");
  if (!first.empty()) return join_words(first, last);
  const std::string full = child_text(translation, "formattedFullName");
  return full.empty() ? last : full;
}

void read_translation(const pugi::xml_node& translation, NameKind kind, Entity& entity) {
  Name name;
  name.full = full_name_of(translation);
  if (name.full.empty()) return;
  name.script = dominant_script(name.full);
  name.kind = alias_kind(name.script) == NameKind::kNativeScript ? NameKind::kNativeScript : kind;
  if (entity.schema == Schema::kPerson) name.parts = parts_of(translation);
  entity.names.push_back(std::move(name));
}

}  // namespace

void read_names(const pugi::xml_node& names, Entity& entity) {
  for (const pugi::xml_node& name : names.children()) {
    if (local_name(name) != "name") continue;
    const NameKind kind = kind_of(name);
    for (const pugi::xml_node& translation : xml::child(name, "translations").children()) {
      if (local_name(translation) == "translation") read_translation(translation, kind, entity);
    }
  }
}

}  // namespace vigil::sources::ofac_enhanced
