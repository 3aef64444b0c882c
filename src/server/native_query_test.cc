#include "server/native_query.h"

#include <gtest/gtest.h>

namespace vigil::server {
namespace {

using nlohmann::json;

std::string error_of(const json& body) {
  auto read = read_native_query(body, QueryLimits{});
  if (auto* error = std::get_if<ApiError>(&read)) return error->message;
  return "";
}

TEST(NativeQueryTest, ReadsEveryField) {
  const json body = {
      {"name", "Esmail Khatib"},
      {"type", "person"},
      {"birth_date", "1960-12-01"},
      {"country", "IR"},
      {"gender", "male"},
      {"identifiers", {"passport:D1017310:IR", {{"type", "imo"}, {"value", "9116412"}}}},
      {"datasets", "ofac_sdn"},
      {"exclude_programs", {"SDGT"}},
      {"threshold", 0.9},
      {"limit", 3},
      {"min_score", 0.6},
      {"explain", true}};
  auto read = read_native_query(body, QueryLimits{});
  ASSERT_TRUE(std::holds_alternative<NativeQuery>(read)) << std::get<ApiError>(read).message;
  const NativeQuery& q = std::get<NativeQuery>(read);
  EXPECT_EQ(q.query.name, "Esmail Khatib");
  EXPECT_EQ(q.query.schema, Schema::kPerson);
  ASSERT_TRUE(q.query.birth_date.has_value());
  EXPECT_EQ(q.query.birth_date->from.to_iso(), "1960-12-01");
  EXPECT_EQ(q.query.gender, Gender::kMale);
  ASSERT_EQ(q.query.identifiers.size(), 2U);
  EXPECT_EQ(q.query.identifiers[0].type, IdentifierType::kPassport);
  EXPECT_EQ(q.query.identifiers[1].value, "9116412");
  EXPECT_EQ(q.query.lists.datasets, std::vector<std::string>{"ofac_sdn"});
  EXPECT_EQ(q.query.lists.exclude_programs, std::vector<std::string>{"SDGT"});
  EXPECT_DOUBLE_EQ(q.query.threshold, 0.9);
  EXPECT_EQ(q.query.limit, 3U);
  EXPECT_DOUBLE_EQ(q.query.min_score, 0.6);
  EXPECT_TRUE(q.explain);
}

TEST(NativeQueryTest, NamesTheFieldThatIsWrong) {
  EXPECT_EQ(error_of(json::array()), "a query must be a JSON object");
  EXPECT_EQ(error_of({{"name", 5}}), "field 'name' must be a string");
  EXPECT_EQ(error_of({{"name", "x"}, {"threshold", 2}}), "field 'threshold' must be from 0 to 1");
  EXPECT_EQ(error_of({{"name", "x"}, {"threshold", "high"}}), "field 'threshold' must be a number");
  EXPECT_EQ(error_of({{"name", "x"}, {"limit", 100000}}), "field 'limit' must be from 1 to 500");
  EXPECT_EQ(error_of({{"name", "x"}, {"type", "dog"}}),
            "field 'type' must be person, organization, vessel or aircraft");
  EXPECT_EQ(error_of({{"name", "x"}, {"birth_date", "yesterday"}}),
            "field 'birth_date' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  EXPECT_EQ(error_of({{"name", "x"}, {"datasets", {1, 2}}}),
            "field 'datasets' must hold strings only");
  EXPECT_EQ(error_of({{"name", "x"}, {"nmae", "y"}}), "unknown field 'nmae' (see /openapi.json)");
  EXPECT_EQ(error_of({{"name", ""}}), "give a 'name' or at least one of 'identifiers'");
  EXPECT_EQ(error_of({{"name", std::string(5000, 'a')}}), "field 'name' is longer than 1024 bytes");
  EXPECT_EQ(error_of({{"identifiers", {{{"type", "passport"}}}}}),
            "field 'identifiers' objects need a non-empty string 'value'");
  EXPECT_EQ(error_of({{"name", "x"}, {"explain", "yes"}}), "field 'explain' must be true or false");
}

TEST(NativeQueryTest, BoundsTheNumberOfValues) {
  json many = json::array();
  for (int i = 0; i < 51; ++i) many.push_back("ofac_sdn");
  EXPECT_EQ(error_of({{"name", "x"}, {"datasets", many}}),
            "field 'datasets' has more than 50 values");
}

TEST(ApiMessageTest, TheListsTextIsSplicedInAsAMember) {
  const std::string lists = R"({"generation":3,"datasets":[]})";
  const auto parsed = nlohmann::json::parse(json_response(200, {{"a", 1}}, lists).body);
  EXPECT_EQ(parsed["a"], 1);
  EXPECT_EQ(parsed["lists"]["generation"], 3);
  const auto alone =
      nlohmann::json::parse(json_response(200, nlohmann::json::object(), lists).body);
  EXPECT_EQ(alone.size(), 1U);
  EXPECT_EQ(alone["lists"]["generation"], 3);
}

TEST(ApiMessageTest, RefusesDeepNestingAndBrokenJson) {
  std::string deep(100, '[');
  deep += std::string(100, ']');
  auto parsed = parse_json_body(deep, 32);
  ASSERT_TRUE(std::holds_alternative<ApiError>(parsed));
  EXPECT_EQ(std::get<ApiError>(parsed).code, "too_deep");
  parsed = parse_json_body("{\"name\": \"\xff\"}", 32);
  ASSERT_TRUE(std::holds_alternative<ApiError>(parsed));
  EXPECT_EQ(std::get<ApiError>(parsed).code, "malformed_json");
  parsed = parse_json_body("{\"name\": ", 32);
  ASSERT_TRUE(std::holds_alternative<ApiError>(parsed));
  EXPECT_NE(std::get<ApiError>(parsed).message.find("at byte"), std::string::npos);
  EXPECT_TRUE(std::holds_alternative<ApiError>(parse_json_body("", 32)));
  EXPECT_TRUE(std::holds_alternative<nlohmann::json>(parse_json_body("[[[1]]]", 32)));
}

}  // namespace
}  // namespace vigil::server
