#include "screen/compiled_snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

#include "match/embedded_files.h"
#include "model/binary_io.h"
#include "model/entity_codec.h"

namespace vigil::screen {
namespace {

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'L', 'S', 'N', 'P'};

// The fixed header, written field by field (no padding bytes in the file).
struct Header {
  uint32_t format_version = 0;
  uint64_t fingerprint = 0;
  uint64_t payload_bytes = 0;
  uint64_t payload_checksum = 0;
};
constexpr size_t kHeaderBytes = sizeof kMagic + sizeof(uint32_t) + 3 * sizeof(uint64_t);

std::string encode_header(const Header& header) {
  model::BinaryWriter out;
  out.put_bytes(kMagic, sizeof kMagic);
  out.put(header.format_version);
  out.put(header.fingerprint);
  out.put(header.payload_bytes);
  out.put(header.payload_checksum);
  return out.take();
}

void write_manifest(model::BinaryWriter& out, const SnapshotManifest& m) {
  out.put_strings(m.source_paths);
  out.put<uint64_t>(m.files.size());
  for (const SourceStamp& file : m.files) {
    out.put_string(file.path);
    out.put(file.bytes);
    out.put(file.mtime_ns);
  }
  out.put<uint64_t>(m.datasets.size());
  for (const DatasetInfo& info : m.datasets) model::write_dataset_info(out, info);
  out.put(m.entity_count);
  out.put(m.name_count);
  out.put(m.created_unix);
}

bool read_manifest(model::BinaryReader& in, SnapshotManifest& m) {
  uint64_t count = 0;
  if (!in.get_strings(m.source_paths) || !in.get_count(count, 2 * sizeof(uint64_t))) return false;
  m.files.resize(count);
  for (SourceStamp& file : m.files) {
    if (!in.get_string(file.path) || !in.get(file.bytes) || !in.get(file.mtime_ns)) return false;
  }
  if (!in.get_count(count, 1)) return false;
  m.datasets.resize(count);
  for (DatasetInfo& info : m.datasets) {
    if (!model::read_dataset_info(in, info)) return false;
  }
  return in.get(m.entity_count) && in.get(m.name_count) && in.get(m.created_unix);
}

Error io_error(const std::string& what, const std::string& path) {
  return make_error(ErrorCode::kIo, what + " " + path + ": " + std::strerror(errno),
                    Location{path, 0, {}});
}

Error damaged(const std::string& path, const std::string& why) {
  return make_error(ErrorCode::kMalformed, "snapshot " + path + " is damaged: " + why,
                    Location{path, 0, {}});
}

// Writes all of `bytes` to `fd`.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

}  // namespace

uint64_t build_fingerprint() {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  XXH3_64bits_update(state, &kSnapshotFormatVersion, sizeof kSnapshotFormatVersion);
  for (const EmbeddedFile& file : embedded_name_tables()) {
    XXH3_64bits_update(state, file.path.data(), file.path.size());
    XXH3_64bits_update(state, file.text.data(), file.text.size());
  }
  struct stat executable {};
  if (::stat("/proc/self/exe", &executable) == 0) {
    const int64_t identity[] = {static_cast<int64_t>(executable.st_size),
                                static_cast<int64_t>(executable.st_mtim.tv_sec),
                                static_cast<int64_t>(executable.st_mtim.tv_nsec)};
    XXH3_64bits_update(state, identity, sizeof identity);
  }
  const uint64_t fingerprint = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return fingerprint;
}

