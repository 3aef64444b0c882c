#include "sources/eu_fsf_xml.h"

#include <pugixml.hpp>
#include <string>
#include <unordered_set>

#include "sources/eu_fsf_entry.h"
#include "sources/eu_fsf_fields.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using xml::local_name;

constexpr std::string_view kRootElement = "export";
// The FSF namespace is "http://eu.europa.ec/fpi/fsd/export"; its path part is enough.
constexpr std::string_view kNamespacePath = "/fpi/fsd/export";
constexpr size_t kDetectionBytes = size_t{1} << 16;

}  // namespace

bool is_eu_fsf_xml(std::string_view bytes) {
  if (!xml::root_element_is(bytes, kRootElement)) return false;
  const std::string_view start = bytes.substr(0, kDetectionBytes);
  return start.find(kNamespacePath) != start.npos || start.find("<sanctionEntity") != start.npos;
}

Result<ParseOutput> parse_eu_fsf_xml(const InputFile& file, std::string_view dataset_id) {
  pugi::xml_document document;
  const Result<pugi::xml_node> loaded =
      xml::load_list_root(file, document, kRootElement, "an EU Financial Sanctions File");
  if (!loaded.ok()) return loaded.error();
  const pugi::xml_node root = loaded.value();

  ParseOutput output;
  xml::DiagnosticSink diagnostics(file, output.diagnostics);
  std::unordered_set<std::string> seen_ids;
  for (const pugi::xml_node& entry : root.children()) {
    if (local_name(entry) != "sanctionEntity") continue;
    const std::string logical_id = eu_fsf::attribute(entry, "logicalId");
    if (logical_id.empty()) {
      diagnostics.skip_record(entry, "sanctionEntity without a logicalId");
      continue;
    }
    if (!seen_ids.insert(logical_id).second) {
      diagnostics.skip_record(entry, "duplicate logicalId " + logical_id);
      continue;
    }
    Entity entity = eu_fsf::read_entry(entry, dataset_id, logical_id, diagnostics);
    if (entity.names.empty()) {
      diagnostics.skip_record(entry, "sanctionEntity " + logical_id + " has no name");
      continue;
    }
    entity.content_hash = compute_content_hash(entity);
    output.entities.push_back(std::move(entity));
  }

  output.info.id = std::string(dataset_id);
  output.info.authority = "European Union";
  const std::string generated = eu_fsf::attribute(root, "generationDate");
  const std::optional<DateValue> date = parse_date(generated.substr(0, 10));
  if (date && !date->is_range() && date->from.day != 0) {
    output.info.publication_date = date->from.to_iso();
  } else if (!generated.empty()) {
    diagnostics.warn(root, "unrecognised generationDate '" + generated + "'");
  }
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
