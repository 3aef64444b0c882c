// ISO 3166-1 countries and the many ways official lists name them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vigil::model {

// The alpha-2 code for a country name as lists write it ("Iran", "Iran (Islamic Republic of)",
// "Korea, North", "Burma", "Russian Federation", "Palestinian", "Syrian") or for an alpha-2 /
// alpha-3 code. Case and punctuation insensitive. nullopt when unknown.
std::optional<std::string> country_code(std::string_view name);

// The English short name for an alpha-2 code ("IR" -> "Iran"); empty when unknown.
std::string_view country_name(std::string_view alpha2);

}  // namespace vigil::model
