#include "sources/ca_sema_aliases.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <climits>

#include "model/ascii.h"
#include "sources/entity_support.h"

namespace vigil::sources::ca_sema {
namespace {

using model::lower;
using model::trim;

struct LanguageLabel {
  std::string_view label;  // lower case, without the colon
  std::string_view code;
};
constexpr std::array<LanguageLabel, 10> kLanguageLabels = {{
    {"russian", "ru"},
    {"belarusian", "be"},
    {"belarussian", "be"},
    {"ukrainian", "uk"},
    {"arabic", "ar"},
    {"persian", "fa"},
    {"farsi", "fa"},
    {"chinese", "zh"},
    {"burmese", "my"},
    {"english", "en"},
}};

// Legal forms that the list writes after a comma ("Банк Зенит, ПАО"); such a piece is part of
// the name before it, not an alias of its own.
constexpr std::array<std::string_view, 25> kLegalForms = {
    "ао",   "ооо",  "оао",  "пао",  "зао",
    "сао",  "гуп",  "ак",   "мк",   "фгуп",
    "нко",  "ано",  "jsc",  "llc",  "ltd",
    "ltd.", "ojsc", "pjsc", "cjsc", "ao",
    "oao",  "ooo",  "fsue", "inc.", "некоммерческое партнерство"};

enum class Separator { kHard, kComma };

struct Piece {
  std::string text;
  Separator before = Separator::kHard;
  std::string language;
};

// The first code point of `text`, or -1.
UChar32 first_code_point(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  UChar32 c = -1;
  if (length > 0) U8_NEXT(bytes, i, length, c);
  return c;
}

bool is_legal_form(std::string_view piece) {
  // Lower-cased through ICU one code point at a time: most of these forms are Cyrillic.
  const std::string_view trimmed = trim(piece);
  std::string lowered;
  const auto* bytes = reinterpret_cast<const uint8_t*>(trimmed.data());
  const auto length = static_cast<int32_t>(std::min<size_t>(trimmed.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
    char buffer[U8_MAX_LENGTH];
    int32_t written = 0;
    U8_APPEND_UNSAFE(buffer, written, u_tolower(c));
    lowered.append(buffer, static_cast<size_t>(written));
  }
  return std::find(kLegalForms.begin(), kLegalForms.end(), lowered) != kLegalForms.end();
}

// The word that ends at `end` / starts at `start` (for the script test around " and ").
std::string_view word_before(std::string_view text, size_t end) {
  const size_t space = text.rfind(' ', end == 0 ? 0 : end - 1);
  const size_t start = space == std::string_view::npos ? 0 : space + 1;
  return text.substr(start, end - start);
}
std::string_view word_after(std::string_view text, size_t start) {
  const size_t space = text.find(' ', start);
  return text.substr(start, space == std::string_view::npos ? text.npos : space - start);
}

bool non_latin(std::string_view word) {
  const std::string script = dominant_script(word);
  return !script.empty() && script != "Latn";
}

// A piece in a non-Latin script that starts in lower case continues the name before the comma
// ("Министерство культуры, спорта и туризма"). Latin pieces in lower case are names of their own
// ("the Basij", "l'Armée des Gardiens").
bool continues_name(std::string_view text) {
  const UChar32 c = first_code_point(text);
  return c >= 0 && u_islower(c) != 0 && non_latin(text);
}

// True when one word is in the Latin script and the other in another one; words without
// letters ("195") are in neither.
bool scripts_differ(std::string_view a, std::string_view b) {
  const std::string script_a = dominant_script(a);
  const std::string script_b = dominant_script(b);
  return !script_a.empty() && !script_b.empty() && (script_a == "Latn") != (script_b == "Latn");
}

// Line breaks wrap long names inside the cell; a break between two scripts ("Nilforushan\n
// عباس") separates two names.
std::string join_lines(std::string_view cell) {
  std::string out;
  size_t start = 0;
  while (start <= cell.size()) {
    const size_t end = std::min(cell.find('\n', start), cell.size());
    const std::string line = normalise_spaces(cell.substr(start, end - start));
    if (!line.empty()) {
      if (!out.empty()) {
        out += scripts_differ(word_before(out, out.size()), word_after(line, 0)) ? "; " : " ";
      }
      out += line;
    }
    start = end + 1;
  }
  return out;
}

// Removes parentheses without a partner ("(Юрий ГОВТВИН / Юрiй ГОВТВIН").
std::string drop_unmatched_parentheses(std::string_view text) {
  std::vector<size_t> open;
  std::vector<bool> keep(text.size(), true);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') open.push_back(i);
    if (text[i] != ')') continue;
    if (open.empty()) {
      keep[i] = false;
    } else {
      open.pop_back();
    }
  }
  for (size_t i : open) keep[i] = false;
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (keep[i]) out += text[i];
  }
  return out;
}

// The language code when a "<Language>:" label (or "<Language> :") starts at `at`; `length`
// receives its length.
std::string_view label_at(std::string_view text, size_t at, size_t& length) {
  for (const LanguageLabel& language : kLanguageLabels) {
    size_t colon = at + language.label.size();
    if (colon < text.size() && text[colon] == ' ') ++colon;
    if (colon >= text.size() || text[colon] != ':') continue;
    if (lower(text.substr(at, language.label.size())) != language.label) continue;
    length = colon + 1 - at;
    return language.code;
  }
  return {};
}

class Splitter {
 public:
  Splitter(std::string_view text, bool person) : text_(text), person_(person) {}

