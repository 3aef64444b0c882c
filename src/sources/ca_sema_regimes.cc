#include "sources/ca_sema_regimes.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "model/ascii.h"

namespace vigil::sources::ca_sema {
namespace {

using model::trim;

struct KnownRegime {
  std::string_view program;
  std::string_view legal_basis;
};

// The regulations under the Special Economic Measures Act (SEMA) and the Justice for Victims of
// Corrupt Foreign Officials Act, by the program name the list uses.
constexpr std::array<KnownRegime, 19> kKnownRegimes = {{
    {"Belarus", "Special Economic Measures (Belarus) Regulations"},
    {"China", "Special Economic Measures (People's Republic of China) Regulations"},
    {"Extremist Settler Violence",
     "Special Economic Measures (Extremist Settler Violence) Regulations"},
    {"Guatemala", "Special Economic Measures (Guatemala) Regulations"},
    {"Haiti", "Special Economic Measures (Haiti) Regulations"},
    {"Hamas Terrorist Attacks", "Special Economic Measures (Hamas Terrorist Attacks) Regulations"},
    {"Iran", "Special Economic Measures (Iran) Regulations"},
    {"JVCFOR", "Justice for Victims of Corrupt Foreign Officials Regulations"},
    {"Moldova", "Special Economic Measures (Moldova) Regulations"},
    {"Myanmar (Burma)", "Special Economic Measures (Burma) Regulations"},
    {"Nicaragua", "Special Economic Measures (Nicaragua) Regulations"},
    {"Russia", "Special Economic Measures (Russia) Regulations"},
    {"South Sudan", "Special Economic Measures (South Sudan) Regulations"},
    {"Sri Lanka", "Special Economic Measures (Sri Lanka) Regulations"},
    {"Sudan", "Special Economic Measures (Sudan) Regulations"},
    {"Syria", "Special Economic Measures (Syria) Regulations"},
    {"Ukraine", "Special Economic Measures (Ukraine) Regulations"},
    {"Venezuela", "Special Economic Measures (Venezuela) Regulations"},
    {"Zimbabwe", "Special Economic Measures (Zimbabwe) Regulations"},
}};

// "... Regulations (JVCFOR)" -> "JVCFOR"; empty unless the text ends with a parenthesised
// acronym of two or more capitals.
std::string_view trailing_acronym(std::string_view text) {
  if (!text.ends_with(')')) return {};
  const size_t open = text.rfind('(');
  if (open == std::string_view::npos) return {};
  const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
  const bool capitals = inside.size() >= 2 && std::all_of(inside.begin(), inside.end(), [](char c) {
                          return std::isupper(static_cast<unsigned char>(c)) != 0;
                        });
  return capitals ? inside : std::string_view{};
}

}  // namespace

SemaRegime sema_regime(std::string_view country_cell) {
  const size_t slash = country_cell.find(" / ");
  const std::string_view english = trim(country_cell.substr(0, slash));
  const std::string_view acronym = trailing_acronym(english);
  SemaRegime regime;
  regime.program = std::string(acronym.empty() ? english : acronym);
  for (const KnownRegime& known : kKnownRegimes) {
    if (known.program == regime.program) regime.legal_basis = std::string(known.legal_basis);
  }
  return regime;
}

std::string listing_reference(std::string_view schedule, std::string_view item) {
  schedule = trim(schedule);
  std::string reference;
  if (!schedule.empty()) {
    const bool numbered = std::isdigit(static_cast<unsigned char>(schedule.front())) != 0;
    if (numbered) reference = "Schedule ";
    for (size_t i = 0; i < schedule.size(); ++i) {  // "1,Part 3" -> "1, Part 3"
      reference += schedule[i];
      if (schedule[i] == ',' && i + 1 < schedule.size() && schedule[i + 1] != ' ') reference += ' ';
    }
  }
  if (!item.empty()) reference += (reference.empty() ? "item " : ", item ") + std::string(item);
  return reference;
}

}  // namespace vigil::sources::ca_sema
