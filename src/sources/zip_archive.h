// A ZIP archive read from bytes in memory (XLSX workbooks, OFAC's zipped XML): its entries and
// their contents, with limits that refuse zip bombs and damaged archives with a clear error.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/result.h"

namespace vigil::sources {

struct ZipEntry {
  std::string name;  // the path inside the archive, as stored ("xl/workbook.xml")
  uint64_t compressed_size = 0;
  uint64_t uncompressed_size = 0;  // as the archive declares it; extract() checks it
  bool encrypted = false;
};

// True when the bytes start like a ZIP archive (a local file header, "PK\3\4").
bool has_zip_signature(std::string_view bytes);

// Not thread-safe: extracting moves the archive's read position.
class ZipArchive {
 public:
  // More entries than this is not a list file but an attack or an accident.
  static constexpr size_t kMaxEntries = 10'000;
  // An entry that claims to inflate more than this many times its compressed size (and to
  // more than kRatioCheckFloor bytes) is refused as a zip bomb.
  static constexpr uint64_t kMaxCompressionRatio = 1'000;
  static constexpr uint64_t kRatioCheckFloor = uint64_t{1} << 20;

  // Reads the central directory. `archive_name` names the archive in every error. REQUIRES:
  // `bytes` outlive the archive. A truncated or damaged archive is a kMalformed error.
  static Result<ZipArchive> open(std::string_view bytes, std::string archive_name);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  [[nodiscard]] const std::vector<ZipEntry>& entries() const { return entries_; }
  // The entry with exactly this name, or nullptr.
  [[nodiscard]] const ZipEntry* find(std::string_view entry_name) const;

  // The whole entry, checked against its CRC. Refuses an entry that is missing, encrypted,
  // declares or inflates to more than `max_bytes`, or is a zip bomb by its compression ratio.
  Result<std::string> extract(std::string_view entry_name, uint64_t max_bytes);

  // At most the first `max_bytes` of the entry, for a quick look at a large entry. Not checked
  // against the CRC unless the whole entry fits.
  Result<std::string> extract_prefix(std::string_view entry_name, uint64_t max_bytes);

 private:
  struct State;
  ZipArchive(std::unique_ptr<State> state, std::vector<ZipEntry> entries);

  Result<std::string> read_entry(std::string_view entry_name, uint64_t max_bytes, bool whole_entry);

  std::unique_ptr<State> state_;
  std::vector<ZipEntry> entries_;
};

}  // namespace vigil::sources
