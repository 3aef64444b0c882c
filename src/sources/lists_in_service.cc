#include "sources/lists_in_service.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace vigil::sources {
namespace {

namespace fs = std::filesystem;

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

}  // namespace

std::string default_lists_dir() {
  if (std::string dir = environment("VIGIL_LISTS_DIR"); !dir.empty()) return dir;
  if (const std::string data_home = environment("XDG_DATA_HOME"); !data_home.empty()) {
    return data_home + "/vigil/lists";
  }
  return environment("HOME") + "/.local/share/vigil/lists";
}

std::map<std::string, std::string> lists_in_service(const std::string& lists_dir) {
  std::map<std::string, std::string> in_service;
  std::error_code error;
  for (fs::directory_iterator it(lists_dir, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code status_error;
    if (name.starts_with('.') || !it->is_directory(status_error)) continue;
    const fs::path version = fs::canonical(it->path() / kCurrentLinkName, status_error);
    if (status_error || !fs::is_directory(version, status_error)) continue;
    in_service.emplace(name, version.string());
  }
  return in_service;
}

}  // namespace vigil::sources
