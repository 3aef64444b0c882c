// The value shapes inside OFAC remark facts: an identifier with its issuer and dates, a quoted
// name, a free text with a trailing "(email)" note. Internal to the remarks parser.
#pragma once

#include <string>
#include <string_view>

namespace vigil::sources::detail {

// "B 960789 (Egypt) issued 15 Jul 1998 expires 22 May 2003" after the identifier's label.
struct IdentifierText {
  std::string value;    // "B 960789"
  std::string country;  // ISO alpha-2 of the last "(...)" group that names a country
  std::string issued;   // date text as written
  std::string expires;
  std::string note;  // other "(...)" groups, "; "-joined ("Stuttgart")
};

IdentifierText parse_identifier_text(std::string_view text);

// The name inside the quotes of an a.k.a. fact: "'BNC'" -> "BNC", "''FOOPIE''" -> "FOOPIE",
// "''ABD AL-MUHSI'" -> "'ABD AL-MUHSI" (the apostrophe of a transliterated ayn stays). Text
// without quotes is returned trimmed.
std::string quoted_name(std::string_view text);

// Removes a trailing "(label)" note ("info@x.org (email)" -> "info@x.org"); true if removed.
bool strip_note(std::string_view& text, std::string_view label);

}  // namespace vigil::sources::detail
