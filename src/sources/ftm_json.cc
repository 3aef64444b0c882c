#include "sources/ftm_json.h"

#include <deque>
#include <set>
#include <string>
#include <unordered_set>
#include <variant>

#include "sources/ftm_links.h"
#include "sources/ftm_party.h"
#include "sources/ftm_record.h"
#include "sources/json_lines.h"

namespace vigil::sources {
namespace {

namespace dom = simdjson::dom;

// At most this many dataset names are listed in the dataset's note.
constexpr size_t kDatasetsNamed = 12;

// The strings of a JSON value: each string of an array, or the value itself when a string.
// Other values (numbers, objects) are not FtM property values; `other` counts them.
std::vector<std::string> strings_of(dom::element value, size_t& other) {
  std::vector<std::string> out;
  std::string_view text;
  if (value.get(text) == simdjson::SUCCESS) {
    out.emplace_back(text);
    return out;
  }
  dom::array array;
  if (value.get(array) != simdjson::SUCCESS) {
    ++other;
    return out;
  }
  for (dom::element item : array) {
    if (item.get(text) != simdjson::SUCCESS) {
      ++other;
      continue;
    }
    out.emplace_back(text);
  }
  return out;
}

struct LineProblem {
  std::string id;  // when known
  std::string message;
};

// A record from one parsed line, or why the line is not one. `non_text_values` counts the
// property values that are not text (FtM values always are) and were left out.
std::variant<FtmRecord, LineProblem> record_of(long line, dom::element document,
                                               size_t& non_text_values) {
  dom::object object;
  if (document.get(object) != simdjson::SUCCESS) return LineProblem{{}, "not a JSON object"};
  FtmRecord record;
  record.line = line;
  record.id = std::string(json_string(object, "id"));
  record.schema = std::string(json_string(object, "schema"));
  if (record.id.empty()) return LineProblem{{}, "entity without an \"id\""};
  if (record.schema.empty()) return LineProblem{record.id, "entity without a \"schema\""};
  dom::element properties;
  if (object["properties"].get(properties) == simdjson::SUCCESS) {
    dom::object fields;
    if (properties.get(fields) != simdjson::SUCCESS) {
      return LineProblem{record.id, "\"properties\" is not an object"};
    }
    for (dom::key_value_pair field : fields) {
      record.properties.push_back(
          FtmProperty{std::string(field.key), strings_of(field.value, non_text_values)});
    }
  }
  dom::element datasets;
  if (object["datasets"].get(datasets) == simdjson::SUCCESS) {
    size_t ignored = 0;
    record.datasets = strings_of(datasets, ignored);
  }
  record.last_seen = std::string(json_string(object, "last_seen"));
  bool target = false;
  if (object["target"].get(target) == simdjson::SUCCESS) record.target = target;
  return record;
}

class FtmReader {
 public:
  FtmReader(std::string_view dataset_id, LineDiagnostics& diagnostics)
      : dataset_id_(dataset_id), diagnostics_(diagnostics), report_{diagnostics, {}, {}} {}

  void read_line(long line, dom::element document) {
    size_t non_text_values = 0;
    std::variant<FtmRecord, LineProblem> read = record_of(line, document, non_text_values);
    if (auto* problem = std::get_if<LineProblem>(&read)) {
      diagnostics_.skip(line, problem->id, problem->message);
      return;
    }
    FtmRecord& record = std::get<FtmRecord>(read);
    if (non_text_values > 0) {
      diagnostics_.warn(
          line, record.id,
          std::to_string(non_text_values) + " property values are not text; left out");
    }
    datasets_.insert(record.datasets.begin(), record.datasets.end());
    if (record.last_seen > last_seen_) last_seen_ = record.last_seen;
    const std::optional<FtmSchemaRule> rule = ftm_schema_rule(record.schema);
    if (!rule) {
      ++report_.unread_schemas[record.schema];
      return;
    }
    if (rule->role != FtmRole::kParty) {
      facts_.push_back(FtmFact{std::move(record), *rule});
      return;
    }
    if (!party_ids_.insert(record.id).second) {
      diagnostics_.skip(line, record.id, "duplicate id " + record.id);
      return;
    }
    parties_.push_back(read_ftm_party(record, rule->party_schema, dataset_id_, report_));
  }

  void finish(ParseOutput& output) {
    link_ftm_facts(parties_, facts_, report_);
    for (FtmParty& party : parties_) {
      if (party.entity.names.empty()) {
        diagnostics_.skip(party.line, party.entity.source_id, "party without a name");
        continue;
      }
      party.entity.content_hash = compute_content_hash(party.entity);
      output.entities.push_back(std::move(party.entity));
    }
    summarise_unread();
    output.info.publication_date = last_seen_.substr(0, last_seen_.find('T'));
    output.info.note = datasets_note();
  }

 private:
  static std::string counted(const std::map<std::string, size_t>& counts) {
    std::string out;
    for (const auto& [name, count] : counts) {
      out += (out.empty() ? "" : ", ") + name + " x" + std::to_string(count);
    }
    return out;
  }

  void summarise_unread() {
    size_t records = 0;
    for (const auto& entry : report_.unread_schemas) records += entry.second;
    if (records > 0) {
      diagnostics_.skip_all(records, std::to_string(records) +
                                         " records of schemas Vigil does not read: " +
                                         counted(report_.unread_schemas));
    }
    if (!report_.unread_properties.empty()) {
      diagnostics_.warn_file("properties Vigil does not read: " +
                             counted(report_.unread_properties));
    }
  }

  std::string datasets_note() const {
    if (datasets_.empty()) return {};
    std::string note = "FollowTheMoney datasets:";
    size_t named = 0;
    for (const std::string& dataset : datasets_) {
      if (named++ == kDatasetsNamed) {
        note += " and " + std::to_string(datasets_.size() - kDatasetsNamed) + " more";
        break;
      }
      note += (named == 1 ? " " : ", ") + dataset;
    }
    return note;
  }

  std::string_view dataset_id_;
  LineDiagnostics& diagnostics_;
  FtmReport report_;
  std::deque<FtmParty> parties_;
  std::deque<FtmFact> facts_;
  std::unordered_set<std::string> party_ids_;
  std::set<std::string> datasets_;
  std::string last_seen_;
};

}  // namespace

bool is_ftm_json(std::string_view bytes) {
  const std::string_view line = first_json_line(bytes);
  if (line.empty() || line.front() != '{') return false;
  dom::parser parser;
  dom::object object;
  if (parser.parse(line.data(), line.size()).get(object) != simdjson::SUCCESS) return false;
  std::string_view schema;
  dom::object properties;
  return object["schema"].get(schema) == simdjson::SUCCESS &&
         object["properties"].get(properties) == simdjson::SUCCESS;
}

Result<ParseOutput> parse_ftm_json(const InputFile& file, std::string_view dataset_id) {
  if (!is_ftm_json(file.bytes)) {
    return make_error(ErrorCode::kFormat,
                      "not FollowTheMoney JSON lines: the first line is not a JSON object with "
                      "\"schema\" and \"properties\"",
                      Location{file.path, 1, {}});
  }
  ParseOutput output;
  LineDiagnostics diagnostics(file.path, output);
  FtmReader reader(dataset_id, diagnostics);
  for_each_json_line(
      file.bytes, [&reader](long line, dom::element document) { reader.read_line(line, document); },
      [&diagnostics](long line, std::string message) {
        diagnostics.skip(line, {}, std::move(message));
      });
  reader.finish(output);
  output.info.id = std::string(dataset_id);
  output.info.entity_count = output.entities.size();
  return output;
}

}  // namespace vigil::sources
