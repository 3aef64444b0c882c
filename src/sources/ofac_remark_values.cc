#include "sources/ofac_remark_values.h"

#include "model/ascii.h"
#include "model/country.h"

namespace vigil::sources::detail {
namespace {

using model::lower;
using model::trim;

// Cuts "<word> <rest>" off the end of `text` at the last `word`, returning the rest.
std::string cut_last(std::string_view& text, std::string_view word) {
  const size_t at = text.rfind(word);
  if (at == std::string_view::npos) return {};
  std::string rest(trim(text.substr(at + word.size())));
  text = trim(text.substr(0, at));
  return rest;
}

}  // namespace

IdentifierText parse_identifier_text(std::string_view text) {
  IdentifierText out;
  text = trim(text);
  out.expires = cut_last(text, " expires ");
  out.issued = cut_last(text, " issued ");
  // Trailing "(...)" groups: the last that names a country is the issuer, the others notes;
  // a group that is all there is, is the value ("(5777731)").
  while (text.ends_with(')')) {
    const size_t open = text.rfind('(');
    if (open == std::string_view::npos) break;
    const std::string_view inner = trim(text.substr(open + 1, text.size() - open - 2));
    const std::string_view before = trim(text.substr(0, open));
    auto code = out.country.empty() ? model::country_code(inner) : std::nullopt;
    if (before.empty() && !code) {
      text = inner;
      break;
    }
    text = before;
    if (code) {
      out.country = std::move(*code);
    } else {
      out.note = std::string(inner) + (out.note.empty() ? "" : "; " + out.note);
    }
  }
  out.value = std::string(text);
  return out;
}

std::string quoted_name(std::string_view text) {
  text = trim(text);
  const size_t open = text.find('\'');
  const size_t close = text.rfind('\'');
  if (open == std::string_view::npos || close <= open) return std::string(text);
  text = trim(text.substr(open + 1, close - open - 1));
  // ''FOOPIE'': the name itself was quoted.
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
    text = trim(text.substr(1, text.size() - 2));
  }
  return std::string(text);
}

bool strip_note(std::string_view& text, std::string_view label) {
  const std::string note = "(" + std::string(label) + ")";
  if (!lower(text).ends_with(note)) return false;
  text = trim(text.substr(0, text.size() - note.size()));
  return true;
}

}  // namespace vigil::sources::detail
