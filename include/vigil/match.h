// What screening answers: a matched entity with its score, the token alignment and every
// adjustment that explains it. Shared by the scorers, the screener and the front ends.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vigil/entity.h"
#include "vigil/query.h"

namespace vigil {

// One query token aligned with one list token.
struct TokenAlignment {
  std::string query_token;  // normalised; two tokens joined by a space when kind is "joined"
  std::string list_token;
  std::string kind;  // exact, equivalent, phonetic, spelling, initial, joined
  double similarity = 0;
  double weight = 0;    // how much this token counts (rare tokens count more)
  double evidence = 0;  // what the similarity is worth as evidence (0..1)
  double mass = 0;      // the pair's share of the name score's denominator
  // "family" or "given" where the list tells a person's name parts apart, else empty.
  std::string list_role;
};

// What a secondary attribute (type, birth date, country, name kind) or an identifier did to
// the score.
struct Adjustment {
  std::string feature;  // "schema", "birth_date", "country", "weak_alias", "identifier"
  double delta = 0;     // added to the name score
  std::string reason;
};

// A query identifier equal to one of the entity's listed identifiers.
struct IdentifierHit {
  QueryIdentifier query;
  Identifier listed;
};

// Another record of the matched party (the same person or company on another list, or the
// same list's other record of it), as it scored against the query.
struct PartyRecord {
  std::shared_ptr<const Entity> entity;
  std::string matched_name;
  double score = 0;
};

struct Match {
  std::shared_ptr<const Entity> entity;
  std::string matched_name;  // the list name (primary or alias) that scored best
  NameKind matched_name_kind = NameKind::kPrimary;
  double name_score = 0;  // 0..1 from the names alone
  double score = 0;       // 0..1 after adjustments
  bool is_match = false;  // score >= query threshold
  std::vector<TokenAlignment> alignments;
  std::vector<std::string> unmatched_query_tokens;
  std::vector<std::string> unmatched_list_tokens;
  std::vector<std::string> unmatched_list_roles;  // as TokenAlignment::list_role
  // The name score as a sum: name_score = Σ alignment evidence × mass / name_mass, where
  // name_mass adds every alignment's mass and what each leftover token was charged.
  std::vector<double> unmatched_query_mass;
  std::vector<double> unmatched_list_mass;
  double name_mass = 0;
  std::vector<Adjustment> adjustments;
  std::vector<IdentifierHit> identifier_hits;  // non-empty: a match on its own (score 1.0)
  // The party of `entity` ("party:ofac_sdn:39017"; docs/matching.md, "Parties across lists").
  std::string party_id;
  // With Query::group_parties, the party's other records that matched the query too, best
  // first: one result per party, every list and record still reachable.
  std::vector<PartyRecord> party_records;
};

struct ScreenResult {
  std::string normalised_query;
  std::vector<Match> matches;  // best first; ties broken by entity id
};

}  // namespace vigil
