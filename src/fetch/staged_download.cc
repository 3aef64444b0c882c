#include "fetch/staged_download.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fetch/version_swap.h"
#include "sources/dataset_manifest.h"
#include "sources/input_file.h"

namespace vigil::fetch {
namespace {

namespace fs = std::filesystem;

std::optional<Error> write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return make_error(ErrorCode::kIo, "cannot write the file", Location{path, 0, {}});
  return std::nullopt;
}

// The manifest names the dataset as configured, so that it loads under its configured id.
std::string manifest_text(const DatasetSource& source) {
  nlohmann::json manifest = {{"id", source.id}, {"title", source.title}};
  if (!source.authority.empty()) manifest["authority"] = source.authority;
  return manifest.dump(2) + "\n";
}

Result<std::string> make_staging_directory(const std::string& dataset_dir) {
  std::error_code error;
  fs::create_directories(dataset_dir, error);
  if (error) {
    return make_error(ErrorCode::kIo, "cannot create the dataset directory: " + error.message(),
                      Location{dataset_dir, 0, {}});
  }
  std::string pattern = (fs::path(dataset_dir) / kStagingPrefix).string() + "XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    return make_error(ErrorCode::kIo, "cannot create a staging directory",
                      Location{dataset_dir, 0, {}});
  }
  // mkdtemp makes it private; a version must be readable by every process that screens.
  std::error_code ignored;
  fs::permissions(pattern,
                  fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                      fs::perms::others_read | fs::perms::others_exec,
                  ignored);
  return pattern;
}

std::optional<Error> download_into(const DatasetSource& source, const fs::path& directory,
                                   const FetchLimits& limits, std::string& digest_input,
                                   const std::function<void(std::string_view)>& progress) {
  for (const RemoteFile& file : source.files) {
    if (progress) progress("  downloading " + file.url);
    auto body = fetch(file.url, limits);
    if (!body.ok()) return body.error();
    if (auto error = write_file(directory / file.name, *body)) return error;
    digest_input += file.name + " " + sources::sha256_hex(*body) + "\n";
    if (progress) progress("  " + file.name + ": " + std::to_string(body->size()) + " bytes");
  }
  return write_file(directory / sources::kDatasetManifestName, manifest_text(source));
}

}  // namespace

Result<StagedDownload> stage_download(const DatasetSource& source, const std::string& dataset_dir,
                                      FetchLimits limits,
                                      const std::function<void(std::string_view)>& progress) {
  auto directory = make_staging_directory(dataset_dir);
  if (!directory.ok()) return directory.error();
  limits.max_bytes = source.max_bytes;
  if (source.timeout_seconds) limits.total_timeout = std::chrono::seconds(*source.timeout_seconds);
  if (source.connect_timeout_seconds) {
    limits.connect_timeout = std::chrono::seconds(*source.connect_timeout_seconds);
  }
  if (source.attempts) limits.max_attempts = *source.attempts;
  std::string digest_input;
  if (auto error = download_into(source, *directory, limits, digest_input, progress)) {
    std::error_code ignored;
    fs::remove_all(*directory, ignored);
    return *error;
  }
  return StagedDownload{std::move(directory.value()), sources::sha256_hex(digest_input)};
}

std::string files_digest(const DatasetSource& source, const std::string& directory) {
  std::string digest_input;
  for (const RemoteFile& file : source.files) {
    auto bytes = sources::read_input_file((fs::path(directory) / file.name).string());
    if (!bytes.ok()) return {};
    digest_input += file.name + " " + sources::sha256_hex(bytes->bytes) + "\n";
  }
  return sources::sha256_hex(digest_input);
}

}  // namespace vigil::fetch
