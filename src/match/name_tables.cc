#include "match/name_tables.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "match/embedded_files.h"
#include "match/phonetic.h"
#include "match/token_similarity.h"

namespace vigil::match {
namespace {

// The part of a compound beside its affix has at least this many letters ("abdulla" is not
// "abdul" + "la").
constexpr size_t kMinCompoundRest = 3;
// A phrase word compared loosely matches a word whose phonetic spelling is at least this
// similar ("otrytoe" ~ "otkrytoye": 0.84).
constexpr double kMinLooseSimilarity = 0.8;

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// The Arabic article assimilates to a following "sun letter": "abd ar-rahman" is written
// "abdurrahman" or "abdurahman". These are the romanised sun letters the article becomes.
constexpr std::array<std::string_view, 9> kSunLetters = {"t", "th", "d",  "dh", "r",
                                                         "z", "s",  "sh", "n"};

// The rest of a compound after `prefix`, with the article's assimilated consonant restored at
// its start when the prefix ends in one ("abdur" + "ahman" -> "rahman"; "abdur" + "rahman"
// stays).
std::string after_article(std::string_view prefix, std::string_view rest) {
  size_t cluster = prefix.size();
  while (cluster > 0 && !is_vowel(prefix[cluster - 1])) --cluster;
  if (cluster == 0) return std::string(rest);
  const std::string_view consonant = prefix.substr(cluster);
  const bool sun =
      std::find(kSunLetters.begin(), kSunLetters.end(), consonant) != kSunLetters.end();
  if (!sun || rest.starts_with(consonant)) return std::string(rest);
  return std::string(consonant) + std::string(rest);
}

// Where a patronymic's stem may have lost the given name's last letter: "serge" + "evich" is
// Sergey's, "mykolay" + "ovych" Mykola's.
std::array<std::string, 4> stem_candidates(std::string_view stem) {
  std::string shorter(stem);
  if (!shorter.empty() &&
      (shorter.back() == 'y' || shorter.back() == 'i' || shorter.back() == 'j')) {
    shorter.pop_back();
  }
  return {std::string(stem), std::string(stem) + "y", std::string(stem) + "i", shorter};
}

// Whether `token` misspells the Abd- prefix `prefix` ("abdul", "abdur"), a prefix of five
// letters or more ending in the article's "l" or "r". Abd- names of their own must stay names
// (Abdi, Abdo, Abdou, Abduh, Aboud, Abul, Adul, Aadil, Aidil, Abdala), so only these edits
// count: any one edit that keeps the "a" first, the "b", the "d" and the last letter ("adbul",
// "abudl", "abdl", "abdull"); the first two or the last two letters swapped ("badul", "abdlu");
// the first letter dropped or changed ("bdul", "ebdul").
constexpr size_t kMinMisspeltPrefix = 5;
bool misspells_abd(std::string_view token, std::string_view prefix) {
  if (prefix.size() < kMinMisspeltPrefix || (prefix.back() != 'l' && prefix.back() != 'r')) {
    return false;
  }
  const auto swapped = [prefix](size_t at) {
    std::string out(prefix);
    std::swap(out[at], out[at + 1]);
    return out;
  };
  if (token == swapped(0) || token == swapped(prefix.size() - 2)) return true;
  if (token == prefix.substr(1)) return true;
  if (token.size() == prefix.size() && token.substr(1) == prefix.substr(1)) return true;
  return token.front() == 'a' && token.back() == prefix.back() &&
         token.find('b') != std::string_view::npos && token.find('d') != std::string_view::npos &&
         one_edit_apart(token, prefix);
}

// "bni", "inb", "bne": two letters of a three-letter "son of" swapped.
bool swaps_son_of(std::string_view token) {
  for (std::string_view son_of : {"bin", "ibn", "ben"}) {
    if (token.size() != son_of.size() || token == son_of) continue;
    for (size_t at = 0; at + 1 < son_of.size(); ++at) {
      std::string swapped(son_of);
      std::swap(swapped[at], swapped[at + 1]);
      if (token == swapped) return true;
    }
  }
  return false;
}

const EmbeddedFile* find_embedded(std::string_view file_name) {
  for (const EmbeddedFile& file : embedded_name_tables()) {
    if (file.path.ends_with(file_name)) return &file;
  }
  return nullptr;
}

NameTableSource embedded_source(std::string_view file_name) {
  const EmbeddedFile* file = find_embedded(file_name);
  // A missing file reads as empty, which build() rejects by name.
  return file != nullptr ? NameTableSource{file->path, file->text} : NameTableSource{file_name, {}};
}

}  // namespace

TokenClass NameTables::classify(std::string_view token) const {
  if (std::any_of(token.begin(), token.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    return TokenClass::kNumber;
  }
  const auto it = entries_.find(token);
  return it == entries_.end() ? TokenClass::kName : it->second.token_class;
}

std::optional<std::string_view> NameTables::canonical(std::string_view token) const {
  const auto it = entries_.find(token);
  if (it == entries_.end() || it->second.canonical.empty()) return std::nullopt;
  return it->second.canonical;
}

bool NameTables::is_compound_prefix(std::string_view token) const {
  return std::any_of(compound_prefixes_.begin(), compound_prefixes_.end(),
                     [token](const Affix& prefix) { return prefix.spelling == token; });
}

bool NameTables::is_legal_form(std::string_view token) const {
  return classify(token) == TokenClass::kLegalForm;
}

std::string_view NameTables::misspelt_particle(std::string_view token) const {
  constexpr size_t kMinMisspelt = 3;
  if (token.size() < kMinMisspelt || entries_.contains(token)) return {};
  for (size_t i = 0; i + 1 < token.size(); ++i) {
    if (token[i] != token[i + 1]) continue;
    std::string single(token);
    single.erase(i, 1);
    const auto it =
        std::find(misspellable_particles_.begin(), misspellable_particles_.end(), single);
    if (it != misspellable_particles_.end()) return *it;
  }
  for (const Affix& prefix : compound_prefixes_) {
    if (misspells_abd(token, prefix.spelling)) return prefix.spelling;
  }
  if (swaps_son_of(token)) return "bin";
  return {};
}

bool NameTables::is_given_name(std::string_view token) const {
  const auto it = entries_.find(token);
  return it != entries_.end() && it->second.given_name;
}

std::string NameTables::given_name_canonical(std::string_view name) const {
  const auto it = entries_.find(name);
  const bool given = it != entries_.end() && it->second.token_class == TokenClass::kName &&
                     !it->second.canonical.empty();
  return given ? it->second.canonical : std::string(name);
}

std::string NameTables::compound_canonical(std::string_view token) const {
  for (const Affix& prefix : compound_prefixes_) {
    if (!token.starts_with(prefix.spelling) ||
        token.size() < prefix.spelling.size() + kMinCompoundRest) {
      continue;
    }
    const std::string rest = after_article(prefix.spelling, token.substr(prefix.spelling.size()));
    return prefix.form + given_name_canonical(rest);
  }
  for (const Affix& suffix : compound_suffixes_) {
    if (!token.ends_with(suffix.spelling) ||
        token.size() < suffix.spelling.size() + kMinCompoundRest) {
      continue;
    }
    return given_name_canonical(token.substr(0, token.size() - suffix.spelling.size())) +
           suffix.form;
  }
  return patronymic_canonical(token);
}

// A patronymic whose stem is a known given name: that name's canonical spelling and the
// suffix's form ("serhiyovych" -> "sergey" + "vich").
std::string NameTables::patronymic_canonical(std::string_view token) const {
  for (const Affix& suffix : patronymic_suffixes_) {
    if (!token.ends_with(suffix.spelling) ||
        token.size() < suffix.spelling.size() + kMinCompoundRest) {
      continue;
    }
    const std::string_view stem = token.substr(0, token.size() - suffix.spelling.size());
    for (const std::string& candidate : stem_candidates(stem)) {
      const auto it = entries_.find(candidate);
      if (it == entries_.end() || it->second.token_class != TokenClass::kName ||
          it->second.canonical.empty()) {
        continue;
      }
      return it->second.canonical + suffix.form;
    }
  }
  return {};
}

bool NameTables::phrase_matches(const Phrase& phrase, std::span<const std::string> words,
                                std::span<const std::string> skeletons, size_t at) {
  if (at + phrase.words.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.words.size(); ++k) {
    const std::string& word = words[at + k];
    if (word == phrase.words[k]) continue;
    if (phrase.skeletons[k].empty() || word.size() < kMinLoosePhraseWord) return false;
    if (skeletons[at + k] == phrase.skeletons[k]) continue;
    if (spelling_similarity(phonetic_spelling(word), phrase.spellings[k], kMinLooseSimilarity) <
        kMinLooseSimilarity) {
      return false;
    }
  }
  return true;
}

std::vector<std::string> NameTables::loose_skeletons(std::span<const std::string> words) {
  std::vector<std::string> out(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].size() >= kMinLoosePhraseWord) out[i] = consonant_skeleton(words[i]);
  }
  return out;
}

