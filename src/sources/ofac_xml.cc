#include "sources/ofac_xml.h"

#include <pugixml.hpp>
#include <string>
#include <unordered_set>

#include "sources/ofac_xml_entry.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using xml::child_text;
using xml::local_name;

constexpr std::string_view kRootElement = "sdnList";

// Publish_Date is US-ordered ("01/08/2026"); only a full date is a publication date.
std::string publication_date(const pugi::xml_node& root, xml::DiagnosticSink& diagnostics) {
  const pugi::xml_node info = xml::child(root, "publshInformation");
  const std::string text = child_text(info, "Publish_Date");
  if (text.empty()) return {};
  const std::optional<DateValue> date = parse_date(text);
  if (!date || date->is_range() || date->from.day == 0) {
    diagnostics.warn(xml::child(info, "Publish_Date"), "unrecognised Publish_Date '" + text + "'");
    return {};
  }
  return date->from.to_iso();
}

void check_record_count(const pugi::xml_node& root, size_t entries,
                        xml::DiagnosticSink& diagnostics) {
  const pugi::xml_node count = xml::child(xml::child(root, "publshInformation"), "Record_Count");
  const std::string stated = xml::text(count);
  if (stated.empty() || stated == std::to_string(entries)) return;
  diagnostics.warn(count, "Record_Count states " + stated + " entries but the file has " +
                              std::to_string(entries));
}

}  // namespace

bool is_ofac_xml(std::string_view bytes) { return xml::root_element_is(bytes, kRootElement); }

Result<ParseOutput> parse_ofac_xml(const InputFile& file, std::string_view dataset_id) {
  pugi::xml_document document;
  const Result<pugi::xml_node> loaded =
      xml::load_list_root(file, document, kRootElement, "an OFAC XML list");
  if (!loaded.ok()) return loaded.error();
  const pugi::xml_node root = loaded.value();

  ParseOutput output;
  xml::DiagnosticSink diagnostics(file, output.diagnostics);
  std::unordered_set<std::string> seen_uids;
  size_t entries = 0;
  for (const pugi::xml_node& entry : root.children()) {
    if (local_name(entry) != "sdnEntry") continue;
    ++entries;
    const std::string uid = child_text(entry, "uid");
    if (uid.empty()) {
      diagnostics.skip_record(entry, "sdnEntry without a uid");
      continue;
    }
    if (!seen_uids.insert(uid).second) {
      diagnostics.skip_record(entry, "duplicate uid " + uid);
      continue;
    }
    Entity entity = ofac_xml::read_entry(entry, dataset_id, uid, diagnostics);
    if (entity.names.empty()) {
      diagnostics.skip_record(entry, "sdnEntry " + uid + " has no name");
      continue;
    }
    entity.content_hash = compute_content_hash(entity);
    output.entities.push_back(std::move(entity));
  }
  check_record_count(root, entries, diagnostics);

  output.info.id = std::string(dataset_id);
  output.info.authority = "OFAC";
  output.info.publication_date = publication_date(root, diagnostics);
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
