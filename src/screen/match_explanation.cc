#include "screen/match_explanation.h"

#include <string>

namespace vigil::screen {

Match explained_match(const PreparedQuery& query, std::shared_ptr<const Entity> entity,
                      size_t name_in_entity, std::span<const match::ScoredToken> list_side,
                      const match::TokenPairs& pairs, bool* weak_evidence) {
  Match match;
  match.entity = std::move(entity);
  const Name& name = match.entity->names[name_in_entity];
  match.matched_name = name.full;
  match.matched_name_kind = name.kind;
  const std::vector<match::ScoredToken>& query_side = query.side;
  const match::NameScore detail =
      match::score_names(query_side, list_side, pairs, match.entity->schema == Schema::kPerson,
                         /*explain=*/true, match::organisation_like(match.entity->schema));
  if (weak_evidence != nullptr) *weak_evidence = detail.weak_evidence;
  const auto join = [](const auto& side, size_t begin, size_t count) {
    std::string out;
    for (size_t k = begin; k < begin + count; ++k) {
      if (!out.empty()) out += ' ';
      out += side[k].features->text;
    }
    return out;
  };
  // A joined pair of list tokens has a role when both have it.
  const auto role = [&list_side](size_t begin, size_t count) {
    const match::NameRole first = list_side[begin].role;
    for (size_t k = begin + 1; k < begin + count; ++k) {
      if (list_side[k].role != first) return std::string();
    }
    return std::string(match::to_string(first));
  };
  for (const match::AlignedPair& p : detail.pairs) {
    match.alignments.push_back({join(query_side, p.query_begin, p.query_count),
                                join(list_side, p.list_begin, p.list_count),
                                std::string(match::to_string(p.match.kind)), p.match.similarity,
                                p.weight, p.evidence, p.mass, role(p.list_begin, p.list_count)});
  }
  for (uint8_t i : detail.unmatched_query) {
    match.unmatched_query_tokens.push_back(query_side[i].features->text);
  }
  for (uint8_t j : detail.unmatched_list) {
    match.unmatched_list_tokens.push_back(list_side[j].features->text);
    match.unmatched_list_roles.push_back(role(j, 1));
  }
  match.unmatched_query_mass = detail.unmatched_query_mass;
  match.unmatched_list_mass = detail.unmatched_list_mass;
  match.name_mass = detail.mass;
  match.name_score = detail.score;
  return match;
}

}  // namespace vigil::screen
