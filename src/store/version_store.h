// The version store: every version of every list that was recorded, with its source files,
// publication date, load time, counts and a summary of each entity (id, caption, content and
// section hashes), in one SQLite file. It answers "which version of each list did we use" and
// "what changed between two versions" without keeping the list files. Outside vigil::core (which
// has no database dependency): the CLI and servers link it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/entity_diff.h"
#include "vigil/dataset.h"
#include "vigil/result.h"

namespace SQLite {
class Database;
}

namespace vigil::store {

struct VersionRecord {
  int64_t id = 0;  // increasing in the order versions were recorded
  std::string dataset;
  std::string title;
  std::string publication_date;
  std::string recorded_at;  // UTC, ISO 8601
  double load_seconds = 0;
  size_t entity_count = 0;
  size_t skipped_records = 0;
  std::vector<SourceFile> files;
};

struct RecordOutcome {
  VersionRecord version;
  bool is_new = false;  // false: the files equal the dataset's last recorded version
};

class VersionStore {
 public:
  // Opens (creating if needed) the store at `path`; an unreadable or foreign file is an error
  // naming it.
  static Result<std::unique_ptr<VersionStore>> open(const std::string& path);
  ~VersionStore();
  VersionStore(const VersionStore&) = delete;
  VersionStore& operator=(const VersionStore&) = delete;

  // Records each loaded dataset as a new version, unless its files (by SHA-256) equal its last
  // recorded version's. All or nothing: one transaction.
  Result<std::vector<RecordOutcome>> record(const std::vector<ParseOutput>& datasets);

  // Every recorded version, oldest first; of one dataset when `dataset` is not empty.
  [[nodiscard]] Result<std::vector<VersionRecord>> versions(const std::string& dataset = {}) const;
  [[nodiscard]] Result<VersionRecord> version(int64_t id) const;
  // The entity summaries of a version, sorted by id.
  [[nodiscard]] Result<std::vector<model::EntitySummary>> entities(int64_t version) const;

 private:
  explicit VersionStore(std::unique_ptr<SQLite::Database> db, std::string path);
  std::unique_ptr<SQLite::Database> db_;
  std::string path_;
};

// Where the store lives unless --store says otherwise: $VIGIL_STORE, else
// $XDG_DATA_HOME/vigil/versions.sqlite, else ~/.local/share/vigil/versions.sqlite.
std::string default_store_path();

}  // namespace vigil::store
