#include "sources/zip_archive.h"

#include <unzip.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace vigil::sources {
namespace {

constexpr std::string_view kLocalHeaderSignature = "PK\x03\x04";
constexpr size_t kReadChunkBytes = 64 * 1024;
constexpr size_t kLongestEntryName = 0xFFFF;  // the field is 16 bits wide
constexpr uLong kEncryptedFlag = 1;

// The bytes minizip reads through its file callbacks, with the current read position.
struct MemoryStream {
  std::string_view bytes;
  uint64_t position = 0;
};

voidpf ZCALLBACK open_memory(voidpf opaque, const void* /*filename*/, int /*mode*/) {
  return opaque;
}

uLong ZCALLBACK read_memory(voidpf /*opaque*/, voidpf stream, void* buffer, uLong size) {
  auto* memory = static_cast<MemoryStream*>(stream);
  const uint64_t available = memory->bytes.size() - memory->position;
  const uint64_t count = std::min<uint64_t>(size, available);
  std::memcpy(buffer, memory->bytes.data() + memory->position, count);
  memory->position += count;
  return static_cast<uLong>(count);
}

uLong ZCALLBACK write_memory(voidpf /*opaque*/, voidpf /*stream*/, const void* /*buffer*/,
                             uLong /*size*/) {
  return 0;  // read-only
}

ZPOS64_T ZCALLBACK tell_memory(voidpf /*opaque*/, voidpf stream) {
  return static_cast<MemoryStream*>(stream)->position;
}

long ZCALLBACK seek_memory(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
  auto* memory = static_cast<MemoryStream*>(stream);
  uint64_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = memory->position;
  if (origin == ZLIB_FILEFUNC_SEEK_END) base = memory->bytes.size();
  if (offset > memory->bytes.size() - base) return -1;
  memory->position = base + offset;
  return 0;
}

int ZCALLBACK close_memory(voidpf /*opaque*/, voidpf /*stream*/) { return 0; }
int ZCALLBACK error_memory(voidpf /*opaque*/, voidpf /*stream*/) { return 0; }

std::string minizip_reason(int code) {
  switch (code) {
    case UNZ_BADZIPFILE: return "damaged archive structure";
    case UNZ_CRCERROR: return "CRC mismatch (damaged data)";
    case UNZ_ERRNO: return "read past the end of the archive (truncated?)";
    case UNZ_PARAMERROR: return "invalid request";
    case UNZ_INTERNALERROR: return "internal ZIP reader error";
    case Z_DATA_ERROR: return "damaged compressed data";
    case Z_MEM_ERROR: return "out of memory while inflating";
    case Z_BUF_ERROR: return "compressed data ends early (truncated?)";
    default: return "ZIP reader error " + std::to_string(code);
  }
}

}  // namespace

struct ZipArchive::State {
  std::string archive_name;
  MemoryStream memory;
  unzFile handle = nullptr;
  std::vector<unz64_file_pos> positions;  // one per entry, in entries_ order

  ~State() {
    if (handle != nullptr) unzClose(handle);
  }
};

bool has_zip_signature(std::string_view bytes) { return bytes.starts_with(kLocalHeaderSignature); }

namespace {

Error archive_error(const std::string& archive, std::string message, std::string entry = {}) {
  return make_error(ErrorCode::kMalformed, std::move(message),
                    Location{archive, 0, std::move(entry)});
}

// Reads the current entry's name and sizes from the central directory.
Result<ZipEntry> current_entry(unzFile handle, const std::string& archive) {
  unz_file_info64 info{};
  std::string name(kLongestEntryName + 1, '\0');
  const int rc = unzGetCurrentFileInfo64(handle, &info, name.data(),
                                         static_cast<uLong>(name.size()), nullptr, 0, nullptr, 0);
  if (rc != UNZ_OK) {
    return archive_error(archive, "cannot read the central directory: " + minizip_reason(rc));
  }
  name.resize(std::min<size_t>(info.size_filename, kLongestEntryName));
  return ZipEntry{std::move(name), info.compressed_size, info.uncompressed_size,
                  (info.flag & kEncryptedFlag) != 0};
}

}  // namespace

