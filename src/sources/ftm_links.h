// FollowTheMoney records that are facts about a party or edges between parties, attached to
// the parties they name once every party is read (a fact may come before its party in the
// file): Sanction ("entity"), Identification and Passport ("holder"), CryptoWallet
// ("holder"), Address (a party's "addressEntity"), and the relations (Ownership, Control,
// Directorship, Family, Associate, UnknownLink, Membership, Employment, Representation,
// Succession). A reference to a party that is not in the file is a warning.
#pragma once

#include <deque>

#include "sources/ftm_party.h"
#include "sources/ftm_record.h"
#include "sources/ftm_schema.h"

namespace vigil::sources {

// Parties and facts are kept in deques: millions of them are read one by one, and a deque
// grows without moving what it holds.
struct FtmFact {
  FtmRecord record;
  FtmSchemaRule rule;  // role is not kParty
};

void link_ftm_facts(std::deque<FtmParty>& parties, const std::deque<FtmFact>& facts,
                    FtmReport& report);

}  // namespace vigil::sources
