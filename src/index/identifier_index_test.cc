#include "index/identifier_index.h"

#include <gtest/gtest.h>

namespace vigil::index {
namespace {

Identifier listed(IdentifierType type, std::string value, std::string country = "") {
  Identifier id;
  id.type = type;
  id.value = std::move(value);
  id.normalised = normalise_identifier(id.type, id.value);
  id.country = std::move(country);
  return id;
}

TEST(MatchKeyTest, IgnoresHowTheNumberIsWritten) {
  EXPECT_EQ(match_key(IdentifierType::kPassport, "d 1017-310"), "D1017310");
  EXPECT_EQ(match_key(IdentifierType::kImo, "IMO 9116412"), "9116412");
  EXPECT_EQ(match_key(IdentifierType::kBic, "BKMT IR TH XXX"), "BKMTIRTH");
  EXPECT_EQ(match_key(IdentifierType::kBic, "BKMTIRTH001"), "BKMTIRTH001");
  EXPECT_EQ(match_key(IdentifierType::kEmail, " Info@Example.COM"), "info@example.com");
  EXPECT_EQ(match_key(IdentifierType::kWebsite, "https://www.example.com/"), "example.com");
  EXPECT_EQ(match_key(IdentifierType::kCryptoWallet, "0xAbCdEf0123456789abcdef0123456789ABCDEF01"),
            "0xabcdef0123456789abcdef0123456789abcdef01");
  EXPECT_EQ(match_key(IdentifierType::kCryptoWallet, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"),
            "1BoatSLRHtKNngkdXEeobR76b53LETtpyT");  // base58 keeps its case
  EXPECT_EQ(match_key(IdentifierType::kPhone, "+98 (21) 8801-2345"), "982188012345");
}

TEST(CheckedQueryKeyTest, ChecksDigitsAndShapes) {
  EXPECT_TRUE(checked_query_key(IdentifierType::kImo, "IMO 9116412").ok());
  const auto bad_imo = checked_query_key(IdentifierType::kImo, "9116413");
  ASSERT_FALSE(bad_imo.ok());
  EXPECT_NE(bad_imo.error().message.find("9116413"), std::string::npos);
  EXPECT_TRUE(checked_query_key(IdentifierType::kLei, "5493001KJTIIGC8Y1R12").ok());
  EXPECT_FALSE(checked_query_key(IdentifierType::kLei, "5493001KJTIIGC8Y1R13").ok());
  EXPECT_TRUE(checked_query_key(IdentifierType::kBic, "DEUTDEFF").ok());
  EXPECT_FALSE(checked_query_key(IdentifierType::kBic, "DEUT1EFF").ok());
  EXPECT_FALSE(checked_query_key(IdentifierType::kMmsi, "12345").ok());
  EXPECT_FALSE(checked_query_key(IdentifierType::kEmail, "not-an-email").ok());
  EXPECT_FALSE(checked_query_key(IdentifierType::kPassport, "A12").ok());
  EXPECT_TRUE(checked_query_key(IdentifierType::kPassport, "A1234").ok());
}

TEST(IdentifierIndexTest, FindsDocumentsAcrossDocumentTypes) {
  IdentifierIndex index;
  index.add(0, 0, listed(IdentifierType::kPassport, "D1017310", "IQ"));
  index.add(1, 2, listed(IdentifierType::kNationalId, "00318953", "IQ"));
  index.add(2, 0, listed(IdentifierType::kImo, "9116412"));
  // A national ID searched as a passport still hits: lists label documents loosely.
  const auto hits = index.find(IdentifierType::kPassport, "0031-8953", "");
  ASSERT_EQ(hits.size(), 1U);
  EXPECT_EQ(hits[0].entity, 1U);
  EXPECT_EQ(hits[0].identifier, 2U);
  // An IMO number is not a document number.
  EXPECT_TRUE(index.find(IdentifierType::kPassport, "9116412", "").empty());
  EXPECT_EQ(index.find(IdentifierType::kImo, "IMO9116412", "").size(), 1U);
  // Type "other" searches every family.
  EXPECT_EQ(index.find(IdentifierType::kOther, "9116412", "").size(), 1U);
  EXPECT_EQ(index.size(), 3U);
}

TEST(IdentifierIndexTest, ADifferentIssuingCountryIsADifferentDocument) {
  IdentifierIndex index;
  index.add(0, 0, listed(IdentifierType::kPassport, "D1017310", "IQ"));
  index.add(1, 0, listed(IdentifierType::kPassport, "D1017310"));
  const auto iraq = index.find(IdentifierType::kPassport, "D1017310", "IQ");
  EXPECT_EQ(iraq.size(), 2U);  // the listed one without a country may still be it
  const auto iran = index.find(IdentifierType::kPassport, "D1017310", "IR");
  ASSERT_EQ(iran.size(), 1U);
  EXPECT_EQ(iran[0].entity, 1U);
}

TEST(IdentifierIndexTest, EmailsAndWalletsMatchExactly) {
  IdentifierIndex index;
  index.add(0, 0, listed(IdentifierType::kEmail, "info@example.com"));
  index.add(1, 0, listed(IdentifierType::kCryptoWallet, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
  EXPECT_EQ(index.find(IdentifierType::kEmail, "INFO@example.com", "").size(), 1U);
  EXPECT_TRUE(index.find(IdentifierType::kEmail, "info@example.org", "").empty());
  EXPECT_EQ(index.find(IdentifierType::kOther, "info@example.com", "").size(), 1U);
  EXPECT_TRUE(
      index.find(IdentifierType::kCryptoWallet, "1boatslrhtknngkdxeeobr76b53lettpyt", "").empty());
}

}  // namespace
}  // namespace vigil::index
