#include "sources/ofac_csv.h"

#include <algorithm>
#include <unordered_map>

#include "model/ascii.h"
#include "sources/csv_reader.h"
#include "sources/entity_links.h"
#include "sources/ofac_csv_rows.h"

namespace vigil::sources {
namespace {

using detail::is_ent_num;
using detail::kOfacAddressColumns;
using detail::kOfacAliasColumns;
using detail::kOfacCommentColumns;
using detail::kOfacPrimaryColumns;
using model::lower;
using model::trim;

// OFAC cuts the remarks column at this many characters and continues it in the comments file.
constexpr size_t kRemarksWidth = 1000;
// Detection reads the first record only; no OFAC record is longer than this.
constexpr size_t kDetectionBytes = size_t{1} << 16;

class Sink {
 public:
  explicit Sink(ParseOutput& output) : output_(output) {}

  void skip(const std::string& file, long line, std::string element, std::string message) {
    ++output_.info.skipped_records;
    add(Diagnostic::Severity::kSkippedRecord, {file, line, std::move(element)}, std::move(message));
  }
  void warn(const std::string& file, long line, std::string element, std::string message) {
    add(Diagnostic::Severity::kWarning, {file, line, std::move(element)}, std::move(message));
  }

 private:
  void add(Diagnostic::Severity severity, Location where, std::string message) {
    output_.diagnostics.push_back({severity, std::move(message), std::move(where)});
  }
  ParseOutput& output_;
};

std::vector<CsvRecord> read_records(const InputFile& file, Sink& sink) {
  std::string problem;
  std::vector<CsvRecord> records = read_csv(file.bytes, &problem);
  if (!problem.empty()) sink.warn(file.path, 0, "", problem);
  return records;
}

// A row of a file with `columns` columns that opens with an ent_num; reports any other.
bool well_formed(const CsvRecord& r, size_t columns, const std::string& file, Sink& sink) {
  if (r.fields.size() != columns) {
    sink.skip(file, r.line, "",
              "expected " + std::to_string(columns) + " columns, found " +
                  std::to_string(r.fields.size()));
    return false;
  }
  if (!is_ent_num(r.fields[0])) {
    sink.skip(file, r.line, "", "ent_num '" + std::string(trim(r.fields[0])) + "' is not a number");
    return false;
  }
  return true;
}

// --- Remark overflow (sdn_comments.csv). ---

struct Overflow {
  std::string text;
  long line = 0;
  bool used = false;
};
using OverflowTable = std::unordered_map<std::string, Overflow>;

OverflowTable read_overflow(const InputFile& file, Sink& sink) {
  OverflowTable table;
  for (CsvRecord& r : read_records(file, sink)) {
    if (!well_formed(r, kOfacCommentColumns, file.path, sink)) continue;
    Overflow& overflow = table[std::string(trim(r.fields[0]))];
    if (overflow.line == 0) overflow.line = r.line;
    overflow.text += r.fields[1];
  }
  return table;
}

// The fact cut at the seam, read across it, closes every parenthesis it opens. A primary and a
// comments file of different publications fail this where the remarks changed in between.
bool continues(std::string_view head, std::string_view tail) {
  const size_t start = head.rfind(';');
  std::string fact(head.substr(start == std::string_view::npos ? 0 : start + 1));
  fact += tail.substr(0, tail.find(';'));
  int depth = 0;
  for (char c : fact) {
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) return false;
  }
  return depth == 0;
}

// The remarks column, continued by its overflow row where OFAC cut it.
std::string full_remarks(const CsvRecord& r, const std::string& ent_num, OverflowTable& overflow,
                         const OfacCsvFiles& files, Sink& sink) {
  const std::string& raw = r.fields[detail::kRemarks];
  const bool cut = raw.size() == kRemarksWidth && !trim(raw).ends_with('.');
  const auto it = overflow.find(ent_num);
  if (it == overflow.end() || raw.size() != kRemarksWidth) {
    if (cut) {
      sink.warn(files.primary.path, r.line, ent_num,
                "remarks end at OFAC's " + std::to_string(kRemarksWidth) +
                    "-character limit and no remark-overflow row continues them; the last fact "
                    "may be incomplete");
    }
    return detail::ofac_value(raw);
  }
  it->second.used = true;
  if (!continues(raw, it->second.text)) {
    sink.warn(files.comments->path, it->second.line, ent_num,
              "the remark-overflow row does not continue the remarks of the primary file (the "
              "files are from different publications?); it was not appended");
    return detail::ofac_value(raw);
  }
  return detail::ofac_value(raw + it->second.text);
}

void report_unused_overflow(const OverflowTable& overflow,
                            const std::unordered_map<std::string, size_t>& index,
                            const OfacCsvFiles& files, Sink& sink) {
  size_t absent = 0;
  size_t complete = 0;
  for (const auto& [ent_num, row] : overflow) {
    if (row.used) continue;
    ++(index.contains(ent_num) ? complete : absent);
  }
  if (absent + complete == 0) return;
  sink.warn(files.comments->path, 0, "",
            std::to_string(absent + complete) + " of " + std::to_string(overflow.size()) +
                " remark-overflow rows not used: " + std::to_string(absent) +
                " name an ent_num absent from " + files.primary.path + ", " +
                std::to_string(complete) + " continue remarks that are complete there");
}

// --- The primary file. ---

using EntityIndex = std::unordered_map<std::string, size_t>;  // ent_num -> entities[i]

void read_primary(const OfacCsvFiles& files, const std::string& dataset, OverflowTable& overflow,
                  ParseOutput& output, EntityIndex& index, Sink& sink) {
  const std::string& path = files.primary.path;
  for (const CsvRecord& r : read_records(files.primary, sink)) {
    if (!well_formed(r, kOfacPrimaryColumns, path, sink)) continue;
    const std::string ent_num(trim(r.fields[detail::kEntNum]));
    if (index.contains(ent_num)) {
      sink.skip(path, r.line, ent_num, "ent_num " + ent_num + " appears twice; the first is kept");
      continue;
    }
    if (detail::ofac_value(r.fields[detail::kName]).empty()) {
      sink.skip(path, r.line, ent_num, "entry " + ent_num + " has no name");
      continue;
    }
    if (!detail::ofac_schema(r.fields[detail::kType])) {
      sink.warn(path, r.line, ent_num,
                "unknown SDN_Type '" + std::string(trim(r.fields[detail::kType])) +
                    "'; the entity's type is left unknown");
    }
    std::string remarks = full_remarks(r, ent_num, overflow, files, sink);
    index.emplace(ent_num, output.entities.size());
    output.entities.push_back(detail::make_ofac_entity(r.fields, dataset, std::move(remarks)));
  }
}

// --- Alias and address files. ---

using RowHandler = void (*)(const std::vector<std::string>& fields, Entity& entity);

Result<bool> read_secondary(const InputFile& file, OfacCsvKind kind, size_t columns,
                            RowHandler handle, const std::string& primary_path,
                            std::vector<Entity>& entities, const EntityIndex& index, Sink& sink) {
  const std::vector<CsvRecord> records = read_records(file, sink);
  if (!records.empty() && detect_ofac_csv(file.bytes) != kind) {
    return make_error(
        ErrorCode::kFormat,
        "not an OFAC legacy CSV " + std::string(kind == OfacCsvKind::kAlias ? "alias" : "address") +
            " file (expected " + std::to_string(columns) + " columns starting with an ent_num)",
        {file.path, 1, ""});
  }
  size_t dropped = 0;
  for (const CsvRecord& r : records) {
    if (!well_formed(r, columns, file.path, sink)) continue;
    const auto it = index.find(std::string(trim(r.fields[0])));
    if (it == index.end()) {
      ++dropped;
      continue;
    }
    handle(r.fields, entities[it->second]);
  }
  if (dropped > 0) {
    sink.warn(file.path, 0, "",
              std::to_string(dropped) + " of " + std::to_string(records.size()) +
                  " rows dropped: their ent_num is not in " + primary_path);
  }
  return true;
}

}  // namespace

