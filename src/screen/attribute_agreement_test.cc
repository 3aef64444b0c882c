#include "screen/attribute_agreement.h"

#include <gtest/gtest.h>

#include <sstream>

#include "party/party_test_entities.h"

namespace vigil::screen {
namespace {

using party::testing::Entities;
using party::testing::person;

TEST(AttributeAgreementTest, CountsWhatOnePartysRecordsStateAndWhereTheyConflict) {
  // Two parties joined by UN reference numbers: one whose records agree, one whose birth
  // dates and countries conflict. The name-joined pair does not count (the name rule requires
  // agreement).
  const Entities entities = {
      person("un_sc", "1")
          .name("Ali KHAN")
          .born("1960")
          .nationality("AF")
          .gender(Gender::kMale)
          .un_reference("QDi.101")
          .build(),
      person("uk_ofsi", "2")
          .name("Ali KHAN")
          .born("1961")
          .nationality("AF")
          .gender(Gender::kMale)
          .un_reference("QDi.101")
          .build(),
      person("un_sc", "3")
          .name("Omar FARUQ")
          .born("1950")
          .nationality("IQ")
          .un_reference("QDi.102")
          .build(),
      person("uk_ofsi", "4")
          .name("Omar FARUQ")
          .born("1975")
          .nationality("SY")
          .un_reference("QDi.102")
          .build(),
      person("ca_sema", "5").name("Omar FARUQ").born("1950").nationality("IQ").build(),
  };
  const party::PartyGroups groups = party::group_parties(entities);
  const AttributeAgreement agreement = measure_attribute_agreement(entities, groups);
  EXPECT_EQ(agreement.pairs, 2U);
  EXPECT_EQ(agreement.birth_date.compared, 2U);
  EXPECT_EQ(agreement.birth_date.conflicting, 1U);  // 1950 and 1975; 1960 and 1961 agree
  EXPECT_EQ(agreement.country.compared, 2U);
  EXPECT_EQ(agreement.country.conflicting, 1U);
  EXPECT_EQ(agreement.gender.compared, 1U);
  EXPECT_EQ(agreement.gender.conflicting, 0U);
  std::ostringstream out;
  write_agreement(out, agreement);
  EXPECT_NE(out.str().find("birth date: 2 pairs state it, 1 conflict (50.0%)"), std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace vigil::screen
