#include "vigil/screener.h"

#include <algorithm>
#include <chrono>
#include <unordered_map>

#include "index/identifier_index.h"
#include "index/name_index.h"
#include "match/attribute_scorer.h"
#include "match/name_scorer.h"
#include "match/prepared_name.h"
#include "model/written_name.h"
#include "screen/candidate_retrieval.h"
#include "screen/entity_filter.h"
#include "screen/match_explanation.h"
#include "screen/name_roles.h"
#include "screen/prepared_query.h"
#include "screen/query_validation.h"
#include "screen/screener_state.h"
#include "text/normalise.h"

namespace vigil {
namespace {

// Whether the query's name was written in Han characters (its pinyin then has no typos). Most
// names are ASCII: no script detection for them.
bool written_in_han(const Query& query) {
  const bool ascii = std::all_of(query.name.begin(), query.name.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return !ascii && text::detect_script(query.name) == "Hani";
}

}  // namespace

// The built state (entities, indexes, catalog) is a ScreenerState, so that the compiled
// snapshot can write it and read it back; Impl adds the screening: prepare the query, retrieve
// candidates, score them, keep the best name of each entity, adjust, rank, explain.
class Screener::Impl : public screen::ScreenerState {
 public:
  explicit Impl(screen::ScreenerState state)
      : screen::ScreenerState(std::move(state)), similar(index) {}
  double build_seconds = 0;
  screen::SimilarTokenLookup similar;

  Result<ScreenResult> screen(const Query& query) const;
  Result<Match> compare(const Query& query, const Name& candidate, Schema candidate_schema) const;

