#include "sources/uk_fcdo_xml.h"

#include <array>
#include <pugixml.hpp>
#include <string>
#include <unordered_set>
#include <utility>

#include "sources/uk_fcdo_facts.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using uk_fcdo::Fact;
using xml::child_text;
using xml::local_name;

constexpr std::string_view kRootElement = "Designations";

// The elements that state one fact each, wherever they are in a designation (under Names,
// IndividualDetails/Individual, EntityDetails/Entity, ShipDetails/Ship...).
constexpr std::array<std::pair<std::string_view, Fact>, 31> kFactElements = {{
    {"LastUpdated", Fact::kLastUpdated},
    {"OFSIGroupID", Fact::kOfsiGroupId},
    {"UNReferenceNumber", Fact::kUnReference},
    {"Title", Fact::kTitle},
    {"RegimeName", Fact::kRegime},
    {"DesignationSource", Fact::kDesignationSource},
    {"SanctionsImposed", Fact::kSanctionsImposed},
    {"OtherInformation", Fact::kOtherInformation},
    {"UKStatementofReasons", Fact::kStatementOfReasons},
    {"DateDesignated", Fact::kDateDesignated},
    {"PhoneNumber", Fact::kPhone},
    {"EmailAddress", Fact::kEmail},
    {"Website", Fact::kWebsite},
    {"DOB", Fact::kBirthDate},
    {"Nationality", Fact::kNationality},
    {"Position", Fact::kPosition},
    {"Gender", Fact::kGender},
    {"TypeOfEntity", Fact::kTypeOfEntity},
    {"Subsidiary", Fact::kSubsidiary},
    {"ParentCompany", Fact::kParentCompany},
    {"BusinessRegistrationNumber", Fact::kBusinessRegistration},
    {"IMONumber", Fact::kImo},
    {"CurrentOwnerOperator", Fact::kOwnerOperator},
    {"PreviousOwnerOperator", Fact::kPreviousOwnerOperator},
    {"CurrentBelievedFlagOfShip", Fact::kFlag},
    {"PreviousFlag", Fact::kPreviousFlag},
    {"TypeOfShip", Fact::kTypeOfShip},
    {"TonnageOfShip", Fact::kTonnage},
    {"LengthOfShip", Fact::kLength},
    {"YearBuilt", Fact::kYearBuilt},
    {"HullIdentificationNumber", Fact::kHullIdentification},
}};

uk_fcdo::NameFields name_fields(const pugi::xml_node& node) {
  uk_fcdo::NameFields fields;
  for (size_t part = 0; part < fields.parts.size(); ++part) {
    fields.parts[part] = child_text(node, "Name" + std::to_string(part + 1));
  }
  fields.type = child_text(node, "NameType");
  fields.strength = child_text(node, "AliasStrength");
  return fields;
}

uk_fcdo::AddressFields address_fields(const pugi::xml_node& node) {
  uk_fcdo::AddressFields fields;
  for (size_t line = 0; line < fields.lines.size(); ++line) {
    fields.lines[line] = child_text(node, "AddressLine" + std::to_string(line + 1));
  }
  fields.postal_code = child_text(node, "AddressPostalCode");
  fields.country = child_text(node, "AddressCountry");
  return fields;
}

// Reads one element of a designation. Compound facts are read at the element that carries
// them, their parts from its siblings or children.
void read_element(const pugi::xml_node& node, uk_fcdo::DesignationBuilder& builder) {
  const std::string_view name = local_name(node);
  for (const auto& [element, fact] : kFactElements) {
    if (element == name) return builder.add(fact, xml::raw_text(node));
  }
  const pugi::xml_node parent = node.parent();
  if (name == "Name") {
    builder.add_name(name_fields(node));
  } else if (name == "NameNonLatinScript") {
    builder.add_non_latin_name({xml::text(node), child_text(parent, "NonLatinScriptLanguage")});
  } else if (name == "Address") {
    builder.add_address(address_fields(node));
  } else if (name == "PassportNumber") {
    builder.add_document(uk_fcdo::Document::kPassport, xml::text(node),
                         child_text(parent, "PassportAdditionalInformation"));
  } else if (name == "NationalIdentifierNumber") {
    builder.add_document(uk_fcdo::Document::kNationalId, xml::text(node),
                         child_text(parent, "NationalIdentifierAdditionalInformation"));
  } else if (name == "TownOfBirth" ||
             (name == "CountryOfBirth" && !xml::child(parent, "TownOfBirth"))) {
    builder.add_birth_place(child_text(parent, "TownOfBirth"),
                            child_text(parent, "CountryOfBirth"));
  }
}

class DesignationWalker : public pugi::xml_tree_walker {
 public:
  explicit DesignationWalker(uk_fcdo::DesignationBuilder& builder) : builder_(builder) {}
  bool for_each(pugi::xml_node& node) override {
    if (node.type() == pugi::node_element) read_element(node, builder_);
    return true;
  }

 private:
  uk_fcdo::DesignationBuilder& builder_;
};

std::string publication_date(const pugi::xml_node& root, xml::DiagnosticSink& diagnostics) {
  const pugi::xml_node generated = xml::child(root, "DateGenerated");
  const std::string text = xml::text(generated);
  const std::string date = uk_fcdo::iso_date(text);
  if (date.empty() && !text.empty()) {
    diagnostics.warn(generated, "unrecognised DateGenerated '" + text + "'");
  }
  return date;
}

}  // namespace

bool is_uk_fcdo_xml(std::string_view bytes) { return xml::root_element_is(bytes, kRootElement); }

Result<ParseOutput> parse_uk_fcdo_xml(const InputFile& file, std::string_view dataset_id) {
  pugi::xml_document document;
  const Result<pugi::xml_node> loaded =
      xml::load_list_root(file, document, kRootElement, "the UK Sanctions List");
  if (!loaded.ok()) return loaded.error();
  const pugi::xml_node root = loaded.value();
  ParseOutput output;
  xml::DiagnosticSink diagnostics(file, output.diagnostics);
  std::unordered_set<std::string> seen_ids;
  for (const pugi::xml_node& designation : root.children()) {
    if (local_name(designation) != "Designation") continue;
    const std::string unique_id = child_text(designation, "UniqueID");
    if (unique_id.empty()) {
      diagnostics.skip_record(designation, "Designation without a UniqueID");
      continue;
    }
    if (!seen_ids.insert(unique_id).second) {
      diagnostics.skip_record(designation, "duplicate UniqueID " + unique_id);
      continue;
    }
    uk_fcdo::DesignationBuilder builder(dataset_id, unique_id,
                                        child_text(designation, "IndividualEntityShip"));
    if (builder.schema() == Schema::kUnknown) {
      diagnostics.warn(designation, "unknown IndividualEntityShip '" +
                                        child_text(designation, "IndividualEntityShip") + "'");
    }
    DesignationWalker walker(builder);
    pugi::xml_node walked = designation;
    walked.traverse(walker);
    Entity entity = builder.finish();
    for (const std::string& warning : builder.warnings()) diagnostics.warn(designation, warning);
    if (entity.names.empty()) {
      diagnostics.skip_record(designation, "Designation " + unique_id + " has no name");
      continue;
    }
    entity.content_hash = compute_content_hash(entity);
    output.entities.push_back(std::move(entity));
  }
  output.info.id = std::string(dataset_id);
  output.info.authority = "UK Foreign, Commonwealth & Development Office (FCDO)";
  output.info.publication_date = publication_date(root, diagnostics);
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
