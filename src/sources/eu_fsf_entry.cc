#include "sources/eu_fsf_entry.h"

#include <algorithm>
#include <array>
#include <string>

#include "sources/entity_support.h"
#include "sources/eu_fsf_fields.h"

namespace vigil::sources::eu_fsf {
namespace {

using xml::local_name;

constexpr std::string_view kAuthority = "European Union";

struct Context {
  Entity& entity;
  xml::DiagnosticSink& diagnostics;
  std::string designation_date;  // the entry's designationDate, ISO
};

Schema schema_of(std::string_view subject_type) {
  if (subject_type == "person") return Schema::kPerson;
  if (subject_type == "enterprise") return Schema::kOrganization;
  return Schema::kUnknown;
}

// "2022-02-23T00:00:00+01:00" -> "2022-02-23"; empty unless the text starts with a full date.
std::string iso_date(std::string_view text) {
  const std::optional<DateValue> date = parse_date(text.substr(0, 10));
  if (!date || date->is_range() || date->from.day == 0) return {};
  return date->from.to_iso();
}

// One sanction per <regulation>: its programme, the act that listed or amended the listing
// ("Council Regulation 269/2014 (OJ L78)") and the listing date (the entry's designationDate,
// else the act's entry into force).
void read_regulation(const pugi::xml_node& node, Context& context) {
  Sanction sanction;
  sanction.authority = std::string(kAuthority);
  sanction.program = attribute(node, "programme");
  sanction.legal_basis = attribute(node, "numberTitle");
  sanction.listed_on = context.designation_date.empty()
                           ? iso_date(attribute(node, "entryIntoForceDate"))
                           : context.designation_date;
  add_property(context.entity, "regulation_url",
               normalise_spaces(xml::child(node, "publicationUrl").text().get()));
  context.entity.sanctions.push_back(std::move(sanction));
}

void read_subject_type(const pugi::xml_node& node, Context& context) {
  const std::string code = attribute(node, "code");
  context.entity.schema = schema_of(code);
  if (context.entity.schema == Schema::kUnknown) {
    context.diagnostics.warn(node, "unknown subjectType code '" + code + "'");
  }
}

void read_remark(const pugi::xml_node& node, Context& context) {
  const std::string remark = xml::raw_text(node);
  if (remark.empty()) return;
  std::string& remarks = context.entity.remarks;
  remarks += (remarks.empty() ? "" : "\n") + remark;
}

void read_name(const pugi::xml_node& node, Context& context) {
  read_name_alias(node, context.entity);
}
void read_birth(const pugi::xml_node& node, Context& context) {
  read_birthdate(node, context.entity, context.diagnostics);
}
void read_citizen(const pugi::xml_node& node, Context& context) {
  read_citizenship(node, context.entity);
}
void read_document(const pugi::xml_node& node, Context& context) {
  read_identification(node, context.entity);
}
void read_place(const pugi::xml_node& node, Context& context) {
  read_address(node, context.entity);
}

struct FieldReader {
  std::string_view element;
  void (*read)(const pugi::xml_node&, Context&);
};

constexpr std::array<FieldReader, 8> kFieldReaders = {{
    {"regulation", read_regulation},
    {"subjectType", read_subject_type},
    {"remark", read_remark},
    {"nameAlias", read_name},
    {"birthdate", read_birth},
    {"citizenship", read_citizen},
    {"identification", read_document},
    {"address", read_place},
}};

// Makes the first strong Latin-script name (else the first name) the primary one, first.
void choose_primary(std::vector<Name>& names) {
  if (names.empty()) return;
  auto primary = std::find_if(names.begin(), names.end(), [](const Name& name) {
    return name.kind == NameKind::kAlias && (name.script == "Latn" || name.script.empty());
  });
  if (primary == names.end()) primary = names.begin();
  primary->kind = NameKind::kPrimary;
  std::rotate(names.begin(), primary, primary + 1);
}

void read_entry_facts(const pugi::xml_node& entry, Entity& entity) {
  const std::string reference = attribute(entry, "euReferenceNumber");
  if (!reference.empty()) {
    entity.identifiers.push_back(
        make_identifier(IdentifierType::kOther, "EU reference number", reference));
    add_property(entity, "eu_reference_number", reference);
  }
  add_property(entity, "un_id", attribute(entry, "unitedNationId"));
  add_property(entity, "designation_details", attribute(entry, "designationDetails"));
}

}  // namespace

Entity read_entry(const pugi::xml_node& entry, std::string_view dataset_id,
                  std::string_view logical_id, xml::DiagnosticSink& diagnostics) {
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = std::string(logical_id);
  entity.id = entity.dataset + ":" + entity.source_id;
  read_entry_facts(entry, entity);

  const std::string designated = attribute(entry, "designationDate");
  Context context{entity, diagnostics, iso_date(designated)};
  if (!designated.empty() && context.designation_date.empty()) {
    diagnostics.warn(entry, "unrecognised designationDate '" + designated + "'");
  }
  for (const pugi::xml_node& node : entry.children()) {
    const std::string_view name = local_name(node);
    for (const FieldReader& reader : kFieldReaders) {
      if (reader.element == name) reader.read(node, context);
    }
  }
  choose_primary(entity.names);
  return entity;
}

}  // namespace vigil::sources::eu_fsf
