#include "sources/entity_links.h"

#include <cctype>
#include <string>
#include <unordered_map>

namespace vigil::sources {
namespace {

// Upper case, single spaces, no trailing periods or spaces: "Kpd  S.A." -> "KPD S.A".
std::string name_key(std::string_view name) {
  std::string key;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u) != 0) {
      if (!key.empty() && key.back() != ' ') key += ' ';
      continue;
    }
    key += static_cast<char>(std::toupper(u));
  }
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  return key;
}

// Each name key with the index of the one entity that has it, or kAmbiguous.
class NameTable {
 public:
  static constexpr size_t kAmbiguous = static_cast<size_t>(-1);

  void add(const std::string& key, size_t entity) {
    if (key.empty()) return;
    const auto [it, inserted] = table_.emplace(key, entity);
    if (!inserted && it->second != entity) it->second = kAmbiguous;
  }

  [[nodiscard]] const size_t* find(const std::string& key) const {
    const auto it = table_.find(key);
    return it == table_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string, size_t> table_;
};

// The spellings of a name a list may use for it: as stored, and OFAC's "FAMILY, Given".
void add_name(NameTable& table, const Name& name, size_t entity) {
  table.add(name_key(name.full), entity);
  if (name.parts.family.empty() || name.parts.given.empty()) return;
  std::string written = name.parts.family + ", " + name.parts.given;
  if (!name.parts.middle.empty()) written += " " + name.parts.middle;
  table.add(name_key(written), entity);
}

}  // namespace

LinkCounts resolve_relations(std::vector<Entity>& entities) {
  NameTable primary;
  NameTable alias;
  for (size_t i = 0; i < entities.size(); ++i) {
    for (const Name& name : entities[i].names) {
      if (name.kind == NameKind::kPrimary) add_name(primary, name, i);
      if (name.kind == NameKind::kAlias || name.kind == NameKind::kFormer) {
        add_name(alias, name, i);
      }
    }
  }
  LinkCounts counts;
  for (size_t i = 0; i < entities.size(); ++i) {
    for (Relation& relation : entities[i].relations) {
      if (!relation.target_id.empty()) continue;
      const std::string key = name_key(relation.target_name);
      const size_t* found = primary.find(key);
      if (found == nullptr) found = alias.find(key);
      if (found == nullptr || *found == i) {
        ++counts.unresolved;
      } else if (*found == NameTable::kAmbiguous) {
        ++counts.ambiguous;
      } else {
        relation.target_id = entities[*found].id;
        ++counts.resolved;
      }
    }
  }
  return counts;
}

}  // namespace vigil::sources
