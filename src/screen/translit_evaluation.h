// Measures cross-script matching on transliteration pairs: a name token in its own script
// (Arabic, Cyrillic...) and its Latin spelling, scored by the real matcher in both directions.
// The data sets are read from a directory the caller names; nothing of them is compiled in.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "screen/evaluation.h"
#include "vigil/screener.h"

namespace vigil::screen {

// The file layouts of the transliteration data.
enum class TranslitFormat {
  kSourceTabLatin,     // "source<TAB>latin" (ar2en-train.txt, ar2en-eval.txt)
  kLatinLettersCount,  // "latin<TAB>source letters separated by spaces<TAB>count" (wd_*_80)
};

// The training part is for developing rules; only the held-out part is reported as accuracy.
enum class TranslitPart { kTrain, kHeldOut };

struct TranslitDataSet {
  std::string_view name;
  std::string_view train_file;
  // Equal to train_file when the set has no split of its own and is split by
  // is_held_out_token.
  std::string_view held_out_file;
  TranslitFormat format;
};

// The data sets eval-translit knows, by their file names in the data directory: ar2en
// (Arabic script -> English, its own train/eval files), wd_arabic and wd_russian (Wikidata
// person-name tokens in Arabic and Cyrillic letters, split by hash).
std::span<const TranslitDataSet> translit_data_sets();

// The file of `set` that holds `part`.
std::string_view translit_file(const TranslitDataSet& set, TranslitPart part);

// The deterministic split of sets without their own: a Latin token (bytes as in the file) is
// held out when its 64-bit FNV-1a hash is 0 modulo 5, a fifth of the tokens on every machine.
bool is_held_out_token(std::string_view latin);

struct TranslitPair {
  std::string source;  // the token (or list name) in its own script, letters joined
  std::string latin;
  long count = 1;         // how often Wikidata has the pair; 1 for ar2en and list names
  long line = 0;          // in the data file; 0 for list names
  std::string entity_id;  // for list names: the entity both names belong to
  Schema schema = Schema::kPerson;
};

// The pairs of `part` in one file of `set`. A line without the expected fields is an error
// naming the line; a line that is empty after trimming is skipped.
Result<std::vector<TranslitPair>> parse_translit_pairs(std::string_view text,
                                                       const TranslitDataSet& set,
                                                       TranslitPart part, const std::string& path);

struct TranslitSetPairs {
  std::string name;
  std::vector<TranslitPair> pairs;
};

// The lists' own cross-script pairs: every original-script name (UN NAME_ORIGINAL_SCRIPT)
// with its entity's Latin primary name, one set per dataset that has any ("un_sc original
// script"). Both name one entity, so each pair should match.
std::vector<TranslitSetPairs> original_script_pairs(const std::vector<ParseOutput>& lists);

// Scores of one direction of one set at the threshold.
struct TranslitStats {
  size_t pairs = 0;
  size_t hits = 0;  // score at or above the threshold
  double weight = 0;
  double weighted_hits = 0;  // hits weighted by the pair's count
  double score_sum = 0;
  [[nodiscard]] double accuracy() const { return pairs == 0 ? 0 : double(hits) / double(pairs); }
  [[nodiscard]] double weighted_accuracy() const {
    return weight == 0 ? 0 : weighted_hits / weight;
  }
  [[nodiscard]] double mean_score() const { return pairs == 0 ? 0 : score_sum / double(pairs); }
};

struct TranslitSetReport {
  std::string name;
  TranslitStats to_latin;    // query in the source script, candidate its Latin spelling
  TranslitStats from_latin;  // query Latin, candidate in the source script
};

struct TranslitOutcome {
  size_t set = 0;  // index into the sets evaluated
  const TranslitPair* pair = nullptr;
  std::string source_normalised;  // the matching forms both sides were compared in
  std::string latin_normalised;
  double to_latin_score = 0;
  double from_latin_score = 0;
};

struct TranslitReport {
  double threshold = 0;
  std::vector<TranslitSetReport> sets;  // in the order given
  std::vector<TranslitOutcome> outcomes;
  double seconds = 0;
};

// Compares every pair both ways as person names with `screener`'s token weights, in parallel.
// `sets` must outlive the report (outcomes point into it).
TranslitReport evaluate_translit(const Screener& screener,
                                 const std::vector<TranslitSetPairs>& sets, double threshold,
                                 const Progress& progress = {});

}  // namespace vigil::screen
