#include "screen/evaluation.h"

#include <gtest/gtest.h>

namespace vigil::screen {
namespace {

TEST(EvaluationTest, ParsesTheDeckFormat) {
  const std::string deck =
      "case_id\tkind\tfamily\tquery\ttype\texpected_ent_num\r\n"
      "c1\tpos\texact\tEsmail KHATIB\tindividual\t39017\r\n"
      "c2\tneg\tinvented_org\tAcme Ltd\tentity\t\n";
  auto parsed = parse_deck(deck, "deck.tsv");
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  ASSERT_EQ(parsed->size(), 2U);
  EXPECT_TRUE((*parsed)[0].positive);
  EXPECT_EQ((*parsed)[0].schema, Schema::kPerson);
  EXPECT_EQ((*parsed)[0].expected_source_id, "39017");
  EXPECT_FALSE((*parsed)[1].positive);
  EXPECT_EQ((*parsed)[1].schema, Schema::kOrganization);
  EXPECT_EQ((*parsed)[1].line, 3);
}

TEST(EvaluationTest, MalformedLinesAreErrorsNamingTheLine) {
  auto short_line = parse_deck("header\nc1\tpos\texact\n", "d.tsv");
  ASSERT_FALSE(short_line.ok());
  EXPECT_EQ(short_line.error().where.line, 2);
  EXPECT_FALSE(parse_deck("header\nc1\tmaybe\tx\ty\tperson\t1\n", "d.tsv").ok());
  EXPECT_FALSE(parse_deck("header\nc1\tpos\tx\ty\tperson\t\n", "d.tsv").ok());
}

TEST(EvaluationTest, CountsHitsPerFamilyAndCurve) {
  ParseOutput output;
  output.info.id = "t";
  Entity e;
  e.id = "t:1";
  e.dataset = "t";
  e.source_id = "1";
  e.schema = Schema::kPerson;
  e.names.push_back({"Esmail KHATIB", {}, NameKind::kPrimary, "", ""});
  output.entities.push_back(e);
  std::vector<ParseOutput> outputs;
  outputs.push_back(std::move(output));
  const auto screener = Screener::build(std::move(outputs)).value();
  auto deck = parse_deck(
      "h\nc1\tpos\texact\tEsmail Khatib\tindividual\t1\n"
      "c2\tpos\ttypo\tZzzz Qqqq\tindividual\t1\n"
      "c3\tneg\tplacebo\tJohn Smith\tindividual\t\n"
      "c4\tpos\texact\tAli Reza Delisted\tindividual\t2\n",
      "d.tsv");
  ASSERT_TRUE(deck.ok());
  const EvalReport report = evaluate(*screener, deck.value(), kDefaultThreshold, "t");
  // c4's entity is not in the lists: skipped, counted apart.
  EXPECT_EQ(report.absent, 1U);
  EXPECT_EQ(report.positives.cases, 2U);
  EXPECT_EQ(report.positives.hits, 1U);
  EXPECT_EQ(report.negatives.hits, 0U);
  ASSERT_EQ(report.families.size(), 3U);
  ASSERT_FALSE(report.curve.empty());
  for (size_t i = 1; i < report.curve.size(); ++i) {
    EXPECT_LE(report.curve[i].recall, report.curve[i - 1].recall);  // monotone
  }
  // The exact case lands in the top band, right; nothing else scores 0.5 or more.
  ASSERT_FALSE(report.calibration.empty());
  size_t banded = 0, right = 0;
  for (const CalibrationBand& b : report.calibration) {
    banded += b.cases;
    right += b.right;
  }
  EXPECT_EQ(banded, 1U);
  EXPECT_EQ(right, 1U);
  EXPECT_EQ(report.calibration.back().cases, 1U);
  EXPECT_EQ(report.calibration.back().high, 1.0);
  // The same source id in another dataset is not the expected entity.
  const EvalReport other = evaluate(*screener, deck.value(), kDefaultThreshold, "u");
  EXPECT_EQ(other.absent, 3U);
  EXPECT_EQ(other.positives.cases, 0U);
}

}  // namespace
}  // namespace vigil::screen
