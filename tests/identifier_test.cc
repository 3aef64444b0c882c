// Identifiers, vessels, name kinds and attributes on the real embedded lists (issue #3): an
// identifier is a match on its own; vessels lose their ship-type prefix; a person is never a
// vessel by name alone; a weak alias counts less than a strong one; a differing gender lowers
// the score; legal forms alone match nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "sources/loader.h"
#include "vigil/screener.h"

namespace vigil {
namespace {

class IdentifierTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = sources::load_sources(sources::default_source_paths());
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    screener_ = Screener::build(std::move(loaded.value())).value();
  }
  static void TearDownTestSuite() { screener_.reset(); }

  static Result<ScreenResult> screen(const Query& q) { return screener_->screen(q); }

  static const Match* find(const ScreenResult& result, std::string_view entity_id) {
    for (const Match& m : result.matches) {
      if (m.entity->id == entity_id) return &m;
    }
    return nullptr;
  }

  static std::shared_ptr<const Screener> screener_;
};
std::shared_ptr<const Screener> IdentifierTest::screener_;

Query with_identifier(std::string name, IdentifierType type, std::string value,
                      std::string country = "") {
  Query q;
  q.name = std::move(name);
  q.identifiers.push_back({type, std::move(value), std::move(country)});
  return q;
}

TEST_F(IdentifierTest, AnImoNumberAloneFindsTheVessel) {
  const auto result = screen(with_identifier("", IdentifierType::kImo, "IMO 9116412"));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  ASSERT_FALSE(result->matches.empty());
  const Match& top = result->matches.front();
  EXPECT_EQ(top.entity->id, "ofac_sdn:27304");  // ADRIAN DARYA 1
  EXPECT_EQ(top.score, 1.0);
  EXPECT_TRUE(top.is_match);
  ASSERT_EQ(top.identifier_hits.size(), 1U);
  EXPECT_EQ(top.identifier_hits[0].listed.type, IdentifierType::kImo);
  ASSERT_FALSE(top.adjustments.empty());
  EXPECT_EQ(top.adjustments.back().feature, "identifier");
}

TEST_F(IdentifierTest, APassportMatchesEvenUnderAnotherName) {
  // Ahmad Abdullah AL-JUBOURI, passport D1017310 (Iraq), screened under an unrelated name.
  const auto result =
      screen(with_identifier("John Smith", IdentifierType::kPassport, "D 1017-310", "Iraq"));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const Match* m = find(*result, "ofac_sdn:27015");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->score, 1.0);
  EXPECT_TRUE(m->is_match);
  EXPECT_LT(m->name_score, 0.5);  // the name did not match: the identifier did
}

TEST_F(IdentifierTest, ADocumentOfAnotherCountryIsAnotherDocument) {
  const auto result =
      screen(with_identifier("John Smith", IdentifierType::kPassport, "D1017310", "IR"));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(find(*result, "ofac_sdn:27015"), nullptr);
}

TEST_F(IdentifierTest, BadIdentifiersAreClearErrors) {
  const auto bad_imo = screen(with_identifier("", IdentifierType::kImo, "9116413"));
  ASSERT_FALSE(bad_imo.ok());
  EXPECT_NE(bad_imo.error().message.find("9116413"), std::string::npos);
  EXPECT_FALSE(screen(with_identifier("", IdentifierType::kPassport, "123")).ok());
  EXPECT_FALSE(screen(with_identifier("", IdentifierType::kPassport, "D1017310", "Atlantis")).ok());
  Query nothing;
  EXPECT_FALSE(screen(nothing).ok());  // no name and no identifier
}

TEST_F(IdentifierTest, AShipTypePrefixIsNotPartOfTheName) {
  for (const char* name : {"M/V ADRIAN DARYA 1", "M.T. Adrian Darya 1", "MV ADRIAN DARYA 1"}) {
    Query q;
    q.name = name;
    q.schema = Schema::kVessel;
    const auto result = screen(q);
    ASSERT_TRUE(result.ok());
    ASSERT_FALSE(result->matches.empty()) << name;
    EXPECT_EQ(result->matches.front().entity->id, "ofac_sdn:27304") << name;
    EXPECT_EQ(result->matches.front().score, 1.0) << name;
  }
}

TEST_F(IdentifierTest, APersonIsNeverAVesselByNameAlone) {
  Query q;
  q.name = "Adrian Darya 1";
  q.schema = Schema::kPerson;
  auto result = screen(q);
  ASSERT_TRUE(result.ok());
  for (const Match& m : result->matches) EXPECT_NE(m.entity->schema, Schema::kVessel);
  q.schema = Schema::kUnknown;  // unknown type: the vessel is found
  result = screen(q);
  ASSERT_TRUE(result.ok());
  ASSERT_FALSE(result->matches.empty());
  EXPECT_EQ(result->matches.front().entity->id, "ofac_sdn:27304");
}

TEST_F(IdentifierTest, AWeakAliasCountsLessThanAStrongName) {
  Query q;
  q.name = "VEVAK";  // an OFAC weak alias (quoted a.k.a.) of the Iranian intelligence ministry
  q.lists.datasets = {"ofac_sdn"};  // other lists name the ministry too, as a strong alias
  const auto result = screen(q);
  ASSERT_TRUE(result.ok());
  ASSERT_FALSE(result->matches.empty());
  const Match& top = result->matches.front();
  EXPECT_EQ(top.entity->id, "ofac_sdn:12111");
  EXPECT_EQ(top.matched_name_kind, NameKind::kWeakAlias);
  EXPECT_EQ(top.name_score, 1.0);
  EXPECT_NEAR(top.score, 0.95, 1e-9);
  EXPECT_TRUE(top.is_match);
  const bool explained = std::any_of(top.adjustments.begin(), top.adjustments.end(),
                                     [](const Adjustment& a) { return a.feature == "weak_alias"; });
  EXPECT_TRUE(explained);
}

TEST_F(IdentifierTest, AStatedGenderThatDiffersLowersTheScore) {
  Query q;
  q.name = "Esmaeil Khateeb";  // Esmail KHATIB, listed by OFAC as male
  q.lists.datasets = {"ofac_sdn"};
  const auto plain = screen(q);
  q.gender = Gender::kFemale;
  const auto female = screen(q);
  q.gender = Gender::kMale;
  const auto male = screen(q);
  ASSERT_TRUE(plain.ok() && female.ok() && male.ok());
  ASSERT_FALSE(plain->matches.empty() || female->matches.empty() || male->matches.empty());
  EXPECT_NEAR(female->matches.front().score, plain->matches.front().score - 0.10, 1e-9);
  EXPECT_EQ(male->matches.front().score, plain->matches.front().score);
  ASSERT_FALSE(female->matches.front().adjustments.empty());
  EXPECT_EQ(female->matches.front().adjustments.back().feature, "gender");
}

TEST_F(IdentifierTest, LegalFormsAloneMatchNothing) {
  for (const char* name : {"CORP", "THE GROUP", "TRADING COMPANY", "Co. Ltd", "LLC"}) {
    Query q;
    q.name = name;
    const auto result = screen(q);
    ASSERT_TRUE(result.ok()) << name;
    EXPECT_TRUE(result->matches.empty())
        << name << " matched " << result->matches.front().matched_name;
  }
}

}  // namespace
}  // namespace vigil
