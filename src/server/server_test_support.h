// For the server's tests: a holder serving the real OFAC SDN list (data/lists/ofac_sdn), loaded
// once per test process, and an ApiService over it with three keys, one per role.
#pragma once

#include <memory>

#include "server/api_service.h"
#include "server/screener_holder.h"
#include "sources/loader.h"

namespace vigil::server::testing {

inline std::shared_ptr<const Screener> sdn_screener() {
  static const std::shared_ptr<const Screener> screener = [] {
    auto loaded = sources::load_sources({std::string(VIGIL_SOURCE_DATA_DIR) + "/lists/ofac_sdn"});
    if (!loaded.ok()) return std::shared_ptr<const Screener>();
    auto built = Screener::build(std::move(loaded.value()));
    return built.ok() ? built.value() : std::shared_ptr<const Screener>();
  }();
  return screener;
}

inline std::optional<Role> test_roles(std::string_view key) {
  if (key == "screen-key") return Role::kScreen;
  if (key == "analyst-key") return Role::kAnalyst;
  if (key == "admin-key") return Role::kAdmin;
  return std::nullopt;
}

}  // namespace vigil::server::testing
