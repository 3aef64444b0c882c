#include "vigil/entity.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

namespace vigil {
namespace {

TEST(EntityTest, NormalisesIdentifiers) {
  EXPECT_EQ(normalise_identifier(IdentifierType::kPassport, "ab 12-345"), "AB12345");
  EXPECT_EQ(normalise_identifier(IdentifierType::kPassport, "B 960789"), "B960789");
  EXPECT_EQ(normalise_identifier(IdentifierType::kNationalId, "2.194.575"), "2194575");
  EXPECT_EQ(normalise_identifier(IdentifierType::kTaxId, "800018928-0"), "8000189280");
  EXPECT_EQ(normalise_identifier(IdentifierType::kImo, "IMO 9187629"), "IMO9187629");
  EXPECT_EQ(normalise_identifier(IdentifierType::kBic, "havi gb 2l"), "HAVIGB2L");
  EXPECT_EQ(normalise_identifier(IdentifierType::kRegistration, ""), "");
  EXPECT_EQ(normalise_identifier(IdentifierType::kOther, " - / . "), "");
}

TEST(EntityTest, EmailsAndWebsitesKeepTheirPunctuation) {
  EXPECT_EQ(normalise_identifier(IdentifierType::kEmail, " Info@Example.COM "), "info@example.com");
  EXPECT_EQ(normalise_identifier(IdentifierType::kEmail, "first.last@x.ir"), "first.last@x.ir");
  EXPECT_EQ(normalise_identifier(IdentifierType::kWebsite, "https://www.Example.ir/"),
            "example.ir");
  EXPECT_EQ(normalise_identifier(IdentifierType::kWebsite, "http://nitcsharjah.com/index.html"),
            "nitcsharjah.com/index.html");
  EXPECT_EQ(normalise_identifier(IdentifierType::kWebsite, "www.manartv.com"), "manartv.com");
}

TEST(EntityTest, CryptoWalletsKeepTheirCase) {
  // Base58 and mixed-case hex checksums are case-sensitive: folding would merge addresses.
  EXPECT_EQ(normalise_identifier(IdentifierType::kCryptoWallet, "0xAbC1"), "0xAbC1");
  EXPECT_EQ(normalise_identifier(IdentifierType::kCryptoWallet, " 12QtD5BFwRsdNsAZY76UVE1x "),
            "12QtD5BFwRsdNsAZY76UVE1x");
}

TEST(EntityTest, NormalisingNeverCrashesOnBytes) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (int type = 0; type <= static_cast<int>(IdentifierType::kDriverLicense); ++type) {
    EXPECT_NO_THROW((void)normalise_identifier(static_cast<IdentifierType>(type), bytes));
  }
}

// An entity with every field set, so that a change to any one of them can be seen.
Entity full_entity() {
  Entity e;
  e.id = "ofac_sdn:39017";
  e.dataset = "ofac_sdn";
  e.source_id = "39017";
  e.schema = Schema::kPerson;
  e.names.push_back(
      {"Esmail KHATIB", {"Seyed", "Esmail", "", "", "KHATIB"}, NameKind::kPrimary, "Latn", "fa"});
  e.birth_dates.push_back({{1960, 0, 0}, {1961, 0, 0}, false, "1960 to 1961"});
  e.birth_places.emplace_back("Ghayenat, Iran");
  e.nationalities.emplace_back("IR");
  e.citizenships.emplace_back("IR");
  e.countries.emplace_back("IR");
  e.gender = Gender::kMale;
  e.addresses.push_back({"Street 1", "Tehran", "Tehran Province", "12345", "IR", "Iran", "HQ"});
  e.identifiers.push_back({IdentifierType::kPassport, "Passport", "B 960789", "B960789", "IR",
                           "15 Jul 1998", "22 May 2003", "note"});
  e.sanctions.push_back({"OFAC", "IRAN-HR", "E.O. 13553", "2022-09-09", "reason"});
  e.relations.push_back({RelationKind::kLinkedTo, "ofac_sdn:12111", "MOIS", 50.0});
  e.properties.push_back({"position", "Minister of Intelligence"});
  e.remarks = "DOB 1960 to 1961.";
  return e;
}

TEST(EntityTest, EqualContentHasEqualHash) {
  const Entity a = full_entity();
  const Entity b = full_entity();
  EXPECT_EQ(compute_content_hash(a), compute_content_hash(b));
  EXPECT_NE(compute_content_hash(a), compute_content_hash(Entity{}));
  Entity c = full_entity();
  c.content_hash = 42;  // the hash does not hash itself
  EXPECT_EQ(compute_content_hash(a), compute_content_hash(c));
}

TEST(EntityTest, ContentHashSeesEveryField) {
  const std::vector<std::pair<std::string, std::function<void(Entity&)>>> changes = {
      {"id", [](Entity& e) { e.id += "x"; }},
      {"dataset", [](Entity& e) { e.dataset += "x"; }},
      {"source_id", [](Entity& e) { e.source_id += "x"; }},
      {"schema", [](Entity& e) { e.schema = Schema::kOrganization; }},
      {"name.full", [](Entity& e) { e.names[0].full += "x"; }},
      {"name.title", [](Entity& e) { e.names[0].parts.title += "x"; }},
      {"name.given", [](Entity& e) { e.names[0].parts.given += "x"; }},
      {"name.middle", [](Entity& e) { e.names[0].parts.middle += "x"; }},
      {"name.patronymic", [](Entity& e) { e.names[0].parts.patronymic += "x"; }},
      {"name.family", [](Entity& e) { e.names[0].parts.family += "x"; }},
      {"name.kind", [](Entity& e) { e.names[0].kind = NameKind::kAlias; }},
      {"name.script", [](Entity& e) { e.names[0].script = "Arab"; }},
      {"name.language", [](Entity& e) { e.names[0].language = "ar"; }},
      {"names+", [](Entity& e) { e.names.push_back(e.names[0]); }},
      {"birth_date.from", [](Entity& e) { e.birth_dates[0].from.year = 1959; }},
      {"birth_date.to", [](Entity& e) { e.birth_dates[0].to.month = 2; }},
      {"birth_date.circa", [](Entity& e) { e.birth_dates[0].circa = true; }},
      {"birth_date.original", [](Entity& e) { e.birth_dates[0].original += "x"; }},
      {"birth_places", [](Entity& e) { e.birth_places[0] += "x"; }},
      {"nationalities", [](Entity& e) { e.nationalities[0] = "IQ"; }},
      {"citizenships", [](Entity& e) { e.citizenships[0] = "IQ"; }},
      {"countries", [](Entity& e) { e.countries[0] = "IQ"; }},
      {"gender", [](Entity& e) { e.gender = Gender::kFemale; }},
      {"address.street", [](Entity& e) { e.addresses[0].street += "x"; }},
      {"address.city", [](Entity& e) { e.addresses[0].city += "x"; }},
      {"address.region", [](Entity& e) { e.addresses[0].region += "x"; }},
      {"address.postal_code", [](Entity& e) { e.addresses[0].postal_code += "x"; }},
      {"address.country", [](Entity& e) { e.addresses[0].country = "IQ"; }},
      {"address.country_name", [](Entity& e) { e.addresses[0].country_name += "x"; }},
      {"address.note", [](Entity& e) { e.addresses[0].note += "x"; }},
      {"identifier.type", [](Entity& e) { e.identifiers[0].type = IdentifierType::kNationalId; }},
      {"identifier.label", [](Entity& e) { e.identifiers[0].label += "x"; }},
      {"identifier.value", [](Entity& e) { e.identifiers[0].value += "x"; }},
      {"identifier.country", [](Entity& e) { e.identifiers[0].country = "IQ"; }},
      {"identifier.issued", [](Entity& e) { e.identifiers[0].issued += "x"; }},
      {"identifier.expires", [](Entity& e) { e.identifiers[0].expires += "x"; }},
      {"identifier.note", [](Entity& e) { e.identifiers[0].note += "x"; }},
      {"sanction.authority", [](Entity& e) { e.sanctions[0].authority += "x"; }},
      {"sanction.program", [](Entity& e) { e.sanctions[0].program += "x"; }},
      {"sanction.legal_basis", [](Entity& e) { e.sanctions[0].legal_basis += "x"; }},
      {"sanction.listed_on", [](Entity& e) { e.sanctions[0].listed_on += "x"; }},
      {"sanction.reason", [](Entity& e) { e.sanctions[0].reason += "x"; }},
      {"relation.kind", [](Entity& e) { e.relations[0].kind = RelationKind::kOwnedBy; }},
      {"relation.target_id", [](Entity& e) { e.relations[0].target_id += "x"; }},
      {"relation.target_name", [](Entity& e) { e.relations[0].target_name += "x"; }},
      {"relation.share", [](Entity& e) { e.relations[0].share_percent = 51.0; }},
      {"relation.no_share", [](Entity& e) { e.relations[0].share_percent.reset(); }},
      {"property.key", [](Entity& e) { e.properties[0].key += "x"; }},
      {"property.value", [](Entity& e) { e.properties[0].value += "x"; }},
      {"properties-", [](Entity& e) { e.properties.clear(); }},
      {"remarks", [](Entity& e) { e.remarks += "x"; }},
  };
  const uint64_t base = compute_content_hash(full_entity());
  std::set<uint64_t> seen = {base};
  for (const auto& [field, change] : changes) {
    Entity changed = full_entity();
    change(changed);
    const uint64_t hash = compute_content_hash(changed);
    EXPECT_NE(hash, base) << field;
    EXPECT_TRUE(seen.insert(hash).second) << field << " collides with another change";
  }
}

TEST(EntityTest, ContentHashSeesWhichFieldHoldsAValue) {
  // Length prefixes keep ("ab", "c") apart from ("a", "bc").
  Entity a;
  a.birth_places = {"ab", "c"};
  Entity b;
  b.birth_places = {"a", "bc"};
  EXPECT_NE(compute_content_hash(a), compute_content_hash(b));
  // The same value in another list is other content.
  Entity nationality;
  nationality.nationalities = {"IR"};
  Entity citizenship;
  citizenship.citizenships = {"IR"};
  EXPECT_NE(compute_content_hash(nationality), compute_content_hash(citizenship));
  // A name moved from one entry to the next.
  Entity one;
  one.names = {{"A B", {}, NameKind::kPrimary, "", ""}, {"", {}, NameKind::kPrimary, "", ""}};
  Entity two;
  two.names = {{"", {}, NameKind::kPrimary, "", ""}, {"A B", {}, NameKind::kPrimary, "", ""}};
  EXPECT_NE(compute_content_hash(one), compute_content_hash(two));
}

// An empty address and an empty unknown identifier are different content; the hash must not
// read them as the same sequence of empty values. Disabled: compute_content_hash does not yet
// hash the sizes of the address and identifier lists, so these two collide (reported to the
// owner of entity.cc; enable with the fix).
TEST(EntityTest, ContentHashSeesListBoundaries) {
  Entity with_address;
  with_address.addresses.emplace_back();
  Entity with_identifier;
  with_identifier.identifiers.emplace_back();
  EXPECT_NE(compute_content_hash(with_address), compute_content_hash(with_identifier));
  Entity with_sanction;
  with_sanction.sanctions.emplace_back();
  Entity with_property;
  with_property.properties.emplace_back();
  EXPECT_NE(compute_content_hash(with_sanction), compute_content_hash(with_property));
}

TEST(EntityTest, ParsesSchemaNamesAndSynonyms) {
  EXPECT_EQ(parse_schema("individual"), Schema::kPerson);
  EXPECT_EQ(parse_schema("Person"), Schema::kPerson);
  EXPECT_EQ(parse_schema("Entity"), Schema::kOrganization);
  EXPECT_EQ(parse_schema("organisation"), Schema::kOrganization);
  EXPECT_EQ(parse_schema("company"), Schema::kOrganization);
  EXPECT_EQ(parse_schema("vessel"), Schema::kVessel);
  EXPECT_EQ(parse_schema("SHIP"), Schema::kVessel);
  EXPECT_EQ(parse_schema("aircraft"), Schema::kAircraft);
  EXPECT_EQ(parse_schema(""), Schema::kUnknown);
  EXPECT_EQ(parse_schema("unknown"), Schema::kUnknown);
  EXPECT_FALSE(parse_schema("spaceship").has_value());
  EXPECT_FALSE(parse_schema("-0-").has_value());
}

TEST(EntityTest, SchemaNamesRoundTrip) {
  for (Schema schema : {Schema::kUnknown, Schema::kPerson, Schema::kOrganization, Schema::kVessel,
                        Schema::kAircraft}) {
    EXPECT_EQ(parse_schema(to_string(schema)), schema) << to_string(schema);
  }
}

TEST(EntityTest, EnumNamesAreStableSnakeCase) {
  EXPECT_EQ(to_string(Schema::kAircraft), "aircraft");
  EXPECT_EQ(to_string(NameKind::kWeakAlias), "weak_alias");
  EXPECT_EQ(to_string(NameKind::kNativeScript), "native_script");
  EXPECT_EQ(to_string(Gender::kFemale), "female");
  EXPECT_EQ(to_string(Gender::kUnknown), "unknown");
  EXPECT_EQ(to_string(RelationKind::kLinkedTo), "linked_to");
  EXPECT_EQ(to_string(RelationKind::kDirectorOf), "director_of");
  EXPECT_EQ(to_string(IdentifierType::kCryptoWallet), "crypto_wallet");
  EXPECT_EQ(to_string(IdentifierType::kAircraftSerial), "aircraft_serial");
  EXPECT_EQ(to_string(IdentifierType::kDriverLicense), "driver_license");
  std::set<std::string_view> names;
  for (int type = 0; type <= static_cast<int>(IdentifierType::kDriverLicense); ++type) {
    EXPECT_TRUE(names.insert(to_string(static_cast<IdentifierType>(type))).second) << type;
  }
}

TEST(EntityTest, PrimaryName) {
  Entity e;
  EXPECT_EQ(e.primary_name(), nullptr);
  e.names.push_back({"alias", {}, NameKind::kAlias, "", ""});
  EXPECT_EQ(e.primary_name()->full, "alias");  // no primary: the first name
  e.names.push_back({"main", {}, NameKind::kPrimary, "", ""});
  EXPECT_EQ(e.primary_name()->full, "main");
}

TEST(EntityTest, AddressOnOneLine) {
  const Address a{"Ibex House, The Minories", "London", "", "EC3N 1DY", "GB", "United Kingdom", ""};
  EXPECT_EQ(a.to_string(), "Ibex House, The Minories, London EC3N 1DY, United Kingdom");
  EXPECT_EQ((Address{"", "Havana", "", "", "CU", "", ""}).to_string(), "Havana, CU");
  EXPECT_EQ(Address{}.to_string(), "");
}

}  // namespace
}  // namespace vigil
