// The API through ApiService, without a socket: routes, roles, readiness, and the answers of
// the native and yente-compatible routes on the real OFAC SDN list.
#include "server/api_service.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "server/server_test_support.h"
#include "server/yente_entities.h"

namespace vigil::server {
namespace {

using nlohmann::json;

class ApiServiceTest : public ::testing::Test {
 protected:
  ApiServiceTest()
      : holder_([] { return Result<std::shared_ptr<const Screener>>(testing::sdn_screener()); }) {
    ServiceOptions options;
    options.authenticate = testing::test_roles;
    options.metrics = [] { return std::string("vigil_up 1\n"); };
    service_ = std::make_unique<ApiService>(holder_, options);
  }

  ServiceAnswer call(std::string method, std::string path, std::string body = "",
                     std::string_view key = "admin-key",
                     std::multimap<std::string, std::string> params = {}) {
    ApiRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.body = std::move(body);
    request.params = std::move(params);
    const std::string authorization = key.empty() ? "" : "Bearer " + std::string(key);
    return service_->handle(request, CallerInfo{authorization, {}});
  }

  static json body_of(const ServiceAnswer& answer) { return json::parse(answer.response.body); }

  ScreenerHolder holder_;
  std::unique_ptr<ApiService> service_;
};

TEST_F(ApiServiceTest, NotReadyUntilListsAreInServiceThenReady) {
  EXPECT_EQ(call("GET", "/healthz").response.status, 200);
  EXPECT_EQ(call("GET", "/readyz").response.status, 503);
  const ServiceAnswer early = call("POST", "/v1/screen", R"({"name": "Esmail Khatib"})");
  EXPECT_EQ(early.response.status, 503);
  ASSERT_TRUE(holder_.reload().ok);
  const ServiceAnswer ready = call("GET", "/readyz");
  EXPECT_EQ(ready.response.status, 200);
  EXPECT_EQ(body_of(ready)["lists"]["generation"], 1);
}

TEST_F(ApiServiceTest, TheOpenApiFileDescribesEveryRouteAndNoOther) {
  const json spec = body_of(call("GET", "/openapi.json", "", ""));
  size_t operations = 0;
  for (const Route& route : api_routes()) {
    std::string method(route.method);
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    EXPECT_TRUE(spec["paths"].contains(route.pattern) &&
                spec["paths"][std::string(route.pattern)].contains(method))
        << route.method << " " << route.pattern << " is not in data/openapi.json";
  }
  for (const auto& [path, methods] : spec["paths"].items()) {
    for (const auto& [method, operation] : methods.items()) {
      std::string upper = method;
      std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
      const RouteMatch found = find_route(upper, path);
      EXPECT_TRUE(found.route != nullptr && found.route->pattern == path) << method << " " << path;
      ++operations;
    }
  }
  EXPECT_EQ(operations, api_routes().size());
}

TEST_F(ApiServiceTest, KeysAndRolesDecideWhoMayDoWhat) {
  ASSERT_TRUE(holder_.reload().ok);
  const std::string query = R"({"name": "Esmail Khatib"})";
  EXPECT_EQ(call("POST", "/v1/screen", query, "").response.status, 401);
  EXPECT_EQ(call("POST", "/v1/screen", query, "wrong-key").response.status, 401);
  EXPECT_EQ(call("POST", "/v1/screen", query, "screen-key").response.status, 200);
  EXPECT_EQ(call("GET", "/search/default", "", "screen-key", {{"q", "Khatib"}}).response.status,
            403);
  EXPECT_EQ(call("GET", "/search/default", "", "analyst-key", {{"q", "Khatib"}}).response.status,
            200);
  EXPECT_EQ(call("POST", "/v1/admin/reload", "", "analyst-key").response.status, 403);
  EXPECT_EQ(call("GET", "/metrics", "", "screen-key").response.status, 403);
  EXPECT_EQ(call("GET", "/metrics", "", "admin-key").response.body, "vigil_up 1\n");
  EXPECT_EQ(call("GET", "/openapi.json", "", "").response.status, 200);
  EXPECT_EQ(call("GET", "/nowhere").response.status, 404);
  EXPECT_EQ(call("GET", "/v1/screen").response.status, 405);
}

TEST_F(ApiServiceTest, ScreensOnePartyWithTheListVersionsUsed) {
  ASSERT_TRUE(holder_.reload().ok);
  const ServiceAnswer answer =
      call("POST", "/v1/screen", R"({"name": "Esmaeil Khateeb", "type": "person", "limit": 3})");
  ASSERT_EQ(answer.response.status, 200) << answer.response.body;
  const json body = body_of(answer);
  ASSERT_FALSE(body["matches"].empty());
  EXPECT_EQ(body["matches"][0]["entity_id"], "ofac_sdn:39017");
  // Without "explain": the explanation's text and adjustments, not every token alignment.
  const json& summary = body["matches"][0]["explanation"];
  EXPECT_NE(summary["text"].get<std::string>().find("khatib"), std::string::npos) << summary;
  EXPECT_TRUE(summary.contains("adjustments"));
  EXPECT_FALSE(summary.contains("alignments"));
  EXPECT_FALSE(body["matches"][0].contains("entity"));
  const json explained =
      body_of(call("POST", "/v1/screen", R"({"name": "Esmaeil Khateeb", "explain": true})"));
  EXPECT_FALSE(explained["matches"][0]["explanation"]["alignments"].empty());
  EXPECT_EQ(explained["matches"][0]["entity"]["id"], "ofac_sdn:39017");
  EXPECT_TRUE(body["matches"][0]["match"].get<bool>());
  EXPECT_EQ(answer.response.matches, 1U);
  EXPECT_EQ(body["lists"]["datasets"][0]["id"], "ofac_sdn");
  // OFAC's CSV set is one version of several files: their hashes, comma-separated.
  const std::string hashes = body["lists"]["datasets"][0]["sha256"].get<std::string>();
  EXPECT_EQ((hashes.size() + 1) % 65, 0U) << hashes;
  const ServiceAnswer bad =
      call("POST", "/v1/screen", R"({"name": "x", "datasets": ["no_such_list"]})");
  EXPECT_EQ(bad.response.status, 400);
  EXPECT_NE(body_of(bad)["detail"].get<std::string>().find("no_such_list"), std::string::npos);
}

TEST_F(ApiServiceTest, ABatchAnswersEveryQueryAndReportsBadOnesAsItems) {
  ASSERT_TRUE(holder_.reload().ok);
  const ServiceAnswer answer = call(
      "POST", "/v1/screen/batch",
      R"({"queries": [{"id": "c-1", "name": "Esmail Khatib"}, {"name": 5}, {"name": "Qwxz Plorb"}]})");
  ASSERT_EQ(answer.response.status, 200) << answer.response.body;
  const json results = body_of(answer)["results"];
  ASSERT_EQ(results.size(), 3U);
  EXPECT_EQ(results[0]["id"], "c-1");
  EXPECT_EQ(results[0]["matches"][0]["entity_id"], "ofac_sdn:39017");
  EXPECT_EQ(results[1]["error"]["status"], 400);
  EXPECT_TRUE(results[2]["matches"].empty() || !results[2]["matches"][0]["match"].get<bool>());
  json big = {{"queries", json::array()}};
  for (int i = 0; i < 1001; ++i) big["queries"].push_back({{"name", "x"}});
  EXPECT_EQ(call("POST", "/v1/screen/batch", big.dump()).response.status, 413);
}

TEST_F(ApiServiceTest, YenteMatchAnswersInYenteShape) {
  ASSERT_TRUE(holder_.reload().ok);
  const json request = {
      {"queries",
       {{"q1",
         {{"schema", "Person"},
          {"properties", {{"name", {"Esmaeil Khateeb"}}, {"birthDate", {"1960"}}}}}},
        {"bad", {{"schema", "Sanction"}, {"properties", json::object()}}}}}};
  const ServiceAnswer answer =
      call("POST", "/match/default", request.dump(), "screen-key", {{"limit", "2"}});
  ASSERT_EQ(answer.response.status, 200) << answer.response.body;
  const json body = body_of(answer);
  const json& q1 = body["responses"]["q1"];
  EXPECT_EQ(q1["status"], 200);
  ASSERT_FALSE(q1["results"].empty());
  const json& top = q1["results"][0];
  EXPECT_EQ(top["id"], "ofac_sdn-39017");
  EXPECT_EQ(top["schema"], "Person");
  EXPECT_TRUE(top["match"].get<bool>());
  EXPECT_FALSE(top["properties"]["name"].empty());
  EXPECT_TRUE(top.contains("explanations"));
  EXPECT_EQ(q1["total"]["relation"], "eq");
  EXPECT_LE(q1["results"].size(), 2U);
  EXPECT_EQ(body["responses"]["bad"]["status"], 400);
  EXPECT_EQ(call("POST", "/match/no_such_list", request.dump()).response.status, 404);
  EXPECT_EQ(call("POST", "/match/default", request.dump(), "admin-key", {{"threshold", "7"}})
                .response.status,
            400);
  const ServiceAnswer other_topic =
      call("POST", "/match/default", request.dump(), "admin-key", {{"topics", "role.pep"}});
  EXPECT_TRUE(body_of(other_topic)["responses"]["q1"]["results"].empty());
}

TEST_F(ApiServiceTest, YenteEntityNestsItsFactsAndCatalogListsTheDatasets) {
  ASSERT_TRUE(holder_.reload().ok);
  const ServiceAnswer entity = call("GET", "/entities/ofac_sdn-39017");
  ASSERT_EQ(entity.response.status, 200) << entity.response.body;
  const json body = body_of(entity);
  EXPECT_EQ(body["caption"], "Esmail KHATIB");
  ASSERT_TRUE(body["properties"].contains("sanctions"));
  EXPECT_EQ(body["properties"]["sanctions"][0]["schema"], "Sanction");
  EXPECT_EQ(call("GET", "/entities/ofac_sdn:39017").response.status, 200);
  EXPECT_EQ(call("GET", "/entities/nope-1").response.status, 404);
  EXPECT_EQ(call("GET", "/v1/entities/ofac_sdn:39017").response.status, 200);
  const json catalog = body_of(call("GET", "/catalog"));
  EXPECT_EQ(catalog["datasets"][0]["name"], "ofac_sdn");
  EXPECT_EQ(catalog["datasets"].back()["name"], "default");
  EXPECT_EQ(body_of(call("GET", "/algorithms"))["default"], "vigil-v1");
}

TEST_F(ApiServiceTest, AFailedReloadKeepsTheListsInService) {
  bool fail = false;
  ScreenerHolder holder([&fail]() -> Result<std::shared_ptr<const Screener>> {
    if (fail) return make_error(ErrorCode::kIo, "the list file is truncated");
    return testing::sdn_screener();
  });
  ASSERT_TRUE(holder.reload().ok);
  fail = true;
  const ReloadOutcome outcome = holder.reload();
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(outcome.message, "the list file is truncated");
  EXPECT_EQ(holder.current()->generation, 1U);
  EXPECT_EQ(holder.reloads_failed(), 1U);
}

}  // namespace
}  // namespace vigil::server