 private:
  // A list name's score against the query, and the score it is ranked by (with the step for
  // its kind of name).
  struct ScoredName {
    uint32_t entity;
    uint32_t name_id;
    double score;
    double ranking;
    bool weak_evidence;  // match::NameScore::weak_evidence
  };
  ScoredName score_name(const Query& query_options, const screen::PreparedQuery& query,
                        const screen::QueryMatchTable& table, uint32_t name_id) const;
  // Identifier hits of a query, grouped by entity (sorted by entity index).
  std::vector<std::pair<uint32_t, std::vector<IdentifierHit>>> identifier_hits(
      const Query& query) const;
  // The explained match of list name `name_id` (kNoName: the entity's primary name, when the
  // query has no name), which scored `name_score` and was ranked with `adjustments`.
  Match make_match(const Query& query, const screen::PreparedQuery& prepared,
                   const screen::QueryMatchTable& table, uint32_t entity, uint32_t name_id,
                   double name_score, const std::vector<IdentifierHit>& hits,
                   std::vector<Adjustment> adjustments) const;
  // A candidate entity as ranked: its best name, score, identifier hits and adjustments.
  struct Ranked {
    double score;
    const ScoredName* name;
    const std::vector<IdentifierHit>* hits;
    std::vector<Adjustment> adjustments;
  };
  // The matches returned, from the ranked candidates (best first): one per party unless the
  // query says otherwise, at most query.limit of them, explained.
  std::vector<Match> build_matches(const Query& query, const screen::PreparedQuery& prepared,
                                   const screen::QueryMatchTable& table,
                                   std::vector<Ranked>& ranked) const;
  // The position of `entity` among its party's members: 0 for the most authoritative record.
  [[nodiscard]] size_t authority(size_t party, uint32_t entity) const;
  [[nodiscard]] std::string matched_name_of(const ScoredName& scored) const;
  static constexpr uint32_t kNoName = UINT32_MAX;
};

Screener::Impl::ScoredName Screener::Impl::score_name(const Query& query_options,
                                                      const screen::PreparedQuery& query,
                                                      const screen::QueryMatchTable& table,
                                                      uint32_t name_id) const {
  thread_local std::vector<match::ScoredToken> list_side;
  const index::NameRecord& record = index.name(name_id);
  index.scored_tokens(record, list_side);
  const screen::IndexedTokenPairs pairs(index, query, table, record);
  const match::NameScore name_score =
      match::score_names(query.side, list_side, pairs, record.schema == Schema::kPerson, false,
                         match::organisation_like(record.schema));
  double ranking = name_score.score + match::name_kind_delta(record.kind);
  if (name_score.weak_evidence ||
      match::capped_weak_alias(query_options, record.kind, record.schema)) {
    ranking = std::min(ranking, match::kWeakEvidenceCap);
  }
  return {record.entity, name_id, name_score.score, ranking, name_score.weak_evidence};
}

Match Screener::Impl::make_match(const Query& query, const screen::PreparedQuery& prepared,
                                 const screen::QueryMatchTable& table, uint32_t entity,
                                 uint32_t name_id, double name_score,
                                 const std::vector<IdentifierHit>& hits,
                                 std::vector<Adjustment> adjustments) const {
  Match match;
  if (name_id == kNoName) {
    match.entity = entities[entity];
    const Name* primary = match.entity->primary_name();
    if (primary != nullptr) {
      match.matched_name = primary->full;
      match.matched_name_kind = primary->kind;
    }
  } else {
    const index::NameRecord& record = index.name(name_id);
    std::vector<match::ScoredToken> list_side;
    index.scored_tokens(record, list_side);
    const screen::IndexedTokenPairs pairs(index, prepared, table, record);
    match = screen::explained_match(prepared, entities[record.entity], record.name_in_entity,
                                    list_side, pairs);
    match.matched_name_kind = record.kind;
  }
  // The score the candidate was ranked with (the explained scoring computes the same).
  match.name_score = name_score;
  match.adjustments = std::move(adjustments);
  match.score = match::adjusted_score(name_score, match.adjustments);
  match.is_match = match.score >= query.threshold;
  match.identifier_hits = hits;
  return match;
}

std::vector<std::pair<uint32_t, std::vector<IdentifierHit>>> Screener::Impl::identifier_hits(
    const Query& query) const {
  std::vector<std::pair<uint32_t, IdentifierHit>> found;
  for (const QueryIdentifier& q : query.identifiers) {
    for (const index::IdentifierIndex::Hit& hit : identifiers.find(q.type, q.value, q.country)) {
      found.push_back({hit.entity, {q, entities[hit.entity]->identifiers[hit.identifier]}});
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // One entry per entity, its hits in query order.
  std::vector<std::pair<uint32_t, std::vector<IdentifierHit>>> grouped;
  for (auto& [entity, hit] : found) {
    if (grouped.empty() || grouped.back().first != entity) grouped.push_back({entity, {}});
    grouped.back().second.push_back(std::move(hit));
  }
  return grouped;
}

Result<Match> Screener::Impl::compare(const Query& query, const Name& candidate,
                                      Schema candidate_schema) const {
  auto resolved = screen::validate_query(query);
  if (!resolved.ok()) return resolved.error();
  if (!text::is_valid_utf8(candidate.full) || candidate.full.size() > screen::kMaxQueryBytes) {
    return make_error(ErrorCode::kInvalidArgument, "candidate name is not valid UTF-8 or too long");
  }
  const auto query_tokens = match::name_tokens(text::normalise_name(query.name), query.schema);
  const auto list_tokens =
      match::name_tokens(text::normalise_name(candidate.full), candidate_schema);
  if (query_tokens.empty() || list_tokens.empty()) {
    return make_error(ErrorCode::kInvalidArgument, "a name has no letters or digits");
  }
  const screen::PreparedQuery prepared =
      screen::prepare_query(index, similar, query_tokens, query.schema, written_in_han(query));
  const std::vector<match::NameRole> roles =
      screen::name_roles(candidate, candidate_schema, list_tokens);
  std::vector<match::TokenFeatures> list_features;
  for (const std::string& t : list_tokens) list_features.push_back(match::make_token_features(t));
  std::vector<match::ScoredToken> list_side;
  for (size_t j = 0; j < list_features.size(); ++j) {
    const match::TokenFeatures& f = list_features[j];
    const int64_t id = index.find_token(f.text);
    const double weight = id < 0 ? index::NameIndex::kUnknownTokenWeight
                                 : index.token(static_cast<uint32_t>(id)).weight;
    list_side.emplace_back(&f, weight * match::role_factor(roles[j]));
    list_side.back().role = roles[j];
  }
  auto entity = std::make_shared<Entity>();
  entity->id = "candidate";
  entity->schema = candidate_schema;
  entity->names.push_back(candidate);
  const auto known_name = [this](const match::TokenFeatures& f) {
    const int64_t id = index.find_token(f.text);
    return id >= 0 && !index.token(static_cast<uint32_t>(id)).joined_pair;
  };
  const match::DirectTokenPairs pairs(
      prepared.side, list_side, &index::NameIndex::share_any_key,
      &index::NameIndex::share_whole_token_key, known_name,
      match::known_names_distinct(match::compared_schema(candidate_schema, query.schema)),
      prepared.written_in_han);
  bool weak_evidence = false;
  Match match = screen::explained_match(prepared, entity, 0, list_side, pairs, &weak_evidence);
  match.adjustments = match::score_attributes(resolved.value(), *entity);
  if (weak_evidence) {
    const double score = match::adjusted_score(match.name_score, match.adjustments);
    if (auto cap = match::weak_evidence_cap(score)) match.adjustments.push_back(*cap);
  }
  match.score = match::adjusted_score(match.name_score, match.adjustments);
  match.is_match = match.score >= query.threshold;
  return match;
}

Result<ScreenResult> Screener::Impl::screen(const Query& query) const {
  auto validated = screen::validate_query(query);
  if (!validated.ok()) return validated.error();
  const Query& resolved = validated.value();
  const auto filter = catalog.resolve(resolved.lists);
  if (!filter.ok()) return filter.error();
  ScreenResult result;
  auto hits = identifier_hits(resolved);
  std::erase_if(hits, [&filter](const auto& hit) { return !filter->allows(hit.first); });
  std::vector<std::string> raw_tokens;
  if (!query.name.empty() || query.identifiers.empty()) {
    result.normalised_query = text::normalise_name(query.name);
    raw_tokens = match::name_tokens(result.normalised_query, query.schema);
    if (raw_tokens.empty()) {
      return make_error(ErrorCode::kInvalidArgument, "query name has no letters or digits");
    }
  }
  const screen::PreparedQuery prepared =
      screen::prepare_query(index, similar, raw_tokens, query.schema, written_in_han(query));
  const screen::QueryMatchTable table(index.vocabulary_size(), prepared.tokens);

  // Names that may still reach min_score (attributes add at most kMaxAttributeBonus), and every
  // name of an entity an identifier matched.
  std::vector<ScoredName> scored;
  if (!prepared.empty()) {
    for (uint32_t name_id : screen::retrieve(index, prepared, table, query.min_score, *filter)) {
      if (match::schemas_exclude(query.schema, index.name(name_id).schema)) continue;
      const ScoredName s = score_name(resolved, prepared, table, name_id);
      if (s.ranking + match::kMaxAttributeBonus >= query.min_score) scored.push_back(s);
    }
  }
  for (const auto& [entity, entity_hits] : hits) {
    if (prepared.empty() || names_begin[entity] == names_begin[entity + 1]) {
      scored.push_back({entity, kNoName, 0.0, 0.0, false});
      continue;
    }
    for (uint32_t n = names_begin[entity]; n < names_begin[entity + 1]; ++n) {
      scored.push_back(score_name(resolved, prepared, table, n));
    }
  }
  // The best name of each entity: highest ranking score, then lowest name id.
  std::sort(scored.begin(), scored.end(), [](const ScoredName& a, const ScoredName& b) {
    if (a.entity != b.entity) return a.entity < b.entity;
    return a.ranking != b.ranking ? a.ranking > b.ranking : a.name_id < b.name_id;
  });
  // Rank on scores alone; build (and explain) only the matches returned.
  static const std::vector<IdentifierHit> kNoHits;
  std::vector<Ranked> ranked;
  auto next_hit = hits.begin();
  for (size_t k = 0; k < scored.size(); ++k) {
    if (k > 0 && scored[k].entity == scored[k - 1].entity) continue;
    const ScoredName& best = scored[k];
    while (next_hit != hits.end() && next_hit->first < best.entity) ++next_hit;
    const bool hit = next_hit != hits.end() && next_hit->first == best.entity;
    const std::vector<IdentifierHit>& entity_hits = hit ? next_hit->second : kNoHits;
    const Entity& entity = *entities[best.entity];
    const NameKind kind =
        best.name_id == kNoName ? NameKind::kPrimary : index.name(best.name_id).kind;
    std::vector<Adjustment> adjustments =
        match::adjustments_for(resolved, entity, kind, best.score, best.weak_evidence, entity_hits);
    const double score = match::adjusted_score(best.score, adjustments);
    if (hit || score >= query.min_score) {
      ranked.push_back({score, &best, &entity_hits, std::move(adjustments)});
    }
  }
  std::sort(ranked.begin(), ranked.end(), [this](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    return entities[a.name->entity]->id < entities[b.name->entity]->id;
  });
  result.matches = build_matches(resolved, prepared, table, ranked);
  return result;
}

std::vector<Match> Screener::Impl::build_matches(const Query& query,
                                                 const screen::PreparedQuery& prepared,
                                                 const screen::QueryMatchTable& table,
                                                 std::vector<Ranked>& ranked) const {
  // One result per party: the first (best) record of each party stands for it, its other
  // records follow it; among records of equal score the party's most authoritative leads.
  std::vector<size_t> kept;
  std::vector<std::vector<size_t>> followers;
  std::unordered_map<size_t, size_t> slot_of_party;
  for (size_t r = 0; r < ranked.size(); ++r) {
    const size_t party = parties.group_of(ranked[r].name->entity);
    const auto [slot, fresh] =
        slot_of_party.try_emplace(query.group_parties ? party : r, kept.size());
    if (fresh) {
      kept.push_back(r);
      followers.emplace_back();
      continue;
    }
    std::vector<size_t>& others = followers[slot->second];
    others.push_back(r);
    size_t& lead = kept[slot->second];
    if (ranked[r].score == ranked[lead].score &&
        authority(party, ranked[r].name->entity) < authority(party, ranked[lead].name->entity)) {
      std::swap(lead, others.back());
    }
  }
  if (kept.size() > query.limit) kept.resize(query.limit);
  std::vector<Match> matches;
  matches.reserve(kept.size());
  for (size_t k = 0; k < kept.size(); ++k) {
    Ranked& r = ranked[kept[k]];
    Match match = make_match(query, prepared, table, r.name->entity, r.name->name_id, r.name->score,
                             *r.hits, std::move(r.adjustments));
    match.party_id = parties.group(parties.group_of(r.name->entity)).id;
    for (size_t f : followers[k]) {
      const ScoredName& other = *ranked[f].name;
      match.party_records.push_back(
          {entities[other.entity], matched_name_of(other), ranked[f].score});
    }
    std::stable_sort(match.party_records.begin(), match.party_records.end(),
                     [](const PartyRecord& a, const PartyRecord& b) { return a.score > b.score; });
    matches.push_back(std::move(match));
  }
  return matches;
}

size_t Screener::Impl::authority(size_t party, uint32_t entity) const {
  const std::vector<uint32_t>& members = parties.group(party).members;
  return static_cast<size_t>(std::find(members.begin(), members.end(), entity) - members.begin());
}

std::string Screener::Impl::matched_name_of(const ScoredName& scored) const {
  if (scored.name_id != kNoName) {
    const index::NameRecord& record = index.name(scored.name_id);
    return entities[record.entity]->names[record.name_in_entity].full;
  }
  const Name* primary = entities[scored.entity]->primary_name();
  return primary == nullptr ? std::string() : primary->full;
}

Screener::Screener(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Screener::~Screener() = default;

Result<std::shared_ptr<const Screener>> Screener::build(std::vector<ParseOutput> datasets) {
  const auto start = std::chrono::steady_clock::now();
  auto impl = std::make_unique<Impl>(screen::ScreenerState::build(datasets));
  impl->build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::shared_ptr<const Screener>(new Screener(std::move(impl)));
}

void Screener::write_state(model::BinaryWriter& out) const { impl_->write(out); }

Result<std::shared_ptr<const Screener>> Screener::read_state(model::BinaryReader& in) {
  const auto start = std::chrono::steady_clock::now();
  auto state = screen::ScreenerState::read(in);
  if (!state.ok()) return state.error();
  auto impl = std::make_unique<Impl>(std::move(state.value()));
  impl->build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::shared_ptr<const Screener>(new Screener(std::move(impl)));
}

Result<ScreenResult> Screener::screen(const Query& query) const { return impl_->screen(query); }
Result<Match> Screener::compare(const Query& query, std::string_view candidate,
                                Schema candidate_schema) const {
  return impl_->compare(query, model::name_from_family_first(candidate, candidate_schema),
                        candidate_schema);
}
Result<Match> Screener::compare(const Query& query, const Name& candidate,
                                Schema candidate_schema) const {
  return impl_->compare(query, candidate, candidate_schema);
}
Result<size_t> Screener::selected_entity_count(const ListSelection& lists) const {
  const auto filter = impl_->catalog.resolve(lists);
  if (!filter.ok()) return filter.error();
  size_t count = 0;
  for (uint32_t e = 0; e < impl_->entities.size(); ++e) count += filter->allows(e) ? 1 : 0;
  return count;
}
const std::vector<DatasetInfo>& Screener::datasets() const { return impl_->datasets; }
size_t Screener::entity_count() const { return impl_->entities.size(); }

const party::PartyGroups& Screener::parties() const { return impl_->parties; }

std::span<const std::shared_ptr<const Entity>> Screener::entities() const {
  return impl_->entities;
}
size_t Screener::name_count() const { return impl_->index.name_count(); }
double Screener::index_build_seconds() const { return impl_->build_seconds; }

const party::PartyGroup* Screener::find_party(std::string_view id) const {
  const party::PartyGroups& groups = parties();
  constexpr std::string_view kPrefix = "party:";
  const bool party_id = id.starts_with(kPrefix);
  const std::string_view entity_id = party_id ? id.substr(kPrefix.size()) : id;
  const auto it = impl_->entity_by_id.find(std::string(entity_id));
  if (it == impl_->entity_by_id.end() || it->second >= groups.entity_count()) return nullptr;
  const party::PartyGroup& group = groups.group(groups.group_of(it->second));
  // A party is named after its most authoritative record: another record's id is no party id.
  return !party_id || group.id == id ? &group : nullptr;
}

std::shared_ptr<const Entity> Screener::find_entity(std::string_view id) const {
  const auto it = impl_->entity_by_id.find(std::string(id));
  return it == impl_->entity_by_id.end() ? nullptr : impl_->entities[it->second];
}

}  // namespace vigil
