#include "store/version_store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace vigil::store {
namespace {

constexpr int kSchemaVersion = 1;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dataset TEXT NOT NULL,
  title TEXT NOT NULL,
  publication_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  load_seconds REAL NOT NULL,
  entity_count INTEGER NOT NULL,
  skipped_records INTEGER NOT NULL,
  files TEXT NOT NULL,        -- JSON: [{path, format, bytes, sha256}]
  files_key TEXT NOT NULL     -- the files' SHA-256s joined: equal files, equal key
);
CREATE INDEX IF NOT EXISTS versions_by_dataset ON versions (dataset, id);
CREATE TABLE IF NOT EXISTS entities (
  version INTEGER NOT NULL REFERENCES versions (id),
  id TEXT NOT NULL,
  caption TEXT NOT NULL,
  content_hash INTEGER NOT NULL,
  section_hashes BLOB NOT NULL,
  PRIMARY KEY (version, id)
) WITHOUT ROWID;
)sql";

Error store_error(const std::string& path, const std::string& what) {
  return make_error(ErrorCode::kIo, "version store " + path + ": " + what);
}

std::string now_utc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

std::string files_key(const std::vector<SourceFile>& files) {
  std::vector<std::string> hashes;
  for (const SourceFile& f : files) hashes.push_back(f.sha256);
  std::sort(hashes.begin(), hashes.end());
  std::string key;
  for (const std::string& h : hashes) key += h + ";";
  return key;
}

std::string files_json(const std::vector<SourceFile>& files) {
  nlohmann::json out = nlohmann::json::array();
  for (const SourceFile& f : files) {
    out.push_back(
        {{"path", f.path}, {"format", f.format}, {"bytes", f.bytes}, {"sha256", f.sha256}});
  }
  return out.dump();
}

std::vector<SourceFile> files_from_json(const std::string& text) {
  std::vector<SourceFile> files;
  const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_array()) return files;
  for (const nlohmann::json& f : parsed) {
    files.push_back({f.value("path", ""), f.value("format", ""), f.value("bytes", size_t{0}),
                     f.value("sha256", "")});
  }
  return files;
}

VersionRecord read_version(SQLite::Statement& row) {
  VersionRecord v;
  v.id = row.getColumn(0).getInt64();
  v.dataset = row.getColumn(1).getString();
  v.title = row.getColumn(2).getString();
  v.publication_date = row.getColumn(3).getString();
  v.recorded_at = row.getColumn(4).getString();
  v.load_seconds = row.getColumn(5).getDouble();
  v.entity_count = static_cast<size_t>(row.getColumn(6).getInt64());
  v.skipped_records = static_cast<size_t>(row.getColumn(7).getInt64());
  v.files = files_from_json(row.getColumn(8).getString());
  return v;
}

constexpr const char* kVersionColumns =
    "SELECT id, dataset, title, publication_date, recorded_at, load_seconds, entity_count, "
    "skipped_records, files FROM versions";

}  // namespace

VersionStore::VersionStore(std::unique_ptr<SQLite::Database> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}
VersionStore::~VersionStore() = default;

Result<std::unique_ptr<VersionStore>> VersionStore::open(const std::string& path) {
  try {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code ignored;
    if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
    auto db =
        std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->exec("PRAGMA journal_mode=WAL");
    db->exec("PRAGMA busy_timeout=5000");
    const int user_version = db->execAndGet("PRAGMA user_version").getInt();
    if (user_version > kSchemaVersion) {
      return store_error(path,
                         "written by a newer Vigil (schema " + std::to_string(user_version) + ")");
    }
    SQLite::Transaction transaction(*db);
    db->exec(kSchema);
    db->exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
    transaction.commit();
    return std::unique_ptr<VersionStore>(new VersionStore(std::move(db), path));
  } catch (const std::exception& e) {
    return store_error(path, e.what());
  }
}

