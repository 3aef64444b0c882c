// Name-part knowledge the matcher uses: honorifics, particles, legal forms, given-name
// equivalence classes and nicknames. The knowledge is data, in data/names/*.tsv (each file says
// its sources and licence); the build compiles those files into the library, and the tables
// are parsed once, on first use, into read-only lookups shared between threads. Entries are
// in normalised form (lower-case ASCII tokens).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vigil/result.h"

namespace vigil::match {

enum class TokenClass : uint8_t {
  kName,       // an ordinary name token
  kHonorific,  // a title or honorific dropped from matching (seyed, haji, dr, general)
  kParticle,   // a connecting particle that weighs little (al, bin, abu, de, van)
  kLegalForm,  // a legal form of organisation (ltd, llc, gmbh, company)
  kNumber,     // contains a digit: must match exactly
};

// Phrase words of this many letters or more match loosely (see NameTables::phrase_at).
inline constexpr size_t kMinLoosePhraseWord = 4;

// The text of each table and the path it is reported under.
struct NameTableSource {
  std::string_view path;
  std::string_view text;
};
struct NameTableSources {
  NameTableSource particles, honorifics, legal_forms, given_names, nicknames;
};

// The tables, parsed. Build with NameTables::build; read from any thread.
class NameTables {
 public:
  // Parses and checks every table. Fails on the first malformed line, naming its file and line:
  // see name_table_text.h for the line format and docs/matching.md for each table's columns. A
  // spelling may appear once across all tables, except that a legal form may also be a particle
  // (A.S., A.D.): the legal form wins.
  static Result<NameTables> build(const NameTableSources& sources);

  // The class of a normalised token on its own.
  [[nodiscard]] TokenClass classify(std::string_view token) const;
  // The canonical spelling of the token's equivalence class (given-name variants and nicknames,
  // honorific, particle and legal-form spellings); nullopt when it belongs to none.
  [[nodiscard]] std::optional<std::string_view> canonical(std::string_view token) const;
  // The first half of an Abd-compound ("abdul", "abdel", "abd"): one name with what follows.
  [[nodiscard]] bool is_compound_prefix(std::string_view token) const;
  // One canonical spelling for a joined compound: "abdulsattar", "abdelsattar" ->
  // "abdalsattar"; "nasiruddin", "nasreddine" -> "nasiraldin"/"nasraldin"; "ruhollah",
  // "ruhullah" -> "ruhallah"; a patronymic of a known given name ("serhiyovych", "sergeevich" ->
  // "sergeyvich"). The part beside the affix is itself canonicalised as a given name. Empty when
  // `token` is none of these.
  [[nodiscard]] std::string compound_canonical(std::string_view token) const;
  [[nodiscard]] bool is_legal_form(std::string_view token) const;
  // The Arabic particle a token that is no spelling of the tables misspells, or empty: the
  // particle with one letter doubled ("all" -> "al", "been" -> "ben", "abdull" -> "abdul"); an
  // Abd- prefix ending in the article with one typo ("adbul", "abudl", "abdl", "abdlu", "badul",
  // "bdul" -> "abdul"; "adbur" -> "abdur"), but not the Abd- names of their own (Abdi, Abdo,
  // Aboud, Abul, Aadil: see misspells_abd); "son of" with two letters swapped ("bni", "inb" ->
  // "bin"). The caller decides where a misspelling is likely (prepared_name: before another
  // token).
  [[nodiscard]] std::string_view misspelt_particle(std::string_view token) const;
  // A spelling of a given-name class ("hossein"; not a nickname).
  [[nodiscard]] bool is_given_name(std::string_view token) const;
  // The longest phrase of the tables starting at words[at] ("limited liability company", "abd
  // al", "his excellency"): the number of words it spans and the one token it becomes, or
  // {0, ""}. Legal-form phrases are considered only when `legal_forms`. A phrase word of
  // kMinLoosePhraseWord letters or more also matches a word of as many letters with the same
  // consonant skeleton ("compani") or a close spelling ("otrytoe"), as long as the phrase's
  // first or second word matches exactly or by skeleton.
  [[nodiscard]] std::pair<size_t, std::string_view> phrase_at(std::span<const std::string> words,
                                                              size_t at, bool legal_forms) const;
  // The same with the words' skeletons computed once by the caller (loose_skeletons).
  [[nodiscard]] std::pair<size_t, std::string_view> phrase_at(
      std::span<const std::string> words, std::span<const std::string> skeletons, size_t at,
      bool legal_forms) const;
  // consonant_skeleton of each word of kMinLoosePhraseWord letters or more, else empty.
  [[nodiscard]] static std::vector<std::string> loose_skeletons(std::span<const std::string> words);
  // Spellings known, phrases included.
  [[nodiscard]] size_t size() const { return entries_.size() + phrases_.size(); }

  struct Entry {
    TokenClass token_class = TokenClass::kName;
    std::string canonical;    // empty: the spelling belongs to no class
    bool given_name = false;  // a spelling of given_names.tsv
  };
  struct Phrase {
    std::vector<std::string> words;
    // Of each word: consonant skeleton and phonetic spelling, empty when it must match exactly.
    std::vector<std::string> skeletons;
    std::vector<std::string> spellings;
    std::string form;
    bool legal_form = false;
  };
  struct Affix {
    std::string spelling;  // "abdul", "uddin", "ovych"
    std::string form;      // what it becomes in the canonical spelling: "abdal", "aldin", "vich"
  };
  enum class AffixKind : uint8_t { kCompoundPrefix, kCompoundSuffix, kPatronymicSuffix };

 private:
  friend class NameTablesBuilder;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  template <typename T>
  using Map = std::unordered_map<std::string, T, Hash, std::equal_to<>>;

  [[nodiscard]] std::string given_name_canonical(std::string_view name) const;
  [[nodiscard]] std::string patronymic_canonical(std::string_view token) const;
  [[nodiscard]] static bool phrase_matches(const Phrase& phrase, std::span<const std::string> words,
                                           std::span<const std::string> skeletons, size_t at);

  // Phrases by their word at one position (the first or the second), exact and by skeleton.
  struct PhraseKeys {
    Map<std::vector<uint32_t>> by_word;
    Map<std::vector<uint32_t>> by_skeleton;
  };

  Map<Entry> entries_;
  std::vector<Phrase> phrases_;  // longest first, then in file order
  std::array<PhraseKeys, 2> phrase_keys_;
  std::vector<Affix> compound_prefixes_;  // each list longest spelling first
  std::vector<Affix> compound_suffixes_;
  std::vector<Affix> patronymic_suffixes_;
  // Spellings of the particles whose misspellings are recognised (misspelt_particle).
  std::vector<std::string> misspellable_particles_;
};

// The files of data/names/ compiled into the library.
NameTableSources embedded_name_table_sources();

// The tables built from embedded_name_table_sources(), once, on first use (thread-safe).
// REQUIRES: the embedded tables are well-formed (name_tables_test checks it); if they are not,
// the process stops with the error, naming file and line.
const NameTables& default_name_tables();

// Shorthands over default_name_tables().
TokenClass classify_token(std::string_view token);
std::optional<std::string_view> canonical_token(std::string_view token);
bool is_legal_form(std::string_view joined);

}  // namespace vigil::match
