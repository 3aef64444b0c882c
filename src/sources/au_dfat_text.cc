#include "sources/au_dfat_text.h"

#include <algorithm>
#include <cctype>

#include "sources/entity_support.h"
#include "sources/list_text.h"

namespace vigil::sources::au_dfat {
namespace {

// The country a free-text address ends with: its last comma-separated part, else its last
// three, two or one words ("... Tambov Region 393190 Russia"). Returns the length of the
// country text at the end of `text`, 0 when none.
size_t trailing_country(std::string_view text, std::string& code) {
  const size_t comma = text.rfind(',');
  const std::string_view last =
      trim_spaces(text.substr(comma == std::string_view::npos ? 0 : comma + 1));
  code = country_code_or_empty(last);
  if (!code.empty()) return last.size();
  constexpr size_t kLongestCountryWords = 3;
  for (size_t words = kLongestCountryWords; words > 0; --words) {
    size_t start = text.size();
    for (size_t i = 0; i < words && start != std::string_view::npos && start > 0; ++i) {
      start = text.rfind(' ', start - 1);
    }
    const size_t from = start == std::string_view::npos ? 0 : start + 1;
    code = country_code_or_empty(text.substr(from));
    if (!code.empty()) return text.size() - from;
  }
  return 0;
}

}  // namespace

bool is_un_reference(std::string_view token) {
  const size_t dot = token.find('.');
  if (dot == std::string_view::npos || dot < 2 || dot > 4 || dot + 1 == token.size()) return false;
  const auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  return std::all_of(token.begin(), token.begin() + static_cast<long>(dot), alpha) &&
         std::all_of(token.begin() + static_cast<long>(dot) + 1, token.end(), digit);
}

std::vector<std::string> date_pieces(std::string_view text) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(',', start), text.size());
    const std::string piece(trim_spaces(text.substr(start, end - start)));
    const bool spaced_dates = piece.find('/') != std::string::npos &&
                              piece.find(' ') != std::string::npos && !parse_day_first_date(piece);
    if (!spaced_dates) {
      if (!piece.empty()) pieces.push_back(piece);
    } else {
      for (const std::string& word : enumerated_values(piece)) {
        size_t at = 0;
        while (at < word.size()) {
          const size_t stop = std::min(word.find(' ', at), word.size());
          if (stop > at) pieces.push_back(word.substr(at, stop - at));
          at = stop + 1;
        }
      }
    }
    start = end + 1;
  }
  return pieces;
}

std::string listing_date(std::string_view listing) {
  size_t on = listing.find(" on");
  while (on != std::string_view::npos && on + 3 < listing.size() && listing[on + 3] != ' ' &&
         listing[on + 3] != ':') {
    on = listing.find(" on", on + 3);
  }
  if (on == std::string_view::npos) return {};
  std::string_view rest = listing.substr(on + 3);
  rest = rest.substr(0, rest.find_first_of("(;\n"));
  while (rest.starts_with(':')) rest.remove_prefix(1);
  const std::optional<DateValue> date = parse_date(trim_spaces(rest));
  return date && !date->is_range() ? date->from.to_iso() : std::string();
}

Address address_of(std::string_view text) {
  text = trim_spaces(text);
  Address address;
  const size_t remark = text.ends_with(')') ? text.rfind(" (") : std::string_view::npos;
  if (remark != std::string_view::npos) {
    address.note = std::string(text.substr(remark + 2, text.size() - remark - 3));
    text = trim_spaces(text.substr(0, remark));
  }
  address.street = std::string(text);
  const size_t country_size = trailing_country(text, address.country);
  if (country_size == 0) return address;
  address.country_name = std::string(text.substr(text.size() - country_size));
  std::string_view street = trim_spaces(text.substr(0, text.size() - country_size));
  while (street.ends_with(',')) street = trim_spaces(street.substr(0, street.size() - 1));
  address.street = std::string(street);
  return address;
}

std::vector<std::pair<IdentifierType, std::string>> web_addresses(std::string_view text) {
  std::vector<std::pair<IdentifierType, std::string>> found;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find_first_of(" \n\t;,", start), text.size());
    std::string_view token = text.substr(start, end - start);
    while (!token.empty() && (token.back() == '.' || token.back() == ')')) token.remove_suffix(1);
    start = end + 1;
    if (token.starts_with("http://") || token.starts_with("https://") ||
        token.starts_with("www.")) {
      found.emplace_back(IdentifierType::kWebsite, std::string(token));
    } else if (token.find('@') != std::string_view::npos &&
               token.find('.', token.find('@')) != std::string_view::npos) {
      found.emplace_back(IdentifierType::kEmail, std::string(token));
    }
  }
  return found;
}

}  // namespace vigil::sources::au_dfat
