#include "sources/ofac_advanced_xml.h"

#include <algorithm>
#include <array>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

#include "sources/entity_support.h"
#include "sources/ofac_advanced_parties.h"
#include "sources/ofac_advanced_references.h"
#include "sources/ofac_programs.h"
#include "sources/ofac_relation_types.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using ofac_advanced::AdvancedReferences;
using xml::child;
using xml::child_text;
using xml::local_name;

constexpr std::string_view kRootElement = "Sanctions";
constexpr std::array<std::string_view, 2> kNamespaces = {"exports/ADVANCED_XML",
                                                         "www.un.org/sanctions/1.0"};
constexpr size_t kDetectionBytes = 4096;

// Profile ID -> index into the entities.
using ProfileIndex = std::unordered_map<std::string, size_t>;

std::string attribute(const pugi::xml_node& node, const char* name) {
  return node.attribute(name).value();
}

struct Document {
  const InputFile& file;
  const AdvancedReferences& references;
  xml::DiagnosticSink& diagnostics;
  ParseOutput& output;
  ProfileIndex profiles;
};

void read_parties(const pugi::xml_node& parties, std::string_view dataset_id, Document& doc) {
  for (const pugi::xml_node& party : parties.children()) {
    if (local_name(party) != "DistinctParty") continue;
    const std::string fixed_ref = attribute(party, "FixedRef");
    if (fixed_ref.empty()) {
      doc.diagnostics.skip_record(party, "DistinctParty without a FixedRef");
      continue;
    }
    Entity entity =
        ofac_advanced::read_party(party, dataset_id, fixed_ref, doc.references, doc.diagnostics);
    if (entity.names.empty()) {
      doc.diagnostics.skip_record(party, "DistinctParty " + fixed_ref + " has no name");
      continue;
    }
    const std::string profile = attribute(child(party, "Profile"), "ID");
    if (!doc.profiles.emplace(profile, doc.output.entities.size()).second) {
      doc.diagnostics.skip_record(party, "duplicate profile ID " + profile);
      continue;
    }
    doc.output.entities.push_back(std::move(entity));
  }
}

Entity* entity_of(const pugi::xml_node& node, const char* attribute_name, Document& doc) {
  const auto found = doc.profiles.find(attribute(node, attribute_name));
  return found == doc.profiles.end() ? nullptr : &doc.output.entities[found->second];
}

// One sanctions entry: its list, listing date and legal basis, and its measures (a "Program"
// measure names the program in its comment; others are sanctions types such as "Block").
void read_entry(const pugi::xml_node& entry, Entity& entity, const Document& doc) {
  const AdvancedReferences& references = doc.references;
  add_unique_property(entity, "sanctions_list",
                      std::string(references.value("ListValues", attribute(entry, "ListID"))));
  std::string listed_on;
  for (const pugi::xml_node& event : entry.children()) {
    if (local_name(event) != "EntryEvent") continue;
    const std::string when = ofac_advanced::iso_day_of(child(event, "Date"));
    if (!when.empty() && (listed_on.empty() || when < listed_on)) listed_on = when;
    add_unique_property(
        entity, "legal_authority",
        std::string(references.value("LegalBasisValues", attribute(event, "LegalBasisID"))));
  }
  for (const pugi::xml_node& measure : entry.children()) {
    if (local_name(measure) != "SanctionsMeasure") continue;
    const std::string type(
        references.value("SanctionsTypeValues", attribute(measure, "SanctionsTypeID")));
    const std::string comment = child_text(measure, "Comment");
    if (type == "Program" && !comment.empty()) {
      entity.sanctions.push_back(
          Sanction{"OFAC", comment, ofac_legal_basis(comment), listed_on, {}});
    } else if (!type.empty()) {
      add_unique_property(entity, "sanctions_type", comment.empty() ? type : type + ": " + comment);
    }
  }
}

void read_entries(const pugi::xml_node& entries, Document& doc) {
  for (const pugi::xml_node& entry : entries.children()) {
    if (local_name(entry) != "SanctionsEntry") continue;
    Entity* entity = entity_of(entry, "ProfileID", doc);
    if (entity == nullptr) {
      doc.diagnostics.warn(entry, "SanctionsEntry for unknown profile " +
                                      attribute(entry, "ProfileID") + " ignored");
      continue;
    }
    read_entry(entry, *entity, doc);
  }
}

void read_relationships(const pugi::xml_node& relationships, Document& doc) {
  for (const pugi::xml_node& node : relationships.children()) {
    if (local_name(node) != "ProfileRelationship") continue;
    Entity* from = entity_of(node, "From-ProfileID", doc);
    const Entity* to = entity_of(node, "To-ProfileID", doc);
    if (from == nullptr || to == nullptr) {
      doc.diagnostics.warn(node, "ProfileRelationship " + attribute(node, "ID") +
                                     " names an unknown profile; ignored");
      continue;
    }
    const std::string_view type =
        doc.references.value("RelationTypeValues", attribute(node, "RelationTypeID"));
    const Name* target_name = to->primary_name();
    from->relations.push_back(Relation{
        ofac_relation_kind(type), to->id, target_name == nullptr ? "" : target_name->full, {}});
  }
}

}  // namespace

bool is_ofac_advanced_xml(std::string_view bytes) {
  if (!xml::root_element_is(bytes, kRootElement)) return false;
  const std::string_view start = bytes.substr(0, kDetectionBytes);
  return std::any_of(kNamespaces.begin(), kNamespaces.end(), [start](std::string_view space) {
    return start.find(space) != std::string_view::npos;
  });
}

Result<ParseOutput> parse_ofac_advanced_xml(const InputFile& file, std::string_view dataset_id) {
  pugi::xml_document document;
  const Result<pugi::xml_node> loaded =
      xml::load_list_root(file, document, kRootElement, "an OFAC SDN_ADVANCED XML list");
  if (!loaded.ok()) return loaded.error();
  const pugi::xml_node root = loaded.value();
  const pugi::xml_node parties = child(root, "DistinctParties");
  if (!parties) {
    return make_error(ErrorCode::kMalformed, "<Sanctions> has no <DistinctParties> element",
                      Location{file.path, 0, "/Sanctions"});
  }

  ParseOutput output;
  xml::DiagnosticSink diagnostics(file, output.diagnostics);
  const AdvancedReferences references(root);
  Document doc{file, references, diagnostics, output, {}};
  read_parties(parties, dataset_id, doc);
  read_entries(child(root, "SanctionsEntries"), doc);
  read_relationships(child(root, "ProfileRelationships"), doc);
  for (Entity& entity : output.entities) entity.content_hash = compute_content_hash(entity);

  output.info.id = std::string(dataset_id);
  output.info.authority = "OFAC";
  output.info.publication_date = ofac_advanced::iso_day_of(child(root, "DateOfIssue"));
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
