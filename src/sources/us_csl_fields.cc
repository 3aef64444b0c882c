#include "sources/us_csl_fields.h"

#include <cctype>
#include <optional>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/ofac_id_types.h"

namespace vigil::sources::us_csl {
namespace {

using model::trim;

// "a, b, c" -> {"a", "b", "c"} (empty parts kept: their position matters).
std::vector<std::string> split_parts(std::string_view text) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t comma = text.find(',', start);
    parts.emplace_back(trim(text.substr(start, comma - start)));
    if (comma == std::string_view::npos) return parts;
    start = comma + 1;
  }
}

std::string join_parts(const std::vector<std::string>& parts, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (parts[i].empty()) continue;
    if (!out.empty()) out += ", ";
    out += parts[i];
  }
  return out;
}

bool is_country_code(std::string_view text) {
  return text.size() == 2 && std::isupper(static_cast<unsigned char>(text[0])) != 0 &&
         std::isupper(static_cast<unsigned char>(text[1])) != 0;
}

bool is_iso_date(std::string_view text) {
  static constexpr std::string_view kShape = "dddd-dd-dd";
  if (text.size() != kShape.size()) return false;
  for (size_t i = 0; i < kShape.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (kShape[i] == 'd' ? !digit : text[i] != '-') return false;
  }
  return true;
}

// One "[country, ][date, [date, ]]number, type" entry. The CSL writes an id's expiry date before
// its issue date; a single date may be either, so it goes to the note.
void add_id(std::string_view entry, Entity& entity) {
  const std::vector<std::string> parts = split_parts(entry);
  if (parts.size() < 2) return;
  const size_t type_at = parts.size() - 1;
  size_t at = 0;
  OfacId id;
  id.type = parts[type_at];
  if (parts.size() >= 3 && is_country_code(parts[0])) id.country = parts[at++];
  std::vector<std::string> dates;
  while (type_at - at >= 2 && is_iso_date(parts[at])) dates.push_back(parts[at++]);
  id.number = join_parts(parts, at, type_at);
  if (dates.size() >= 2) {
    id.expires = dates[0];
    id.issued = dates[1];
  }
  const size_t identifiers_before = entity.identifiers.size();
  apply_ofac_id(id, entity);
  if (dates.size() == 1 && entity.identifiers.size() > identifiers_before) {
    Identifier& added = entity.identifiers.back();
    added.note += (added.note.empty() ? "" : "; ") + ("date stated: " + dates[0]);
  }
}

}  // namespace

std::vector<std::string> split_values(std::string_view cell) {
  std::vector<std::string> values;
  size_t start = 0;
  while (start <= cell.size()) {
    const size_t end = std::min(cell.find(';', start), cell.size());
    std::string value = normalise_spaces(cell.substr(start, end - start));
    if (!value.empty()) values.push_back(std::move(value));
    start = end + 1;
  }
  return values;
}

void add_addresses(std::string_view cell, Entity& entity) {
  for (const std::string& written : split_values(cell)) {
    const std::vector<std::string> parts = split_parts(written);
    Address address;
    size_t end = parts.size();
    if (is_country_code(parts.back())) {
      address.country_name = parts.back();
      address.country = country_code_or_empty(parts.back());
      --end;
    }
    // The CSV joins street, city, state and postal code with commas; which part is which is
    // lost, so they stay together as written.
    address.street = join_parts(parts, 0, end);
    if (address.to_string().empty()) continue;
    append_unique(entity.countries, address.country);
    entity.addresses.push_back(std::move(address));
  }
}

void add_ids(std::string_view cell, Entity& entity) {
  for (const std::string& entry : split_values(cell)) add_id(entry, entity);
}

void add_birth_dates(std::string_view cell, Entity& entity, std::vector<std::string>& warnings) {
  for (const std::string& text : split_values(cell)) {
    std::optional<DateValue> date = parse_date(text);
    if (!date) {
      warnings.push_back("unrecognised date of birth '" + text + "' kept as text");
      add_property(entity, "birth_date", text);
      continue;
    }
    date->original = text;
    add_birth_date(entity, std::move(*date));
  }
}

void add_countries(std::string_view cell, std::vector<std::string>& codes, std::string_view key,
                   Entity& entity) {
  for (const std::string& value : split_values(cell)) {
    const std::string code = country_code_or_empty(value);
    if (code.empty()) {
      add_property(entity, std::string(key), value);
    } else {
      append_unique(codes, code);
    }
  }
}

}  // namespace vigil::sources::us_csl
