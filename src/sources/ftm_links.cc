#include "sources/ftm_links.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "model/ascii.h"
#include "model/country.h"
#include "sources/entity_support.h"

namespace vigil::sources {
namespace {

// The properties each kind of fact is read for; the rest are tallied as unread.
constexpr std::array<std::string_view, 10> kSanctionProperties = {
    "entity",      "authority", "program", "programId", "provisions",
    "listingDate", "startDate", "reason",  "unscId",    "authorityId"};
constexpr std::array<std::string_view, 9> kIdentificationProperties = {
    "holder",    "number",  "passportNumber", "type",   "country",
    "startDate", "endDate", "authority",      "summary"};
constexpr std::array<std::string_view, 4> kWalletProperties = {"holder", "publicKey", "currency",
                                                               "currencySymbol"};
constexpr std::array<std::string_view, 9> kAddressProperties = {
    "full", "street", "street2", "city", "postalCode", "region", "state", "country", "remarks"};

std::string_view date_part(std::string_view value) { return value.substr(0, value.find('T')); }

// "50", "50%", "50.5 %" -> 50.5; nullopt when not a number.
std::optional<double> percentage_of(std::string_view text) {
  std::string digits(model::trim(text));
  if (!digits.empty() && digits.back() == '%') digits.pop_back();
  if (digits.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(digits.c_str(), &end);
  if (end == digits.c_str() || *end != '\0') return std::nullopt;
  return value;
}

// Vigil writes the relation kinds FtM has no schema for (controlled_by...) as the role of an
// UnknownLink: "controlled_by" -> kControlledBy.
std::optional<RelationKind> relation_kind_named(std::string_view role) {
  for (size_t i = 0; i <= static_cast<size_t>(RelationKind::kDirectorOf); ++i) {
    const auto kind = static_cast<RelationKind>(i);
    if (role == to_string(kind)) return kind;
  }
  return std::nullopt;
}

Address address_of(const FtmRecord& record) {
  Address address;
  address.street = std::string(record.first("street"));
  if (const std::string_view more = record.first("street2"); !more.empty()) {
    address.street += (address.street.empty() ? "" : ", ") + std::string(more);
  }
  address.city = std::string(record.first("city"));
  address.region = std::string(record.first("region"));
  if (address.region.empty()) address.region = std::string(record.first("state"));
  address.postal_code = std::string(record.first("postalCode"));
  address.country = ftm_country(record.first("country"));
  address.country_name = std::string(model::country_name(address.country));
  address.note = std::string(record.first("remarks"));
  const bool structured = !address.street.empty() || !address.city.empty() ||
                          !address.region.empty() || !address.postal_code.empty();
  if (!structured) address.street = std::string(record.first("full"));
  return address;
}

class Linker {
 public:
  Linker(std::deque<FtmParty>& parties, FtmReport& report) : parties_(parties), report_(report) {
    for (size_t i = 0; i < parties_.size(); ++i) index_.emplace(parties_[i].entity.source_id, i);
  }

  void collect_address(const FtmRecord& record) {
    addresses_.emplace(record.id, address_of(record));
  }

  void attach(const FtmFact& fact) {
    const FtmRecord& record = fact.record;
    switch (fact.rule.role) {
      case FtmRole::kSanction: attach_sanction(record); break;
      case FtmRole::kIdentification: attach_identification(record); break;
      case FtmRole::kCryptoWallet: attach_wallet(record); break;
      case FtmRole::kRelation: attach_relation(record, fact.rule); break;
      case FtmRole::kAddress:
      case FtmRole::kParty: break;
    }
  }

  void resolve_addresses() {
    for (FtmParty& party : parties_) {
      for (const std::string& id : party.address_ids) {
        const auto found = addresses_.find(id);
        if (found == addresses_.end()) {
          report_.diagnostics.warn(party.line, party.entity.source_id,
                                   "addressEntity " + id + " is not in the file");
          continue;
        }
        party.entity.addresses.push_back(found->second);
        append_unique(party.entity.countries, found->second.country);
      }
    }
  }

  template <size_t N>
  void tally_unread(const FtmRecord& record, const std::array<std::string_view, N>& known) {
    for (const FtmProperty& property : record.properties) {
      if (std::find(known.begin(), known.end(), property.name) == known.end()) {
        report_.unread(record, property);
      }
    }
  }

  void tally(const FtmFact& fact) {
    switch (fact.rule.role) {
      case FtmRole::kSanction: tally_unread(fact.record, kSanctionProperties); break;
      case FtmRole::kIdentification: tally_unread(fact.record, kIdentificationProperties); break;
      case FtmRole::kCryptoWallet: tally_unread(fact.record, kWalletProperties); break;
      case FtmRole::kAddress: tally_unread(fact.record, kAddressProperties); break;
      case FtmRole::kRelation: {
        const std::array<std::string_view, 4> known = {"percentage", "role", fact.rule.subject,
                                                       fact.rule.object};
        tally_unread(fact.record, known);
        break;
      }
      case FtmRole::kParty: break;
    }
  }

 private:
  // The parties a fact's property names; each missing one is a warning.
  std::vector<Entity*> parties_named(const FtmRecord& record, std::string_view property) {
    std::vector<Entity*> found;
    for (const std::string& id : record.values(property)) {
      const auto it = index_.find(id);
      if (it == index_.end()) {
        report_.diagnostics.warn(record.line, record.id,
                                 record.schema + " names " + std::string(property) + " " + id +
                                     ", which is not in the file");
        continue;
      }
      found.push_back(&parties_[it->second].entity);
    }
    if (record.values(property).empty()) {
      report_.diagnostics.warn(record.line, record.id,
                               record.schema + " without its \"" + std::string(property) + "\"");
    }
    return found;
  }

  void attach_sanction(const FtmRecord& record) {
    Sanction sanction;
    sanction.authority = std::string(record.first("authority"));
    sanction.program = std::string(record.first("program"));
    if (sanction.program.empty()) sanction.program = std::string(record.first("programId"));
    sanction.legal_basis = std::string(record.first("provisions"));
    sanction.listed_on = std::string(date_part(record.first("listingDate")));
    if (sanction.listed_on.empty())
      sanction.listed_on = std::string(date_part(record.first("startDate")));
    sanction.reason = std::string(record.first("reason"));
    for (Entity* entity : parties_named(record, "entity")) {
      entity->sanctions.push_back(sanction);
      for (const std::string& id : record.values("unscId")) {
        add_identifier(*entity, make_identifier(IdentifierType::kOther, "UN reference number", id));
      }
      for (const std::string& id : record.values("authorityId")) {
        add_property(*entity, "sanction_authority_id", id);
      }
    }
  }

  void attach_identification(const FtmRecord& record) {
    std::string number(record.first("number"));
    if (number.empty()) number = std::string(record.first("passportNumber"));
    if (number.empty()) {
      report_.diagnostics.warn(record.line, record.id, record.schema + " without a number");
      return;
    }
    Identifier identifier =
        make_identifier(ftm_identification_type(record.schema, record.first("type")),
                        std::string(record.first("type")), number);
    const std::string_view country = record.first("country");
    identifier.country = ftm_country(country);
    identifier.issued = std::string(date_part(record.first("startDate")));
    identifier.expires = std::string(date_part(record.first("endDate")));
    identifier.note = std::string(record.first("summary"));
    if (identifier.note.empty()) identifier.note = std::string(record.first("authority"));
    for (Entity* holder : parties_named(record, "holder")) add_identifier(*holder, identifier);
  }

  void attach_wallet(const FtmRecord& record) {
    const std::string_view key = record.first("publicKey");
    if (key.empty()) {
      report_.diagnostics.warn(record.line, record.id, "CryptoWallet without a publicKey");
      return;
    }
    std::string currency(record.first("currency"));
    if (currency.empty()) currency = std::string(record.first("currencySymbol"));
    const Identifier wallet =
        make_identifier(IdentifierType::kCryptoWallet, std::move(currency), std::string(key));
    for (Entity* holder : parties_named(record, "holder")) add_identifier(*holder, wallet);
  }

  void attach_relation(const FtmRecord& record, const FtmSchemaRule& rule) {
    const std::vector<Entity*> subjects = parties_named(record, rule.subject);
    const std::vector<Entity*> objects = parties_named(record, rule.object);
    Relation relation;
    relation.kind = rule.relation;
    if (rule.schema == "UnknownLink") {
      relation.kind = relation_kind_named(record.first("role")).value_or(rule.relation);
    }
    if (rule.schema == "Ownership")
      relation.share_percent = percentage_of(record.first("percentage"));
    for (Entity* subject : subjects) {
      for (const Entity* object : objects) {
        relation.target_id = object->id;
        const Name* name = object->primary_name();
        relation.target_name = name == nullptr ? std::string() : name->full;
        subject->relations.push_back(relation);
      }
    }
  }

  // The same number stated twice (a property and its Identification entity, OpenSanctions'
  // passportNumber and Passport) is one identifier: the second statement fills in what the
  // first left out. A document whose type is unknown (kOther) completes a number of any type.
  static Identifier* same_identifier(Entity& entity, const Identifier& identifier) {
    const auto completes = [&identifier](const Identifier& known) {
      if (known.normalised != identifier.normalised) return false;
      if (!known.label.empty() && known.label != identifier.label) return false;
      return known.type == identifier.type || identifier.type == IdentifierType::kOther;
    };
    const auto same = std::find_if(entity.identifiers.begin(), entity.identifiers.end(), completes);
    return same == entity.identifiers.end() ? nullptr : &*same;
  }

  static void add_identifier(Entity& entity, const Identifier& identifier) {
    Identifier* same = same_identifier(entity, identifier);
    if (same == nullptr) {
      entity.identifiers.push_back(identifier);
      return;
    }
    for (auto field : {&Identifier::label, &Identifier::country, &Identifier::issued,
                       &Identifier::expires, &Identifier::note}) {
      std::string& known = same->*field;
      if (known.empty()) known = identifier.*field;
    }
  }

  std::deque<FtmParty>& parties_;
  FtmReport& report_;
  std::unordered_map<std::string, size_t> index_;
  std::unordered_map<std::string, Address> addresses_;
};

}  // namespace

void link_ftm_facts(std::deque<FtmParty>& parties, const std::deque<FtmFact>& facts,
                    FtmReport& report) {
  Linker linker(parties, report);
  for (const FtmFact& fact : facts) {
    if (fact.rule.role == FtmRole::kAddress) linker.collect_address(fact.record);
  }
  linker.resolve_addresses();
  for (const FtmFact& fact : facts) {
    linker.attach(fact);
    linker.tally(fact);
  }
}

}  // namespace vigil::sources
