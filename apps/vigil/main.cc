// vigil: the command-line front end. Errors become exit codes here, in one place.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <map>
#include <string>

#include "allocator.h"
#include "commands.h"
#include "exit_codes.h"

namespace vigil::cli {

void add_common_options(CLI::App* command, CommonOptions& common) {
  command->add_option("--source", common.sources,
                      "List files or directories to use instead of the embedded default lists "
                      "(formats detected from content); repeatable");
  command->add_flag("--json", common.json, "Print JSON instead of text");
  command->add_flag("--quiet,-q", common.quiet, "No progress or load messages on stderr");
}

void add_snapshot_options(CLI::App* command, CommonOptions& common) {
  command->add_option("--snapshot", common.snapshot,
                      "Compiled snapshot file to start from (rebuilt when the lists changed); "
                      "default: a cache file under $XDG_CACHE_HOME/vigil");
  command->add_flag("--no-snapshot", common.no_snapshot,
                    "Load and index the list files; neither read nor write a snapshot");
  command->add_flag("--no-record", common.no_record,
                    "Do not record the versions of lists loaded from their files in the version "
                    "store (also VIGIL_RECORD=0)");
}

void add_list_selection_options(CLI::App* command, ListSelection& lists) {
  command->add_option("--dataset", lists.datasets,
                      "Screen only against this dataset (id as `vigil lists` shows it); "
                      "repeatable");
  command->add_option("--exclude-dataset", lists.exclude_datasets,
                      "Screen against every dataset but this one; repeatable");
  command->add_option("--program", lists.programs,
                      "Screen only against entities listed under this program (IRAN-HR); "
                      "repeatable");
  command->add_option("--exclude-program", lists.exclude_programs,
                      "Leave out entities listed under this program and no other; repeatable");
}

void add_weak_alias_option(CLI::App* command, WeakAliasPolicy& policy) {
  const std::map<std::string, WeakAliasPolicy> names = {{"capped", WeakAliasPolicy::kCapped},
                                                        {"penalised", WeakAliasPolicy::kPenalised}};
  command
      ->add_option("--weak-aliases", policy,
                   "How a match on a weak alias counts: capped (shown, kept under the threshold: "
                   "never an alert on its own) or penalised (loses 0.05, may alert)")
      ->transform(CLI::CheckedTransformer(names, CLI::ignore_case))
      ->default_str("capped");
}

void add_record_option(CLI::App* command, bool& group_parties) {
  command->add_flag("!--each-record", group_parties,
                    "One result per list record instead of one per party (records of one party "
                    "on several lists are otherwise one result naming them all)");
}

void check_list_selection(const Screener& screener, const ListSelection& lists, bool quiet) {
  if (lists.empty()) return;
  const auto count = screener.selected_entity_count(lists);
  if (!count.ok()) throw CommandError{kExitUsage, count.error().message};
  if (!quiet) {
    fmt::print(stderr, "screening against {} of {} entities (dataset and program selection)\n",
               count.value(), screener.entity_count());
  }
}

}  // namespace vigil::cli

int main(int argc, char** argv) {
  vigil::cli::configure_allocator(argv);
  using namespace vigil::cli;
  CLI::App app{
      "vigil: screen names against official sanctions lists (OFAC, UN...)\n"
      "Exit codes: 0 done (screen: no match), 1 screen found a match, 2 usage error,\n"
      "3 list or input file error, 4 internal error, 5 eval target missed,\n"
      "6 update: a dataset was not updated (the previous version stays in service)."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "vigil 0.1.0");
  CommonOptions common;
  int exit_code = kExitOk;
  register_screen(app, common, exit_code);
  register_batch(app, common, exit_code);
  register_compare(app, common, exit_code);
  register_eval(app, common, exit_code);
  register_eval_translit(app, common, exit_code);
  register_lists(app, common, exit_code);
  register_diff(app, common, exit_code);
  register_versions(app, common, exit_code);
  register_export(app, common, exit_code);
  register_update(app, common, exit_code);
  register_snapshot(app, common, exit_code);
  register_serve(app, common, exit_code);
  register_keys(app, common, exit_code);
  register_party(app, common, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  } catch (const CommandError& e) {
    fmt::print(stderr, "vigil: {}\n", e.message);
    return e.exit_code;
  } catch (const std::exception& e) {
    fmt::print(stderr, "vigil: internal error: {}\n", e.what());
    return kExitInternal;
  }
  // Every command has closed its files; what is left is memory (the screener above all), which
  // the kernel frees at once and the destructors would free piece by piece.
  std::cout.flush();
  std::fflush(nullptr);
  std::_Exit(exit_code);
}
