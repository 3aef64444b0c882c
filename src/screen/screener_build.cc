#include <tbb/parallel_for.h>

#include "match/name_tables.h"
#include "match/prepared_name.h"
#include "party/party_grouping.h"
#include "screen/name_roles.h"
#include "screen/screener_state.h"
#include "text/normalise.h"

namespace vigil::screen {
namespace {

// Normalising is the expensive part: done on every core, then the names are indexed in a fixed
// order so that the index is the same whatever the thread timing.
void index_names(const std::vector<std::shared_ptr<const Entity>>& entities,
                 index::NameIndex& index) {
  struct NameRef {
    uint32_t entity;
    uint32_t name;
  };
  std::vector<NameRef> refs;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    for (uint32_t n = 0; n < entities[e]->names.size(); ++n) refs.push_back({e, n});
  }
  std::vector<std::vector<std::string>> tokens(refs.size());
  std::vector<std::vector<match::NameRole>> roles(refs.size());
  tbb::parallel_for(size_t{0}, refs.size(), [&](size_t i) {
    const Entity& entity = *entities[refs[i].entity];
    const Name& name = entity.names[refs[i].name];
    tokens[i] = match::name_tokens(text::normalise_name(name.full), entity.schema);
    roles[i] = name_roles(name, entity.schema, tokens[i]);
  });
  for (size_t i = 0; i < refs.size(); ++i) {
    if (tokens[i].empty()) continue;
    const Entity& entity = *entities[refs[i].entity];
    const NameKind kind =
        indexed_name_kind(entity.names[refs[i].name].kind, entity.schema, tokens[i]);
    index.add_name(refs[i].entity, refs[i].name, kind, entity.schema, tokens[i], roles[i]);
  }
  index.finish();
}

}  // namespace

NameKind indexed_name_kind(NameKind kind, Schema schema, const std::vector<std::string>& tokens) {
  if (kind != NameKind::kAlias) return kind;
  if (schema != Schema::kPerson && schema != Schema::kUnknown) return kind;
  size_t names = 0;
  for (const std::string& token : tokens) {
    const match::TokenClass token_class = match::classify_token(token);
    names += token_class == match::TokenClass::kName || token_class == match::TokenClass::kNumber;
  }
  return names == 1 ? NameKind::kWeakAlias : kind;
}

ScreenerState ScreenerState::build(std::vector<ParseOutput>& outputs) {
  ScreenerState state;
  for (ParseOutput& output : outputs) {
    state.datasets.push_back(output.info);
    for (Entity& entity : output.entities) {
      state.entity_by_id.emplace(entity.id, static_cast<uint32_t>(state.entities.size()));
      state.entities.push_back(std::make_shared<const Entity>(std::move(entity)));
    }
    output.entities.clear();
  }
  state.catalog = EntityCatalog(state.entities);
  index_names(state.entities, state.index);
  std::vector<uint32_t>& begin = state.names_begin;
  begin.assign(state.entities.size() + 1, 0);
  for (uint32_t n = 0; n < state.index.name_count(); ++n) ++begin[state.index.name(n).entity + 1];
  for (size_t e = 0; e < state.entities.size(); ++e) begin[e + 1] += begin[e];
  for (uint32_t e = 0; e < state.entities.size(); ++e) {
    const auto& listed = state.entities[e]->identifiers;
    for (uint32_t k = 0; k < listed.size(); ++k) state.identifiers.add(e, k, listed[k]);
  }
  state.parties = party::group_parties(state.entities);
  return state;
}

}  // namespace vigil::screen
