#include "sources/ca_sema_xml.h"

#include <pugixml.hpp>
#include <string>
#include <unordered_set>

#include "sources/ca_sema_record.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using xml::local_name;

constexpr std::string_view kRootElement = "data-set";
constexpr std::string_view kRecordElement = "record";
// Detection looks for the list's cells in the first records only.
constexpr size_t kDetectionBytes = size_t{1} << 16;

// The latest listing date of the entities, "" when none has one.
std::string latest_listing(const std::vector<Entity>& entities) {
  std::string latest;
  for (const Entity& entity : entities) {
    for (const Sanction& sanction : entity.sanctions) latest = std::max(latest, sanction.listed_on);
  }
  return latest;
}

}  // namespace

bool is_ca_sema_xml(std::string_view bytes) {
  if (!xml::root_element_is(bytes, kRootElement)) return false;
  const std::string_view start = bytes.substr(0, kDetectionBytes);
  const auto has = [start](std::string_view tag) { return start.find(tag) != start.npos; };
  return has("<record>") && has("<Country>") && (has("<LastName>") || has("<EntityOrShip>"));
}

Result<ParseOutput> parse_ca_sema_xml(const InputFile& file, std::string_view dataset_id) {
  pugi::xml_document document;
  const Result<pugi::xml_node> loaded =
      xml::load_list_root(file, document, kRootElement, "a Canada SEMA list");
  if (!loaded.ok()) return loaded.error();
  const pugi::xml_node root = loaded.value();

  ParseOutput output;
  xml::DiagnosticSink diagnostics(file, output.diagnostics);
  std::unordered_set<std::string> seen_ids;
  for (const pugi::xml_node& record : root.children()) {
    if (local_name(record) != kRecordElement) continue;
    const std::string source_id = ca_sema::record_source_id(record);
    if (source_id.empty()) {
      diagnostics.skip_record(record, "record without an <Item>");
      continue;
    }
    if (!seen_ids.insert(source_id).second) {
      diagnostics.skip_record(record, "a second record for regime, schedule and item " + source_id);
      continue;
    }
    Entity entity = ca_sema::read_record(record, dataset_id, source_id, diagnostics);
    if (entity.names.empty()) {
      diagnostics.skip_record(record, "record " + source_id + " has no name");
      continue;
    }
    entity.content_hash = compute_content_hash(entity);
    output.entities.push_back(std::move(entity));
  }

  output.info.id = std::string(dataset_id);
  output.info.authority = "Global Affairs Canada";
  const std::string latest = latest_listing(output.entities);
  if (!latest.empty()) {
    output.info.note =
        "The file states no publication date; its latest listing date is " + latest + ".";
  }
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
