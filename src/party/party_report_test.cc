#include "party/party_report.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "party/party_test_entities.h"

namespace vigil::party {
namespace {

using testing::Entities;
using testing::EntityBuilder;
using testing::person;

// Three parties, each joined by a different rule, and one record alone.
Entities three_parties() {
  return {
      person("ofac_sdn", "1").name("Ali HASSAN").sanction("OFAC", "SDGT").build(),
      person("us_csl", "SDN-1").name("Ali HASSAN").sanction("Treasury Department", "SDGT").build(),
      person("un_sc", "2").name("Omar KHAN").un_reference("QDi.001").build(),
      person("uk_ofsi", "3").name("Omar KHAN").un_reference("QDi.001").build(),
      person("ofac_sdn", "4").name("Ivan PETROV").born("1970").nationality("RU").build(),
      person("au_dfat", "5").name("Ivan Petrov").born("1970").nationality("RU").build(),
      person("ca_sema", "6").name("Somebody Else").build(),
  };
}

TEST(PartyReportTest, SampleTakesEveryRuleItsShare) {
  const Entities entities = three_parties();
  std::ostringstream out;
  write_sample(out, entities, group_parties(entities), 3);
  const std::string tsv = out.str();
  EXPECT_TRUE(tsv.starts_with("group\tmember\tdataset\t"));
  EXPECT_NE(tsv.find("\tofac_uid\t"), std::string::npos);
  EXPECT_NE(tsv.find("\tun_reference\t"), std::string::npos);
  EXPECT_NE(tsv.find("\tperson_name\t"), std::string::npos);
  EXPECT_EQ(tsv.find("ca_sema:6"), std::string::npos);  // a party of one is not sampled
  // A header and two lines per party.
  EXPECT_EQ(std::count(tsv.begin(), tsv.end(), '\n'), 7);
}

TEST(PartyReportTest, StatsCountEachRule) {
  const Entities entities = three_parties();
  GroupingStats stats;
  group_parties(entities, &stats);
  EXPECT_EQ(stats.multi_member_groups, 3U);
  EXPECT_EQ(stats.grouped_records, 6U);
  std::ostringstream out;
  write_stats(out, stats);
  EXPECT_NE(out.str().find("parties of more than one record: 3\n"), std::string::npos);
  EXPECT_NE(out.str().find("rule person_name: 1 records joined, 1 links\n"), std::string::npos);
}

TEST(PartyReportTest, SummaryJoinsTheFactsAReviewerCompares) {
  const auto entity = person("ofac_sdn", "39017")
                          .name("Esmail KHATIB")
                          .born("1960 to 1961")
                          .nationality("IR")
                          .sanction("OFAC", "IRAN-HR")
                          .sanction("OFAC", "CYBER2")
                          .build();
  const MemberSummary s = summarise(*entity);
  EXPECT_EQ(s.id, "ofac_sdn:39017");
  EXPECT_EQ(s.name, "Esmail KHATIB");
  EXPECT_EQ(s.birth_dates, "1960/1961");
  EXPECT_EQ(s.countries, "IR");
  EXPECT_EQ(s.programs, "IRAN-HR; CYBER2");
}

}  // namespace
}  // namespace vigil::party
