#include "party/party_groups.h"

#include <algorithm>
#include <limits>

namespace vigil::party {
namespace {

constexpr uint32_t kNoGroup = std::numeric_limits<uint32_t>::max();
constexpr std::string_view kWhat = "party groups";
// The smallest bytes a link or a group can take: two indices and two flags; an empty id and
// two empty arrays.
constexpr size_t kMinLinkBytes = 2 * sizeof(uint32_t) + 2 * sizeof(uint8_t) + sizeof(uint64_t);
constexpr size_t kMinGroupBytes = 3 * sizeof(uint64_t);

void write_link(const PartyLink& link, model::BinaryWriter& out) {
  out.put<uint32_t>(link.first);
  out.put<uint32_t>(link.second);
  out.put<uint8_t>(static_cast<uint8_t>(link.rule));
  out.put<uint8_t>(link.joined ? 1 : 0);
  out.put_string(link.evidence);
}

bool read_link(model::BinaryReader& in, PartyLink& link) {
  uint8_t joined = 0;
  if (!in.get(link.first) || !in.get(link.second) || !in.get_enum(link.rule, kLastLinkRule) ||
      !in.get(joined) || !in.get_string(link.evidence)) {
    return false;
  }
  if (joined > 1) return in.fail();
  link.joined = joined == 1;
  return true;
}

bool read_group(model::BinaryReader& in, PartyGroup& group) {
  uint64_t links = 0;
  if (!in.get_string(group.id) || !in.get_array(group.members) ||
      !in.get_count(links, kMinLinkBytes)) {
    return false;
  }
  group.links.resize(links);
  for (PartyLink& link : group.links) {
    if (!read_link(in, link)) return false;
  }
  return true;
}

bool is_member(const PartyGroup& group, uint32_t entity) {
  return std::find(group.members.begin(), group.members.end(), entity) != group.members.end();
}

}  // namespace

PartyGroups::PartyGroups(std::vector<PartyGroup> groups, size_t entity_count)
    : groups_(std::move(groups)), group_of_(entity_count, kNoGroup) {
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    for (uint32_t member : groups_[g].members) group_of_[member] = g;
  }
}

void PartyGroups::write(model::BinaryWriter& out) const {
  out.put<uint64_t>(groups_.size());
  for (const PartyGroup& group : groups_) {
    out.put_string(group.id);
    out.put_array(group.members);
    out.put<uint64_t>(group.links.size());
    for (const PartyLink& link : group.links) write_link(link, out);
  }
}

Result<PartyGroups> PartyGroups::read(model::BinaryReader& in, size_t entity_count) {
  uint64_t count = 0;
  if (!in.get_count(count, kMinGroupBytes)) return in.error(kWhat);
  std::vector<PartyGroup> groups(count);
  std::vector<bool> seen(entity_count, false);
  for (PartyGroup& group : groups) {
    if (!read_group(in, group)) return in.error(kWhat);
    if (group.members.empty()) return in.error(kWhat);
    for (uint32_t member : group.members) {
      if (member >= entity_count || seen[member]) return in.error(kWhat);
      seen[member] = true;
    }
    for (const PartyLink& link : group.links) {
      if (!is_member(group, link.first) || !is_member(group, link.second)) {
        return in.error(kWhat);
      }
    }
  }
  if (std::find(seen.begin(), seen.end(), false) != seen.end()) return in.error(kWhat);
  return PartyGroups(std::move(groups), entity_count);
}

}  // namespace vigil::party
