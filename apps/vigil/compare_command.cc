// vigil compare A B | --pairs FILE.tsv: score names against each other, with token weights
// from the loaded lists so the score equals what `screen` would give.
#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "screen/json.h"
#include "text/normalise.h"

namespace vigil::cli {
namespace {

struct CompareOptions {
  std::string a;
  std::string b;
  std::string type;
  std::string pairs;
  double threshold = kDefaultThreshold;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t at = 0;
  while (true) {
    const size_t tab = line.find('\t', at);
    out.push_back(line.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
    if (tab == std::string::npos) return out;
    at = tab + 1;
  }
}

Match compare_or_throw(const Screener& screener, const std::string& a, const std::string& b,
                       Schema schema, double threshold, const std::string& where) {
  Query query;
  query.name = a;
  query.schema = schema;
  query.threshold = threshold;
  auto result = screener.compare(query, b, schema);
  if (!result.ok()) throw CommandError{kExitDataError, where + result.error().to_string()};
  return std::move(result.value());
}

// The match of one row of a pairs file, or why the row cannot be scored: too few fields, an
// unknown type, bytes that are not UTF-8, a name with no letters or digits.
Result<Match> score_row(const Screener& screener, const std::vector<std::string>& fields,
                        Schema default_schema, double threshold) {
  if (fields.size() < 2) {
    return make_error(ErrorCode::kMalformed, "expected query<TAB>candidate[<TAB>type]");
  }
  Schema schema = default_schema;
  if (fields.size() > 2 && !fields[2].empty()) {
    const auto parsed = parse_schema(fields[2]);
    if (!parsed) return make_error(ErrorCode::kInvalidArgument, "unknown type '" + fields[2] + "'");
    schema = *parsed;
  }
  if (!text::is_valid_utf8(fields[0]) || !text::is_valid_utf8(fields[1])) {
    return make_error(ErrorCode::kMalformed, "a name is not valid UTF-8");
  }
  Query query;
  query.name = fields[0];
  query.schema = schema;
  query.threshold = threshold;
  return screener.compare(query, fields[1], schema);
}

// One output row: query, candidate, score, match, error. A row that cannot be scored is a
// record with its line and reason in the error column, and the file goes on.
void print_row(const std::vector<std::string>& fields, const Result<Match>& scored,
               long line_number) {
  const std::string query = fields.empty() ? "" : fields[0];
  const std::string candidate = fields.size() < 2 ? "" : fields[1];
  if (scored.ok()) {
    fmt::print("{}\t{}\t{:.4f}\t{}\t\n", query, candidate, scored->score,
               scored->is_match ? "true" : "false");
  } else {
    fmt::print("{}\t{}\t\t\tline {}: {}\n", query, candidate, line_number, scored.error().message);
  }
}

int run_pairs(const Screener& screener, const CompareOptions& options, Schema default_schema,
              bool quiet) {
  const std::string text = read_file_or_throw(options.pairs);
  fmt::print("query\tcandidate\tscore\tmatch\terror\n");
  size_t at = 0;
  long line_number = 0;
  long rows = 0;
  long errors = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (++line_number == 1 || line.empty() || line.front() == '#') continue;  // header, comments
    const auto fields = split_tabs(line);
    const Result<Match> scored = score_row(screener, fields, default_schema, options.threshold);
    print_row(fields, scored, line_number);
    ++rows;
    if (!scored.ok()) ++errors;
  }
  std::fflush(stdout);
  if (errors > 0 || !quiet) {
    fmt::print(stderr, "compared {} pairs of {}: {} with errors (see the error column)\n", rows,
               options.pairs, errors);
  }
  return kExitOk;
}

int run_compare(const CommonOptions& common, const CompareOptions& options) {
  const Schema schema = options.type.empty() ? Schema::kUnknown : schema_option(options.type);
  if (options.pairs.empty() && (options.a.empty() || options.b.empty())) {
    throw CommandError{kExitUsage, "give two names, or --pairs FILE.tsv"};
  }
  const auto screener = load_screener(common);
  if (!options.pairs.empty()) return run_pairs(*screener, options, schema, common.quiet);
  const Match m = compare_or_throw(*screener, options.a, options.b, schema, options.threshold, "");
  if (common.json) {
    nlohmann::json out = screen::to_json(m);
    out.erase("entity_id");
    out.erase("dataset");
    out.erase("source_id");
    out["query"] = options.a;
    out["candidate"] = options.b;
    std::cout << out.dump(2) << "\n";
  } else {
    fmt::print("{:.4f} {}\n", m.score, m.is_match ? "MATCH" : "no match");
    fmt::print("why: {}\n", screen::explain_text(m));
  }
  return kExitOk;
}

}  // namespace

void register_compare(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* cmd = app.add_subcommand("compare", "Score two names against each other");
  cmd->add_option("a", options->a, "Query name");
  cmd->add_option("b", options->b, "Candidate name");
  cmd->add_option("--type", options->type, "Type of both: person, organization, vessel, aircraft");
  cmd->add_option("--pairs", options->pairs,
                  "TSV with header query<TAB>candidate[<TAB>type] (# starts a comment); prints "
                  "query, candidate, score, match, error: a row that cannot be scored has its "
                  "line and reason in the error column, and the rest go on");
  cmd->add_option("--threshold", options->threshold, "Alert threshold")->capture_default_str();
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  cmd->callback([&common, &exit_code, options] { exit_code = run_compare(common, *options); });
}

}  // namespace vigil::cli
