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

std::string describe(const Identifier& id) {
  std::string out = std::string(to_string(id.type)) + " " + id.value;
  if (!id.country.empty()) out += " (" + id.country + ")";
  return out;
}

}  // namespace

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

std::vector<std::string> linked_countries(const Entity& entity) {
  std::vector<std::string> known;
  for (const auto* list : {&entity.nationalities, &entity.citizenships, &entity.countries}) {
    known.insert(known.end(), list->begin(), list->end());
  }
  for (const Address& address : entity.addresses) {
    if (!address.country.empty()) known.push_back(address.country);
  }
  return known;
}

std::optional<Adjustment> score_country(const std::string& query, const Entity& entity) {
  if (query.empty()) return {};
  const std::vector<std::string> known = linked_countries(entity);
  if (known.empty()) return {};
  if (std::find(known.begin(), known.end(), query) != known.end()) {
    return Adjustment{"country", kCountryMatch, "country " + query + " is linked to the entry"};
  }
  return Adjustment{"country", kCountryConflict,
                    "country " + query + " is not among the entry's countries"};
}

double name_kind_delta(NameKind kind) {
  return kind == NameKind::kWeakAlias ? kWeakAliasPenalty : 0.0;
}

std::optional<Adjustment> score_name_kind(NameKind kind) {
  if (name_kind_delta(kind) == 0.0) return std::nullopt;
  return Adjustment{"weak_alias", name_kind_delta(kind),
                    "the list marks the matched name as a weak alias"};
}

bool schemas_exclude(Schema query, Schema entity) {
  const auto craft = [](Schema s) { return s == Schema::kVessel || s == Schema::kAircraft; };
  return (craft(query) && entity == Schema::kPerson) || (query == Schema::kPerson && craft(entity));
}

bool capped_weak_alias(const Query& query, NameKind matched_kind, Schema schema) {
  // An organisation's weak aliases are mostly its acronyms (MOIS, VEVAK): they keep counting.
  const bool person_like = schema == Schema::kPerson || schema == Schema::kUnknown;
  return person_like && matched_kind == NameKind::kWeakAlias &&
         query.weak_aliases == WeakAliasPolicy::kCapped;
}

std::optional<Adjustment> weak_evidence_cap(double score) {
  if (score <= kWeakEvidenceCap) return std::nullopt;
  return Adjustment{"weak_evidence", kWeakEvidenceCap - score,
                    "only short tokens or given names aligned: not evidence of this party"};
}

std::vector<Adjustment> adjustments_for(const Query& query, const Entity& entity,
                                        NameKind matched_kind, double name_score,
                                        bool weak_evidence,
                                        const std::vector<IdentifierHit>& hits) {
  std::vector<Adjustment> out;
  if (auto a = score_name_kind(matched_kind)) out.push_back(std::move(*a));
  for (Adjustment& a : score_attributes(query, entity)) out.push_back(std::move(a));
  if (weak_evidence) {
    if (auto a = weak_evidence_cap(adjusted_score(name_score, out))) out.push_back(std::move(*a));
  } else if (capped_weak_alias(query, matched_kind, entity.schema)) {
    if (auto a = weak_evidence_cap(adjusted_score(name_score, out))) {
      a->feature = "weak_alias";
      a->reason = "a weak alias alone is not evidence of this party (weak-alias policy: capped)";
      out.push_back(std::move(*a));
    }
  }
  if (!hits.empty()) {
    std::string reason = "identifier match: ";
    for (size_t i = 0; i < hits.size(); ++i) {
      if (i > 0) reason += "; ";
      reason += hits[i].query.value + " equals the listed " + describe(hits[i].listed);
    }
    out.push_back({"identifier", 1.0 - adjusted_score(name_score, out), std::move(reason)});
  }
  return out;
}

double adjusted_score(double name_score, const std::vector<Adjustment>& adjustments) {
  double score = name_score;
  for (const Adjustment& a : adjustments) score += a.delta;
  return std::clamp(score, 0.0, 1.0);
}

std::vector<Adjustment> score_attributes(const Query& query, const Entity& entity) {
  std::vector<Adjustment> out;
  if (auto a = score_schema(query.schema, entity.schema)) out.push_back(std::move(*a));
  if (entity.schema == Schema::kPerson || entity.schema == Schema::kUnknown) {
    if (auto a = score_birth_date(query.birth_date, entity)) out.push_back(std::move(*a));
  }
  if (auto a = score_country(query.country, entity)) out.push_back(std::move(*a));
  if (query.gender != Gender::kUnknown && entity.gender != Gender::kUnknown &&
      query.gender != entity.gender) {
    out.push_back({"gender", kGenderConflict,
                   std::string("the entry is ") + std::string(to_string(entity.gender))});
  }
  return out;
}

}  // namespace vigil::match
