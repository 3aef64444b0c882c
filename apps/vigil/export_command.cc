// vigil export --format ftm [--output FILE]: the loaded lists as FollowTheMoney JSON lines,
// which `--source FILE` (or OpenSanctions tooling) reads back.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "sources/ftm_writer.h"

namespace vigil::cli {
namespace {

struct ExportOptions {
  std::string format = "ftm";
  std::string output;  // empty: standard output
};

nlohmann::json to_json(const sources::FtmWriteSummary& summary, const std::string& output) {
  return {{"format", "ftm"},
          {"entities", summary.parties},
          {"lines", summary.lines},
          {"not_written", summary.not_written},
          {"approximated", summary.approximated},
          {"output", output}};
}

void print_summary(const sources::FtmWriteSummary& summary, const std::string& output) {
  fmt::print(stderr, "wrote {} entities ({} FollowTheMoney lines) to {}\n", summary.parties,
             summary.lines, output.empty() ? "standard output" : output);
  for (const auto& [what, count] : summary.approximated) {
    fmt::print(stderr, "  approximated: {} x {}\n", count, what);
  }
  for (const auto& [what, count] : summary.not_written) {
    fmt::print(stderr, "  not written (FollowTheMoney has no place for it): {} x {}\n", count,
               what);
  }
}

sources::FtmWriteSummary write_lists(const std::vector<ParseOutput>& lists, std::ostream& out) {
  sources::FtmWriter writer(out);
  for (const ParseOutput& list : lists) {
    for (const Entity& entity : list.entities) writer.write(entity, list.info.publication_date);
  }
  return writer.summary();
}

// Writes to a temporary file renamed at the end: a crash never leaves a truncated export that
// looks complete.
sources::FtmWriteSummary write_file(const std::vector<ParseOutput>& lists,
                                    const std::string& path) {
  const std::string temporary = path + ".partial";
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  if (!out) throw CommandError{kExitDataError, "cannot write " + temporary};
  const sources::FtmWriteSummary summary = write_lists(lists, out);
  out.close();
  if (!out) throw CommandError{kExitDataError, "error writing " + temporary};
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    throw CommandError{kExitDataError, "cannot rename " + temporary + " to " + path};
  }
  return summary;
}

int run_export(const CommonOptions& common, const ExportOptions& options) {
  if (common.json && options.output.empty()) {
    throw CommandError{kExitUsage, "--json prints a summary on standard output: give --output"};
  }
  const std::vector<ParseOutput> lists = load_lists(common);
  if (options.output.empty()) {
    const sources::FtmWriteSummary summary = write_lists(lists, std::cout);
    std::cout.flush();
    if (!std::cout) throw CommandError{kExitDataError, "error writing standard output"};
    if (!common.quiet) print_summary(summary, options.output);
    return kExitOk;
  }
  const sources::FtmWriteSummary summary = write_file(lists, options.output);
  if (common.json) {
    std::cout << to_json(summary, options.output).dump(2) << "\n";
  } else if (!common.quiet) {
    print_summary(summary, options.output);
  }
  return kExitOk;
}

}  // namespace

void register_export(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the loaded lists in another format (ftm: FollowTheMoney JSON lines)");
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"ftm"}))
      ->capture_default_str();
  cmd->add_option("--output,-o", options->output, "Output file (default: standard output)");
  add_common_options(cmd, common);
  cmd->callback([&common, &exit_code, options] { exit_code = run_export(common, *options); });
}

}  // namespace vigil::cli
