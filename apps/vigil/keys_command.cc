// vigil keys add|list|remove: the API keys `vigil serve` accepts. A new key is printed once, on
// stdout; the file keeps only its SHA-256 (src/server/api_keys.h).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "exit_codes.h"
#include "server/api_keys.h"

namespace vigil::cli {
namespace {

struct KeysOptions {
  std::string file;
  std::string name;
  std::string role = "screen";
};

std::string key_file(const KeysOptions& options) {
  return options.file.empty() ? server::default_api_keys_path() : options.file;
}

// The keys in the file; an empty set when there is no file yet.
server::ApiKeys read_keys(const std::string& path) {
  Result<server::ApiKeys> keys = server::ApiKeys::load(path);
  if (keys.ok()) return std::move(keys.value());
  if (keys.error().code == ErrorCode::kNotFound) return {};
  throw CommandError{kExitDataError, keys.error().to_string()};
}

void write_keys(const server::ApiKeys& keys, const std::string& path) {
  if (auto error = keys.save(path)) throw CommandError{kExitDataError, error->to_string()};
}

int run_add(const CommonOptions& common, const KeysOptions& options) {
  const auto role = server::parse_role(options.role);
  if (!role) throw CommandError{kExitUsage, "--role must be screen, analyst or admin"};
  const std::string path = key_file(options);
  server::ApiKeys keys = read_keys(path);
  Result<std::string> key = keys.add(options.name, *role);
  if (!key.ok()) throw CommandError{kExitUsage, key.error().message};
  write_keys(keys, path);
  std::cout << *key << "\n";
  if (!common.quiet) {
    std::cerr << fmt::format("added {} key \"{}\" to {}; the key above is shown only now\n",
                             options.role, options.name, path);
  }
  return kExitOk;
}

int run_list(const CommonOptions& common, const KeysOptions& options) {
  const server::ApiKeys keys = read_keys(key_file(options));
  if (common.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : keys.entries()) {
      out.push_back({{"name", e.name},
                     {"role", std::string(server::to_string(e.role))},
                     {"created", e.created},
                     {"sha256_prefix", e.sha256.substr(0, 12)}});
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  for (const auto& e : keys.entries()) {
    std::cout << fmt::format("{:<24} {:<8} {}  sha256:{}…\n", e.name, server::to_string(e.role),
                             e.created, e.sha256.substr(0, 12));
  }
  if (keys.empty() && !common.quiet) std::cerr << "no keys in " << key_file(options) << "\n";
  return kExitOk;
}

int run_remove(const CommonOptions& common, const KeysOptions& options) {
  const std::string path = key_file(options);
  server::ApiKeys keys = read_keys(path);
  if (!keys.remove(options.name)) {
    throw CommandError{kExitUsage, fmt::format("no key named \"{}\" in {}", options.name, path)};
  }
  write_keys(keys, path);
  if (!common.quiet) {
    std::cerr << fmt::format("removed key \"{}\"; a running server drops it on SIGHUP\n",
                             options.name);
  }
  return kExitOk;
}

void add_file_option(CLI::App* cmd, KeysOptions& options) {
  cmd->add_option(
      "--file", options.file,
      "The key file (default $VIGIL_API_KEYS, else $XDG_CONFIG_HOME/vigil/api-keys.json, "
      "else ~/.config/vigil/api-keys.json)");
}

}  // namespace

void register_keys(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<KeysOptions>();
  CLI::App* keys = app.add_subcommand("keys", "Manage the API keys of `vigil serve`");
  keys->require_subcommand(1);

  CLI::App* add = keys->add_subcommand("add", "Make a key, print it once, store its hash");
  add->add_option("name", options->name, "A label for the key (letters, digits, - _ .)")
      ->required();
  add->add_option("--role", options->role, "screen, analyst or admin")
      ->capture_default_str()
      ->check(CLI::IsMember({"screen", "analyst", "admin"}));
  add_file_option(add, *options);
  add->callback([&common, &exit_code, options] { exit_code = run_add(common, *options); });

  CLI::App* list =
      keys->add_subcommand("list", "The keys' names, roles and dates (never the keys)");
  add_file_option(list, *options);
  list->add_flag("--json", common.json, "Print JSON instead of text");
  list->callback([&common, &exit_code, options] { exit_code = run_list(common, *options); });

  CLI::App* remove = keys->add_subcommand("remove", "Remove a key by name");
  remove->add_option("name", options->name, "The key's label")->required();
  add_file_option(remove, *options);
  remove->callback([&common, &exit_code, options] { exit_code = run_remove(common, *options); });
}

}  // namespace vigil::cli