Result<std::vector<RecordOutcome>> VersionStore::record(const std::vector<ParseOutput>& datasets) {
  try {
    std::vector<RecordOutcome> outcomes;
    SQLite::Transaction transaction(*db_);
    for (const ParseOutput& output : datasets) {
      const DatasetInfo& info = output.info;
      const std::string key = files_key(info.files);
      SQLite::Statement last(*db_, std::string(kVersionColumns) +
                                       " WHERE dataset = ? AND files_key = ? AND id = (SELECT "
                                       "MAX(id) FROM versions WHERE dataset = ?)");
      last.bind(1, info.id);
      last.bind(2, key);
      last.bind(3, info.id);
      if (last.executeStep()) {
        outcomes.push_back({read_version(last), false});
        continue;
      }
      SQLite::Statement insert(*db_,
                               "INSERT INTO versions (dataset, title, publication_date, "
                               "recorded_at, load_seconds, entity_count, skipped_records, files, "
                               "files_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      VersionRecord v;
      v.dataset = info.id;
      v.title = info.title;
      v.publication_date = info.publication_date;
      v.recorded_at = now_utc();
      v.load_seconds = info.load_seconds;
      v.entity_count = output.entities.size();
      v.skipped_records = info.skipped_records;
      v.files = info.files;
      insert.bind(1, v.dataset);
      insert.bind(2, v.title);
      insert.bind(3, v.publication_date);
      insert.bind(4, v.recorded_at);
      insert.bind(5, v.load_seconds);
      insert.bind(6, static_cast<int64_t>(v.entity_count));
      insert.bind(7, static_cast<int64_t>(v.skipped_records));
      insert.bind(8, files_json(v.files));
      insert.bind(9, key);
      insert.exec();
      v.id = db_->getLastInsertRowid();
      SQLite::Statement entity(*db_,
                               "INSERT OR IGNORE INTO entities (version, id, caption, "
                               "content_hash, section_hashes) VALUES (?, ?, ?, ?, ?)");
      for (const Entity& e : output.entities) {
        const model::EntitySummary summary = model::summarise(e);
        entity.bind(1, v.id);
        entity.bind(2, summary.id);
        entity.bind(3, summary.caption);
        entity.bind(4, static_cast<int64_t>(summary.content_hash));
        entity.bind(5, summary.section_hashes.data(),
                    static_cast<int>(sizeof(uint64_t) * summary.section_hashes.size()));
        entity.exec();
        entity.reset();
      }
      outcomes.push_back({std::move(v), true});
    }
    transaction.commit();
    return outcomes;
  } catch (const std::exception& e) {
    return store_error(path_, std::string("cannot record: ") + e.what());
  }
}

Result<std::vector<VersionRecord>> VersionStore::versions(const std::string& dataset) const {
  try {
    SQLite::Statement query(*db_, std::string(kVersionColumns) +
                                      (dataset.empty() ? "" : " WHERE dataset = ?") +
                                      " ORDER BY id");
    if (!dataset.empty()) query.bind(1, dataset);
    std::vector<VersionRecord> out;
    while (query.executeStep()) out.push_back(read_version(query));
    return out;
  } catch (const std::exception& e) {
    return store_error(path_, e.what());
  }
}

Result<VersionRecord> VersionStore::version(int64_t id) const {
  try {
    SQLite::Statement query(*db_, std::string(kVersionColumns) + " WHERE id = ?");
    query.bind(1, id);
    if (!query.executeStep()) {
      return make_error(ErrorCode::kNotFound,
                        "version store " + path_ + " has no version " + std::to_string(id));
    }
    return read_version(query);
  } catch (const std::exception& e) {
    return store_error(path_, e.what());
  }
}

Result<std::vector<model::EntitySummary>> VersionStore::entities(int64_t version) const {
  try {
    SQLite::Statement query(*db_,
                            "SELECT id, caption, content_hash, section_hashes FROM entities "
                            "WHERE version = ? ORDER BY id");
    query.bind(1, version);
    std::vector<model::EntitySummary> out;
    while (query.executeStep()) {
      model::EntitySummary s;
      s.id = query.getColumn(0).getString();
      s.caption = query.getColumn(1).getString();
      s.content_hash = static_cast<uint64_t>(query.getColumn(2).getInt64());
      const SQLite::Column blob = query.getColumn(3);
      if (static_cast<size_t>(blob.getBytes()) == sizeof(uint64_t) * s.section_hashes.size()) {
        std::memcpy(s.section_hashes.data(), blob.getBlob(), static_cast<size_t>(blob.getBytes()));
      }
      out.push_back(std::move(s));
    }
    return out;
  } catch (const std::exception& e) {
    return store_error(path_, e.what());
  }
}

std::string default_store_path() {
  if (const char* explicit_path = std::getenv("VIGIL_STORE"); explicit_path && *explicit_path) {
    return explicit_path;
  }
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return std::string(xdg) + "/vigil/versions.sqlite";
  }
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.local/share/vigil/versions.sqlite";
}

}  // namespace vigil::store