std::optional<OfacCsvKind> detect_ofac_csv(std::string_view bytes) {
  CsvReader reader(bytes.substr(0, std::min(bytes.size(), kDetectionBytes)));
  CsvRecord first;
  if (!reader.next(first) || !is_ent_num(first.fields[0])) return std::nullopt;
  const auto& f = first.fields;
  switch (f.size()) {
    case kOfacPrimaryColumns:
      if (detail::ofac_schema(f[2])) return OfacCsvKind::kPrimary;
      return std::nullopt;
    case kOfacAliasColumns: {
      const std::string type = lower(trim(f[2]));
      if (is_ent_num(f[1]) && (type == "aka" || type == "fka" || type == "nka")) {
        return OfacCsvKind::kAlias;
      }
      return std::nullopt;
    }
    case kOfacAddressColumns:
      if (is_ent_num(f[1])) return OfacCsvKind::kAddress;
      return std::nullopt;
    case kOfacCommentColumns: return OfacCsvKind::kComments;
    default: return std::nullopt;
  }
}

Result<ParseOutput> parse_ofac_csv(const OfacCsvFiles& files, std::string_view dataset_id) {
  if (detect_ofac_csv(files.primary.bytes) != OfacCsvKind::kPrimary) {
    return make_error(ErrorCode::kFormat,
                      "not an OFAC legacy CSV primary file (expected 12 columns: ent_num, name, "
                      "type (-0-, individual, vessel or aircraft), programs, ...)",
                      {files.primary.path, 1, ""});
  }
  ParseOutput output;
  const std::string dataset(dataset_id);
  output.info.id = dataset;
  output.info.authority = "OFAC";
  Sink sink(output);
  OverflowTable overflow;
  if (files.comments) overflow = read_overflow(*files.comments, sink);
  EntityIndex index;
  read_primary(files, dataset, overflow, output, index, sink);
  if (files.comments) report_unused_overflow(overflow, index, files, sink);
  if (files.aliases) {
    auto read =
        read_secondary(*files.aliases, OfacCsvKind::kAlias, kOfacAliasColumns,
                       detail::add_ofac_alias, files.primary.path, output.entities, index, sink);
    if (!read.ok()) return read.error();
  }
  if (files.addresses) {
    auto read =
        read_secondary(*files.addresses, OfacCsvKind::kAddress, kOfacAddressColumns,
                       detail::add_ofac_address, files.primary.path, output.entities, index, sink);
    if (!read.ok()) return read.error();
  }
  resolve_relations(output.entities);
  for (Entity& e : output.entities) e.content_hash = compute_content_hash(e);
  output.info.entity_count = output.entities.size();
  return output;
}

}  // namespace vigil::sources
