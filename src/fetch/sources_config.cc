#include "fetch/sources_config.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "sources/dataset_manifest.h"
#include "sources/input_file.h"
#include "sources/loader.h"

namespace vigil::fetch {
namespace {

using nlohmann::json;

constexpr size_t kMaxConfigBytes = size_t{1} << 20;

// Reports the first problem found, naming the config file and the element.
class ConfigReader {
 public:
  explicit ConfigReader(std::string path) : path_(std::move(path)) {}

  [[nodiscard]] Error error(const std::string& element, const std::string& message) const {
    return make_error(ErrorCode::kMalformed, message, Location{path_, 0, element});
  }

  // The string at `key`, or an error when it is missing (and required) or not a string.
  Result<std::string> string(const json& object, const std::string& element, const char* key,
                             bool required) const {
    const auto it = object.find(key);
    if (it == object.end()) {
      if (required) return error(element, std::string("'") + key + "' is required");
      return std::string();
    }
    if (!it->is_string()) return error(element + "." + key, "must be a string");
    return it->get<std::string>();
  }

 private:
  std::string path_;
};

bool is_dataset_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// A plain file name: written into a version directory, so never a path or a hidden file, and
// never the dataset manifest, which update writes itself.
bool is_plain_file_name(const std::string& name) {
  return !name.empty() && !name.starts_with('.') && name.find('/') == std::string::npos &&
         name.find('\\') == std::string::npos && name != sources::kDatasetManifestName;
}

Result<RemoteFile> read_file_entry(const ConfigReader& reader, const json& entry,
                                   const std::string& element) {
  if (!entry.is_object()) return reader.error(element, "must be an object {url, name}");
  auto url = reader.string(entry, element, "url", true);
  if (!url.ok()) return url.error();
  if (!url->starts_with("https://") && !url->starts_with("http://")) {
    return reader.error(element + ".url", "'" + *url + "' is not an http or https URL");
  }
  auto name = reader.string(entry, element, "name", true);
  if (!name.ok()) return name.error();
  if (!is_plain_file_name(*name)) {
    return reader.error(element + ".name", "'" + *name + "' is not a plain file name");
  }
  return RemoteFile{std::move(url.value()), std::move(name.value())};
}

std::optional<Error> read_limits(const ConfigReader& reader, const json& entry,
                                 const std::string& element, DatasetSource& source) {
  if (const auto it = entry.find("enabled"); it != entry.end()) {
    if (!it->is_boolean()) return reader.error(element + ".enabled", "must be true or false");
    source.enabled = it->get<bool>();
  }
  if (const auto it = entry.find("max_bytes"); it != entry.end()) {
    if (!it->is_number_unsigned() || it->get<uint64_t>() == 0) {
      return reader.error(element + ".max_bytes", "must be a positive whole number");
    }
    source.max_bytes = it->get<uint64_t>();
  }
  if (const auto it = entry.find("max_shrink_percent"); it != entry.end()) {
    if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 100) {
      return reader.error(element + ".max_shrink_percent", "must be a number from 0 to 100");
    }
    source.max_shrink_percent = it->get<double>();
  }
  for (auto [key, target, most] :
       {std::tuple{"timeout_seconds", &source.timeout_seconds, 86400},
        std::tuple{"connect_timeout_seconds", &source.connect_timeout_seconds, 3600},
        std::tuple{"attempts", &source.attempts, 10}}) {
    if (const auto it = entry.find(key); it != entry.end()) {
      if (!it->is_number_integer() || it->get<int64_t>() < 1 || it->get<int64_t>() > most) {
        return reader.error(element + "." + key,
                            "must be a whole number from 1 to " + std::to_string(most));
      }
      *target = static_cast<int>(it->get<int64_t>());
    }
  }
  return std::nullopt;
}

Result<DatasetSource> read_dataset(const ConfigReader& reader, const json& entry,
                                   const std::string& element) {
  if (!entry.is_object()) return reader.error(element, "must be an object");
  DatasetSource source;
  for (auto [key, target] :
       {std::pair{"id", &source.id}, std::pair{"title", &source.title},
        std::pair{"authority", &source.authority}, std::pair{"note", &source.note}}) {
    const bool required = std::string_view(key) == "id" || std::string_view(key) == "title";
    auto value = reader.string(entry, element, key, required);
    if (!value.ok()) return value.error();
    *target = std::move(value.value());
  }
  if (!is_dataset_id(source.id)) {
    return reader.error(element + ".id", "'" + source.id + "' is not an id of [a-z0-9_-]");
  }
  if (auto error = read_limits(reader, entry, element, source)) return *error;
  const auto files = entry.find("files");
  if (files == entry.end() || !files->is_array() || files->empty()) {
    return reader.error(element + ".files", "must be a non-empty array of {url, name}");
  }
  std::set<std::string> names;
  for (size_t i = 0; i < files->size(); ++i) {
    const std::string file_element = element + ".files[" + std::to_string(i) + "]";
    auto file = read_file_entry(reader, (*files)[i], file_element);
    if (!file.ok()) return file.error();
    if (!names.insert(file->name).second) {
      return reader.error(file_element + ".name", "'" + file->name + "' is named twice");
    }
    source.files.push_back(std::move(file.value()));
  }
  return source;
}

}  // namespace

Result<SourcesConfig> parse_sources_config(const std::string& text, const std::string& path) {
  const ConfigReader reader(path);
  const json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return reader.error("", "is not valid JSON");
  const auto datasets = root.is_object() ? root.find("datasets") : root.end();
  if (datasets == root.end() || !datasets->is_array()) {
    return reader.error("", "must be an object with a \"datasets\" array");
  }
  SourcesConfig config;
  std::set<std::string> ids;
  for (size_t i = 0; i < datasets->size(); ++i) {
    const std::string element = "datasets[" + std::to_string(i) + "]";
    auto source = read_dataset(reader, (*datasets)[i], element);
    if (!source.ok()) return source.error();
    if (!ids.insert(source->id).second) {
      return reader.error(element + ".id", "'" + source->id + "' is configured twice");
    }
    config.datasets.push_back(std::move(source.value()));
  }
  return config;
}

Result<SourcesConfig> read_sources_config(const std::string& path) {
  auto file = sources::read_input_file(path, kMaxConfigBytes);
  if (!file.ok()) return file.error();
  return parse_sources_config(file->bytes, path);
}

std::string default_sources_config_path() { return sources::default_data_dir() + "/sources.json"; }

}  // namespace vigil::fetch
