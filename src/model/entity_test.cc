#include "vigil/entity.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(EntityTest, NormalisesIdentifiers) {
  EXPECT_EQ(normalise_identifier(IdentifierType::kPassport, "ab 12-345"), "AB12345");
  EXPECT_EQ(normalise_identifier(IdentifierType::kImo, "IMO 9187629"), "IMO9187629");
  EXPECT_EQ(normalise_identifier(IdentifierType::kEmail, " Info@Example.COM "), "info@example.com");
  EXPECT_EQ(normalise_identifier(IdentifierType::kWebsite, "https://www.Example.ir/"),
            "example.ir");
  EXPECT_EQ(normalise_identifier(IdentifierType::kCryptoWallet, "0xAbC1"), "0xAbC1");
}

TEST(EntityTest, ContentHashSeesEveryField) {
  Entity a;
  a.id = "x:1";
  a.names.push_back({"Esmail KHATIB", {}, NameKind::kPrimary, "Latn", ""});
  const uint64_t base = compute_content_hash(a);
  EXPECT_EQ(base, compute_content_hash(a));
  Entity b = a;
  b.names[0].kind = NameKind::kAlias;
  EXPECT_NE(base, compute_content_hash(b));
  b = a;
  b.birth_dates.push_back({{1960, 0, 0}, {1961, 0, 0}, false, "1960 to 1961"});
  EXPECT_NE(base, compute_content_hash(b));
  b = a;
  b.relations.push_back({RelationKind::kLinkedTo, "", "MOIS", std::nullopt});
  EXPECT_NE(base, compute_content_hash(b));
  b = a;
  b.remarks = "x";
  EXPECT_NE(base, compute_content_hash(b));
  b = a;
  b.properties.push_back({"vessel_flag", "Iran"});
  EXPECT_NE(base, compute_content_hash(b));
}

TEST(EntityTest, SchemaNames) {
  EXPECT_EQ(parse_schema("individual"), Schema::kPerson);
  EXPECT_EQ(parse_schema("Entity"), Schema::kOrganization);
  EXPECT_EQ(parse_schema("vessel"), Schema::kVessel);
  EXPECT_EQ(parse_schema(""), Schema::kUnknown);
  EXPECT_FALSE(parse_schema("spaceship").has_value());
  EXPECT_EQ(to_string(Schema::kAircraft), "aircraft");
  EXPECT_EQ(to_string(IdentifierType::kCryptoWallet), "crypto_wallet");
}

TEST(EntityTest, PrimaryName) {
  Entity e;
  EXPECT_EQ(e.primary_name(), nullptr);
  e.names.push_back({"alias", {}, NameKind::kAlias, "", ""});
  e.names.push_back({"main", {}, NameKind::kPrimary, "", ""});
  EXPECT_EQ(e.primary_name()->full, "main");
}

}  // namespace
}  // namespace vigil
