// vigil screen NAME: screen one party and print the results with their explanations.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"
#include "screen/identifier_spec.h"
#include "screen/json.h"

namespace vigil::cli {
namespace {

struct ScreenOptions {
  std::string name;
  std::string type;
  std::string dob;
  std::string country;
  double threshold = kDefaultThreshold;
  size_t limit = 10;
  double min_score = 0.5;
  bool explain = false;
  std::vector<std::string> identifiers;  // TYPE:VALUE[:CC]
  std::string gender;
  ListSelection lists;
  WeakAliasPolicy weak_aliases = WeakAliasPolicy::kCapped;
  bool group_parties = true;
};

std::string programs_of(const Entity& entity) {
  std::string out;
  for (const Sanction& s : entity.sanctions) {
    if (!out.empty()) out += ", ";
    out += s.program;
  }
  return out;
}

void print_match_text(const Match& m, size_t rank, bool explain) {
  const Entity& e = *m.entity;
  const Name* primary = e.primary_name();
  fmt::print("{:>2}. {:.3f} {} {} [{}:{}] {}\n", rank, m.score, m.is_match ? "MATCH" : "     ",
             primary != nullptr ? primary->full : m.matched_name, e.dataset, e.source_id,
             to_string(e.schema));
  if (primary == nullptr || m.matched_name != primary->full) {
    fmt::print("      matched {} name: {}\n", to_string(m.matched_name_kind), m.matched_name);
  }
  if (!m.party_records.empty()) {
    std::vector<std::string> others;
    for (const PartyRecord& r : m.party_records) {
      others.push_back(fmt::format("{} {:.3f}", r.entity->id, r.score));
    }
    fmt::print("      also listed as: {} ({})\n", fmt::join(others, ", "), m.party_id);
  }
  const std::string programs = programs_of(e);
  if (!programs.empty()) fmt::print("      programs: {}\n", programs);
  for (const Relation& r : e.relations) {
    fmt::print("      {}: {}{}\n", to_string(r.kind), r.target_name,
               r.target_id.empty() ? "" : " [" + r.target_id + "]");
  }
  if (!e.birth_dates.empty()) {
    std::string dates;
    for (const DateValue& d : e.birth_dates) dates += (dates.empty() ? "" : ", ") + d.to_string();
    fmt::print("      born: {}\n", dates);
  }
  if (!e.nationalities.empty()) {
    fmt::print("      nationality: {}\n", fmt::join(e.nationalities, ", "));
  }
  for (const IdentifierHit& h : m.identifier_hits) {
    fmt::print("      identifier: {} {} equals the listed {} {}{}\n", to_string(h.query.type),
               h.query.value, h.listed.label.empty() ? to_string(h.listed.type) : h.listed.label,
               h.listed.value, h.listed.country.empty() ? "" : " (" + h.listed.country + ")");
  }
  fmt::print("      why: {}\n", screen::explain_text(m));
  if (!explain) return;
  // The score as a sum, term by term: what each aligned pair and each leftover token did.
  if (!m.alignments.empty() || !m.unmatched_query_tokens.empty()) {
    double numerator = 0;
    for (const TokenAlignment& a : m.alignments) numerator += a.evidence * a.mass;
    fmt::print(
        "      name score = evidence x mass summed over the pairs / all mass = {:.3f} / "
        "{:.3f} = {:.3f}\n",
        numerator, m.name_mass, m.name_score);
    fmt::print("        {:<22} {:<22} {:<10} {:>6} {:>8} {:>6} {:>7}\n", "query", "list", "how",
               "simil.", "evidence", "mass", "adds");
    // A list token the list states as a given or family name says so: the role sets its mass.
    const auto with_role = [](const std::string& token, const std::string& role) {
      return role.empty() ? token : token + " (" + role + ")";
    };
    for (const TokenAlignment& a : m.alignments) {
      fmt::print("        {:<22} {:<22} {:<10} {:>6.3f} {:>8.3f} {:>6.3f} {:>7.3f}\n",
                 a.query_token, with_role(a.list_token, a.list_role), a.kind, a.similarity,
                 a.evidence, a.mass, a.evidence * a.mass);
    }
    for (size_t i = 0; i < m.unmatched_query_tokens.size(); ++i) {
      fmt::print("        {:<22} {:<22} {:<10} {:>6} {:>8} {:>6.3f} {:>7.3f}\n",
                 m.unmatched_query_tokens[i], "(not in the list name)", "leftover", "", "",
                 m.unmatched_query_mass[i], 0.0);
    }
    for (size_t j = 0; j < m.unmatched_list_tokens.size(); ++j) {
      fmt::print("        {:<22} {:<22} {:<10} {:>6} {:>8} {:>6.3f} {:>7.3f}\n",
                 "(not in the query)",
                 with_role(m.unmatched_list_tokens[j], m.unmatched_list_roles[j]), "leftover", "",
                 "", m.unmatched_list_mass[j], 0.0);
    }
  }
  double score = m.name_score;
  for (const Adjustment& a : m.adjustments) {
    score += a.delta;
    fmt::print("      {:+.3f} {:<11} {}\n", a.delta, a.feature, a.reason);
  }
  fmt::print("      score = name score {:.3f}{} = {:.3f}\n", m.name_score,
             m.adjustments.empty() ? "" : " + adjustments (clamped to 0..1)", m.score);
}

int run_screen(const CommonOptions& common, const ScreenOptions& options) {
  if (options.name.empty() && options.identifiers.empty()) {
    throw CommandError{kExitUsage, "give a NAME to screen, or an identifier with --id"};
  }
  Query query;
  query.name = options.name;
  for (const std::string& spec : options.identifiers) {
    auto id = screen::parse_identifier_spec(spec);
    if (!id.ok()) throw CommandError{kExitUsage, "--id: " + id.error().message};
    query.identifiers.push_back(std::move(id.value()));
  }
  query.schema = options.type.empty() ? Schema::kUnknown : schema_option(options.type);
  query.country = options.country;
  if (!options.gender.empty()) {
    const auto gender = parse_gender(options.gender);
    if (!gender) throw CommandError{kExitUsage, "--gender must be male or female"};
    query.gender = *gender;
  }
  query.threshold = options.threshold;
  query.limit = options.limit;
  query.min_score = options.min_score;
  query.lists = options.lists;
  query.weak_aliases = options.weak_aliases;
  query.group_parties = options.group_parties;
  if (!options.dob.empty()) {
    query.birth_date = parse_date(options.dob);
    if (!query.birth_date) throw CommandError{kExitUsage, "cannot read --dob " + options.dob};
  }
  const auto screener = load_screener(common);
  check_list_selection(*screener, query.lists, common.quiet);
  const auto result = screener->screen(query);
  if (!result.ok()) throw CommandError{kExitUsage, result.error().to_string()};
  bool any_match = false;
  for (const Match& m : result->matches) any_match |= m.is_match;
  if (common.json) {
    nlohmann::json out = {{"query", options.name},
                          {"normalised_query", result->normalised_query},
                          {"threshold", options.threshold},
                          {"matches", nlohmann::json::array()}};
    for (const Match& m : result->matches) {
      nlohmann::json item = screen::to_json(m);
      if (options.explain) item["entity"] = screen::to_json(*m.entity);
      out["matches"].push_back(std::move(item));
    }
    out["datasets"] = nlohmann::json::array();
    for (const DatasetInfo& d : screener->datasets()) out["datasets"].push_back(screen::to_json(d));
    std::cout << out.dump(2) << "\n";
    return any_match ? kExitMatch : kExitOk;
  }
  if (!options.name.empty()) {
    fmt::print("query: {}  (normalised: {})  threshold {:.2f}\n", options.name,
               result->normalised_query, options.threshold);
  }
  for (const std::string& spec : options.identifiers) fmt::print("identifier: {}\n", spec);
  if (result->matches.empty()) fmt::print("no results at or above {:.2f}\n", options.min_score);
  size_t rank = 0;
  for (const Match& m : result->matches) print_match_text(m, ++rank, options.explain);
  if (options.explain) {
    fmt::print("lists used:\n");
    for (const DatasetInfo& d : screener->datasets()) {
      fmt::print("  {} published {} ({} entities)\n", d.id,
                 d.publication_date.empty() ? "(date not stated)" : d.publication_date,
                 d.entity_count);
      for (const SourceFile& f : d.files) fmt::print("    {} sha256 {}\n", f.path, f.sha256);
    }
  }
  return any_match ? kExitMatch : kExitOk;
}

}  // namespace

void register_screen(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<ScreenOptions>();
  CLI::App* cmd = app.add_subcommand("screen", "Screen one name against the lists");
  cmd->add_option("name", options->name,
                  "The name to screen, in any script (may be left out when --id is given)");
  cmd->add_option("--id", options->identifiers,
                  "An identifier, TYPE:VALUE or TYPE:VALUE:CC (passport:D1017310:IQ, "
                  "imo:9116412, bic:BKMTIRTH, email:..., crypto_wallet:...); repeatable. A "
                  "listed identifier equal to it is a match on its own");
  cmd->add_option("--type", options->type, "person, organization, vessel or aircraft");
  cmd->add_option("--dob", options->dob, "Birth date: 1961, 1961-05, 1961-05-02, 2 May 1961");
  cmd->add_option("--country", options->country, "Country as ISO code or name");
  cmd->add_option("--gender", options->gender, "male or female (persons)");
  cmd->add_option("--threshold", options->threshold, "Alert threshold")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--limit", options->limit, "Most results to show")->capture_default_str();
  cmd->add_option("--min-score", options->min_score, "Hide results below this score")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_flag("--explain", options->explain,
                "Print the full alignment, the entity and the list versions used");
  add_list_selection_options(cmd, options->lists);
  add_weak_alias_option(cmd, options->weak_aliases);
  add_record_option(cmd, options->group_parties);
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  cmd->callback([&common, &exit_code, options] { exit_code = run_screen(common, *options); });
}

}  // namespace vigil::cli
