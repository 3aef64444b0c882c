#include "sources/un_xml_entry.h"

#include <array>
#include <string>

#include "sources/entity_support.h"
#include "sources/un_regimes.h"
#include "sources/un_xml_fields.h"

namespace vigil::sources::un_xml {
namespace {

using xml::child_text;
using xml::local_name;

constexpr std::string_view kAuthority = "UN Security Council";

struct Context {
  Entity& entity;
  xml::DiagnosticSink& diagnostics;
};

// Calls `visit` with the text of each non-empty <VALUE> child.
template <typename Visit>
void for_each_value(const pugi::xml_node& node, Visit visit) {
  for (const pugi::xml_node& value : node.children()) {
    if (local_name(value) != "VALUE") continue;
    std::string text = xml::text(value);
    if (!text.empty()) visit(std::move(text));
  }
}

// The UN writes given names first: FIRST_NAME is the given name, the last of SECOND to
// FOURTH_NAME the family name, the ones between middle names.
Name person_name(const pugi::xml_node& record) {
  Name name;
  name.parts.given = child_text(record, "FIRST_NAME");
  std::vector<std::string> later;
  for (std::string_view element : {"SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
    std::string part = child_text(record, element);
    if (!part.empty()) later.push_back(std::move(part));
  }
  name.full = name.parts.given;
  for (size_t i = 0; i < later.size(); ++i) {
    if (!name.full.empty()) name.full += ' ';
    name.full += later[i];
    if (i + 1 == later.size()) {
      name.parts.family = later[i];
    } else {
      name.parts.middle += (name.parts.middle.empty() ? "" : " ") + later[i];
    }
  }
  return name;
}

Name primary_name(const pugi::xml_node& record, Schema schema) {
  Name name;
  if (schema == Schema::kPerson) {
    name = person_name(record);
  } else {
    name.full = child_text(record, "FIRST_NAME");
  }
  name.script = dominant_script(name.full);
  return name;
}

Gender gender_of(std::string_view text) {
  if (text == "Male") return Gender::kMale;
  if (text == "Female") return Gender::kFemale;
  return Gender::kUnknown;
}

void read_sanction(const pugi::xml_node& record, Context& context) {
  const std::string list_type = child_text(record, "UN_LIST_TYPE");
  const std::string listed_on = child_text(record, "LISTED_ON");
  Sanction sanction;
  sanction.authority = std::string(kAuthority);
  sanction.program = list_type;
  sanction.legal_basis = std::string(un_legal_basis(list_type));
  sanction.listed_on = iso_date_prefix(listed_on);
  if (!list_type.empty() && sanction.legal_basis.empty()) {
    context.diagnostics.warn(record, "unknown UN_LIST_TYPE '" + list_type + "'");
  }
  if (!listed_on.empty() && sanction.listed_on.empty()) {
    context.diagnostics.warn(record, "unrecognised LISTED_ON '" + listed_on + "'");
  }
  context.entity.sanctions.push_back(std::move(sanction));
}

void read_reference(const pugi::xml_node& node, Context& context) {
  const std::string reference = xml::text(node);
  if (reference.empty()) return;
  context.entity.identifiers.push_back(
      make_identifier(IdentifierType::kOther, "UN reference number", reference));
  add_property(context.entity, "un_reference_number", reference);
}

void read_titles(const pugi::xml_node& node, Context& context) {
  for_each_value(node, [&context](std::string title) {
    Name* primary = context.entity.names.empty() ? nullptr : &context.entity.names.front();
    if (primary != nullptr && primary->kind == NameKind::kPrimary && primary->parts.title.empty()) {
      primary->parts.title = title;
    }
    add_property(context.entity, "title", std::move(title));
  });
}

void read_designations(const pugi::xml_node& node, Context& context) {
  for_each_value(node, [&context](std::string position) {
    add_property(context.entity, "position", std::move(position));
  });
}

void read_nationalities(const pugi::xml_node& node, Context& context) {
  for_each_value(node, [&context](std::string nationality) {
    const std::string code = country_code_or_empty(nationality);
    if (code.empty()) {
      add_property(context.entity, "nationality", std::move(nationality));
    } else {
      append_unique(context.entity.nationalities, code);
    }
  });
}

void read_last_updated(const pugi::xml_node& node, Context& context) {
  for_each_value(node, [&context](std::string date) {
    add_property(context.entity, "last_updated", std::move(date));
  });
}

void read_native_name(const pugi::xml_node& node, Context& context) {
  Name name;
  name.full = xml::text(node);
  if (name.full.empty()) return;
  name.kind = NameKind::kNativeScript;
  name.script = dominant_script(name.full);
  context.entity.names.push_back(std::move(name));
}

void read_gender(const pugi::xml_node& node, Context& context) {
  context.entity.gender = gender_of(xml::text(node));
}

void read_comments(const pugi::xml_node& node, Context& context) {
  context.entity.remarks = xml::raw_text(node);
}

void read_alias_group(const pugi::xml_node& node, Context& context) {
  read_alias(node, context.entity, context.diagnostics);
}
void read_address_group(const pugi::xml_node& node, Context& context) {
  read_address(node, context.entity);
}
void read_birth_date_group(const pugi::xml_node& node, Context& context) {
  read_birth_date(node, context.entity, context.diagnostics);
}
void read_birth_place_group(const pugi::xml_node& node, Context& context) {
  read_birth_place(node, context.entity);
}
void read_document_group(const pugi::xml_node& node, Context& context) {
  read_document(node, context.entity);
}

struct FieldReader {
  std::string_view element;
  void (*read)(const pugi::xml_node&, Context&);
};

constexpr std::array<FieldReader, 16> kFieldReaders = {{
    {"NAME_ORIGINAL_SCRIPT", read_native_name},
    {"REFERENCE_NUMBER", read_reference},
    {"GENDER", read_gender},
    {"COMMENTS1", read_comments},
    {"TITLE", read_titles},
    {"DESIGNATION", read_designations},
    {"NATIONALITY", read_nationalities},
    {"LAST_DAY_UPDATED", read_last_updated},
    {"INDIVIDUAL_ALIAS", read_alias_group},
    {"ENTITY_ALIAS", read_alias_group},
    {"INDIVIDUAL_ADDRESS", read_address_group},
    {"ENTITY_ADDRESS", read_address_group},
    {"INDIVIDUAL_DATE_OF_BIRTH", read_birth_date_group},
    {"INDIVIDUAL_PLACE_OF_BIRTH", read_birth_place_group},
    {"INDIVIDUAL_DOCUMENT", read_document_group},
    {"ENTITY_DOCUMENT", read_document_group},
}};

}  // namespace

Entity read_entry(const pugi::xml_node& record, std::string_view dataset_id,
                  std::string_view data_id, xml::DiagnosticSink& diagnostics) {
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = std::string(data_id);
  entity.id = entity.dataset + ":" + entity.source_id;
  entity.schema = local_name(record) == "INDIVIDUAL" ? Schema::kPerson : Schema::kOrganization;
  Name primary = primary_name(record, entity.schema);
  if (!primary.full.empty()) entity.names.push_back(std::move(primary));

  Context context{entity, diagnostics};
  read_sanction(record, context);
  for (const pugi::xml_node& node : record.children()) {
    const std::string_view name = local_name(node);
    for (const FieldReader& reader : kFieldReaders) {
      if (reader.element == name) reader.read(node, context);
    }
  }
  return entity;
}

}  // namespace vigil::sources::un_xml
