#include "sources/ofac_csv.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "model/ascii.h"
#include "model/country.h"
#include "sources/csv_reader.h"
#include "sources/ofac_programs.h"
#include "sources/ofac_remarks.h"

namespace vigil::sources {
namespace {

using model::trim;

constexpr size_t kPrimaryColumns = 12;
constexpr size_t kAliasColumns = 5;
constexpr size_t kAddressColumns = 6;
constexpr size_t kCommentColumns = 2;

// OFAC writes "-0-" for an empty field.
std::string value_of(std::string_view field) {
  const std::string_view t = trim(field);
  return t == "-0-" ? std::string() : to_utf8(t);
}

bool is_ent_num(std::string_view field) {
  const std::string_view t = trim(field);
  return !t.empty() && t.size() < 12 && std::all_of(t.begin(), t.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

Schema schema_of(std::string_view type) {
  const std::string t = value_of(type);
  if (t == "individual") return Schema::kPerson;
  if (t == "vessel") return Schema::kVessel;
  if (t == "aircraft") return Schema::kAircraft;
  return Schema::kOrganization;
}

// "KHATIB, Esmail" for a person -> "Esmail KHATIB" with its parts; others as written.
Name make_name(const std::string& written, Schema schema, NameKind kind) {
  Name name;
  name.kind = kind;
  name.script = "Latn";
  const size_t comma = written.find(", ");
  if (schema != Schema::kPerson || comma == std::string::npos) {
    name.full = written;
    if (schema == Schema::kPerson) name.parts.family = written;
    return name;
  }
  const std::string family = std::string(trim(std::string_view(written).substr(0, comma)));
  const std::string given = std::string(trim(std::string_view(written).substr(comma + 2)));
  name.full = given.empty() ? family : given + " " + family;
  name.parts.family = family;
  const size_t space = given.find(' ');
  name.parts.given = given.substr(0, space);
  if (space != std::string::npos) name.parts.middle = given.substr(space + 1);
  return name;
}

// "IFSR] [IRAN-HR] [CYBER2" -> {"IFSR", "IRAN-HR", "CYBER2"}.
std::vector<std::string> split_programs(const std::string& field) {
  std::vector<std::string> programs;
  std::string current;
  for (char c : field) {
    if (c == '[' || c == ']') {
      if (!trim(current).empty()) programs.emplace_back(trim(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!trim(current).empty()) programs.emplace_back(trim(current));
  return programs;
}

struct Sink {
  const std::string& dataset;
  ParseOutput& output;

  void skip(const std::string& file, long line, std::string message) {
    ++output.info.skipped_records;
    output.diagnostics.push_back(
        {Diagnostic::Severity::kSkippedRecord, std::move(message), {file, line, ""}});
  }
  void warn(const std::string& file, long line, std::string message) {
    output.diagnostics.push_back(
        {Diagnostic::Severity::kWarning, std::move(message), {file, line, ""}});
  }
};

void add_vessel_columns(const std::vector<std::string>& f, Entity& e) {
  if (const std::string call_sign = value_of(f[5]); !call_sign.empty()) {
    e.identifiers.push_back({IdentifierType::kCallSign, "Call Sign", call_sign,
                             normalise_identifier(IdentifierType::kCallSign, call_sign), "", "", "",
                             ""});
  }
  const std::pair<size_t, const char*> columns[] = {
      {6, "vessel_type"}, {7, "vessel_tonnage"}, {8, "vessel_grt"}, {10, "vessel_owner"}};
  for (const auto& [column, key] : columns) {
    if (std::string v = value_of(f[column]); !v.empty()) e.properties.push_back({key, v});
  }
  if (std::string flag = value_of(f[9]); !flag.empty()) {
    if (const auto code = model::country_code(flag)) e.countries.push_back(*code);
    e.properties.push_back({"vessel_flag", std::move(flag)});
  }
}

Entity make_entity(const std::vector<std::string>& f, const std::string& dataset,
                   const std::string& overflow) {
  Entity e;
  e.source_id = std::string(trim(f[0]));
  e.id = dataset + ":" + e.source_id;
  e.dataset = dataset;
  e.schema = schema_of(f[2]);
  Name primary = make_name(value_of(f[1]), e.schema, NameKind::kPrimary);
  if (std::string title = value_of(f[4]); !title.empty()) {
    primary.parts.title = title;
    e.properties.push_back({"title", std::move(title)});
  }
  e.names.push_back(std::move(primary));
  for (std::string& program : split_programs(value_of(f[3]))) {
    e.sanctions.push_back(
        {"OFAC", program, std::string(ofac_program_legal_basis(program)), "", ""});
  }
  add_vessel_columns(f, e);
  e.remarks = value_of(f[11]) + overflow;
  apply_ofac_remarks(e.remarks, e);
  return e;
}

// Reads a secondary file's records keyed by ent_num, checking their column count.
std::vector<CsvRecord> read_secondary(const InputFile& file, size_t columns, Sink& sink) {
  std::string problem;
  std::vector<CsvRecord> records = read_csv(file.bytes, &problem);
  if (!problem.empty()) sink.warn(file.path, 0, problem);
  std::vector<CsvRecord> good;
  for (CsvRecord& r : records) {
    if (r.fields.size() != columns || !is_ent_num(r.fields[0])) {
      sink.skip(file.path, r.line,
                "expected " + std::to_string(columns) +
                    " columns starting with an ent_num, found " + std::to_string(r.fields.size()));
      continue;
    }
    good.push_back(std::move(r));
  }
  return good;
}

std::string upper_key(std::string_view name) {
  std::string key;
  for (char c : trim(name)) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  return key;
}

// "Linked To: NAME" names another entry of the same list: point at it when a name matches.
void resolve_relations(std::vector<Entity>& entities) {
  std::unordered_map<std::string, std::string> by_name;
  for (const Entity& e : entities) {
    for (const Name& n : e.names) {
      if (n.kind == NameKind::kPrimary || n.kind == NameKind::kAlias) {
        by_name.emplace(upper_key(n.full), e.id);
      }
    }
  }
  for (Entity& e : entities) {
    for (Relation& r : e.relations) {
      const auto it = by_name.find(upper_key(r.target_name));
      if (it != by_name.end() && it->second != e.id) r.target_id = it->second;
    }
  }
}

}  // namespace

std::optional<OfacCsvKind> detect_ofac_csv(std::string_view bytes) {
  CsvReader reader(bytes.substr(0, std::min<size_t>(bytes.size(), 1 << 16)));
  CsvRecord first;
  if (!reader.next(first) || first.fields.empty() || !is_ent_num(first.fields[0])) return {};
  const auto& f = first.fields;
  switch (f.size()) {
    case kPrimaryColumns: {
      const std::string type = std::string(trim(f[2]));
      if (type == "-0-" || type == "individual" || type == "vessel" || type == "aircraft") {
        return OfacCsvKind::kPrimary;
      }
      return {};
    }
    case kAddressColumns:
      return is_ent_num(f[1]) ? std::optional(OfacCsvKind::kAddress) : std::nullopt;
    case kAliasColumns: {
      const std::string type = std::string(trim(f[2]));
      if (is_ent_num(f[1]) && (type == "aka" || type == "fka" || type == "nka")) {
        return OfacCsvKind::kAlias;
      }
      return {};
    }
    case kCommentColumns: return OfacCsvKind::kComments;
    default: return {};
  }
}

Result<ParseOutput> parse_ofac_csv(const OfacCsvFiles& files, std::string_view dataset_id) {
  ParseOutput output;
  const std::string dataset(dataset_id);
  output.info.id = dataset;
  output.info.authority = "OFAC";
  Sink sink{dataset, output};
  if (detect_ofac_csv(files.primary.bytes) != OfacCsvKind::kPrimary) {
    return make_error(ErrorCode::kFormat,
                      "not an OFAC legacy CSV primary file (expected 12 columns: ent_num, name, "
                      "type, programs, ...)",
                      {files.primary.path, 1, ""});
  }
  // Remark overflow first: it continues the remarks column of the primary file.
  std::unordered_map<std::string, std::string> overflow;
  if (files.comments) {
    for (const CsvRecord& r : read_secondary(*files.comments, kCommentColumns, sink)) {
      overflow[std::string(trim(r.fields[0]))] += to_utf8(r.fields[1]);
    }
  }
  std::string problem;
  const std::vector<CsvRecord> records = read_csv(files.primary.bytes, &problem);
  if (!problem.empty()) sink.warn(files.primary.path, 0, problem);
  std::unordered_map<std::string, size_t> index_of;
  size_t overflow_used = 0;
  for (const CsvRecord& r : records) {
    if (r.fields.size() != kPrimaryColumns || !is_ent_num(r.fields[0])) {
      sink.skip(
          files.primary.path, r.line,
          "expected 12 columns starting with an ent_num, found " + std::to_string(r.fields.size()));
      continue;
    }
    const std::string ent_num(trim(r.fields[0]));
    if (index_of.contains(ent_num)) {
      sink.skip(files.primary.path, r.line, "duplicate ent_num " + ent_num);
      continue;
    }
    if (value_of(r.fields[1]).empty()) {
      sink.skip(files.primary.path, r.line, "entry " + ent_num + " has no name");
      continue;
    }
    // Overflow continues remarks that were cut; complete remarks end with a period.
    std::string extra;
    if (const auto it = overflow.find(ent_num); it != overflow.end()) {
      const std::string remarks = value_of(r.fields[11]);
      if (!remarks.empty() && !remarks.ends_with('.')) {
        extra = it->second;
        ++overflow_used;
      }
    }
    index_of.emplace(ent_num, output.entities.size());
    output.entities.push_back(make_entity(r.fields, dataset, extra));
  }
  if (files.comments && overflow_used < overflow.size()) {
    sink.warn(files.comments->path, 0,
              std::to_string(overflow.size() - overflow_used) + " of " +
                  std::to_string(overflow.size()) +
                  " remark-overflow rows not appended: their entry is absent from the primary "
                  "file or its remarks are already complete");
  }
  if (files.aliases) {
    size_t dropped = 0;
    for (const CsvRecord& r : read_secondary(*files.aliases, kAliasColumns, sink)) {
      const auto it = index_of.find(std::string(trim(r.fields[0])));
      if (it == index_of.end()) {
        ++dropped;
        continue;
      }
      Entity& e = output.entities[it->second];
      const std::string type = value_of(r.fields[2]);
      const NameKind kind = type == "fka" ? NameKind::kFormer : NameKind::kAlias;
      const std::string written = value_of(r.fields[3]);
      if (written.empty()) continue;
      e.names.push_back(make_name(written, e.schema, kind));
    }
    if (dropped > 0) {
      sink.warn(files.aliases->path, 0,
                std::to_string(dropped) + " alias rows dropped: their ent_num is not in " +
                    files.primary.path);
    }
  }
  if (files.addresses) {
    size_t dropped = 0;
    for (const CsvRecord& r : read_secondary(*files.addresses, kAddressColumns, sink)) {
      const auto it = index_of.find(std::string(trim(r.fields[0])));
      if (it == index_of.end()) {
        ++dropped;
        continue;
      }
      Address a;
      a.street = value_of(r.fields[2]);
      a.city = value_of(r.fields[3]);
      a.country_name = value_of(r.fields[4]);
      a.note = value_of(r.fields[5]);
      if (const auto code = model::country_code(a.country_name)) a.country = *code;
      if (a.street.empty() && a.city.empty() && a.country_name.empty()) continue;
      output.entities[it->second].addresses.push_back(std::move(a));
    }
    if (dropped > 0) {
      sink.warn(files.addresses->path, 0,
                std::to_string(dropped) + " address rows dropped: their ent_num is not in " +
                    files.primary.path);
    }
  }
  resolve_relations(output.entities);
  for (Entity& e : output.entities) e.content_hash = compute_content_hash(e);
  output.info.entity_count = output.entities.size();
  return output;
}

}  // namespace vigil::sources