  std::vector<Piece> split() {
    int depth = 0;
    for (size_t i = 0; i < text_.size();) {
      const char c = text_[i];
      if (c == '(') ++depth;
      if (c == ')') --depth;
      if (depth > 0) {
        current_ += text_[i++];
        continue;
      }
      i = step(i);
    }
    finish(Separator::kHard);
    return std::move(pieces_);
  }

 private:
  // Consumes what starts at `i` (a separator, a label or one byte); returns the next position.
  size_t step(size_t i) {
    const char c = text_[i];
    if (c == ';') return cut(Separator::kHard, i + 1);
    if (c == ',') return cut(Separator::kComma, i + 1);
    if (c == '/' && !between_digits(i)) return cut(Separator::kHard, i + 1);
    const std::string_view rest = text_.substr(i);
    if (rest.starts_with(" or ")) return cut(Separator::kHard, i + 3);
    if (rest.starts_with(" and ") && and_separates(i)) return cut(Separator::kHard, i + 4);
    if (i == 0 || text_[i - 1] == ' ' || text_[i - 1] == ',' || text_[i - 1] == ';') {
      size_t length = 0;
      const std::string_view code = label_at(text_, i, length);
      if (!code.empty()) {
        finish(Separator::kHard);
        language_ = std::string(code);
        return i + length;
      }
    }
    current_ += c;
    return i + 1;
  }

  bool between_digits(size_t i) const {
    const auto digit = [this](size_t at) {
      return at < text_.size() && text_[at] >= '0' && text_[at] <= '9';
    };
    return i > 0 && digit(i - 1) && digit(i + 1);
  }

  bool and_separates(size_t i) const {
    if (person_) return true;
    return non_latin(word_before(text_, i)) && non_latin(word_after(text_, i + 5));
  }

  // Ends the current piece at a separator; the next piece starts at `resume`.
  size_t cut(Separator separator, size_t resume) {
    finish(separator);
    return resume;
  }

  // Ends the current piece; `following` is the separator that precedes the next one.
  void finish(Separator following) {
    pieces_.push_back(Piece{std::move(current_), next_separator_, std::move(language_)});
    current_.clear();
    language_.clear();
    next_separator_ = following;
  }

  std::string_view text_;
  bool person_;
  std::vector<Piece> pieces_;
  std::string current_;
  std::string language_;
  Separator next_separator_ = Separator::kHard;
};

// The piece without separators left at its ends, nor a lone straight quote that a separator cut
// from its partner ('" СКТБ РТ').
std::string clean_piece(std::string_view piece) {
  static constexpr std::string_view kEdgePunctuation = " ,;:";
  const size_t start = piece.find_first_not_of(kEdgePunctuation);
  if (start == std::string_view::npos) return {};
  const size_t end = piece.find_last_not_of(kEdgePunctuation);
  std::string_view cleaned = piece.substr(start, end - start + 1);
  if (std::count(cleaned.begin(), cleaned.end(), '"') == 1) {
    if (cleaned.front() == '"') cleaned = trim(cleaned.substr(1));
    if (!cleaned.empty() && cleaned.back() == '"')
      cleaned = trim(cleaned.substr(0, cleaned.size() - 1));
  }
  return std::string(cleaned);
}

// Puts back the commas that belong to organisation names.
std::vector<Piece> merge_name_commas(std::vector<Piece> pieces) {
  std::vector<Piece> merged;
  bool glue_next = false;  // a legal form opened the cell ("ОАО, БЭТО")
  for (Piece& piece : pieces) {
    piece.text = clean_piece(piece.text);
    if (piece.text.empty()) continue;
    const bool comma = piece.before == Separator::kComma && !merged.empty();
    if (glue_next) {
      merged.back().text += ", " + piece.text;
      glue_next = false;
      continue;
    }
    if (comma && (is_legal_form(piece.text) || continues_name(piece.text))) {
      merged.back().text += ", " + piece.text;
      continue;
    }
    glue_next = merged.empty() && is_legal_form(piece.text);
    merged.push_back(std::move(piece));
  }
  return merged;
}

}  // namespace

std::vector<SemaAlias> split_sema_aliases(std::string_view cell, bool person) {
  const std::string text = drop_unmatched_parentheses(join_lines(cell));
  std::vector<Piece> pieces = Splitter(text, person).split();
  if (!person) pieces = merge_name_commas(std::move(pieces));
  std::vector<SemaAlias> aliases;
  for (Piece& piece : pieces) {
    std::string name = clean_piece(piece.text);
    if (name.empty()) continue;
    const bool known = std::any_of(aliases.begin(), aliases.end(),
                                   [&name](const SemaAlias& alias) { return alias.name == name; });
    if (!known) aliases.push_back(SemaAlias{std::move(name), std::move(piece.language)});
  }
  return aliases;
}

}  // namespace vigil::sources::ca_sema
