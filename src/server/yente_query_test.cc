#include "server/yente_query.h"

#include <gtest/gtest.h>

namespace vigil::server {
namespace {

using nlohmann::json;

TEST(YenteQueryTest, OneQueryPerNameSharingTheRest) {
  const json example = {{"schema", "Person"},
                        {"properties",
                         {{"name", {"Esmail Khatib", "Esmaeil Khateeb"}},
                          {"birthDate", {"not a date", "1960"}},
                          {"nationality", {"ir"}},
                          {"passportNumber", {"D1017310"}}}}};
  Query base;
  base.threshold = 0.7;
  auto read = read_yente_query(example, base, QueryLimits{});
  ASSERT_TRUE(std::holds_alternative<YenteQuery>(read)) << std::get<ApiError>(read).message;
  const auto& queries = std::get<YenteQuery>(read).per_name;
  ASSERT_EQ(queries.size(), 2U);
  EXPECT_EQ(queries[1].name, "Esmaeil Khateeb");
  for (const Query& q : queries) {
    EXPECT_EQ(q.schema, Schema::kPerson);
    EXPECT_DOUBLE_EQ(q.threshold, 0.7);
    ASSERT_TRUE(q.birth_date.has_value());
    EXPECT_EQ(q.birth_date->from.year, 1960);
    EXPECT_EQ(q.country, "ir");
    ASSERT_EQ(q.identifiers.size(), 1U);
    EXPECT_EQ(q.identifiers[0].type, IdentifierType::kPassport);
  }
}

TEST(YenteQueryTest, NamePartsMakeANameWhenNoneIsGiven) {
  const json example = {{"schema", "Person"},
                        {"properties", {{"firstName", {"Esmail"}}, {"lastName", {"Khatib"}}}}};
  auto read = read_yente_query(example, Query{}, QueryLimits{});
  ASSERT_TRUE(std::holds_alternative<YenteQuery>(read));
  EXPECT_EQ(std::get<YenteQuery>(read).per_name.at(0).name, "Esmail Khatib");
}

TEST(YenteQueryTest, SchemasMapToTypes) {
  EXPECT_EQ(schema_of_ftm("Company"), Schema::kOrganization);
  EXPECT_EQ(schema_of_ftm("LegalEntity"), Schema::kUnknown);
  EXPECT_EQ(schema_of_ftm("Airplane"), Schema::kAircraft);
  EXPECT_FALSE(schema_of_ftm("Sanction").has_value());
}

TEST(YenteQueryTest, ExplainsWhatIsWrong) {
  const auto message = [](const json& example) {
    auto read = read_yente_query(example, Query{}, QueryLimits{});
    return std::holds_alternative<ApiError>(read) ? std::get<ApiError>(read).message : "";
  };
  EXPECT_EQ(message({{"properties", json::object()}}),
            "a query needs a 'schema' (e.g. \"Person\")");
  EXPECT_NE(
      message({{"schema", "Sanction"}, {"properties", json::object()}}).find("not a matchable"),
      std::string::npos);
  EXPECT_EQ(message({{"schema", "Person"}}), "a query needs 'properties', an object");
  EXPECT_EQ(message({{"schema", "Person"}, {"properties", {{"name", {1}}}}}),
            "property 'name' must hold strings");
  EXPECT_EQ(message({{"schema", "Person"}, {"properties", {{"birthDate", {"1970"}}}}}),
            "a query needs a 'name' (or name parts, or an identifier)");
}

}  // namespace
}  // namespace vigil::server
