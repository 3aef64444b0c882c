#include "sources/ofac_enhanced_xml.h"

#include <pugixml.hpp>
#include <string>
#include <unordered_set>

#include "sources/ofac_enhanced_entity.h"
#include "sources/ofac_zipped_xml.h"
#include "sources/xml_support.h"
#include "sources/zip_archive.h"

namespace vigil::sources {
namespace {

using xml::child;
using xml::child_text;
using xml::local_name;

constexpr std::string_view kRootElement = "sanctionsData";
constexpr std::string_view kNamespacePath = "exports/ENHANCED_XML";
constexpr size_t kDetectionBytes = 4096;

bool is_bare_enhanced_xml(std::string_view bytes) {
  if (!xml::root_element_is(bytes, kRootElement)) return false;
  return bytes.substr(0, kDetectionBytes).find(kNamespacePath) != std::string_view::npos;
}

ofac_enhanced::CountryCodes country_codes(const pugi::xml_node& root) {
  ofac_enhanced::CountryCodes codes;
  for (const pugi::xml_node& value : child(root, "referenceValues").children()) {
    if (child_text(value, "type") != "COUNTRY") continue;
    const std::string code = child_text(value, "isoCode");
    if (code.size() == 2) codes.emplace(value.attribute("refId").value(), code);
  }
  return codes;
}

std::string publication_date(const pugi::xml_node& root, xml::DiagnosticSink& diagnostics) {
  const pugi::xml_node as_of = child(child(root, "publicationInfo"), "dataAsOf");
  const std::string text = xml::text(as_of);
  if (text.empty()) return {};
  const std::string date = text.substr(0, text.find('T'));
  if (!parse_date(date)) {
    diagnostics.warn(as_of, "unrecognised dataAsOf '" + text + "'");
    return {};
  }
  return date;
}

// Relations to entities that are not in this file (an SDN entity named by a non-SDN one)
// keep the name only: a target id must name an entity of the same dataset.
void clear_outside_targets(std::vector<Entity>& entities) {
  std::unordered_set<std::string> ids;
  for (const Entity& entity : entities) ids.insert(entity.id);
  for (Entity& entity : entities) {
    for (Relation& relation : entity.relations) {
      if (!relation.target_id.empty() && !ids.contains(relation.target_id)) {
        relation.target_id.clear();
      }
    }
    entity.content_hash = compute_content_hash(entity);
  }
}

Result<ParseOutput> parse_document(const InputFile& file, std::string_view dataset_id) {
  pugi::xml_document document;
  const Result<pugi::xml_node> loaded =
      xml::load_list_root(file, document, kRootElement, "an OFAC Enhanced XML list");
  if (!loaded.ok()) return loaded.error();
  const pugi::xml_node root = loaded.value();
  const pugi::xml_node entities = child(root, "entities");
  if (!entities) {
    return make_error(ErrorCode::kMalformed, "<sanctionsData> has no <entities> element",
                      Location{file.path, 0, "/sanctionsData"});
  }

  ParseOutput output;
  xml::DiagnosticSink diagnostics(file, output.diagnostics);
  const ofac_enhanced::CountryCodes countries = country_codes(root);
  std::unordered_set<std::string> seen_ids;
  for (const pugi::xml_node& node : entities.children()) {
    if (local_name(node) != "entity") continue;
    const std::string id = node.attribute("id").value();
    if (id.empty()) {
      diagnostics.skip_record(node, "entity without an id");
      continue;
    }
    if (!seen_ids.insert(id).second) {
      diagnostics.skip_record(node, "duplicate entity id " + id);
      continue;
    }
    Entity entity = ofac_enhanced::read_entity(node, dataset_id, id, countries, diagnostics);
    if (entity.names.empty()) {
      diagnostics.skip_record(node, "entity " + id + " has no name");
      continue;
    }
    output.entities.push_back(std::move(entity));
  }
  clear_outside_targets(output.entities);

  output.info.id = std::string(dataset_id);
  output.info.authority = "OFAC";
  output.info.publication_date = publication_date(root, diagnostics);
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace

bool is_ofac_enhanced_xml(std::string_view bytes) {
  if (!has_zip_signature(bytes)) return is_bare_enhanced_xml(bytes);
  return is_bare_enhanced_xml(zipped_xml_prefix(bytes, kDetectionBytes));
}

Result<ParseOutput> parse_ofac_enhanced_xml(const InputFile& file, std::string_view dataset_id) {
  if (!has_zip_signature(file.bytes)) return parse_document(file, dataset_id);
  Result<InputFile> xml_file = unzip_single_xml(file);
  if (!xml_file.ok()) return xml_file.error();
  return parse_document(*xml_file, dataset_id);
}

}  // namespace vigil::sources
