// What an API key may do. Roles are ordered: an analyst may do what a screen-only key may, an
// admin what an analyst may.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace vigil::server {

enum class Role : uint8_t {
  kScreen,   // screen names and fetch the entities screening returns
  kAnalyst,  // also search the lists, read versions and diffs
  kAdmin,    // also reload the lists and read the metrics
};

// "screen", "analyst", "admin".
constexpr std::string_view to_string(Role role) {
  switch (role) {
    case Role::kScreen: return "screen";
    case Role::kAnalyst: return "analyst";
    case Role::kAdmin: return "admin";
  }
  return "screen";
}

constexpr std::optional<Role> parse_role(std::string_view text) {
  if (text == "screen") return Role::kScreen;
  if (text == "analyst") return Role::kAnalyst;
  if (text == "admin") return Role::kAdmin;
  return std::nullopt;
}

// True when a key of role `held` may do what needs `needed`.
constexpr bool permits(Role held, Role needed) { return held >= needed; }

}  // namespace vigil::server
