// vigil party ID | --stats [--sample FILE]: the records of one party on several lists, and
// why each was grouped (src/party/; docs/matching.md, "Parties across lists").
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "party/party_grouping.h"
#include "party/party_report.h"
#include "screen/attribute_agreement.h"

namespace vigil::cli {
namespace {

constexpr std::string_view kGroupIdPrefix = "party:";

struct PartyOptions {
  std::string id;  // an entity id ("ofac_sdn:39017") or a group id ("party:ofac_sdn:39017")
  bool stats = false;
  std::string sample;  // TSV file for a sample of groups
  size_t sample_groups = 250;
};

using Entities = std::span<const std::shared_ptr<const Entity>>;

uint32_t entity_index_or_throw(Entities entities, std::string_view id) {
  if (id.starts_with(kGroupIdPrefix)) id.remove_prefix(kGroupIdPrefix.size());
  for (uint32_t e = 0; e < entities.size(); ++e) {
    if (entities[e]->id == id) return e;
  }
  throw CommandError{kExitUsage, fmt::format("no loaded entity has the id '{}'", id)};
}

nlohmann::json member_json(Entities entities, const party::PartyGroup& group, uint32_t member) {
  const Entity& entity = *entities[member];
  const party::MemberSummary s = party::summarise(entity);
  nlohmann::json birth_dates = nlohmann::json::array();
  for (const DateValue& date : entity.birth_dates) birth_dates.push_back(date.to_string());
  nlohmann::json programs = nlohmann::json::array();
  for (const Sanction& sanction : entity.sanctions) programs.push_back(sanction.program);
  nlohmann::json reasons = nlohmann::json::array();
  for (const party::PartyLink& link : group.links) {
    if (link.first != member && link.second != member) continue;
    const uint32_t other = link.first == member ? link.second : link.first;
    reasons.push_back({{"rule", party::to_string(link.rule)},
                       {"evidence", link.evidence},
                       {"with", entities[other]->id},
                       {"joined", link.joined}});
  }
  return {{"id", s.id},
          {"dataset", s.dataset},
          {"schema", s.schema},
          {"name", s.name},
          {"birth_dates", birth_dates},
          {"nationalities", entity.nationalities},
          {"citizenships", entity.citizenships},
          {"countries", entity.countries},
          {"programs", programs},
          {"reasons", reasons}};
}

void print_group(Entities entities, const party::PartyGroup& group, bool json) {
  if (json) {
    nlohmann::json members = nlohmann::json::array();
    for (uint32_t member : group.members) members.push_back(member_json(entities, group, member));
    std::cout << nlohmann::json{{"group", group.id}, {"members", members}}.dump(2) << "\n";
    return;
  }
  fmt::print("{}  ({} record{})\n", group.id, group.members.size(),
             group.members.size() == 1 ? "" : "s");
  for (uint32_t member : group.members) {
    const party::MemberSummary s = party::summarise(*entities[member]);
    fmt::print("\n  {}  [{}]  {}\n", s.id, s.schema, s.name);
    fmt::print("    programs: {}\n", s.programs.empty() ? "-" : s.programs);
    if (!s.birth_dates.empty()) fmt::print("    born:     {}\n", s.birth_dates);
    if (!s.countries.empty()) fmt::print("    country:  {}\n", s.countries);
    for (const std::string& reason : party::member_reasons(entities, group, member)) {
      fmt::print("    grouped:  {}\n", reason);
    }
  }
}

nlohmann::json stats_json(const party::GroupingStats& stats) {
  nlohmann::json rules = nlohmann::json::object();
  for (party::LinkRule rule : party::kLinkRules) {
    const auto slot = static_cast<size_t>(rule);
    rules[std::string(party::to_string(rule))] = {{"joined", stats.joins_by_rule[slot]},
                                                  {"links", stats.links_by_rule[slot]}};
  }
  return {{"records", stats.entities},
          {"parties", stats.groups},
          {"multi_record_parties", stats.multi_member_groups},
          {"grouped_records", stats.grouped_records},
          {"rules", rules},
          {"refused_schema", stats.refused_schema},
          {"refused_unknown_name", stats.refused_unknown_name},
          {"refused_same_list", stats.refused_same_list},
          {"ambiguous_keys", stats.ambiguous_keys},
          {"too_common_keys", stats.too_common_keys},
          {"seconds", stats.seconds}};
}

nlohmann::json agreement_json(const screen::AttributeAgreement& agreement) {
  const auto count = [](const screen::AgreementCount& c) {
    return nlohmann::json{{"compared", c.compared}, {"conflicting", c.conflicting}};
  };
  return {{"pairs", agreement.pairs},
          {"birth_date", count(agreement.birth_date)},
          {"country", count(agreement.country)},
          {"gender", count(agreement.gender)}};
}

void write_sample_file(Entities entities, const party::PartyGroups& groups,
                       const PartyOptions& options) {
  std::ofstream out(options.sample, std::ios::binary | std::ios::trunc);
  if (!out) throw CommandError{kExitDataError, "cannot write " + options.sample};
  party::write_sample(out, entities, groups, options.sample_groups);
  out.close();
  if (!out) throw CommandError{kExitDataError, "error writing " + options.sample};
}

int run_party(const CommonOptions& common, const PartyOptions& options) {
  if (options.id.empty() && !options.stats && options.sample.empty()) {
    throw CommandError{kExitUsage, "give an entity id, --stats or --sample FILE"};
  }
  const auto screener = load_screener(common);
  const Entities entities = screener->entities();
  const party::PartyGroups& groups = screener->parties();
  if (!options.sample.empty()) write_sample_file(entities, groups, options);
  if (options.stats) {
    // The counts are not kept with the groups: grouping again gives them (and the same groups).
    party::GroupingStats stats;
    party::group_parties(entities, &stats);
    const screen::AttributeAgreement agreement =
        screen::measure_attribute_agreement(entities, groups);
    if (common.json) {
      nlohmann::json out = stats_json(stats);
      out["attribute_agreement"] = agreement_json(agreement);
      std::cout << out.dump(2) << "\n";
    } else {
      party::write_stats(std::cout, stats);
      screen::write_agreement(std::cout, agreement);
    }
  }
  if (!options.id.empty()) {
    const uint32_t entity = entity_index_or_throw(entities, options.id);
    print_group(entities, groups.group(groups.group_of(entity)), common.json);
  }
  return kExitOk;
}

}  // namespace

void register_party(CLI::App& app, CommonOptions& common, int& exit_code) {
  auto options = std::make_shared<PartyOptions>();
  CLI::App* cmd = app.add_subcommand(
      "party", "Show the records of one party on several lists and why each was grouped");
  cmd->add_option("id", options->id, "An entity id (ofac_sdn:39017) or a party id");
  cmd->add_flag("--stats", options->stats,
                "Print how many parties span several records, and what each rule linked");
  cmd->add_option("--sample", options->sample,
                  "Write a TSV sample of parties of several records, for checking by hand");
  cmd->add_option("--sample-groups", options->sample_groups, "How many parties the sample holds")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  add_common_options(cmd, common);
  add_snapshot_options(cmd, common);
  cmd->callback([&common, &exit_code, options] { exit_code = run_party(common, *options); });
}

}  // namespace vigil::cli
