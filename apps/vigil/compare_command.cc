// vigil compare A B | --pairs FILE.tsv: score names against each other, with token weights
// from the loaded lists so the score equals what `screen` would give.
#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "screen/json.h"

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

int run_pairs(const Screener& screener, const CompareOptions& options, Schema default_schema) {
  const std::string text = read_file_or_throw(options.pairs);
  std::cout << "query\tcandidate\tscore\tmatch\n";
  size_t at = 0;
  long line_number = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (++line_number == 1 || line.empty()) continue;  // header
    const auto fields = split_tabs(line);
    const std::string where = fmt::format("{}:{}: ", options.pairs, line_number);
    if (fields.size() < 2)
      throw CommandError{kExitDataError, where + "expected query<TAB>candidate"};
    const Schema schema =
        fields.size() > 2 && !fields[2].empty() ? schema_option(fields[2]) : default_schema;
    const Match m =
        compare_or_throw(screener, fields[0], fields[1], schema, options.threshold, where);
    std::cout << fields[0] << '\t' << fields[1] << '\t' << fmt::format("{:.4f}", m.score) << '\t'
              << (m.is_match ? "true" : "false") << '\n';
  }
  return kExitOk;
}

int run_compare(const CommonOptions& common, const CompareOptions& options) {
  const Schema schema = options.type.empty() ? Schema::kUnknown : schema_option(options.type);
  if (options.pairs.empty() && (options.a.empty() || options.b.empty())) {
    throw CommandError{kExitUsage, "give two names, or --pairs FILE.tsv"};
  }
  const auto screener = load_screener(common);
  if (!options.pairs.empty()) return run_pairs(*screener, options, schema);
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
                  "TSV with header query<TAB>candidate[<TAB>type]; prints query, candidate, "
                  "score, match");
  cmd->add_option("--threshold", options->threshold, "Alert threshold")->capture_default_str();
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  cmd->callback([&common, &exit_code, options] { exit_code = run_compare(common, *options); });
}

}  // namespace vigil::cli
