// What a parser returns and what a loaded list is: entities plus the facts a regulator asks
// for (which publication, which file bytes, how many records were skipped and why).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"
#include "vigil/result.h"

namespace vigil {

struct SourceFile {
  std::string path;
  std::string format;  // detected format id, e.g. "ofac_csv_primary", "un_xml"
  uint64_t bytes = 0;
  std::string sha256;  // hex digest of the file's bytes
};

// What a dataset is for. Official lists and a user's own blocklists are screened against; an
// allow list names parties already cleared. The kind is recorded; the screener does not yet
// treat allow lists apart (their entries are screened against like any other).
enum class DatasetKind : uint8_t { kBlock, kAllow };

// "block" or "allow".
inline std::string_view to_string(DatasetKind kind) {
  return kind == DatasetKind::kAllow ? "allow" : "block";
}

// Reads "block" or "allow"; nullopt otherwise.
inline std::optional<DatasetKind> parse_dataset_kind(std::string_view text) {
  if (text == "block") return DatasetKind::kBlock;
  if (text == "allow") return DatasetKind::kAllow;
  return std::nullopt;
}

struct DatasetInfo {
  std::string id;                // "ofac_sdn", "ofac_cons", "un_sc"
  std::string title;             // "OFAC Specially Designated Nationals (SDN) List"
  std::string authority;         // "OFAC"
  std::string publication_date;  // ISO date from the file when it states one, else empty
  std::string note;              // caveats a user must know (e.g. how files were joined)
  DatasetKind kind = DatasetKind::kBlock;
  std::vector<SourceFile> files;
  uint64_t entity_count = 0;
  uint64_t skipped_records = 0;
  double load_seconds = 0;
};

struct ParseOutput {
  DatasetInfo info;
  std::vector<Entity> entities;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace vigil