Result<ZipArchive> ZipArchive::open(std::string_view bytes, std::string archive_name) {
  auto state = std::make_unique<State>();
  state->archive_name = std::move(archive_name);
  state->memory.bytes = bytes;
  const std::string& archive = state->archive_name;
  if (!has_zip_signature(bytes)) return archive_error(archive, "not a ZIP archive");

  zlib_filefunc64_def functions{open_memory, read_memory,  write_memory, tell_memory,
                                seek_memory, close_memory, error_memory, &state->memory};
  state->handle = unzOpen2_64(archive.c_str(), &functions);
  if (state->handle == nullptr) {
    return archive_error(archive,
                         "damaged ZIP archive: its central directory is missing or unreadable "
                         "(truncated file?)");
  }
  std::vector<ZipEntry> entries;
  for (int rc = unzGoToFirstFile(state->handle); rc != UNZ_END_OF_LIST_OF_FILE;
       rc = unzGoToNextFile(state->handle)) {
    if (rc != UNZ_OK) {
      return archive_error(archive, "damaged ZIP central directory: " + minizip_reason(rc));
    }
    if (entries.size() == kMaxEntries) {
      return archive_error(
          archive, "more than " + std::to_string(kMaxEntries) + " entries; not a list file");
    }
    Result<ZipEntry> entry = current_entry(state->handle, archive);
    if (!entry.ok()) return entry.error();
    unz64_file_pos position{};
    unzGetFilePos64(state->handle, &position);
    state->positions.push_back(position);
    entries.push_back(std::move(entry).value());
  }
  return ZipArchive(std::move(state), std::move(entries));
}

ZipArchive::ZipArchive(std::unique_ptr<State> state, std::vector<ZipEntry> entries)
    : state_(std::move(state)), entries_(std::move(entries)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

const ZipEntry* ZipArchive::find(std::string_view entry_name) const {
  const auto at = std::find_if(entries_.begin(), entries_.end(),
                               [entry_name](const ZipEntry& e) { return e.name == entry_name; });
  return at == entries_.end() ? nullptr : &*at;
}

Result<std::string> ZipArchive::extract(std::string_view entry_name, uint64_t max_bytes) {
  return read_entry(entry_name, max_bytes, true);
}

Result<std::string> ZipArchive::extract_prefix(std::string_view entry_name, uint64_t max_bytes) {
  return read_entry(entry_name, max_bytes, false);
}

namespace {

// Why an entry may not be inflated whole, or empty when it may.
std::string size_refusal(const ZipEntry& entry, uint64_t max_bytes) {
  if (entry.uncompressed_size > max_bytes) {
    return "declares " + std::to_string(entry.uncompressed_size) +
           " bytes uncompressed, more than the limit of " + std::to_string(max_bytes);
  }
  const uint64_t compressed = std::max<uint64_t>(entry.compressed_size, 1);
  if (entry.uncompressed_size > ZipArchive::kRatioCheckFloor &&
      entry.uncompressed_size / compressed > ZipArchive::kMaxCompressionRatio) {
    return "inflates " + std::to_string(entry.uncompressed_size / compressed) +
           " times its compressed size; refused as a zip bomb";
  }
  return {};
}

}  // namespace

Result<std::string> ZipArchive::read_entry(std::string_view entry_name, uint64_t max_bytes,
                                           bool whole_entry) {
  const std::string& archive = state_->archive_name;
  const std::string name(entry_name);
  const ZipEntry* entry = find(entry_name);
  if (entry == nullptr) {
    return make_error(ErrorCode::kNotFound, "no entry '" + name + "' in the archive",
                      Location{archive, 0, {}});
  }
  if (entry->encrypted) return archive_error(archive, "entry is encrypted", name);
  const std::string refusal = size_refusal(*entry, whole_entry ? max_bytes : UINT64_MAX);
  if (!refusal.empty()) return archive_error(archive, "entry " + refusal, name);

  unz64_file_pos position = state_->positions[static_cast<size_t>(entry - entries_.data())];
  int rc = unzGoToFilePos64(state_->handle, &position);
  if (rc == UNZ_OK) rc = unzOpenCurrentFile(state_->handle);
  if (rc != UNZ_OK) return archive_error(archive, "cannot open entry: " + minizip_reason(rc), name);

  std::string out;
  std::array<char, kReadChunkBytes> buffer{};
  while (out.size() < max_bytes) {
    const int read =
        unzReadCurrentFile(state_->handle, buffer.data(), static_cast<unsigned>(buffer.size()));
    if (read < 0) {
      unzCloseCurrentFile(state_->handle);
      return archive_error(archive, "cannot inflate entry: " + minizip_reason(read), name);
    }
    if (read == 0) break;
    out.append(buffer.data(),
               std::min<uint64_t>(static_cast<uint64_t>(read), max_bytes - out.size()));
  }
  const bool complete = out.size() == entry->uncompressed_size;
  rc = unzCloseCurrentFile(state_->handle);  // checks the CRC when the entry was read whole
  if (complete && rc != UNZ_OK) {
    return archive_error(archive, "entry fails its check: " + minizip_reason(rc), name);
  }
  if (whole_entry && !complete) {
    return archive_error(archive,
                         "entry inflates to " + std::to_string(out.size()) + " bytes, not the " +
                             std::to_string(entry->uncompressed_size) + " it declares",
                         name);
  }
  return out;
}

}  // namespace vigil::sources
