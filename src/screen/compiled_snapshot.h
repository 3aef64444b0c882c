// The compiled snapshot: one file holding a built Screener (entities, normalised names, the
// name and identifier indexes), which a process maps and uses without parsing the lists or
// re-indexing. Layout: a fixed header (magic, format version, build fingerprint, payload size
// and XXH3 checksum), then the payload: the manifest (the source files it was built from with
// size and modification time, the datasets), then the screener's state section by section.
// A snapshot is trusted only when magic, version, fingerprint and checksum all agree; written
// atomically (temporary file, then rename), so readers see the old file or the new one.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "screen/snapshot_sources.h"
#include "vigil/dataset.h"
#include "vigil/result.h"
#include "vigil/screener.h"

namespace vigil::screen {

// Raised whenever what the snapshot stores, or how the index and scorer compute it, changes.
inline constexpr uint32_t kSnapshotFormatVersion = 3;

// This build's fingerprint: the format version, the embedded name tables and the running
// executable (size and modification time), so that a snapshot written by another build,
// whose parsers, tables or scorer may differ, is never used.
uint64_t build_fingerprint();

struct SnapshotManifest {
  std::vector<std::string> source_paths;  // absolute, as given
  std::vector<SourceStamp> files;         // every file under them when built
  std::vector<DatasetInfo> datasets;
  uint64_t entity_count = 0;
  uint64_t name_count = 0;
  int64_t created_unix = 0;  // seconds since the epoch
};

// An open, verified snapshot file, mapped read-only.
class SnapshotFile {
 public:
  // Maps `path` and checks magic, format version, fingerprint, size and checksum, then reads
  // the manifest. Every failure is an error that says why (missing, other build, damaged).
  static Result<SnapshotFile> open(const std::string& path);
  SnapshotFile(SnapshotFile&&) noexcept;
  SnapshotFile& operator=(SnapshotFile&&) noexcept;
  ~SnapshotFile();

  [[nodiscard]] const SnapshotManifest& manifest() const { return manifest_; }
  [[nodiscard]] uint64_t file_bytes() const { return size_; }
  // Decodes the screener: arrays copied out of the mapping, entities decoded on every core.
  [[nodiscard]] Result<std::shared_ptr<const Screener>> screener() const;

 private:
  SnapshotFile() = default;
  const char* data_ = nullptr;
  size_t size_ = 0;
  size_t state_offset_ = 0;  // where the screener's state begins
  SnapshotManifest manifest_;
};

// Writes `screener` and `manifest` to `path` atomically. Returns the file's size in bytes.
Result<uint64_t> write_snapshot(const Screener& screener, const SnapshotManifest& manifest,
                                const std::string& path);

}  // namespace vigil::screen
