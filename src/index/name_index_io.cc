// NameIndex::write / NameIndex::read: the finished index as the compiled snapshot stores it.
// Arrays are written whole and copied back whole; only the token-text map and the per-token
// summaries (both derived from the vocabulary) are rebuilt. Every stored id and range is
// checked on read, so a damaged or forged file is refused, never trusted.
#include <algorithm>
#include <bit>

#include "index/name_index.h"

namespace vigil::index {
namespace {

void write_features(model::BinaryWriter& out, const match::TokenFeatures& f) {
  out.put_string(f.text);
  out.put_string(f.canonical);
  out.put_string(f.spelling);
  out.put_string(f.skeleton);
  out.put(f.token_class);
  out.put<uint8_t>(f.has_class ? 1 : 0);
  out.put<uint8_t>(f.given_name ? 1 : 0);
  out.put<uint8_t>(f.chinese_family_name ? 1 : 0);
}

bool read_flag(model::BinaryReader& in, bool& flag) {
  uint8_t raw = 0;
  if (!in.get(raw)) return false;
  if (raw > 1) return in.fail();
  flag = raw == 1;
  return true;
}

bool read_features(model::BinaryReader& in, match::TokenFeatures& f) {
  return in.get_string(f.text) && in.get_string(f.canonical) && in.get_string(f.spelling) &&
         in.get_string(f.skeleton) && in.get_enum(f.token_class, match::TokenClass::kNumber) &&
         read_flag(in, f.has_class) && read_flag(in, f.given_name) &&
         read_flag(in, f.chinese_family_name) && !f.text.empty();
}

void write_record(model::BinaryWriter& out, const NameRecord& r) {
  for (uint32_t field : {r.entity, r.name_in_entity, r.tokens_begin, r.tokens_count, r.pairs_begin})
    out.put(field);
  out.put(r.kind);
  out.put(r.schema);
}

bool read_record(model::BinaryReader& in, NameRecord& r) {
  return in.get(r.entity) && in.get(r.name_in_entity) && in.get(r.tokens_begin) &&
         in.get(r.tokens_count) && in.get(r.pairs_begin) &&
         in.get_enum(r.kind, NameKind::kNativeScript) && in.get_enum(r.schema, Schema::kAircraft);
}

bool all_below(const std::vector<uint32_t>& ids, size_t limit, bool allow_no_token = false) {
  for (uint32_t id : ids) {
    if (id >= limit && !(allow_no_token && id == NameIndex::kNoToken)) return false;
  }
  return true;
}

// begin[i] <= begin[i + 1], begin.back() == size: the offsets of `size` elements.
bool valid_offsets(const std::vector<uint32_t>& begin, size_t count, size_t size) {
  if (begin.size() != count + 1 || begin.back() != size) return false;
  for (size_t i = 0; i < count; ++i) {
    if (begin[i] > begin[i + 1]) return false;
  }
  return true;
}

}  // namespace

void NameIndex::write(model::BinaryWriter& out) const {
  out.put<uint64_t>(names_.size());
  for (const NameRecord& record : names_) write_record(out, record);
  out.put_array(name_lengths_);
  out.put_array(name_tokens_);
  std::vector<uint8_t> roles(name_roles_.size());
  for (size_t i = 0; i < roles.size(); ++i) roles[i] = static_cast<uint8_t>(name_roles_[i]);
  out.put_array(roles);
  out.put_array(name_pairs_);
  out.put<uint64_t>(vocabulary_.size());
  for (const VocabularyToken& token : vocabulary_) {
    write_features(out, token.features);
    out.put(token.weight);
    out.put<uint8_t>(token.joined_pair ? 1 : 0);
    out.put(token.document_frequency);
  }
  out.put_array(key_slots_);
  out.put_array(key_tokens_);
  out.put_array(postings_begin_);
  out.put_array(postings_);
}

Result<NameIndex> NameIndex::read(model::BinaryReader& in) {
  NameIndex index;
  uint64_t count = 0;
  if (in.get_count(count, sizeof(uint32_t))) {
    index.names_.resize(count);
    for (NameRecord& record : index.names_) {
      if (!read_record(in, record)) break;
    }
  }
  std::vector<uint8_t> roles;
  if (!in.ok() || !in.get_array(index.name_lengths_) || !in.get_array(index.name_tokens_) ||
      !in.get_array(roles) || !in.get_array(index.name_pairs_) ||
      !in.get_count(count, sizeof(uint32_t))) {
    return in.error("name index");
  }
  index.vocabulary_.resize(count);
  for (VocabularyToken& token : index.vocabulary_) {
    if (!read_features(in, token.features) || !in.get(token.weight) ||
        !read_flag(in, token.joined_pair) || !in.get(token.document_frequency)) {
      break;
    }
  }
  if (!in.ok() || !in.get_array(index.key_slots_) || !in.get_array(index.key_tokens_) ||
      !in.get_array(index.postings_begin_) || !in.get_array(index.postings_)) {
    return in.error("name index");
  }
  index.name_roles_.resize(roles.size());
  for (size_t i = 0; i < roles.size(); ++i) {
    if (roles[i] > static_cast<uint8_t>(match::NameRole::kFamily)) {
      return make_error(ErrorCode::kMalformed, "name index: a token role is out of range");
    }
    index.name_roles_[i] = static_cast<match::NameRole>(roles[i]);
  }
  if (const std::string why = index.inconsistency(); !why.empty()) {
    return make_error(ErrorCode::kMalformed, "name index is inconsistent: " + why);
  }
  index.token_ids_.reserve(index.vocabulary_.size());
  for (uint32_t id = 0; id < index.vocabulary_.size(); ++id) {
    index.token_ids_.emplace(index.vocabulary_[id].features.text, id);
  }
  if (index.token_ids_.size() != index.vocabulary_.size()) {
    return make_error(ErrorCode::kMalformed, "name index is inconsistent: a token is stored twice");
  }
  index.build_summaries();
  return index;
}

// Empty when every stored id and range points inside its array, else what does not.
std::string NameIndex::inconsistency() const {
  const size_t vocabulary = vocabulary_.size();
  if (name_lengths_.size() != names_.size()) return "name lengths";
  if (name_roles_.size() != name_tokens_.size()) return "token roles";
  if (!all_below(name_tokens_, vocabulary)) return "a name token id";
  if (!all_below(name_pairs_, vocabulary, /*allow_no_token=*/true)) return "a joined pair id";
  for (size_t n = 0; n < names_.size(); ++n) {
    const NameRecord& r = names_[n];
    if (name_lengths_[n] != std::min<uint32_t>(r.tokens_count, UINT8_MAX)) return "a name length";
    const uint64_t pairs = r.tokens_count == 0 ? 0 : r.tokens_count - 1;
    if (uint64_t{r.tokens_begin} + r.tokens_count > name_tokens_.size() ||
        uint64_t{r.pairs_begin} + pairs > name_pairs_.size()) {
      return "a name's token range";
    }
  }
  if (!valid_offsets(postings_begin_, vocabulary, postings_.size())) return "postings offsets";
  if (!all_below(postings_, names_.size())) return "a posting";
  if (!all_below(key_tokens_, vocabulary)) return "a key's token id";
  if (!key_slots_.empty() && !std::has_single_bit(key_slots_.size())) return "key table size";
  bool has_empty_slot = key_slots_.empty();
  for (const KeySlot& slot : key_slots_) {
    has_empty_slot = has_empty_slot || slot.count == 0;
    if (uint64_t{slot.begin} + slot.count > key_tokens_.size()) return "a key's token range";
  }
  // find_key stops at an empty slot: a full table would never stop.
  if (!has_empty_slot) return "key table has no empty slot";
  return {};
}

}  // namespace vigil::index
