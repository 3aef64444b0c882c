#include "sources/entity_support.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>

#include "model/country.h"

namespace vigil::sources {

void append_unique(std::vector<std::string>& values, std::string value) {
  if (value.empty()) return;
  if (std::find(values.begin(), values.end(), value) != values.end()) return;
  values.push_back(std::move(value));
}

void add_property(Entity& entity, std::string key, std::string value) {
  if (value.empty()) return;
  entity.properties.push_back(Property{std::move(key), std::move(value)});
}

void add_unique_property(Entity& entity, std::string key, std::string value) {
  for (const Property& known : entity.properties) {
    if (known.key == key && known.value == value) return;
  }
  add_property(entity, std::move(key), std::move(value));
}

void add_birth_date(Entity& entity, DateValue date) {
  if (date.from.empty()) return;
  for (const DateValue& known : entity.birth_dates) {
    if (known == date) return;
  }
  entity.birth_dates.push_back(std::move(date));
}

Identifier make_identifier(IdentifierType type, std::string label, std::string value) {
  Identifier identifier;
  identifier.type = type;
  identifier.label = std::move(label);
  identifier.normalised = normalise_identifier(type, value);
  identifier.value = std::move(value);
  return identifier;
}

std::string country_code_or_empty(std::string_view name) {
  if (name.empty()) return {};
  return model::country_code(name).value_or(std::string());
}

std::string dominant_script(std::string_view text) {
  std::vector<std::pair<UScriptCode, int>> counts;  // few scripts per name: a vector is enough
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;  // an invalid byte sequence
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
        script == USCRIPT_UNKNOWN) {
      continue;
    }
    auto known = std::find_if(counts.begin(), counts.end(),
                              [script](const auto& entry) { return entry.first == script; });
    if (known == counts.end()) {
      counts.emplace_back(script, 1);
    } else {
      ++known->second;
    }
  }
  if (counts.empty()) return {};
  const auto best =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  const char* name = uscript_getShortName(best->first);
  return name == nullptr ? std::string() : std::string(name);
}

std::string normalise_spaces(std::string_view text) {
  static constexpr UChar32 kZeroWidthSpace = 0x200B;
  static constexpr UChar32 kByteOrderMark = 0xFEFF;
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c == kZeroWidthSpace || c == kByteOrderMark) continue;
    if (c >= 0 && (u_isUWhiteSpace(c) || u_charType(c) == U_SPACE_SEPARATOR)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

NameKind alias_kind(std::string_view script) {
  const bool other_script = !script.empty() && script != "Latn";
  return other_script ? NameKind::kNativeScript : NameKind::kAlias;
}

std::pair<std::string, std::string> split_given_names(std::string_view given_names) {
  const size_t space = given_names.find(' ');
  if (space == std::string_view::npos) return {std::string(given_names), {}};
  return {std::string(given_names.substr(0, space)), std::string(given_names.substr(space + 1))};
}

namespace {

// The end of a "Linked To:" name: the parenthesis that closes the remark, or a ';'.
// Parentheses inside the name ("ABC (XYZ) LTD") are balanced and kept.
size_t linked_name_end(std::string_view remarks, size_t start) {
  int depth = 0;
  for (size_t i = start; i < remarks.size(); ++i) {
    const char c = remarks[i];
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) return i;
    if (c == ';' && depth == 0) return i;
  }
  return remarks.size();
}

}  // namespace

std::vector<std::string> linked_to_names(std::string_view remarks) {
  static constexpr std::string_view kMarker = "Linked To: ";
  std::vector<std::string> names;
  for (size_t at = remarks.find(kMarker); at != std::string_view::npos;
       at = remarks.find(kMarker, at)) {
    at += kMarker.size();
    const size_t end = linked_name_end(remarks, at);
    std::string_view name = remarks.substr(at, end - at);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    append_unique(names, std::string(name));
    at = end;
  }
  return names;
}

}  // namespace vigil::sources
