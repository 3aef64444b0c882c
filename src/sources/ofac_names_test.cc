#include "sources/ofac_names.h"

#include <gtest/gtest.h>

namespace vigil::sources {
namespace {

TEST(OfacCsvNamesTest, PersonsAreTurnedIntoNaturalOrder) {
  const Name name = make_ofac_name("KHATIB, Esmail", Schema::kPerson, NameKind::kPrimary);
  EXPECT_EQ(name.full, "Esmail KHATIB");
  EXPECT_EQ(name.parts.family, "KHATIB");
  EXPECT_EQ(name.parts.given, "Esmail");
  EXPECT_EQ(name.parts.middle, "");
  EXPECT_EQ(name.kind, NameKind::kPrimary);
  EXPECT_EQ(name.script, "Latn");
}

TEST(OfacCsvNamesTest, GivenNamesAfterTheFirstAreMiddleNames) {
  const Name name =
      make_ofac_name("  AL-HAQQ,  Al-Hajj 'Abd Allah ", Schema::kPerson, NameKind::kAlias);
  EXPECT_EQ(name.full, "Al-Hajj 'Abd Allah AL-HAQQ");
  EXPECT_EQ(name.parts.family, "AL-HAQQ");
  EXPECT_EQ(name.parts.given, "Al-Hajj");
  EXPECT_EQ(name.parts.middle, "'Abd Allah");
  EXPECT_EQ(name.kind, NameKind::kAlias);
}

TEST(OfacCsvNamesTest, APersonWithoutACommaIsOneFamilyName) {
  const Name name = make_ofac_name("MADURO MOROS", Schema::kPerson, NameKind::kPrimary);
  EXPECT_EQ(name.full, "MADURO MOROS");
  EXPECT_EQ(name.parts.family, "MADURO MOROS");
  EXPECT_EQ(name.parts.given, "");
}

TEST(OfacCsvNamesTest, HalfNamesKeepWhatIsThere) {
  EXPECT_EQ(make_ofac_name("SMITH,", Schema::kPerson, NameKind::kPrimary).full, "SMITH");
  EXPECT_EQ(make_ofac_name(", John", Schema::kPerson, NameKind::kPrimary).full, "John");
  EXPECT_EQ(make_ofac_name("", Schema::kPerson, NameKind::kPrimary).full, "");
}

TEST(OfacCsvNamesTest, OtherPartiesKeepTheirNameAsWritten) {
  for (Schema schema :
       {Schema::kOrganization, Schema::kVessel, Schema::kAircraft, Schema::kUnknown}) {
    const Name name = make_ofac_name("BANCO NACIONAL DE CUBA, S.A.", schema, NameKind::kPrimary);
    EXPECT_EQ(name.full, "BANCO NACIONAL DE CUBA, S.A.");
    EXPECT_EQ(name.parts.family, "");
    EXPECT_EQ(name.parts.given, "");
  }
}

}  // namespace
}  // namespace vigil::sources
