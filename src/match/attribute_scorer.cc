#include "match/attribute_scorer.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace vigil::match {
namespace {

std::optional<Adjustment> score_schema(Schema query, Schema entity) {
  if (query == Schema::kUnknown || entity == Schema::kUnknown || query == entity) return {};
  const bool person_vs_other = query == Schema::kPerson || entity == Schema::kPerson;
  const double delta = person_vs_other ? kSchemaConflictPersonOrg : kSchemaConflictOther;
  return Adjustment{"schema", delta,
                    "query is a " + std::string(to_string(query)) + ", list entry is a " +
                        std::string(to_string(entity))};
}

// Days-free comparison on what both dates state.
enum class DateAgreement { kExact, kYear, kNear, kConflict };

DateAgreement compare_dates(const DateValue& query, const DateValue& listed) {
  const int query_from = query.from.year;
  const int query_to = query.to.year == 0 ? query_from : query.to.year;
  int listed_from = listed.from.year;
  int listed_to = listed.to.year == 0 ? listed_from : listed.to.year;
  if (listed.circa) {
    listed_from -= 2;
    listed_to += 2;
  }
  const bool year_overlap = query_from <= listed_to && listed_from <= query_to;
  if (!year_overlap) {
    const int gap = std::min(std::abs(query_from - listed_to), std::abs(listed_from - query_to));
    return gap <= 1 ? DateAgreement::kNear : DateAgreement::kConflict;
  }
  if (query.is_range() || listed.is_range() || listed.circa) return DateAgreement::kYear;
  const bool months_known = query.from.month != 0 && listed.from.month != 0;
  if (months_known && query.from.month != listed.from.month) return DateAgreement::kConflict;
  const bool days_known = query.from.day != 0 && listed.from.day != 0;
  if (days_known && query.from.day != listed.from.day) return DateAgreement::kConflict;
  return days_known ? DateAgreement::kExact : DateAgreement::kYear;
}

std::optional<Adjustment> score_birth_date(const std::optional<DateValue>& query,
                                           const Entity& entity) {
  if (!query || query->from.empty() || entity.birth_dates.empty()) return {};
  DateAgreement best = DateAgreement::kConflict;
  const DateValue* best_date = &entity.birth_dates.front();
  for (const DateValue& listed : entity.birth_dates) {
    if (listed.from.empty()) continue;
    const DateAgreement agreement = compare_dates(*query, listed);
    if (agreement < best) {
      best = agreement;
      best_date = &listed;
    }
  }
  const std::string listed_text = best_date->to_string();
  switch (best) {
    case DateAgreement::kExact:
      return Adjustment{"birth_date", kBirthDateExact, "same birth date " + listed_text};
    case DateAgreement::kYear:
      return Adjustment{"birth_date", kBirthDateYear,
                        "birth year agrees with listed " + listed_text};
    case DateAgreement::kNear:
      return Adjustment{"birth_date", kBirthDateNear,
                        "birth year within a year of listed " + listed_text};
    case DateAgreement::kConflict: break;
  }
  return Adjustment{"birth_date", kBirthDateConflict,
                    "birth date " + query->to_string() + " conflicts with every listed date"};
}

std::optional<Adjustment> score_country(const std::string& query, const Entity& entity) {
  if (query.empty()) return {};
  std::vector<std::string> known;
  for (const auto* list : {&entity.nationalities, &entity.citizenships, &entity.countries}) {
    known.insert(known.end(), list->begin(), list->end());
  }
  for (const Address& address : entity.addresses) {
    if (!address.country.empty()) known.push_back(address.country);
  }
  if (known.empty()) return {};
  if (std::find(known.begin(), known.end(), query) != known.end()) {
    return Adjustment{"country", kCountryMatch, "country " + query + " is linked to the entry"};
  }
  return Adjustment{"country", kCountryConflict,
                    "country " + query + " is not among the entry's countries"};
}

}  // namespace

std::vector<Adjustment> score_attributes(const Query& query, const Entity& entity) {
  std::vector<Adjustment> out;
  if (auto a = score_schema(query.schema, entity.schema)) out.push_back(std::move(*a));
  if (entity.schema == Schema::kPerson || entity.schema == Schema::kUnknown) {
    if (auto a = score_birth_date(query.birth_date, entity)) out.push_back(std::move(*a));
  }
  if (auto a = score_country(query.country, entity)) out.push_back(std::move(*a));
  return out;
}

}  // namespace vigil::match
