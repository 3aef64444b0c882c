#include "screen/translit_evaluation.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <optional>

#include "text/normalise.h"

namespace vigil::screen {
namespace {

constexpr std::array<TranslitDataSet, 3> kDataSets = {{
    {"ar2en", "ar2en-train.txt", "ar2en-eval.txt", TranslitFormat::kSourceTabLatin},
    {"wd_arabic", "wd_arabic_80", "wd_arabic_80", TranslitFormat::kLatinLettersCount},
    {"wd_russian", "wd_russian_80", "wd_russian_80", TranslitFormat::kLatinLettersCount},
}};

constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;
constexpr uint64_t kHeldOutModulus = 5;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t at = 0;;) {
    const size_t tab = line.find('\t', at);
    out.push_back(trim(line.substr(at, tab == std::string_view::npos ? line.npos : tab - at)));
    if (tab == std::string_view::npos) return out;
    at = tab + 1;
  }
}

// Wikidata writes the letters one a word ("س م ي ث"): the token is the letters joined.
std::string join_letters(std::string_view spaced) {
  std::string joined;
  for (const char c : spaced) {
    if (c != ' ') joined += c;
  }
  return joined;
}

// One line of `format` as a pair; an empty optional when the fields are not there.
std::optional<TranslitPair> pair_of(std::span<const std::string_view> fields,
                                    TranslitFormat format) {
  TranslitPair pair;
  if (format == TranslitFormat::kSourceTabLatin) {
    if (fields.size() != 2) return std::nullopt;
    pair.source = std::string(fields[0]);
    pair.latin = std::string(fields[1]);
  } else {
    if (fields.size() != 3) return std::nullopt;
    pair.latin = std::string(fields[0]);
    pair.source = join_letters(fields[1]);
    const auto [end, error] =
        std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), pair.count);
    if (error != std::errc() || end != fields[2].data() + fields[2].size() || pair.count < 1) {
      return std::nullopt;
    }
  }
  if (pair.source.empty() || pair.latin.empty()) return std::nullopt;
  return pair;
}

double score_of(const Screener& screener, const std::string& query, const std::string& candidate,
                Schema schema, double threshold) {
  Query q;
  q.name = query;
  q.schema = schema;
  q.threshold = threshold;
  const auto match = screener.compare(q, candidate, schema);
  return match.ok() ? match->score : 0;
}

void add(TranslitStats& stats, const TranslitPair& pair, double score, double threshold) {
  const bool hit = score >= threshold;
  ++stats.pairs;
  stats.hits += hit ? 1 : 0;
  stats.weight += double(pair.count);
  stats.weighted_hits += hit ? double(pair.count) : 0;
  stats.score_sum += score;
}

}  // namespace

std::span<const TranslitDataSet> translit_data_sets() { return kDataSets; }

std::string_view translit_file(const TranslitDataSet& set, TranslitPart part) {
  return part == TranslitPart::kTrain ? set.train_file : set.held_out_file;
}

bool is_held_out_token(std::string_view latin) {
  uint64_t hash = kFnvOffset;
  for (const char c : latin) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash % kHeldOutModulus == 0;
}

Result<std::vector<TranslitPair>> parse_translit_pairs(std::string_view text,
                                                       const TranslitDataSet& set,
                                                       TranslitPart part, const std::string& path) {
  const bool split_by_hash = set.train_file == set.held_out_file;
  std::vector<TranslitPair> pairs;
  long line_number = 0;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (trim(line).empty()) continue;
    const auto fields = split_tabs(line);
    auto pair = pair_of(fields, set.format);
    if (!pair) {
      return make_error(ErrorCode::kMalformed,
                        set.format == TranslitFormat::kSourceTabLatin
                            ? "expected source<TAB>latin"
                            : "expected latin<TAB>letters<TAB>count",
                        {path, line_number, ""});
    }
    if (split_by_hash && is_held_out_token(pair->latin) != (part == TranslitPart::kHeldOut)) {
      continue;
    }
    pair->line = line_number;
    pairs.push_back(std::move(*pair));
  }
  return pairs;
}

std::vector<TranslitSetPairs> original_script_pairs(const std::vector<ParseOutput>& lists) {
  std::vector<TranslitSetPairs> sets;
  for (const ParseOutput& list : lists) {
    TranslitSetPairs set{list.info.id + " original script", {}};
    for (const Entity& entity : list.entities) {
      const Name* primary = entity.primary_name();
      if (primary == nullptr || primary->script != "Latn") continue;
      for (const Name& name : entity.names) {
        if (name.kind != NameKind::kNativeScript || name.script == "Latn") continue;
        set.pairs.push_back({name.full, primary->full, 1, 0, entity.id, entity.schema});
      }
    }
    if (!set.pairs.empty()) sets.push_back(std::move(set));
  }
  return sets;
}

TranslitReport evaluate_translit(const Screener& screener,
                                 const std::vector<TranslitSetPairs>& sets, double threshold,
                                 const Progress& progress) {
  const auto start = std::chrono::steady_clock::now();
  TranslitReport report;
  report.threshold = threshold;
  for (size_t s = 0; s < sets.size(); ++s) {
    for (const TranslitPair& pair : sets[s].pairs)
      report.outcomes.push_back({s, &pair, {}, {}, 0, 0});
  }
  std::atomic<size_t> done{0};
  const size_t total = report.outcomes.size();
  tbb::parallel_for(size_t{0}, total, [&](size_t i) {
    TranslitOutcome& o = report.outcomes[i];
    const Schema schema = o.pair->schema;
    o.to_latin_score = score_of(screener, o.pair->source, o.pair->latin, schema, threshold);
    o.from_latin_score = score_of(screener, o.pair->latin, o.pair->source, schema, threshold);
    o.source_normalised = text::normalise_name(o.pair->source);
    o.latin_normalised = text::normalise_name(o.pair->latin);
    const size_t now = ++done;
    if (progress && (now % 100 == 0 || now == total)) progress(now, total);
  });
  for (const TranslitSetPairs& set : sets) report.sets.push_back({set.name, {}, {}});
  for (const TranslitOutcome& o : report.outcomes) {
    add(report.sets[o.set].to_latin, *o.pair, o.to_latin_score, threshold);
    add(report.sets[o.set].from_latin, *o.pair, o.from_latin_score, threshold);
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace vigil::screen
