// Small builders the list parsers share, so that every parser fills the model the same way
// (deduplicated country lists, normalised identifiers, detected scripts).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources {

// Appends `value` unless it is empty or already present.
void append_unique(std::vector<std::string>& values, std::string value);

// Adds a property unless the value is empty.
void add_property(Entity& entity, std::string key, std::string value);

// Adds a property unless the value is empty or the entity has this key and value already.
void add_unique_property(Entity& entity, std::string key, std::string value);

// Adds a birth date unless an equal one (same range and circa flag) is already there.
void add_birth_date(Entity& entity, DateValue date);

// An identifier with `normalised` filled in.
Identifier make_identifier(IdentifierType type, std::string label, std::string value);

// ISO alpha-2 for a country as a list writes it; empty when unknown or empty.
std::string country_code_or_empty(std::string_view name);

// The ISO 15924 code of the dominant script of a UTF-8 text ("Arab", "Cyrl", "Hani", "Latn"),
// ignoring digits, punctuation and spaces; empty when the text has no letters.
std::string dominant_script(std::string_view text);

// The text with each run of white space (ASCII, line breaks, and Unicode spaces such as the
// no-break and narrow no-break spaces lists paste in) made one ASCII space and the ends
// trimmed; zero-width spaces and byte-order marks are dropped. Invalid UTF-8 passes through.
std::string normalise_spaces(std::string_view text);
// The kind of an alias written in `script` (dominant_script): an alias in a script other than
// Latin is the original-script form of the name (kNativeScript), as the UN list marks them.
NameKind alias_kind(std::string_view script);

// Splits given names as OFAC and the UN write them: the first word is the given name, the
// rest are middle names. "Ismail Abdul Salah" -> {"Ismail", "Abdul Salah"}.
std::pair<std::string, std::string> split_given_names(std::string_view given_names);

// The "Linked To: X" parties an OFAC remark names, in order.
std::vector<std::string> linked_to_names(std::string_view remarks);

}  // namespace vigil::sources
