// One register_* per subcommand; each adds itself to the app and sets `exit_code` when run.
#pragma once

#include <CLI/CLI.hpp>

#include "context.h"

namespace vigil::cli {

// --source and --json, accepted by every command that screens.
void add_common_options(CLI::App* command, CommonOptions& common);

// --snapshot FILE and --no-snapshot, accepted by every command that starts from a screener.
void add_snapshot_options(CLI::App* command, CommonOptions& common);

// --dataset, --exclude-dataset, --program, --exclude-program: which lists to screen against.
void add_list_selection_options(CLI::App* command, ListSelection& lists);
// --weak-aliases capped|penalised (docs/matching.md, "Weak aliases").
void add_weak_alias_option(CLI::App* command, WeakAliasPolicy& policy);
// --each-record: one result per list record rather than per party.
void add_record_option(CLI::App* command, bool& group_parties);

// Checks `lists` against the loaded lists (a usage error names an unknown dataset or program)
// and, unless quiet, says on stderr how many entities it selects.
void check_list_selection(const Screener& screener, const ListSelection& lists, bool quiet);

void register_screen(CLI::App& app, CommonOptions& common, int& exit_code);
void register_batch(CLI::App& app, CommonOptions& common, int& exit_code);
void register_compare(CLI::App& app, CommonOptions& common, int& exit_code);
void register_eval(CLI::App& app, CommonOptions& common, int& exit_code);
void register_eval_translit(CLI::App& app, CommonOptions& common, int& exit_code);
void register_lists(CLI::App& app, CommonOptions& common, int& exit_code);
void register_diff(CLI::App& app, CommonOptions& common, int& exit_code);
void register_versions(CLI::App& app, CommonOptions& common, int& exit_code);
void register_export(CLI::App& app, CommonOptions& common, int& exit_code);
void register_update(CLI::App& app, CommonOptions& common, int& exit_code);
void register_snapshot(CLI::App& app, CommonOptions& common, int& exit_code);
void register_serve(CLI::App& app, CommonOptions& common, int& exit_code);
void register_keys(CLI::App& app, CommonOptions& common, int& exit_code);
void register_party(CLI::App& app, CommonOptions& common, int& exit_code);

}  // namespace vigil::cli
