// NameTables::build: reads each table's rows (name_table_text.h) and files every spelling
// under its class, checking that no spelling is claimed twice.
#include <algorithm>
#include <array>
#include <optional>

#include "match/name_table_text.h"
#include "match/name_tables.h"
#include "match/phonetic.h"

namespace vigil::match {
namespace {

// A phrase word of kMinLoosePhraseWord letters or more also matches a word with the same
// consonant skeleton when that skeleton has at least this many letters ("compani" ~ "company").
constexpr size_t kMinLooseSkeleton = 3;

enum class Table : uint8_t { kHonorifics, kLegalForms, kParticles, kGivenNames, kNicknames };

// The roles of particles.tsv, and what each makes of its spellings.
struct Role {
  std::string_view name;
  bool particle;  // its spellings are particles (else ordinary name tokens, or no tokens at all)
  std::optional<NameTables::AffixKind> affix;
  // Its misspellings are recognised (NameTables::misspelt_particle): the Arabic particles.
  // Connectors are not: "van", "den", "del" are one letter from many names (Jan, Dan, Dell).
  bool misspellable;
};
constexpr std::array<Role, 7> kRoles = {{
    {"article", true, std::nullopt, true},
    {"filiation", true, std::nullopt, true},
    {"kunya", true, std::nullopt, true},
    {"connector", true, std::nullopt, false},
    {"compound_prefix", true, NameTables::AffixKind::kCompoundPrefix, true},
    {"compound_suffix", false, NameTables::AffixKind::kCompoundSuffix, false},
    {"patronymic_suffix", false, NameTables::AffixKind::kPatronymicSuffix, false},
}};

const Role* find_role(std::string_view name) {
  for (const Role& role : kRoles) {
    if (role.name == name) return &role;
  }
  return nullptr;
}

std::string role_names() {
  std::string out;
  for (const Role& role : kRoles) out += (out.empty() ? "" : ", ") + std::string(role.name);
  return out;
}

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  size_t at = 0;
  while (at <= phrase.size()) {
    const size_t end = std::min(phrase.find(' ', at), phrase.size());
    words.emplace_back(phrase.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

std::string loose_skeleton(std::string_view word) {
  if (word.size() < kMinLoosePhraseWord) return {};
  std::string skeleton = consonant_skeleton(word);
  return skeleton.size() >= kMinLooseSkeleton ? skeleton : std::string();
}

bool one_word(std::string_view spelling) { return spelling.find(' ') == std::string_view::npos; }

}  // namespace

class NameTablesBuilder {
 public:
  explicit NameTablesBuilder(NameTables& tables) : tables_(tables) {}

  std::optional<Error> add(Table table, const NameTableSource& source);
  void finish();

 private:
  struct Origin {
    std::string_view path;
    long line;
    Table table;
  };
  // What one row contributes: its spellings' class and canonical spelling, and which of them
  // are phrases of which kind.
  struct RowMeaning {
    TokenClass token_class = TokenClass::kName;
    std::string canonical;
    bool tokens = true;  // single-word spellings become entries
    bool legal_form_phrases = false;
    std::optional<NameTables::AffixKind> affix;
    bool misspellable = false;  // see Role
  };

  std::optional<Error> add_row(Table table, std::string_view path, const TableRow& row,
                               const RowMeaning& meaning);
  std::optional<Error> claim(Table table, std::string_view path, long line,
                             const std::string& spelling, bool* keep);
  Result<RowMeaning> meaning_of(Table table, std::string_view path, const TableRow& row) const;
  Result<RowMeaning> particle_meaning(std::string_view path, const TableRow& row,
                                      RowMeaning meaning) const;
  Result<RowMeaning> nickname_meaning(std::string_view path, const TableRow& row,
                                      RowMeaning meaning) const;

  NameTables& tables_;
  NameTables::Map<Origin> origins_;
};

namespace {

size_t leading_fields(Table table) {
  switch (table) {
    case Table::kHonorifics:
    case Table::kGivenNames: return 0;
    case Table::kLegalForms:           // class
    case Table::kParticles:            // role
    case Table::kNicknames: return 1;  // the given name
  }
  return 0;
}

Error malformed(std::string_view path, long line, std::string message) {
  return make_error(ErrorCode::kMalformed, std::move(message), {std::string(path), line, ""});
}

}  // namespace

std::optional<Error> NameTablesBuilder::add(Table table, const NameTableSource& source) {
  Result<std::vector<TableRow>> rows =
      parse_table_rows(source.path, source.text, leading_fields(table));
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return malformed(source.path, 0, "the table has no rows");
  for (const TableRow& row : *rows) {
    Result<RowMeaning> meaning = meaning_of(table, source.path, row);
    if (!meaning.ok()) return meaning.error();
    if (auto error = add_row(table, source.path, row, *meaning)) return error;
  }
  return std::nullopt;
}

Result<NameTablesBuilder::RowMeaning> NameTablesBuilder::meaning_of(Table table,
                                                                    std::string_view path,
                                                                    const TableRow& row) const {
  const std::string& form = row.spellings.front();
  if (!one_word(form)) {
    const std::string message = "the first spelling of a row, \"" + form + "\", must be one word";
    return malformed(path, row.line, message + " (the row's phrases become it)");
  }
  RowMeaning meaning;
  // A row of one word has no class of its own: its spelling is equal only to itself.
  if (std::count_if(row.spellings.begin(), row.spellings.end(), one_word) > 1) {
    meaning.canonical = form;
  }
  switch (table) {
    case Table::kHonorifics: meaning.token_class = TokenClass::kHonorific; break;
    case Table::kGivenNames: meaning.canonical = form; break;
    case Table::kLegalForms: {
      const std::string& label = row.fields[0];
      if (!one_word(label) || !is_normalised_spelling(label)) {
        return malformed(path, row.line, "legal-form class \"" + label + "\" must be one word");
      }
      meaning.token_class = TokenClass::kLegalForm;
      meaning.canonical = label;
      meaning.legal_form_phrases = true;
      break;
    }
    case Table::kParticles: return particle_meaning(path, row, std::move(meaning));
    case Table::kNicknames: return nickname_meaning(path, row, std::move(meaning));
  }
  return meaning;
}

Result<NameTablesBuilder::RowMeaning> NameTablesBuilder::particle_meaning(
    std::string_view path, const TableRow& row, RowMeaning meaning) const {
  const Role* role = find_role(row.fields[0]);
  if (role == nullptr) {
    return malformed(path, row.line,
                     "unknown role \"" + row.fields[0] + "\" (known: " + role_names() + ")");
  }
  const bool patronymic = role->affix == NameTables::AffixKind::kPatronymicSuffix;
  if (patronymic && !std::all_of(row.spellings.begin(), row.spellings.end(), one_word)) {
    return malformed(path, row.line, "a patronymic suffix is one word");
  }
  meaning.token_class = role->particle ? TokenClass::kParticle : TokenClass::kName;
  meaning.affix = role->affix;
  meaning.tokens = !patronymic;  // suffixes, never tokens on their own
  // Of the article, only al/el/ul/ol: the assimilated forms (as, an, at...) are words too.
  meaning.misspellable =
      role->misspellable && (role->name != "article" || row.spellings.size() > 1);
  if (meaning.affix) meaning.canonical = row.spellings.front();
  return meaning;
}

Result<NameTablesBuilder::RowMeaning> NameTablesBuilder::nickname_meaning(
    std::string_view path, const TableRow& row, RowMeaning meaning) const {
  const std::string& name = row.fields[0];
  const auto origin = origins_.find(name);
  if (origin == origins_.end() || origin->second.table != Table::kGivenNames) {
    return malformed(path, row.line, "\"" + name + "\" is not a spelling of given_names.tsv");
  }
  if (!std::all_of(row.spellings.begin(), row.spellings.end(), one_word)) {
    return malformed(path, row.line, "a nickname is one word");
  }
  meaning.canonical = tables_.entries_.find(name)->second.canonical;
  return meaning;
}

std::optional<Error> NameTablesBuilder::add_row(Table table, std::string_view path,
                                                const TableRow& row, const RowMeaning& meaning) {
  const std::string& form = row.spellings.front();
  for (const std::string& spelling : row.spellings) {
    if (!one_word(spelling)) {
      bool keep = true;
      if (auto error = claim(table, path, row.line, spelling, &keep)) return error;
      NameTables::Phrase phrase;
      phrase.words = split_words(spelling);
      for (const std::string& word : phrase.words) {
        phrase.skeletons.push_back(loose_skeleton(word));
        phrase.spellings.push_back(phrase.skeletons.back().empty() ? "" : phonetic_spelling(word));
      }
      phrase.form = form;
      phrase.legal_form = meaning.legal_form_phrases;
      tables_.phrases_.push_back(std::move(phrase));
      continue;
    }
    if (meaning.affix) {
      const NameTables::Affix affix{spelling, form};
      switch (*meaning.affix) {
        case NameTables::AffixKind::kCompoundPrefix:
          tables_.compound_prefixes_.push_back(affix);
          break;
        case NameTables::AffixKind::kCompoundSuffix:
          tables_.compound_suffixes_.push_back(affix);
          break;
        case NameTables::AffixKind::kPatronymicSuffix:
          tables_.patronymic_suffixes_.push_back(affix);
          break;
      }
    }
    if (!meaning.tokens) continue;
    bool keep = true;
    if (auto error = claim(table, path, row.line, spelling, &keep)) return error;
    // Nicknames are short and often one typo from another name (Jess, Jesus): they join their
    // name's class but are not "known names" that keep different classes apart.
    const bool given_name = table == Table::kGivenNames;
    if (!keep) continue;
    tables_.entries_[spelling] = {meaning.token_class, meaning.canonical, given_name};
    if (meaning.misspellable) tables_.misspellable_particles_.push_back(spelling);
  }
  return std::nullopt;
}

// Records that `spelling` is `table`'s; an error when another row already has it, except a
// particle that is also a legal form, which stays a legal form (*keep = false).
std::optional<Error> NameTablesBuilder::claim(Table table, std::string_view path, long line,
                                              const std::string& spelling, bool* keep) {
  const auto [it, inserted] = origins_.try_emplace(spelling, Origin{path, line, table});
  if (inserted) return std::nullopt;
  const Origin& first = it->second;
  if (first.table == Table::kLegalForms && table == Table::kParticles) {
    *keep = false;
    return std::nullopt;
  }
  return malformed(path, line,
                   "\"" + spelling + "\" is already in " + std::string(first.path) + ":" +
                       std::to_string(first.line) + "; a spelling belongs to one row");
}

void NameTablesBuilder::finish() {
  auto& phrases = tables_.phrases_;
  std::stable_sort(phrases.begin(), phrases.end(),
                   [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  for (uint32_t i = 0; i < phrases.size(); ++i) {
    for (size_t position = 0; position < tables_.phrase_keys_.size(); ++position) {
      NameTables::PhraseKeys& keys = tables_.phrase_keys_[position];
      keys.by_word[phrases[i].words[position]].push_back(i);
      const std::string& skeleton = phrases[i].skeletons[position];
      if (!skeleton.empty()) keys.by_skeleton[skeleton].push_back(i);
    }
  }
  const auto longest_first = [](const NameTables::Affix& a, const NameTables::Affix& b) {
    return a.spelling.size() > b.spelling.size();
  };
  for (auto* affixes :
       {&tables_.compound_prefixes_, &tables_.compound_suffixes_, &tables_.patronymic_suffixes_}) {
    std::stable_sort(affixes->begin(), affixes->end(), longest_first);
  }
}

Result<NameTables> NameTables::build(const NameTableSources& sources) {
  NameTables tables;
  NameTablesBuilder builder(tables);
  // Order matters: nicknames name given names, and the first claim of a spelling is kept.
  const std::pair<Table, const NameTableSource*> order[] = {
      {Table::kHonorifics, &sources.honorifics}, {Table::kLegalForms, &sources.legal_forms},
      {Table::kParticles, &sources.particles},   {Table::kGivenNames, &sources.given_names},
      {Table::kNicknames, &sources.nicknames},
  };
  for (const auto& [table, source] : order) {
    if (auto error = builder.add(table, *source)) return *error;
  }
  builder.finish();
  return tables;
}

}  // namespace vigil::match
