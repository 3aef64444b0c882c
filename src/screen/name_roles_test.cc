#include "screen/name_roles.h"

#include <gtest/gtest.h>

#include "match/prepared_name.h"
#include "text/normalise.h"

namespace vigil::screen {
namespace {

using match::NameRole;

std::vector<NameRole> roles_of(const Name& name, Schema schema = Schema::kPerson) {
  const auto tokens = match::name_tokens(text::normalise_name(name.full), schema);
  return name_roles(name, schema, tokens);
}

Name name_with(std::string full, std::string given, std::string middle, std::string family) {
  Name name;
  name.full = std::move(full);
  name.parts.given = std::move(given);
  name.parts.middle = std::move(middle);
  name.parts.family = std::move(family);
  return name;
}

TEST(NameRolesTest, GivenMiddleAndFamilyFromTheParts) {
  const Name name = name_with("Esmail Seyed KHATIB", "Esmail", "Seyed", "KHATIB");
  EXPECT_EQ(roles_of(name),
            (std::vector<NameRole>{NameRole::kGiven, NameRole::kGiven, NameRole::kFamily}));
}

TEST(NameRolesTest, CompoundFamilyNamesAndPhrasesKeepTheirRole) {
  // "abd al" is one token of the prepared name, made inside the given part.
  const Name name = name_with("Abd Al Rahman AL-ASSAD", "Abd Al Rahman", "", "AL-ASSAD");
  const auto tokens = match::name_tokens(text::normalise_name(name.full), Schema::kPerson);
  const auto roles = name_roles(name, Schema::kPerson, tokens);
  ASSERT_EQ(roles.size(), tokens.size());
  EXPECT_EQ(roles.front(), NameRole::kGiven) << tokens.front();
  EXPECT_EQ(roles.back(), NameRole::kFamily) << tokens.back();
}

TEST(NameRolesTest, NoRolesWhereTheListDoesNotTellThePartsApart) {
  Name mononym = name_with("SUHARTO", "", "", "SUHARTO");
  EXPECT_EQ(roles_of(mononym), std::vector<NameRole>{NameRole::kUnknown});
  Name unstructured;
  unstructured.full = "Hassan ROUHANI";
  EXPECT_EQ(roles_of(unstructured),
            (std::vector<NameRole>{NameRole::kUnknown, NameRole::kUnknown}));
  const Name company = name_with("KHATIB TRADING", "Khatib", "", "Trading");
  EXPECT_EQ(roles_of(company, Schema::kOrganization),
            (std::vector<NameRole>{NameRole::kUnknown, NameRole::kUnknown}));
}

TEST(NameRolesTest, ATokenInBothPartsIsUnknown) {
  const Name name = name_with("Mohammad MOHAMMAD", "Mohammad", "", "MOHAMMAD");
  EXPECT_EQ(roles_of(name), (std::vector<NameRole>{NameRole::kUnknown, NameRole::kUnknown}));
}

}  // namespace
}  // namespace vigil::screen
