#include "party/party_report.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

namespace vigil::party {
namespace {

constexpr std::string_view kSeparator = "; ";

// The non-empty values, each once, in their order.
std::string joined(const std::vector<std::string>& values) {
  std::vector<std::string_view> kept;
  for (const std::string& value : values) {
    if (!value.empty() && std::find(kept.begin(), kept.end(), value) == kept.end()) {
      kept.push_back(value);
    }
  }
  return fmt::format("{}", fmt::join(kept, kSeparator));
}

// A TSV cell: tabs and line breaks become spaces.
std::string cell(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return text;
}

// The least precise rule among the links that made the group (kLinkRules order).
LinkRule weakest_joining_rule(const PartyGroup& group) {
  LinkRule weakest = LinkRule::kOfacUid;
  for (const PartyLink& link : group.links) {
    if (link.joined && link.rule > weakest) weakest = link.rule;
  }
  return weakest;
}

// Up to `max_groups` groups of more than one record: an equal share for each weakest joining
// rule (a share a rule cannot fill goes to the others), spread evenly over that rule's groups
// in id order, so that name rules are checked as often as copies of OFAC records.
std::vector<const PartyGroup*> sample_groups(const PartyGroups& groups, size_t max_groups) {
  std::array<std::vector<const PartyGroup*>, GroupingStats::kRuleCount> by_rule;
  for (const PartyGroup& group : groups.groups()) {
    if (group.members.size() < 2) continue;
    by_rule[static_cast<size_t>(weakest_joining_rule(group))].push_back(&group);
  }
  std::array<size_t, GroupingStats::kRuleCount> share{};
  for (size_t left = max_groups, open = by_rule.size(); left > 0 && open > 0;) {
    open = 0;
    const size_t each = std::max<size_t>(1, left / by_rule.size());
    for (size_t r = 0; r < by_rule.size() && left > 0; ++r) {
      const size_t more = std::min({each, by_rule[r].size() - share[r], left});
      share[r] += more;
      left -= more;
      if (share[r] < by_rule[r].size()) ++open;
    }
  }
  std::vector<const PartyGroup*> sample;
  for (size_t r = 0; r < by_rule.size(); ++r) {
    for (size_t i = 0; i < share[r]; ++i) {
      sample.push_back(by_rule[r][i * by_rule[r].size() / share[r]]);
    }
  }
  return sample;
}

}  // namespace

MemberSummary summarise(const Entity& entity) {
  MemberSummary summary;
  summary.id = entity.id;
  summary.dataset = entity.dataset;
  summary.schema = std::string(to_string(entity.schema));
  const Name* primary = entity.primary_name();
  if (primary != nullptr) summary.name = primary->full;
  std::vector<std::string> dates;
  for (const DateValue& date : entity.birth_dates) dates.push_back(date.to_string());
  summary.birth_dates = joined(dates);
  std::vector<std::string> countries = entity.nationalities;
  countries.insert(countries.end(), entity.citizenships.begin(), entity.citizenships.end());
  if (countries.empty()) countries = entity.countries;
  summary.countries = joined(countries);
  std::vector<std::string> programs;
  for (const Sanction& sanction : entity.sanctions) programs.push_back(sanction.program);
  summary.programs = joined(programs);
  return summary;
}

std::vector<std::string> member_reasons(std::span<const std::shared_ptr<const Entity>> entities,
                                        const PartyGroup& group, uint32_t member) {
  std::vector<std::string> reasons;
  for (const PartyLink& link : group.links) {
    if (link.first != member && link.second != member) continue;
    const uint32_t other = link.first == member ? link.second : link.first;
    reasons.push_back(fmt::format("{}: {} (with {}){}", to_string(link.rule), link.evidence,
                                  entities[other]->id, link.joined ? "" : " [confirms]"));
  }
  return reasons;
}

void write_stats(std::ostream& out, const GroupingStats& stats) {
  out << fmt::format("records: {}\n", stats.entities);
  out << fmt::format("parties: {}\n", stats.groups);
  out << fmt::format("parties of more than one record: {}\n", stats.multi_member_groups);
  out << fmt::format("records in those parties: {}\n", stats.grouped_records);
  for (LinkRule rule : kLinkRules) {
    const auto slot = static_cast<size_t>(rule);
    out << fmt::format("rule {}: {} records joined, {} links\n", to_string(rule),
                       stats.joins_by_rule[slot], stats.links_by_rule[slot]);
  }
  out << fmt::format(
      "refused: {} type conflicts, {} unknown-type name disagreements, {} "
      "same-list records\n",
      stats.refused_schema, stats.refused_unknown_name, stats.refused_same_list);
  out << fmt::format("keys not used: {} ambiguous within a list, {} too common\n",
                     stats.ambiguous_keys, stats.too_common_keys);
  out << fmt::format("seconds: {:.3f}\n", stats.seconds);
}

void write_sample(std::ostream& out, std::span<const std::shared_ptr<const Entity>> entities,
                  const PartyGroups& groups, size_t max_groups) {
  out << "group\tmember\tdataset\tschema\tname\tbirth_dates\tcountries\tweakest_rule\tprograms"
         "\treasons\n";
  for (const PartyGroup* group : sample_groups(groups, max_groups)) {
    const std::string_view rule = to_string(weakest_joining_rule(*group));
    for (uint32_t member : group->members) {
      const MemberSummary s = summarise(*entities[member]);
      out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", group->id, s.id, s.dataset,
                         s.schema, cell(s.name), cell(s.birth_dates), s.countries, rule,
                         cell(s.programs), cell(joined(member_reasons(entities, *group, member))));
    }
  }
}

}  // namespace vigil::party
