#include "sources/ofac_remarks.h"

#include <algorithm>
#include <cctype>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/ofac_remark_free_facts.h"
#include "sources/ofac_remark_rules.h"

namespace vigil::sources {
namespace {

using model::lower;
using model::trim;

struct Split {
  std::vector<std::string> facts;
  bool balanced = true;  // every parenthesis and quoted name closed
};

// A quote opens a quoted name only right after an a.k.a. key: "a.k.a. 'A; B'".
bool opens_quoted_name(std::string_view remarks, size_t quote) {
  const std::string_view before = remarks.substr(0, quote);
  return before.ends_with("k.a. ");
}

// A quote closes the name when a separator or the end follows it ("'BNC';", "'BNC'.").
bool closes_quoted_name(std::string_view remarks, size_t quote) {
  if (quote + 1 == remarks.size()) return true;
  const char next = remarks[quote + 1];
  return next == ';' || next == '.' || next == ' ';
}

Split split_at_semicolons(std::string_view remarks, bool track_parentheses, bool track_quotes) {
  Split out;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  const auto push = [&](size_t end) {
    const std::string_view fact = trim(remarks.substr(start, end - start));
    if (!fact.empty()) out.facts.emplace_back(fact);
  };
  for (size_t i = 0; i < remarks.size(); ++i) {
    const char c = remarks[i];
    if (track_parentheses && !quoted && c == '(') ++depth;
    if (track_parentheses && !quoted && c == ')' && depth > 0) --depth;
    if (track_quotes && c == '\'') {
      if (!quoted && opens_quoted_name(remarks, i)) {
        quoted = true;
      } else if (quoted && closes_quoted_name(remarks, i)) {
        quoted = false;
      }
    }
    if (c == ';' && depth == 0 && !quoted) {
      push(i);
      start = i + 1;
    }
  }
  push(remarks.size());
  out.balanced = depth == 0 && !quoted;
  return out;
}

// The fact with its label and value apart; the value loses a leading ":" or "-".
detail::Fact make_fact(std::string_view text, const detail::RemarkRule& rule) {
  detail::Fact fact{text, text.substr(0, rule.label.size()), trim(text.substr(rule.label.size()))};
  if (fact.value.starts_with(':') || fact.value.starts_with('-')) {
    fact.value = trim(fact.value.substr(1));
  }
  return fact;
}

// "alt. Passport 123" states another value of the same key; both values are kept.
std::string_view without_alternative(std::string_view fact) {
  if (lower(fact.substr(0, 4)) == "alt.") return trim(fact.substr(4));
  return fact;
}

}  // namespace

std::vector<std::string> split_remarks(std::string_view remarks) {
  remarks = trim(remarks);
  if (remarks.ends_with('.')) remarks.remove_suffix(1);
  Split split = split_at_semicolons(remarks, true, true);
  if (!split.balanced) split = split_at_semicolons(remarks, false, true);
  if (!split.balanced) split = split_at_semicolons(remarks, false, false);
  return std::move(split.facts);
}

void apply_ofac_remarks(std::string_view remarks, Entity& entity) {
  for (const std::string& raw : split_remarks(remarks)) {
    const std::string_view text = without_alternative(raw);
    if (text.empty()) continue;
    const detail::RemarkRule* rule = detail::find_remark_rule(text);
    if (rule == nullptr) {
      detail::add_free_fact(text, entity);
      continue;
    }
    rule->handle(make_fact(text, *rule), *rule, entity);
  }
}

std::vector<std::string> legal_bases_in(std::string_view text) {
  std::vector<std::string> bases;
  const std::string lowered = lower(text);
  for (size_t at = 0; at < lowered.size(); ++at) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(lowered[at - 1])) != 0) continue;
    const std::string_view rest = std::string_view(lowered).substr(at);
    for (std::string_view marker : {"executive order ", "e.o. ", "eo "}) {
      if (!rest.starts_with(marker)) continue;
      size_t end = marker.size();
      while (end < rest.size() && std::isdigit(static_cast<unsigned char>(rest[end])) != 0) ++end;
      if (end > marker.size()) {
        append_unique(bases,
                      "E.O. " + std::string(rest.substr(marker.size(), end - marker.size())));
      }
    }
  }
  return bases;
}

}  // namespace vigil::sources
