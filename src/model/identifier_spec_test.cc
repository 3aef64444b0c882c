#include "model/identifier_spec.h"

#include <gtest/gtest.h>

namespace vigil::model {
namespace {

TEST(IdentifierSpecTest, ReadsTypeValueAndCountry) {
  const auto passport = parse_identifier_spec(" passport : D1017310 : IQ ");
  ASSERT_TRUE(passport.ok());
  EXPECT_EQ(passport->type, IdentifierType::kPassport);
  EXPECT_EQ(passport->value, "D1017310");
  EXPECT_EQ(passport->country, "IQ");
  const auto imo = parse_identifier_spec("IMO:IMO 9116412");
  ASSERT_TRUE(imo.ok());
  EXPECT_EQ(imo->type, IdentifierType::kImo);
  EXPECT_EQ(imo->value, "IMO 9116412");
  EXPECT_TRUE(imo->country.empty());
  const auto swift = parse_identifier_spec("swift:BKMTIRTH");
  ASSERT_TRUE(swift.ok());
  EXPECT_EQ(swift->type, IdentifierType::kBic);
}

TEST(IdentifierSpecTest, AWebsiteKeepsItsColons) {
  const auto site = parse_identifier_spec("website:https://example.com:80");
  ASSERT_TRUE(site.ok());
  EXPECT_EQ(site->value, "https://example.com:80");
  EXPECT_TRUE(site->country.empty());
}

TEST(IdentifierSpecTest, RefusesWhatItCannotRead) {
  EXPECT_FALSE(parse_identifier_spec("D1017310").ok());
  EXPECT_FALSE(parse_identifier_spec("shoe_size:44").ok());
  EXPECT_FALSE(parse_identifier_spec("passport:").ok());
  const auto bad = parse_identifier_spec("shoe_size:44");
  EXPECT_NE(bad.error().message.find("shoe_size"), std::string::npos);
}

TEST(IdentifierSpecTest, ReadsSeveralSeparatedBySemicolons) {
  const auto ids = parse_identifier_specs("passport:D1017310:IQ; imo:9116412;;");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 2U);
  EXPECT_EQ((*ids)[1].type, IdentifierType::kImo);
  EXPECT_FALSE(parse_identifier_specs("passport:D1017310;nonsense").ok());
}

}  // namespace
}  // namespace vigil::model
