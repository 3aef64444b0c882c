// Party groups as people read them: the counts of a grouping, one group's members and why
// each was grouped, and a TSV sample of groups for checking them by hand (`vigil party`).
#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "party/party_groups.h"
#include "vigil/entity.h"

namespace vigil::party {

// The facts of a member a reviewer compares: "ofac_sdn:39017", "Esmail KHATIB", "1960; 1961",
// "IR", "IRAN-HR; SDGT". Lists of values are joined by "; ".
struct MemberSummary {
  std::string id;
  std::string dataset;
  std::string schema;
  std::string name;  // the primary name
  std::string birth_dates;
  std::string countries;  // nationalities and citizenships, else other linked countries
  std::string programs;
};
MemberSummary summarise(const Entity& entity);

// Why `member` is in `group`: one line per link touching it, "un_reference: UN reference
// QDi.371 (with un_sc:6908669)"; a link that only confirmed the group ends in " [confirms]".
// Empty for a group of one.
std::vector<std::string> member_reasons(std::span<const std::shared_ptr<const Entity>> entities,
                                        const PartyGroup& group, uint32_t member);

// The counts, one "label: value" line each: groups of more than one record, records grouped,
// joins and links per rule, what the guards refused, and the time taken.
void write_stats(std::ostream& out, const GroupingStats& stats);

// Up to `max_groups` groups of more than one record as TSV, for checking by hand: an equal
// share for each rule that was the weakest to join a group (so that groups made by names are
// sampled as often as CSL copies of OFAC records), spread evenly over each rule's groups in id
// order (the same groups every time). A header, then one line per member: group id, member
// id, dataset, schema, name, birth dates, countries, weakest joining rule, programs, reasons.
void write_sample(std::ostream& out, std::span<const std::shared_ptr<const Entity>> entities,
                  const PartyGroups& groups, size_t max_groups);

}  // namespace vigil::party
