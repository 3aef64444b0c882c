#include "match/prepared_name.h"

#include "match/name_tables.h"

namespace vigil::match {
namespace {

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) out.emplace_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

// Ship-type prefixes written before a vessel's name: motor vessel, motor tanker, motor ship,
// steamship, motor yacht, fishing vessel, research vessel ("M/V", "M.T.", "MV").
bool is_vessel_prefix(std::string_view token) {
  static constexpr std::string_view kPrefixes[] = {"mv", "mt", "ms", "ss", "my", "fv", "rv", "mts"};
  for (std::string_view p : kPrefixes) {
    if (token == p) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> name_tokens(std::string_view normalised, Schema schema) {
  const std::vector<std::string> words = split(normalised);
  std::vector<std::string> raw;
  raw.reserve(words.size());
  for (size_t i = 0; i < words.size();) {
    const auto [span, form] = legal_form_phrase(words, i);
    if (span == 0) {
      raw.push_back(words[i++]);
    } else {
      raw.emplace_back(form);
      i += span;
    }
  }
  const bool join_acronyms = schema != Schema::kPerson && schema != Schema::kUnknown;
  std::vector<std::string> out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    size_t run_end = i;
    while (run_end < raw.size() && raw[run_end].size() == 1) ++run_end;
    if (run_end - i < 2) {
      out.push_back(raw[i++]);
      continue;
    }
    std::string joined;
    for (size_t k = i; k < run_end; ++k) joined += raw[k];
    if (join_acronyms || is_legal_form(joined)) {
      out.push_back(std::move(joined));
    } else {
      for (size_t k = i; k < run_end; ++k) out.push_back(raw[k]);
    }
    i = run_end;
  }
  // "M/V ADRIAN DARYA" is the vessel ADRIAN DARYA. A query of unknown type loses the prefix
  // only when written as one word ("MV"): "M. V. Rao" keeps its initials.
  if ((schema == Schema::kVessel || schema == Schema::kUnknown) && out.size() >= 2 &&
      is_vessel_prefix(out.front())) {
    out.erase(out.begin());
  }
  return out;
}

}  // namespace vigil::match
