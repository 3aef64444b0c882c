#include "server/api_keys.h"

#include <fcntl.h>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <openssl/rand.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "sources/input_file.h"

namespace vigil::server {
namespace {

using nlohmann::json;

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::string utc_now() {
  return fmt::format("{:%FT%TZ}",
                     std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

Error malformed(const std::string& path, std::string element, std::string message) {
  return make_error(ErrorCode::kMalformed, std::move(message),
                    Location{path, 0, std::move(element)});
}

Result<ApiKeyEntry> entry_of(const json& item, size_t position, const std::string& path) {
  const std::string where = fmt::format("keys[{}]", position);
  if (!item.is_object()) return malformed(path, where, "an entry must be an object");
  ApiKeyEntry entry;
  for (const char* field : {"name", "role", "sha256"}) {
    if (!item.contains(field) || !item[field].is_string()) {
      return malformed(path, where, fmt::format("\"{}\" must be a string", field));
    }
  }
  entry.name = item["name"].get<std::string>();
  const auto role = parse_role(item["role"].get<std::string>());
  if (!role) {
    return malformed(path, where + ".role", "the role must be screen, analyst or admin");
  }
  entry.role = *role;
  entry.sha256 = item["sha256"].get<std::string>();
  if (!is_sha256_hex(entry.sha256)) {
    return malformed(path, where + ".sha256", "must be 64 lower-case hex digits");
  }
  if (item.contains("created") && item["created"].is_string()) {
    entry.created = item["created"].get<std::string>();
  }
  return entry;
}

}  // namespace

Result<ApiKeys> ApiKeys::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!std::filesystem::exists(path)) {
      return make_error(ErrorCode::kNotFound, "no API key file", Location{path, 0, ""});
    }
    return make_error(ErrorCode::kIo, std::strerror(errno), Location{path, 0, ""});
  }
  std::stringstream text;
  text << in.rdbuf();
  const json document = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) return malformed(path, "", "not valid JSON");
  if (!document.is_object() || !document.contains("keys") || !document["keys"].is_array()) {
    return malformed(path, "", "expected {\"keys\": [...]}");
  }
  ApiKeys keys;
  size_t position = 0;
  for (const json& item : document["keys"]) {
    Result<ApiKeyEntry> entry = entry_of(item, position, path);
    if (!entry.ok()) return entry.error();
    const bool duplicate = std::any_of(keys.entries_.begin(), keys.entries_.end(),
                                       [&](const ApiKeyEntry& e) { return e.name == entry->name; });
    if (duplicate) {
      return malformed(path, fmt::format("keys[{}].name", position),
                       fmt::format("the name \"{}\" is used twice", entry->name));
    }
    keys.entries_.push_back(std::move(*entry));
    ++position;
  }
  keys.index();
  return keys;
}

std::optional<Error> ApiKeys::save(const std::string& path) const {
  json items = json::array();
  for (const ApiKeyEntry& e : entries_) {
    items.push_back({{"name", e.name},
                     {"role", std::string(to_string(e.role))},
                     {"sha256", e.sha256},
                     {"created", e.created}});
  }
  const std::string text = json{{"keys", std::move(items)}}.dump(2) + "\n";
  std::error_code error;
  const std::filesystem::path target(path);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), error);
  const std::string temporary = path + ".tmp";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return make_error(ErrorCode::kIo, std::strerror(errno), Location{temporary, 0, ""});
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int saved = errno;
      ::close(fd);
      ::unlink(temporary.c_str());
      return make_error(ErrorCode::kIo, std::strerror(saved), Location{temporary, 0, ""});
    }
    written += static_cast<size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced || ::rename(temporary.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temporary.c_str());
    return make_error(ErrorCode::kIo, std::strerror(saved), Location{path, 0, ""});
  }
  return std::nullopt;
}

std::optional<Role> ApiKeys::authenticate(std::string_view key) const {
  if (key.empty() || by_hash_.empty()) return std::nullopt;
  const auto found = by_hash_.find(sources::sha256_hex(key));
  if (found == by_hash_.end()) return std::nullopt;
  return found->second;
}

Result<std::string> ApiKeys::add(std::string name, Role role) {
  if (name.empty() || name.size() > 100 || !std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
      })) {
    return make_error(ErrorCode::kInvalidArgument,
                      "a key name is 1 to 100 letters, digits, '-', '_' or '.'");
  }
  const bool taken = std::any_of(entries_.begin(), entries_.end(),
                                 [&](const ApiKeyEntry& e) { return e.name == name; });
  if (taken) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("a key named \"{}\" exists; remove it first", name));
  }
  std::string key = new_api_key();
  entries_.push_back(ApiKeyEntry{std::move(name), role, sources::sha256_hex(key), utc_now()});
  index();
  return key;
}

bool ApiKeys::remove(std::string_view name) {
  const auto before = entries_.size();
  std::erase_if(entries_, [&](const ApiKeyEntry& e) { return e.name == name; });
  index();
  return entries_.size() != before;
}

void ApiKeys::index() {
  by_hash_.clear();
  for (const ApiKeyEntry& e : entries_) by_hash_[e.sha256] = e.role;
}

std::string new_api_key() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    throw std::runtime_error("the system's random source failed");
  }
  std::string key = "vgk_";
  for (unsigned char b : bytes) key += fmt::format("{:02x}", b);
  return key;
}

std::string default_api_keys_path() {
  if (const char* explicit_path = std::getenv("VIGIL_API_KEYS"); explicit_path && *explicit_path) {
    return explicit_path;
  }
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
    return std::string(xdg) + "/vigil/api-keys.json";
  }
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.config/vigil/api-keys.json";
}

}  // namespace vigil::server
