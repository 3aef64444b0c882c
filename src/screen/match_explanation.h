// The name part of an explained match: which query tokens aligned with which list tokens, how,
// what each weighed, and what was left over on each side, adding up to the name score.
#pragma once

#include <memory>
#include <span>

#include "match/name_scorer.h"
#include "screen/prepared_query.h"
#include "vigil/match.h"

namespace vigil::screen {

// The match of `query` against name `name_in_entity` of `entity`, whose tokens as the scorer
// takes them are `list_side`: matched name and kind, alignments, leftovers and name score.
// Adjustments and the final score are the caller's; `weak_evidence`, when given, receives
// match::NameScore::weak_evidence.
Match explained_match(const PreparedQuery& query, std::shared_ptr<const Entity> entity,
                      size_t name_in_entity, std::span<const match::ScoredToken> list_side,
                      const match::TokenPairs& pairs, bool* weak_evidence = nullptr);

}  // namespace vigil::screen
