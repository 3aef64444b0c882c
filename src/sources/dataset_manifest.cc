#include "sources/dataset_manifest.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "sources/input_file.h"

namespace vigil::sources {
namespace {

// Manifests are a few hundred bytes; anything large is not one.
constexpr size_t kMaxManifestBytes = size_t{1} << 20;

using Field = std::optional<std::string> DatasetManifest::*;
struct ManifestKey {
  std::string_view key;
  Field field;
};
constexpr std::array<ManifestKey, 5> kKeys = {{
    {"id", &DatasetManifest::id},
    {"title", &DatasetManifest::title},
    {"authority", &DatasetManifest::authority},
    {"publication_date", &DatasetManifest::publication_date},
    {"note", &DatasetManifest::note},
}};

// Ids become part of every entity id and of file names: keep them plain.
bool is_valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

Error manifest_error(const std::string& path, std::string message) {
  return make_error(ErrorCode::kMalformed, std::move(message), Location{path, 0, {}});
}

// "kind" is not in kKeys: it is an enumeration, read and checked on its own.
Result<std::optional<DatasetKind>> read_kind(const nlohmann::json& json, const std::string& path) {
  const auto value = json.find("kind");
  if (value == json.end() || value->is_null()) return std::optional<DatasetKind>();
  const std::optional<DatasetKind> kind =
      value->is_string() ? parse_dataset_kind(value->get<std::string>()) : std::nullopt;
  if (!kind) return manifest_error(path, "\"kind\" must be \"block\" or \"allow\"");
  return kind;
}

}  // namespace

void DatasetManifest::apply_to(DatasetInfo& info) const {
  if (title) info.title = *title;
  if (authority) info.authority = *authority;
  if (publication_date) info.publication_date = *publication_date;
  if (note) info.note = *note;
  if (kind) info.kind = *kind;
}

Result<DatasetManifest> read_dataset_manifest(const std::string& path) {
  Result<InputFile> file = read_input_file(path, kMaxManifestBytes);
  if (!file.ok()) return file.error();
  const nlohmann::json json = nlohmann::json::parse(file->bytes, nullptr, false);
  if (json.is_discarded()) return manifest_error(path, "malformed JSON in dataset manifest");
  if (!json.is_object()) return manifest_error(path, "dataset manifest must be a JSON object");

  DatasetManifest manifest;
  for (const ManifestKey& entry : kKeys) {
    const auto value = json.find(std::string(entry.key));
    if (value == json.end() || value->is_null()) continue;
    if (!value->is_string()) {
      return manifest_error(path, "\"" + std::string(entry.key) + "\" must be a string");
    }
    manifest.*entry.field = value->get<std::string>();
  }
  Result<std::optional<DatasetKind>> kind = read_kind(json, path);
  if (!kind.ok()) return kind.error();
  manifest.kind = *kind;
  if (manifest.id && !is_valid_id(*manifest.id)) {
    return manifest_error(path, "\"id\" must be lower-case letters, digits, '_' or '-', got \"" +
                                    *manifest.id + "\"");
  }
  return manifest;
}

}  // namespace vigil::sources
