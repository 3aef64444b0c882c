#include "screen/attribute_agreement.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "match/attribute_scorer.h"

namespace vigil::screen {
namespace {

bool published_link(party::LinkRule rule) {
  return rule == party::LinkRule::kUnReference || rule == party::LinkRule::kIdentifier;
}

void compare_birth_dates(const Entity& a, const Entity& b, AgreementCount& count) {
  bool compared = false;
  bool agrees = false;
  for (const DateValue& date : a.birth_dates) {
    const auto step = match::score_birth_date(date, b);
    if (!step) continue;
    compared = true;
    agrees = agrees || step->delta > match::kBirthDateConflict;
  }
  count.compared += compared ? 1 : 0;
  count.conflicting += compared && !agrees ? 1 : 0;
}

// As match::score_country compares a query's country: agreeing when the two share one.
void compare_countries(const Entity& a, const Entity& b, AgreementCount& count) {
  const std::vector<std::string> mine = match::linked_countries(a);
  const std::vector<std::string> theirs = match::linked_countries(b);
  if (mine.empty() || theirs.empty()) return;
  ++count.compared;
  const bool agrees = std::any_of(mine.begin(), mine.end(), [&theirs](const std::string& c) {
    return std::find(theirs.begin(), theirs.end(), c) != theirs.end();
  });
  count.conflicting += agrees ? 0 : 1;
}

void compare_genders(const Entity& a, const Entity& b, AgreementCount& count) {
  if (a.gender == Gender::kUnknown || b.gender == Gender::kUnknown) return;
  ++count.compared;
  count.conflicting += a.gender != b.gender ? 1 : 0;
}

void write_count(std::ostream& out, const char* label, const AgreementCount& count) {
  const double share =
      count.compared == 0 ? 0.0 : double(count.conflicting) / double(count.compared);
  out << fmt::format("{}: {} pairs state it, {} conflict ({:.1f}%)\n", label, count.compared,
                     count.conflicting, 100.0 * share);
}

}  // namespace

AttributeAgreement measure_attribute_agreement(
    std::span<const std::shared_ptr<const Entity>> entities, const party::PartyGroups& groups) {
  AttributeAgreement agreement;
  for (const party::PartyGroup& group : groups.groups()) {
    for (const party::PartyLink& link : group.links) {
      if (!published_link(link.rule)) continue;
      const Entity& a = *entities[link.first];
      const Entity& b = *entities[link.second];
      if (a.schema != Schema::kPerson || b.schema != Schema::kPerson) continue;
      ++agreement.pairs;
      compare_birth_dates(a, b, agreement.birth_date);
      compare_countries(a, b, agreement.country);
      compare_genders(a, b, agreement.gender);
    }
  }
  return agreement;
}

void write_agreement(std::ostream& out, const AttributeAgreement& agreement) {
  out << fmt::format("person records linked by UN reference or identifier: {} pairs\n",
                     agreement.pairs);
  write_count(out, "  birth date", agreement.birth_date);
  write_count(out, "  country", agreement.country);
  write_count(out, "  gender", agreement.gender);
}

}  // namespace vigil::screen
