#include "server/http_target.h"

#include <gtest/gtest.h>

namespace vigil::server {
namespace {

TEST(HttpTargetTest, SplitsPathAndDecodesParameters) {
  const auto target = parse_target(
      "/search/default?q=Esmail+Khatib&limit=5&include_dataset=a&include_dataset=b%2Fc");
  ASSERT_TRUE(target.has_value());
  EXPECT_EQ(target->path, "/search/default");
  EXPECT_EQ(target->params.find("q")->second, "Esmail Khatib");
  EXPECT_EQ(target->params.count("include_dataset"), 2U);
  const auto [first, last] = target->params.equal_range("include_dataset");
  EXPECT_EQ(std::next(first)->second, "b/c");
  EXPECT_EQ(target->params.find("limit")->second, "5");
}

TEST(HttpTargetTest, DecodesThePathWithoutTurningPlusIntoSpace) {
  const auto target = parse_target("/v1/entities/ofac_sdn%3A39017+x");
  ASSERT_TRUE(target.has_value());
  EXPECT_EQ(target->path, "/v1/entities/ofac_sdn:39017+x");
  EXPECT_TRUE(target->params.empty());
}

TEST(HttpTargetTest, RefusesBrokenEscapesAndRelativeTargets) {
  EXPECT_FALSE(parse_target("/a%2").has_value());
  EXPECT_FALSE(parse_target("/a%zz").has_value());
  EXPECT_FALSE(parse_target("/a?q=%").has_value());
  EXPECT_FALSE(parse_target("a/b").has_value());
  EXPECT_FALSE(parse_target("").has_value());
  EXPECT_TRUE(parse_target("/?&&=&q").has_value());
}

}  // namespace
}  // namespace vigil::server
