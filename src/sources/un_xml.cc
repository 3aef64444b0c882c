#include "sources/un_xml.h"

#include <pugixml.hpp>
#include <string>
#include <unordered_set>

#include "sources/un_xml_entry.h"
#include "sources/un_xml_fields.h"
#include "sources/xml_support.h"

namespace vigil::sources {
namespace {

using xml::child_text;
using xml::local_name;

constexpr std::string_view kRootElement = "CONSOLIDATED_LIST";

struct RecordGroup {
  std::string_view container;  // <INDIVIDUALS>
  std::string_view record;     // <INDIVIDUAL>
};
constexpr RecordGroup kRecordGroups[] = {{"INDIVIDUALS", "INDIVIDUAL"}, {"ENTITIES", "ENTITY"}};

class RecordReader {
 public:
  RecordReader(std::string_view dataset_id, ParseOutput& output, xml::DiagnosticSink& diagnostics)
      : dataset_id_(dataset_id), output_(output), diagnostics_(diagnostics) {}

  void read(const pugi::xml_node& record) {
    const std::string data_id = child_text(record, "DATAID");
    if (data_id.empty()) {
      diagnostics_.skip_record(record, "record without a DATAID");
      return;
    }
    if (!seen_ids_.insert(data_id).second) {
      diagnostics_.skip_record(record, "duplicate DATAID " + data_id);
      return;
    }
    Entity entity = un_xml::read_entry(record, dataset_id_, data_id, diagnostics_);
    if (entity.names.empty()) {
      diagnostics_.skip_record(record, "record " + data_id + " has no name");
      return;
    }
    entity.content_hash = compute_content_hash(entity);
    output_.entities.push_back(std::move(entity));
  }

 private:
  std::string_view dataset_id_;
  ParseOutput& output_;
  xml::DiagnosticSink& diagnostics_;
  std::unordered_set<std::string> seen_ids_;
};

}  // namespace

bool is_un_xml(std::string_view bytes) { return xml::root_element_is(bytes, kRootElement); }

Result<ParseOutput> parse_un_xml(const InputFile& file, std::string_view dataset_id) {
  pugi::xml_document document;
  const Result<pugi::xml_node> loaded =
      xml::load_list_root(file, document, kRootElement, "a UN Consolidated List");
  if (!loaded.ok()) return loaded.error();
  const pugi::xml_node root = loaded.value();

  ParseOutput output;
  xml::DiagnosticSink diagnostics(file, output.diagnostics);
  RecordReader reader(dataset_id, output, diagnostics);
  for (const RecordGroup& group : kRecordGroups) {
    for (const pugi::xml_node& record : xml::child(root, group.container).children()) {
      if (local_name(record) == group.record) reader.read(record);
    }
  }

  output.info.id = std::string(dataset_id);
  output.info.authority = "UN Security Council";
  output.info.publication_date = un_xml::iso_date_prefix(root.attribute("dateGenerated").value());
  output.info.entity_count = output.entities.size();
  output.info.skipped_records = diagnostics.skipped();
  return output;
}

}  // namespace vigil::sources
