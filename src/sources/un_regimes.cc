#include "sources/un_regimes.h"

#include <array>

namespace vigil::sources {
namespace {

struct Regime {
  std::string_view list_type;  // UN_LIST_TYPE as written
  std::string_view legal_basis;
};

// The establishing resolutions. Somalia's 751 regime became the Al-Shabaab regime under
// resolution 2713 (2023). Iran's 1737 regime was re-imposed by the 2025 snapback of resolution
// 2231, and its list entries keep their 1737 reference numbers (IRi.*, IRe.*).
constexpr std::array<Regime, 19> kRegimes = {{
    {"Al-Qaida", "UNSCR 1267/1989/2253"},
    {"Taliban", "UNSCR 1988"},
    {"DPRK", "UNSCR 1718"},
    {"DRC", "UNSCR 1533"},
    {"Libya", "UNSCR 1970"},
    {"Yemen", "UNSCR 2140"},
    {"Iraq", "UNSCR 1518"},
    {"Iran", "UNSCR 1737"},
    {"Somalia", "UNSCR 2713"},
    {"Al-Shabaab", "UNSCR 2713"},
    {"Sudan", "UNSCR 1591"},
    {"CAR", "UNSCR 2127"},
    {"SouthSudan", "UNSCR 2206"},
    {"South Sudan", "UNSCR 2206"},
    {"GB", "UNSCR 2048"},
    {"Haiti", "UNSCR 2653"},
    {"Mali", "UNSCR 2374"},
    {"Lebanon", "UNSCR 1636"},
    {"ISIL (Da'esh) & Al-Qaida", "UNSCR 1267/1989/2253"},
}};

}  // namespace

std::string_view un_legal_basis(std::string_view list_type) {
  for (const Regime& regime : kRegimes) {
    if (regime.list_type == list_type) return regime.legal_basis;
  }
  return {};
}

}  // namespace vigil::sources
