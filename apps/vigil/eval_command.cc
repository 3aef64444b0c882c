// vigil eval --deck FILE.tsv: recall per variation family, false alerts per placebo family,
// precision/recall over thresholds. --require-* turn it into a quality gate (exit 5).
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "screen/evaluation.h"

namespace vigil::cli {
namespace {

struct EvalOptions {
  std::string deck;
  double threshold = kDefaultThreshold;
  double require_recall = 0;
  double require_family_recall = 0;
  double require_max_false_alert = 1;
  std::string misses;  // write missed positives and false alerts here
  std::string expected_dataset = "ofac_sdn";
};

void print_text(const screen::EvalReport& r) {
  fmt::print("threshold {:.2f}, {} cases in {:.2f} s\n", r.threshold,
             r.positives.cases + r.negatives.cases, r.seconds);
  if (r.absent > 0) {
    fmt::print("{} positive cases skipped: their expected record is not in the loaded lists\n",
               r.absent);
  }
  fmt::print("\n");
  fmt::print("{:<22} {:>6} {:>7} {:>8}\n", "family", "cases", "found", "recall");
  for (const auto& f : r.families) {
    if (f.positive)
      fmt::print("{:<22} {:>6} {:>7} {:>8.4f}\n", f.family, f.cases, f.hits, f.rate());
  }
  fmt::print("{:<22} {:>6} {:>7} {:>8.4f}\n\n", "ALL POSITIVES", r.positives.cases,
             r.positives.hits, r.positives.rate());
  fmt::print("{:<22} {:>6} {:>7} {:>12}\n", "family", "cases", "alerts", "false-alert");
  for (const auto& f : r.families) {
    if (!f.positive)
      fmt::print("{:<22} {:>6} {:>7} {:>12.4f}\n", f.family, f.cases, f.hits, f.rate());
  }
  fmt::print("{:<22} {:>6} {:>7} {:>12.4f}\n\n", "ALL NEGATIVES", r.negatives.cases,
             r.negatives.hits, r.negatives.rate());
  fmt::print("precision at threshold: {:.4f}   recall: {:.4f}\n\n", r.precision,
             r.positives.rate());
  fmt::print("{:>9} {:>8} {:>11} {:>10}\n", "threshold", "recall", "false-alert", "precision");
  for (const auto& p : r.curve) {
    fmt::print("{:>9.2f} {:>8.4f} {:>11.4f} {:>10.4f}\n", p.threshold, p.recall, p.false_alert_rate,
               p.precision);
  }
  fmt::print("\nbest score     cases  right party on top\n");
  for (const auto& b : r.calibration) {
    fmt::print("[{:.2f}, {:.2f}{} {:>6} {:>8} ({:.4f})\n", b.low, b.high, b.high >= 1.0 ? "]" : ")",
               b.cases, b.right, b.precision());
  }
}

nlohmann::json report_json(const screen::EvalReport& r) {
  nlohmann::json families = nlohmann::json::array();
  for (const auto& f : r.families) {
    families.push_back({{"family", f.family},
                        {"kind", f.positive ? "pos" : "neg"},
                        {"cases", f.cases},
                        {"hits", f.hits},
                        {"rate", f.rate()}});
  }
  nlohmann::json curve = nlohmann::json::array();
  for (const auto& p : r.curve) {
    curve.push_back({{"threshold", p.threshold},
                     {"recall", p.recall},
                     {"false_alert_rate", p.false_alert_rate},
                     {"precision", p.precision}});
  }
  nlohmann::json calibration = nlohmann::json::array();
  for (const auto& b : r.calibration) {
    calibration.push_back({{"low", b.low},
                           {"high", b.high},
                           {"cases", b.cases},
                           {"right", b.right},
                           {"precision", b.precision()}});
  }
  return {{"threshold", r.threshold},
          {"families", families},
          {"calibration", calibration},
          {"recall", r.positives.rate()},
          {"false_alert_rate", r.negatives.rate()},
          {"precision", r.precision},
          {"absent", r.absent},
          {"curve", curve},
          {"seconds", r.seconds}};
}

void write_misses(const screen::EvalReport& r, const std::string& path) {
  std::ofstream out(path);
  if (!out) throw CommandError{kExitDataError, "cannot write " + path};
  out << "case_id\tkind\tfamily\tquery\texpected\texpected_score\ttop_entity\ttop_score\ttop_"
         "name\n";
  for (const auto& o : r.outcomes) {
    const auto& c = *o.deck_case;
    if (o.absent) continue;
    const bool miss = c.positive ? o.expected_score < r.threshold : o.top_score >= r.threshold;
    if (!miss) continue;
    out << fmt::format("{}\t{}\t{}\t{}\t{}\t{:.4f}\t{}\t{:.4f}\t{}\n", c.case_id,
                       c.positive ? "pos" : "neg", c.family, c.query, c.expected_source_id,
                       o.expected_score, o.top_entity, o.top_score, o.top_name);
  }
}

int gate(const screen::EvalReport& r, const EvalOptions& options) {
  int code = kExitOk;
  const auto fail = [&code](const std::string& message) {
    fmt::print(stderr, "target missed: {}\n", message);
    code = kExitTargetMissed;
  };
  if (r.positives.rate() < options.require_recall) {
    fail(fmt::format("overall recall {:.4f} < {:.4f}", r.positives.rate(), options.require_recall));
  }
  for (const auto& f : r.families) {
    if (f.positive && f.rate() < options.require_family_recall) {
      fail(fmt::format("recall of {} {:.4f} < {:.4f}", f.family, f.rate(),
                       options.require_family_recall));
    }
    if (!f.positive && f.rate() > options.require_max_false_alert) {
      fail(fmt::format("false-alert rate of {} {:.4f} > {:.4f}", f.family, f.rate(),
                       options.require_max_false_alert));
    }
  }
  return code;
}

int run_eval(const CommonOptions& common, const EvalOptions& options) {
  const std::string text = read_file_or_throw(options.deck);
  auto deck = screen::parse_deck(text, options.deck);
  if (!deck.ok()) throw CommandError{kExitDataError, deck.error().to_string()};
  const auto screener = load_screener(common);
  ProgressLine progress("screening deck", !common.quiet);
  const auto report =
      screen::evaluate(*screener, deck.value(), options.threshold, options.expected_dataset,
                       [&progress](size_t done, size_t total) { progress.update(done, total); });
  progress.finish();
  if (common.json) {
    std::cout << report_json(report).dump(2) << "\n";
  } else {
    print_text(report);
  }
  if (!options.misses.empty()) write_misses(report, options.misses);
  return gate(report, options);
}

}  // namespace

void register_eval(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Measure recall and false alerts on a test deck");
  cmd->add_option("--deck", options->deck,
                  "Deck TSV (case_id, kind, family, query, type, "
                  "expected_ent_num)")
      ->required();
  cmd->add_option("--threshold", options->threshold, "Alert threshold")->capture_default_str();
  cmd->add_option("--expected-dataset", options->expected_dataset,
                  "Dataset whose source ids the deck's expected column names; positives whose "
                  "record is not loaded are skipped and counted")
      ->capture_default_str();
  cmd->add_option("--require-recall", options->require_recall, "Fail (exit 5) below this recall");
  cmd->add_option("--require-family-recall", options->require_family_recall,
                  "Fail (exit 5) if any positive family's recall is below this");
  cmd->add_option("--require-max-false-alert", options->require_max_false_alert,
                  "Fail (exit 5) if any negative family's false-alert rate is above this");
  cmd->add_option("--misses", options->misses, "Write missed positives and false alerts (TSV)");
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  cmd->callback([&common, &exit_code, options] { exit_code = run_eval(common, *options); });
}

}  // namespace vigil::cli
