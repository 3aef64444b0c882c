#include "screen/identifier_spec.h"

#include <gtest/gtest.h>

namespace vigil::screen {
namespace {

// The grammar is tested in model/identifier_spec_test.cc; this checks the query form.
TEST(QueryIdentifierSpecTest, BecomesAQueryIdentifier) {
  const auto passport = parse_identifier_spec("passport:D1017310:IQ");
  ASSERT_TRUE(passport.ok());
  EXPECT_EQ(passport->type, IdentifierType::kPassport);
  EXPECT_EQ(passport->value, "D1017310");
  EXPECT_EQ(passport->country, "IQ");
  const auto ids = parse_identifier_specs("imo:9116412; email:a@b.c");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 2U);
  EXPECT_EQ((*ids)[1].type, IdentifierType::kEmail);
  EXPECT_FALSE(parse_identifier_specs("passport:D1017310;nonsense").ok());
}

}  // namespace
}  // namespace vigil::screen