Result<SnapshotFile> SnapshotFile::open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error("cannot open snapshot", path);
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    ::close(fd);
    return io_error("cannot read snapshot", path);
  }
  const auto size = static_cast<size_t>(info.st_size);
  if (size < sizeof kMagic) {
    ::close(fd);
    return make_error(ErrorCode::kFormat, path + " is not a vigil snapshot", Location{path, 0, {}});
  }
  void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (mapped == MAP_FAILED) return io_error("cannot map snapshot", path);
  SnapshotFile file;
  file.data_ = static_cast<const char*>(mapped);
  file.size_ = size;
  const std::string_view bytes(file.data_, size);
  if (bytes.substr(0, sizeof kMagic) != std::string_view(kMagic, sizeof kMagic)) {
    return make_error(ErrorCode::kFormat, path + " is not a vigil snapshot", Location{path, 0, {}});
  }
  if (size < kHeaderBytes) {
    return damaged(path, "it is " + std::to_string(size) + " bytes, shorter than its header");
  }
  model::BinaryReader in(bytes.substr(sizeof kMagic, kHeaderBytes - sizeof kMagic));
  Header header;
  if (!in.get(header.format_version) || !in.get(header.fingerprint) ||
      !in.get(header.payload_bytes) || !in.get(header.payload_checksum)) {
    return damaged(path, "its header is short");
  }
  if (header.format_version != kSnapshotFormatVersion) {
    return make_error(ErrorCode::kFormat,
                      "snapshot " + path + " has format " + std::to_string(header.format_version) +
                          ", this build reads format " + std::to_string(kSnapshotFormatVersion),
                      Location{path, 0, {}});
  }
  if (header.fingerprint != build_fingerprint()) {
    return make_error(ErrorCode::kFormat,
                      "snapshot " + path + " was written by another build of vigil",
                      Location{path, 0, {}});
  }
  if (header.payload_bytes != size - kHeaderBytes) {
    return damaged(path, "it is " + std::to_string(size) + " bytes, its header says " +
                             std::to_string(header.payload_bytes + kHeaderBytes));
  }
  const std::string_view payload = bytes.substr(kHeaderBytes);
  if (XXH3_64bits(payload.data(), payload.size()) != header.payload_checksum) {
    return damaged(path, "its checksum does not match its contents");
  }
  model::BinaryReader manifest(payload);
  if (!read_manifest(manifest, file.manifest_)) {
    return damaged(path, manifest.error("the manifest").message);
  }
  file.state_offset_ = kHeaderBytes + manifest.offset();
  return file;
}

SnapshotFile::SnapshotFile(SnapshotFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      state_offset_(other.state_offset_),
      manifest_(std::move(other.manifest_)) {}

SnapshotFile& SnapshotFile::operator=(SnapshotFile&& other) noexcept {
  if (this == &other) return *this;
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
  data_ = std::exchange(other.data_, nullptr);
  size_ = std::exchange(other.size_, 0);
  state_offset_ = other.state_offset_;
  manifest_ = std::move(other.manifest_);
  return *this;
}

SnapshotFile::~SnapshotFile() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

Result<std::shared_ptr<const Screener>> SnapshotFile::screener() const {
  model::BinaryReader in(std::string_view(data_, size_).substr(state_offset_));
  auto screener = Screener::read_state(in);
  if (!screener.ok()) {
    return make_error(ErrorCode::kMalformed, "snapshot is damaged: " + screener.error().message);
  }
  if (!in.at_end()) {
    return make_error(ErrorCode::kMalformed, "snapshot is damaged: bytes after the last section");
  }
  return screener;
}

Result<uint64_t> write_snapshot(const Screener& screener, const SnapshotManifest& manifest,
                                const std::string& path) {
  // A temporary file beside the target, renamed over it: readers never see half a snapshot.
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error("cannot create", temporary);
  // The payload streams to the file behind a header whose size and checksum are known only at
  // the end: a placeholder first, the real header written over it last.
  const size_t header_bytes = encode_header({}).size();
  bool written = write_all(fd, std::string(header_bytes, '\0'));
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> checksum(XXH3_createState(),
                                                                    &XXH3_freeState);
  XXH3_64bits_reset(checksum.get());
  uint64_t payload_bytes = 0;
  model::BinaryWriter payload([&](std::string_view block) {
    XXH3_64bits_update(checksum.get(), block.data(), block.size());
    payload_bytes += block.size();
    return write_all(fd, block);
  });
  write_manifest(payload, manifest);
  screener.write_state(payload);
  written = written && payload.flush();
  const std::string header = encode_header({kSnapshotFormatVersion, build_fingerprint(),
                                            payload_bytes, XXH3_64bits_digest(checksum.get())});
  written = written && ::lseek(fd, 0, SEEK_SET) == 0 && write_all(fd, header) && ::fsync(fd) == 0;
  const Error failure = io_error("cannot write", temporary);
  if (::close(fd) != 0 || !written) {
    ::unlink(temporary.c_str());
    return failure;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const Error error = io_error("cannot rename the new snapshot to", path);
    ::unlink(temporary.c_str());
    return error;
  }
  return static_cast<uint64_t>(header.size() + payload_bytes);
}

}  // namespace vigil::screen
