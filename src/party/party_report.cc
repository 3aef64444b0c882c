#include "party/party_report.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

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
  std::vector<const PartyGroup*> multi;
  for (const PartyGroup& group : groups.groups()) {
    if (group.members.size() > 1) multi.push_back(&group);
  }
  out << "group\tmember\tdataset\tschema\tname\tbirth_dates\tcountries\tprograms\treasons\n";
  const size_t count = std::min(max_groups, multi.size());
  for (size_t i = 0; i < count; ++i) {
    const PartyGroup& group = *multi[i * multi.size() / count];
    for (uint32_t member : group.members) {
      const MemberSummary s = summarise(*entities[member]);
      out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", group.id, s.id, s.dataset,
                         s.schema, cell(s.name), cell(s.birth_dates), s.countries, cell(s.programs),
                         cell(joined(member_reasons(entities, group, member))));
    }
  }
}

}  // namespace vigil::party
