// The records that hold one key (a reference, an identifier, a name), and the links between
// them: shared by the rules of link_rules.h.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "party/link_rules.h"

namespace vigil::party {

using Holders = std::vector<uint32_t>;  // entity indices, ascending
using KeyHolders = std::unordered_map<std::string, Holders>;

// A link between every two holders.
void link_all_pairs(const Holders& holders, LinkRule rule, const std::string& evidence,
                    std::vector<PartyLink>& out);

// The holders a key may link: every holder alone in its list, and of the holders sharing a
// list the one whose names agree with a holder in another list, if only one does (lists copy
// a reference or a number onto an associate's record). A list left with none is counted in
// counts.ambiguous. Ascending.
Holders unambiguous_holders(EntityList entities, const Holders& holders, RuleCounts& counts);

}  // namespace vigil::party
