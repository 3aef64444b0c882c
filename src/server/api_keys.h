// API keys and their roles, kept in a JSON file that holds only each key's SHA-256: a key is
// shown once, when it is made, and cannot be read back from the file. Keys are 32 random bytes,
// so an unsalted hash is as strong as a salted one and lets a request be checked with one
// lookup. `vigil keys` edits the file; `vigil serve` reads it at start and on SIGHUP.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "server/role.h"
#include "vigil/result.h"

namespace vigil::server {

struct ApiKeyEntry {
  std::string name;  // the operator's label: "payments-gateway", "case-tool"
  Role role = Role::kScreen;
  std::string sha256;   // of the key, lower-case hex
  std::string created;  // UTC, ISO 8601
};

class ApiKeys {
 public:
  // Reads a key file. A missing file is kNotFound; a damaged one kMalformed, naming the entry.
  static Result<ApiKeys> load(const std::string& path);

  // Writes the file whole and renames it into place, readable by its owner only (0600).
  [[nodiscard]] std::optional<Error> save(const std::string& path) const;

  // The role of a presented key, or nullopt when no entry has its hash.
  [[nodiscard]] std::optional<Role> authenticate(std::string_view key) const;

  // Adds a key under a new name and returns the key itself (the only time it is shown).
  Result<std::string> add(std::string name, Role role);
  // Removes the key with this name; false when there is none.
  bool remove(std::string_view name);

  [[nodiscard]] const std::vector<ApiKeyEntry>& entries() const { return entries_; }
  [[nodiscard]] bool empty() const { return entries_.empty(); }

 private:
  void index();

  std::vector<ApiKeyEntry> entries_;
  std::unordered_map<std::string, Role> by_hash_;
};

// A new key: "vgk_" and 64 hex digits from the system's random source.
std::string new_api_key();

// $VIGIL_API_KEYS, else $XDG_CONFIG_HOME/vigil/api-keys.json, else ~/.config/vigil/api-keys.json.
std::string default_api_keys_path();

}  // namespace vigil::server