namespace vigil::server {
namespace {

TEST(YenteResultTextTest, TheCachedTextHoldsWhatTheRecordHolds) {
  const auto screener = testing::sdn_screener();
  ASSERT_NE(screener, nullptr);
  Query query;
  query.name = "Esmaeil Khateeb";
  query.limit = 5;
  const Result<ScreenResult> result = screener->screen(query);
  ASSERT_TRUE(result.ok());
  ASSERT_FALSE(result->matches.empty());
  EntityTextCache cache;
  for (int pass = 0; pass < 2; ++pass) {  // made, then taken from the cache
    for (const Match& m : result->matches) {
      const DatasetInfo* dataset = &screener->datasets().front();
      const nlohmann::json from_text = nlohmann::json::parse(yente_result_text(m, dataset, cache));
      EXPECT_EQ(from_text, yente_result(m, dataset)) << m.entity->id;
    }
    EXPECT_EQ(cache.size(), result->matches.size());
  }
  EntityTextCache full(0);  // no room: made every time, kept never
  const Match& first = result->matches.front();
  EXPECT_EQ(nlohmann::json::parse(yente_result_text(first, nullptr, full)),
            yente_result(first, nullptr));
  EXPECT_EQ(full.size(), 0U);
}

}  // namespace
}  // namespace vigil::server