std::pair<size_t, std::string_view> NameTables::phrase_at(std::span<const std::string> words,
                                                          size_t at, bool legal_forms) const {
  return phrase_at(words, loose_skeletons(words), at, legal_forms);
}

std::pair<size_t, std::string_view> NameTables::phrase_at(std::span<const std::string> words,
                                                          std::span<const std::string> skeletons,
                                                          size_t at, bool legal_forms) const {
  if (at >= words.size()) return {0, {}};
  thread_local std::vector<uint32_t> candidates;
  candidates.clear();
  // Phrases whose word at `position` is words[at + position], exactly or by skeleton: one of
  // the first two words must be that close for the rest to be compared loosely.
  for (size_t position = 0; position < phrase_keys_.size() && at + position < words.size();
       ++position) {
    const std::string& word = words[at + position];
    const auto collect = [](const Map<std::vector<uint32_t>>& map, std::string_view key) {
      const auto it = map.find(key);
      if (it != map.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    };
    collect(phrase_keys_[position].by_word, word);
    if (word.size() >= kMinLoosePhraseWord) {
      collect(phrase_keys_[position].by_skeleton, skeletons[at + position]);
    }
  }
  if (candidates.empty()) return {0, {}};
  // Phrases are stored longest first: the lowest index that matches wins.
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const uint32_t index : candidates) {
    const Phrase& phrase = phrases_[index];
    if (phrase.legal_form && !legal_forms) continue;
    if (phrase_matches(phrase, words, skeletons, at)) return {phrase.words.size(), phrase.form};
  }
  return {0, {}};
}

NameTableSources embedded_name_table_sources() {
  return {embedded_source("particles.tsv"), embedded_source("honorifics.tsv"),
          embedded_source("legal_forms.tsv"), embedded_source("given_names.tsv"),
          embedded_source("nicknames.tsv")};
}

const NameTables& default_name_tables() {
  static const NameTables kTables = [] {
    Result<NameTables> built = NameTables::build(embedded_name_table_sources());
    if (!built.ok()) {
      std::fprintf(stderr, "vigil: malformed name table: %s\n", built.error().to_string().c_str());
      std::abort();
    }
    return std::move(built.value());
  }();
  return kTables;
}

TokenClass classify_token(std::string_view token) { return default_name_tables().classify(token); }

std::optional<std::string_view> canonical_token(std::string_view token) {
  return default_name_tables().canonical(token);
}

bool is_legal_form(std::string_view joined) { return default_name_tables().is_legal_form(joined); }

}  // namespace vigil::match
