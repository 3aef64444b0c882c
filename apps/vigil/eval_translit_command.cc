// vigil eval-translit --data DIR: cross-script accuracy on held-out transliteration pairs (a
// name token in Arabic or Cyrillic letters and its Latin spelling), both directions, with
// the real matcher and the loaded lists' token weights.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "screen/translit_evaluation.h"

namespace vigil::cli {
namespace {

struct EvalTranslitOptions {
  std::string data_dir;
  double threshold = kDefaultThreshold;
  bool train = false;  // measure the training part instead of the held-out one
  std::string misses;  // write pairs below the threshold in either direction here
};

// The sets whose file for `part` is in the directory; a missing file is noted and skipped.
std::vector<screen::TranslitSetPairs> read_sets(const std::string& dir, screen::TranslitPart part,
                                                bool quiet) {
  std::vector<screen::TranslitSetPairs> sets;
  for (const screen::TranslitDataSet& set : screen::translit_data_sets()) {
    const std::string path =
        (std::filesystem::path(dir) / screen::translit_file(set, part)).string();
    if (!std::filesystem::exists(path)) {
      if (!quiet) fmt::print(stderr, "{}: {} not found, skipped\n", set.name, path);
      continue;
    }
    auto pairs = screen::parse_translit_pairs(read_file_or_throw(path), set, part, path);
    if (!pairs.ok()) throw CommandError{kExitDataError, pairs.error().to_string()};
    sets.push_back({std::string(set.name), std::move(pairs.value())});
  }
  if (sets.empty()) {
    throw CommandError{kExitDataError, "no transliteration data set found in " + dir};
  }
  return sets;
}

void print_text(const screen::TranslitReport& r, std::string_view part) {
  fmt::print("{} pairs, threshold {:.2f}, {} part, {:.2f} s\n\n", r.outcomes.size(), r.threshold,
             part, r.seconds);
  fmt::print("{:<22} {:<11} {:>7} {:>7} {:>9} {:>9} {:>7}\n", "set", "direction", "pairs", "hits",
             "accuracy", "weighted", "mean");
  for (const auto& s : r.sets) {
    for (const auto& [direction, stats] :
         {std::pair{"to latin", &s.to_latin}, std::pair{"from latin", &s.from_latin}}) {
      fmt::print("{:<22} {:<11} {:>7} {:>7} {:>9.4f} {:>9.4f} {:>7.4f}\n", s.name, direction,
                 stats->pairs, stats->hits, stats->accuracy(), stats->weighted_accuracy(),
                 stats->mean_score());
    }
  }
}

nlohmann::json stats_json(const screen::TranslitStats& s) {
  return {{"pairs", s.pairs},
          {"hits", s.hits},
          {"accuracy", s.accuracy()},
          {"weighted_accuracy", s.weighted_accuracy()},
          {"mean_score", s.mean_score()}};
}

nlohmann::json report_json(const screen::TranslitReport& r, std::string_view part) {
  nlohmann::json sets = nlohmann::json::array();
  for (const auto& s : r.sets) {
    sets.push_back({{"set", s.name},
                    {"to_latin", stats_json(s.to_latin)},
                    {"from_latin", stats_json(s.from_latin)}});
  }
  return {{"threshold", r.threshold}, {"part", part}, {"sets", sets}, {"seconds", r.seconds}};
}

void write_misses(const screen::TranslitReport& r, const std::string& path) {
  std::ofstream out(path);
  if (!out) throw CommandError{kExitDataError, "cannot write " + path};
  out << "set\twhere\tsource\tlatin\tcount\tto_latin_score\tfrom_latin_score\tsource_"
         "normalised\tlatin_normalised\n";
  for (const auto& o : r.outcomes) {
    if (o.to_latin_score >= r.threshold && o.from_latin_score >= r.threshold) continue;
    const std::string where =
        o.pair->entity_id.empty() ? std::to_string(o.pair->line) : o.pair->entity_id;
    out << fmt::format("{}\t{}\t{}\t{}\t{}\t{:.4f}\t{:.4f}\t{}\t{}\n", r.sets[o.set].name, where,
                       o.pair->source, o.pair->latin, o.pair->count, o.to_latin_score,
                       o.from_latin_score, o.source_normalised, o.latin_normalised);
  }
}

int run_eval_translit(const CommonOptions& common, const EvalTranslitOptions& options) {
  const auto part = options.train ? screen::TranslitPart::kTrain : screen::TranslitPart::kHeldOut;
  const std::string_view part_name = options.train ? "train" : "held-out";
  auto sets = read_sets(options.data_dir, part, common.quiet);
  const auto start = std::chrono::steady_clock::now();
  std::vector<ParseOutput> lists = load_lists(common);
  for (auto& set : screen::original_script_pairs(lists)) sets.push_back(std::move(set));
  const auto screener = build_screener(std::move(lists), common, start);
  ProgressLine progress("comparing pairs", !common.quiet);
  const auto report = screen::evaluate_translit(
      *screener, sets, options.threshold,
      [&progress](size_t done, size_t total) { progress.update(done, total); });
  progress.finish();
  if (common.json) {
    std::cout << report_json(report, part_name).dump(2) << "\n";
  } else {
    print_text(report, part_name);
  }
  if (!options.misses.empty()) write_misses(report, options.misses);
  return kExitOk;
}

}  // namespace

void register_eval_translit(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<EvalTranslitOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval-translit", "Measure cross-script matching on held-out transliteration pairs");
  cmd->add_option("--data", options->data_dir,
                  "Transliteration data directory (ar2en-eval.txt, wd_arabic_80, wd_russian_80)")
      ->required();
  cmd->add_option("--threshold", options->threshold, "Alert threshold")->capture_default_str();
  cmd->add_flag("--train", options->train,
                "Measure the training part (for developing rules) instead of the held-out part");
  cmd->add_option("--misses", options->misses,
                  "Write the pairs below the threshold in either direction (TSV)");
  add_common_options(cmd, common);
  cmd->callback(
      [&common, &exit_code, options] { exit_code = run_eval_translit(common, *options); });
}

}  // namespace vigil::cli
