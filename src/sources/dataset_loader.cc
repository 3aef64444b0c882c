#include "sources/dataset_loader.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>

#include "sources/au_dfat.h"
#include "sources/ca_sema_xml.h"
#include "sources/dataset_manifest.h"
#include "sources/eu_fsf_csv.h"
#include "sources/eu_fsf_xml.h"
#include "sources/ftm_json.h"
#include "sources/input_file.h"
#include "sources/list_format.h"
#include "sources/ofac_advanced_xml.h"
#include "sources/ofac_csv.h"
#include "sources/ofac_enhanced_xml.h"
#include "sources/ofac_xml.h"
#include "sources/own_list.h"
#include "sources/uk_fcdo_csv.h"
#include "sources/uk_fcdo_xml.h"
#include "sources/uk_ofsi.h"
#include "sources/un_xml.h"
#include "sources/us_csl_csv.h"

namespace vigil::sources {
namespace {

using Clock = std::chrono::steady_clock;

struct DetectedFile {
  InputFile input;
  ListFormat format;
  double read_seconds = 0;
};

// The files of one dataset: an OFAC CSV set, or a single XML or XLSX file.
using DatasetFiles = std::vector<DetectedFile>;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

Error location_error(ErrorCode code, const std::string& where, std::string message) {
  return make_error(code, std::move(message), Location{where, 0, {}});
}

Result<std::vector<DetectedFile>> read_files(const SourceUnit& unit) {
  std::vector<DetectedFile> files;
  for (const std::string& path : unit.files) {
    const Clock::time_point start = Clock::now();
    Result<InputFile> input = read_input_file(path);
    if (!input.ok()) return input.error();
    const std::optional<ListFormat> format = detect_list_format(input->bytes);
    if (!format) {
      return location_error(ErrorCode::kFormat, path, unrecognised_format_reason(input->bytes));
    }
    files.push_back(DetectedFile{std::move(input).value(), *format, seconds_since(start)});
  }
  return files;
}

// The OFAC CSV parts of a directory form one set; every other file is a dataset of its own.
std::vector<DatasetFiles> group_files(std::vector<DetectedFile> files) {
  std::vector<DatasetFiles> datasets;
  DatasetFiles csv_set;
  for (DetectedFile& file : files) {
    if (is_ofac_csv(file.format)) {
      csv_set.push_back(std::move(file));
    } else {
      datasets.push_back(DatasetFiles{});
      datasets.back().push_back(std::move(file));
    }
  }
  if (!csv_set.empty()) datasets.insert(datasets.begin(), std::move(csv_set));
  return datasets;
}

// Places one CSV part into its slot of the set; a second file for a slot is an error.
std::optional<Error> place_csv_part(DetectedFile& file, OfacCsvFiles& set, bool& has_primary,
                                    const std::string& location) {
  std::optional<InputFile>* slot = nullptr;
  switch (file.format) {
    case ListFormat::kOfacCsvAlias: slot = &set.aliases; break;
    case ListFormat::kOfacCsvAddress: slot = &set.addresses; break;
    case ListFormat::kOfacCsvComments: slot = &set.comments; break;
    default: break;
  }
  const bool duplicate = slot == nullptr ? has_primary : slot->has_value();
  if (duplicate) {
    return location_error(ErrorCode::kInvalidArgument, location,
                          "two OFAC CSV files of the same kind (" +
                              std::string(format_id(file.format)) + "), the second is " +
                              file.input.path + "; put each set in its own directory");
  }
  if (slot == nullptr) {
    set.primary = std::move(file.input);
    has_primary = true;
  } else {
    *slot = std::move(file.input);
  }
  return std::nullopt;
}

// Moves the parts' bytes into the set.
Result<OfacCsvFiles> csv_set_of(DatasetFiles& files, const std::string& location) {
  OfacCsvFiles set;
  bool has_primary = false;
  for (DetectedFile& file : files) {
    if (auto error = place_csv_part(file, set, has_primary, location)) return *error;
  }
  if (!has_primary) {
    return location_error(ErrorCode::kInvalidArgument, location,
                          "OFAC CSV files without their primary file (sdn.csv or cons_prim.csv)");
  }
  return set;
}

const DetectedFile& main_file(const DatasetFiles& files) {
  const auto primary = std::find_if(files.begin(), files.end(), [](const DetectedFile& file) {
    return file.format == ListFormat::kOfacCsvPrimary;
  });
  return primary == files.end() ? files.front() : *primary;
}

// OFAC publishes SDN and Consolidated (non-SDN) lists in the same formats; only the file name
// ("sdn.csv", "cons_prim.csv", "consolidated.xml", "CONS_ENHANCED.ZIP") tells them apart. Every
// other format is one list.
std::string default_dataset_id(const DatasetFiles& files) {
  const DetectedFile& file = main_file(files);
  switch (file.format) {
    case ListFormat::kUnXml: return "un_sc";
    case ListFormat::kCaSemaXml: return "ca_sema";
    case ListFormat::kUsCslCsv: return "us_csl";
    case ListFormat::kEuFsfXml:
    case ListFormat::kEuFsfCsv: return "eu_fsf";
    case ListFormat::kUkFcdoXml:
    case ListFormat::kUkFcdoCsv: return "uk_fcdo";
    case ListFormat::kFtmJson: return "ftm";
    case ListFormat::kOwnListCsv:
    case ListFormat::kOwnListJson: return "own_list";
    case ListFormat::kUkOfsiXlsx: return "uk_ofsi";
    case ListFormat::kAuDfatXlsx: return "au_dfat";
    default: break;
  }
  std::string name = std::filesystem::path(file.input.path).filename().string();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name.starts_with("cons") ? "ofac_cons" : "ofac_sdn";
}

std::string default_title(std::string_view id) {
  if (id == "ofac_sdn") return "OFAC Specially Designated Nationals and Blocked Persons List (SDN)";
  if (id == "ofac_cons") return "OFAC Consolidated Sanctions List (non-SDN)";
  if (id == "un_sc") return "UN Security Council Consolidated List";
  if (id == "ca_sema") return "Canada Consolidated Autonomous Sanctions List (SEMA, JVCFOA)";
  if (id == "us_csl") return "US Consolidated Screening List (trade.gov)";
  if (id == "eu_fsf") return "EU Consolidated Financial Sanctions List (FSF)";
  if (id == "ftm") return "FollowTheMoney entities";
  if (id == "own_list") return "Own list";
  if (id == "uk_fcdo") return "UK Sanctions List (FCDO)";
  if (id == "uk_ofsi") return "UK OFSI Consolidated List of Financial Sanctions Targets";
  if (id == "au_dfat") return "Australia DFAT Consolidated List";
  return std::string(id);
}

Result<ParseOutput> parse_files(DatasetFiles& files, std::string_view id,
                                const std::string& location) {
  const DetectedFile& file = main_file(files);
  if (file.format == ListFormat::kOfacXml) return parse_ofac_xml(file.input, id);
  if (file.format == ListFormat::kOfacEnhancedXml) return parse_ofac_enhanced_xml(file.input, id);
  if (file.format == ListFormat::kOfacAdvancedXml) return parse_ofac_advanced_xml(file.input, id);
  if (file.format == ListFormat::kUnXml) return parse_un_xml(file.input, id);
  if (file.format == ListFormat::kCaSemaXml) return parse_ca_sema_xml(file.input, id);
  if (file.format == ListFormat::kUsCslCsv) return parse_us_csl_csv(file.input, id);
  if (file.format == ListFormat::kEuFsfXml) return parse_eu_fsf_xml(file.input, id);
  if (file.format == ListFormat::kEuFsfCsv) return parse_eu_fsf_csv(file.input, id);
  if (file.format == ListFormat::kUkFcdoXml) return parse_uk_fcdo_xml(file.input, id);
  if (file.format == ListFormat::kUkFcdoCsv) return parse_uk_fcdo_csv(file.input, id);
  if (file.format == ListFormat::kFtmJson) return parse_ftm_json(file.input, id);
  if (file.format == ListFormat::kOwnListCsv) return parse_own_list_csv(file.input, id);
  if (file.format == ListFormat::kOwnListJson) return parse_own_list_json(file.input, id);
  if (file.format == ListFormat::kUkOfsiXlsx) return parse_uk_ofsi(file.input, id);
  if (file.format == ListFormat::kAuDfatXlsx) return parse_au_dfat(file.input, id);
  Result<OfacCsvFiles> set = csv_set_of(files, location);
  if (!set.ok()) return set.error();
  return parse_ofac_csv(*set, id);
}

void describe_files(const DatasetFiles& files, DatasetInfo& info) {
  info.files.clear();
  for (const DetectedFile& file : files) {
    info.files.push_back(SourceFile{file.input.path, std::string(format_id(file.format)),
                                    file.input.bytes.size(), sha256_hex(file.input.bytes)});
  }
}

Result<ParseOutput> load_dataset(DatasetFiles files, const DatasetManifest& manifest,
                                 const std::string& location) {
  const Clock::time_point start = Clock::now();
  double read_seconds = 0;
  for (const DetectedFile& file : files) read_seconds += file.read_seconds;
  const std::string fallback_id = default_dataset_id(files);
  const std::string id = manifest.id.value_or(fallback_id);
  DatasetInfo described;
  describe_files(files, described);  // before parsing, which may take the files' bytes
  Result<ParseOutput> output = parse_files(files, id, location);
  if (!output.ok()) return output;
  DatasetInfo& info = output->info;
  info.id = id;
  if (info.title.empty()) info.title = default_title(manifest.id ? id : fallback_id);
  manifest.apply_to(info);
  info.files = std::move(described.files);
  info.entity_count = output->entities.size();
  info.load_seconds = read_seconds + seconds_since(start);
  return output;
}

}  // namespace

Result<std::vector<ParseOutput>> load_unit(const SourceUnit& unit) {
  DatasetManifest manifest;
  if (unit.manifest) {
    Result<DatasetManifest> read = read_dataset_manifest(*unit.manifest);
    if (!read.ok()) return read.error();
    manifest = std::move(read).value();
  }
  Result<std::vector<DetectedFile>> files = read_files(unit);
  if (!files.ok()) return files.error();
  std::vector<DatasetFiles> datasets = group_files(std::move(files).value());
  if (unit.manifest && datasets.size() > 1) {
    return location_error(ErrorCode::kInvalidArgument, *unit.manifest,
                          "names one dataset, but its directory holds " +
                              std::to_string(datasets.size()) +
                              " (an OFAC CSV set is one dataset, every other list file one each)");
  }
  std::vector<ParseOutput> outputs;
  for (DatasetFiles& dataset : datasets) {
    Result<ParseOutput> output = load_dataset(std::move(dataset), manifest, unit.location);
    if (!output.ok()) return output.error();
    outputs.push_back(std::move(output).value());
  }
  return outputs;
}

}  // namespace vigil::sources
