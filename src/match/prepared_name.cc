#include "match/prepared_name.h"

#include "match/digit_letters.h"
#include "match/name_tables.h"
#include "match/number_words.h"

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

// A misspelt Arabic particle before another token is that particle ("Adbul Rahman" is "Abdul
// Rahman", "All Assad" "Al Assad"): misspelt, it would be a name that aligns with nothing.
std::vector<std::string> correct_misspelt_particles(std::vector<std::string> words) {
  const NameTables& tables = default_name_tables();
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string_view particle = tables.misspelt_particle(words[i]);
    if (!particle.empty()) words[i] = std::string(particle);
  }
  return words;
}

// The words with letters written as digits read as letters, and, except in a person's name,
// numbers written in words as digits ("R0sneft" -> "rosneft", "forty two" -> "42"). In a
// person's name a number word is a syllable ("Ten" of Tibetan "Tenzin" written "Ten Zin").
std::vector<std::string> words_and_numbers(std::vector<std::string> words, bool person) {
  for (std::string& word : words) word = digits_as_letters(word);
  return person ? words : numbers_as_digits(std::move(words));
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

// Every phrase of the tables replaced by its one token.
std::vector<std::string> join_phrases(std::vector<std::string> words, bool legal_forms) {
  const NameTables& tables = default_name_tables();
  const std::vector<std::string> skeletons = NameTables::loose_skeletons(words);
  std::vector<std::string> out;
  out.reserve(words.size());
  for (size_t i = 0; i < words.size();) {
    const auto [span, form] = tables.phrase_at(words, skeletons, i, legal_forms);
    if (span == 0) {
      out.push_back(std::move(words[i++]));
    } else {
      out.emplace_back(form);
      i += span;
    }
  }
  return out;
}

// `letters` split into legal forms of two letters or more ("cvsa" -> "cv", "sa": scrambled
// "C.V. S.A."), or empty when it cannot be split that way.
std::vector<std::string> split_legal_forms(std::string_view letters) {
  // can_end[i]: letters[0, i) splits into legal forms; from[i]: where the last one starts.
  std::vector<bool> can_end(letters.size() + 1, false);
  std::vector<size_t> from(letters.size() + 1, 0);
  can_end[0] = true;
  for (size_t end = 2; end <= letters.size(); ++end) {
    for (size_t begin = 0; begin + 2 <= end && !can_end[end]; ++begin) {
      if (can_end[begin] && is_legal_form(letters.substr(begin, end - begin))) {
        can_end[end] = true;
        from[end] = begin;
      }
    }
  }
  std::vector<std::string> forms;
  if (!can_end[letters.size()]) return forms;
  for (size_t end = letters.size(); end > 0; end = from[end]) {
    forms.emplace(forms.begin(), letters.substr(from[end], end - from[end]));
  }
  return forms;
}

// Runs of two or more single letters joined when they spell a legal form (or several: "c v s
// a" -> "cv", "sa"), or always when `acronyms`.
std::vector<std::string> join_letters(std::vector<std::string> raw, bool acronyms) {
  std::vector<std::string> out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    size_t run_end = i;
    while (run_end < raw.size() && raw[run_end].size() == 1) ++run_end;
    if (run_end - i < 2) {
      out.push_back(std::move(raw[i++]));
      continue;
    }
    std::string joined;
    for (size_t k = i; k < run_end; ++k) joined += raw[k];
    std::vector<std::string> forms = split_legal_forms(joined);
    if (!forms.empty()) {
      for (std::string& form : forms) out.push_back(std::move(form));
    } else if (acronyms) {
      out.push_back(std::move(joined));
    } else {
      for (size_t k = i; k < run_end; ++k) out.push_back(std::move(raw[k]));
    }
    i = run_end;
  }
  return out;
}

}  // namespace

std::vector<std::string> name_tokens(std::string_view normalised, Schema schema) {
  const bool person = schema == Schema::kPerson;
  std::vector<std::string> words =
      correct_misspelt_particles(words_and_numbers(split(normalised), person));
  std::vector<std::string> tokens = join_phrases(std::move(words), !person);
  if (person) return tokens;
  tokens = join_letters(std::move(tokens), schema != Schema::kUnknown);
  // "M/V ADRIAN DARYA" is the vessel ADRIAN DARYA. A query of unknown type loses the prefix
  // only when written as one word ("MV"): "M. V. Rao" keeps its initials.
  if ((schema == Schema::kVessel || schema == Schema::kUnknown) && tokens.size() >= 2 &&
      is_vessel_prefix(tokens.front())) {
    tokens.erase(tokens.begin());
  }
  return tokens;
}

}  // namespace vigil::match
