// vigil batch INPUT.csv --output OUT.jsonl: screen a whole book on every core.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "screen/batch.h"

namespace vigil::cli {
namespace {

struct BatchCommandOptions {
  std::string input;
  std::string output;
  screen::BatchOptions batch;
};

int run_batch_command(const CommonOptions& common, BatchCommandOptions& options) {
  const std::string bytes = read_file_or_throw(options.input);
  auto rows = screen::parse_batch_csv(bytes, options.input);
  if (!rows.ok()) throw CommandError{kExitDataError, rows.error().to_string()};
  const auto screener = load_screener(common);
  check_list_selection(*screener, options.batch.lists, common.quiet);
  // Write to a temporary file and rename at the end: a crash or kill never leaves a
  // truncated output that looks complete.
  const std::string temporary = options.output + ".partial";
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  if (!out) throw CommandError{kExitDataError, "cannot write " + temporary};
  ProgressLine progress("screening", !common.quiet);
  const auto summary =
      screen::run_batch(*screener, rows.value(), options.batch, out,
                        [&progress](size_t done, size_t total) { progress.update(done, total); });
  progress.finish();
  out.close();
  if (!out) throw CommandError{kExitDataError, "error writing " + temporary};
  if (std::rename(temporary.c_str(), options.output.c_str()) != 0) {
    throw CommandError{kExitDataError, "cannot rename " + temporary + " to " + options.output};
  }
  const double rate = summary.seconds > 0 ? double(summary.rows) / summary.seconds : 0;
  if (common.json) {
    std::cout << nlohmann::json{{"rows", summary.rows},
                                {"rows_with_match", summary.rows_with_match},
                                {"rows_with_error", summary.rows_with_error},
                                {"results", summary.results},
                                {"seconds", summary.seconds},
                                {"rows_per_second", rate},
                                {"output", options.output}}
                     .dump(2)
              << "\n";
  } else {
    fmt::print(stderr,
               "screened {} rows in {:.2f} s ({:.0f} rows/s): {} with a match at or above "
               "{:.2f}, {} with errors; wrote {}\n",
               summary.rows, summary.seconds, rate, summary.rows_with_match,
               options.batch.threshold, summary.rows_with_error, options.output);
  }
  return kExitOk;
}

}  // namespace

void register_batch(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<BatchCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "batch", "Screen a CSV (header id,name[,type,dob,country]) to JSON lines, on all cores");
  cmd->add_option("input", options->input, "Input CSV")->required();
  cmd->add_option("--output,-o", options->output, "Output JSON lines file")->required();
  cmd->add_option("--threshold", options->batch.threshold, "Alert threshold")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--min-score", options->batch.min_score, "Leave out results below this score")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--limit", options->batch.limit, "Most results per row")->capture_default_str();
  add_list_selection_options(cmd, options->batch.lists);
  add_weak_alias_option(cmd, options->batch.weak_aliases);
  add_record_option(cmd, options->batch.group_parties);
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  cmd->callback(
      [&common, &exit_code, options] { exit_code = run_batch_command(common, *options); });
}

}  // namespace vigil::cli
