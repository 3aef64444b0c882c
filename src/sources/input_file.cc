#include "sources/input_file.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <system_error>

namespace vigil::sources {
namespace {

namespace fs = std::filesystem;

constexpr size_t kReadChunkBytes = size_t{1} << 20;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePointer = std::unique_ptr<std::FILE, FileCloser>;

Error file_error(ErrorCode code, const std::string& path, const std::string& message) {
  return make_error(code, message, Location{path, 0, {}});
}

// Checks what a path names before opening it, so a directory or a missing file gets a
// message that says so instead of a bare errno.
std::optional<Error> check_path(const std::string& path, size_t max_bytes) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    return file_error(ErrorCode::kNotFound, path, "no such file");
  }
  if (error) return file_error(ErrorCode::kIo, path, "cannot access: " + error.message());
  if (fs::is_directory(status)) {
    return file_error(ErrorCode::kInvalidArgument, path, "is a directory, not a file");
  }
  if (!fs::is_regular_file(status)) return std::nullopt;  // pipes and devices: just read
  const uintmax_t size = fs::file_size(path, error);
  if (!error && size > max_bytes) {
    return file_error(ErrorCode::kInvalidArgument, path,
                      "file is too large (" + std::to_string(size) + " bytes; the limit is " +
                          std::to_string(max_bytes) + ")");
  }
  return std::nullopt;
}

}  // namespace

Result<InputFile> read_input_file(const std::string& path, size_t max_bytes) {
  if (path.empty()) return file_error(ErrorCode::kInvalidArgument, path, "empty file name");
  if (auto error = check_path(path, max_bytes)) return *error;
  errno = 0;
  FilePointer file(std::fopen(path.c_str(), "rb"));
  if (!file)
    return file_error(ErrorCode::kIo, path, std::string("cannot open: ") + std::strerror(errno));

  InputFile input{path, {}};
  // Read to EOF rather than trusting the reported size: /proc files and pipes report 0.
  std::string chunk(kReadChunkBytes, '\0');
  while (true) {
    const size_t got = std::fread(chunk.data(), 1, chunk.size(), file.get());
    if (input.bytes.size() + got > max_bytes) {
      return file_error(ErrorCode::kInvalidArgument, path,
                        "file is too large (the limit is " + std::to_string(max_bytes) + " bytes)");
    }
    input.bytes.append(chunk.data(), got);
    if (got < chunk.size()) break;
  }
  if (std::ferror(file.get())) {
    return file_error(ErrorCode::kIo, path, std::string("read failed: ") + std::strerror(errno));
  }
  return input;
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    return {};
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0x0f];
  }
  return out;
}

}  // namespace vigil::sources