namespace vigil::server {
namespace {

// One person on two lists, joined by a shared passport: one party, answered as yente's merged
// entity (the party's id, every record's names and datasets, `referents` naming both).
std::shared_ptr<const Screener> two_list_screener() {
  std::vector<ParseOutput> outputs;
  for (const auto& [dataset, source_id, name] : {std::tuple{"ofac_sdn", "1", "Esmail KHATIB"},
                                                 std::tuple{"au_dfat", "2", "Ismail Khatib"}}) {
    ParseOutput output;
    output.info.id = dataset;
    Entity e;
    e.dataset = dataset;
    e.source_id = source_id;
    e.id = std::string(dataset) + ":" + source_id;
    e.schema = Schema::kPerson;
    e.names.push_back({name, {}, NameKind::kPrimary, "", ""});
    Identifier passport;
    passport.type = IdentifierType::kPassport;
    passport.value = "D1017310";
    passport.normalised = normalise_identifier(passport.type, passport.value);
    passport.country = "IR";
    e.identifiers.push_back(passport);
    output.entities.push_back(std::move(e));
    outputs.push_back(std::move(output));
  }
  return Screener::build(std::move(outputs)).value();
}

TEST(YentePartyTest, APartyOfTwoRecordsIsOneMergedEntityWithReferents) {
  const auto screener = two_list_screener();
  const party::PartyGroup* party = screener->find_party("au_dfat:2");
  ASSERT_NE(party, nullptr);
  ASSERT_EQ(party->members.size(), 2U);
  EXPECT_EQ(screener->find_party(party->id), party);
  EXPECT_EQ(screener->find_party("party:au_dfat:2"), nullptr);  // a record's id, not the party's
  EXPECT_EQ(screener->find_party("party:nope:1"), nullptr);

  const nlohmann::json merged = yente_party_entity(*screener, *party, false);
  EXPECT_EQ(merged["id"], "party-ofac_sdn-1");
  EXPECT_EQ(merged["caption"], "Esmail KHATIB");
  EXPECT_EQ(merged["referents"], nlohmann::json({"ofac_sdn:1", "au_dfat:2"}));
  EXPECT_EQ(merged["datasets"], nlohmann::json({"ofac_sdn", "au_dfat"}));
  const auto& names = merged["properties"]["name"];
  EXPECT_NE(std::find(names.begin(), names.end(), "Esmail KHATIB"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Ismail Khatib"), names.end());

  Query query;
  query.name = "Ismail Khatib";
  const Result<ScreenResult> result = screener->screen(query);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->matches.size(), 1U);  // one result per party
  EntityTextCache cache;
  const nlohmann::json answered =
      nlohmann::json::parse(yente_party_result_text(result->matches.front(), *screener, cache));
  EXPECT_EQ(answered["id"], "party-ofac_sdn-1");
  EXPECT_EQ(answered["referents"], merged["referents"]);
  EXPECT_TRUE(answered["match"].get<bool>());
}

}  // namespace
}  // namespace vigil::server
