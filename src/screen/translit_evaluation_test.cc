#include "screen/translit_evaluation.h"

#include <gtest/gtest.h>

namespace vigil::screen {
namespace {

const TranslitDataSet& data_set(std::string_view name) {
  for (const TranslitDataSet& set : translit_data_sets()) {
    if (set.name == name) return set;
  }
  throw std::out_of_range(std::string(name));
}

TEST(TranslitEvaluationTest, ParsesSourceTabLatin) {
  auto pairs = parse_translit_pairs("آرلن\tarlen\r\n\nأدريان\tadrian\n", data_set("ar2en"),
                                    TranslitPart::kHeldOut, "ar2en-eval.txt");
  ASSERT_TRUE(pairs.ok()) << pairs.error().to_string();
  ASSERT_EQ(pairs->size(), 2U);
  EXPECT_EQ((*pairs)[0].source, "آرلن");
  EXPECT_EQ((*pairs)[0].latin, "arlen");
  EXPECT_EQ((*pairs)[1].line, 3);
  EXPECT_EQ((*pairs)[1].count, 1);
}

TEST(TranslitEvaluationTest, WikidataLettersAreJoinedAndSplitByHash) {
  std::string text;
  size_t held_out = 0;
  for (const char* latin : {"smith", "john", "robert", "james", "miller", "george", "henry",
                            "weber", "graham", "joseph", "kennedy", "frank"}) {
    text += std::string(latin) + "\tس م ي ث\t7\n";
    held_out += is_held_out_token(latin) ? 1 : 0;
  }
  const TranslitDataSet& set = data_set("wd_arabic");
  auto test = parse_translit_pairs(text, set, TranslitPart::kHeldOut, "wd_arabic_80");
  auto train = parse_translit_pairs(text, set, TranslitPart::kTrain, "wd_arabic_80");
  ASSERT_TRUE(test.ok() && train.ok());
  EXPECT_EQ(test->size(), held_out);
  EXPECT_EQ(test->size() + train->size(), 12U);
  EXPECT_GT(train->size(), test->size());
  EXPECT_EQ(train->front().source, "سميث");
  EXPECT_EQ(train->front().count, 7);
}

TEST(TranslitEvaluationTest, SplitIsFixed) {
  // FNV-1a 64 mod 5: these values pin the split that the documented figures were measured on.
  for (const char* held_out : {"joseph", "david", "maria"}) {
    EXPECT_TRUE(is_held_out_token(held_out)) << held_out;
  }
  for (const char* train : {"smith", "john", "ali", "hassan"}) {
    EXPECT_FALSE(is_held_out_token(train)) << train;
  }
  size_t held_out = 0;
  for (int i = 0; i < 10000; ++i) held_out += is_held_out_token("name" + std::to_string(i)) ? 1 : 0;
  EXPECT_NEAR(static_cast<double>(held_out) / 10000, 0.2, 0.02);
}

TEST(TranslitEvaluationTest, MalformedLinesNameTheLine) {
  auto missing = parse_translit_pairs("ok\tok\nonly-one-field\n", data_set("ar2en"),
                                      TranslitPart::kHeldOut, "f");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().where.line, 2);
  EXPECT_FALSE(
      parse_translit_pairs("smith\tس م\tmany\n", data_set("wd_arabic"), TranslitPart::kTrain, "f")
          .ok());
}

TEST(TranslitEvaluationTest, ScoresBothDirections) {
  std::vector<ParseOutput> none;
  const auto screener = Screener::build(std::move(none)).value();
  std::vector<TranslitSetPairs> sets = {{"cyrillic",
                                         {{"Хатиб", "khatib", 3, 1, "", Schema::kPerson},
                                          {"Иванов", "smith", 1, 2, "", Schema::kPerson}}}};
  const TranslitReport report = evaluate_translit(*screener, sets, kDefaultThreshold);
  ASSERT_EQ(report.sets.size(), 1U);
  const TranslitSetReport& s = report.sets[0];
  EXPECT_EQ(s.to_latin.pairs, 2U);
  EXPECT_EQ(s.to_latin.hits, 1U);
  EXPECT_EQ(s.from_latin.hits, 1U);
  EXPECT_DOUBLE_EQ(s.to_latin.weighted_accuracy(), 0.75);
  ASSERT_EQ(report.outcomes.size(), 2U);
  EXPECT_GE(report.outcomes[0].to_latin_score, kDefaultThreshold);
  EXPECT_LT(report.outcomes[1].from_latin_score, kDefaultThreshold);
}

TEST(TranslitEvaluationTest, ListsOwnOriginalScriptNames) {
  ParseOutput list;
  list.info.id = "un_sc";
  Entity umarov;
  umarov.id = "un_sc:2960872";
  umarov.schema = Schema::kPerson;
  umarov.names.push_back({"DOKU KHAMATOVICH UMAROV", {}, NameKind::kPrimary, "Latn", ""});
  umarov.names.push_back({"Умаров Доку Хаматович", {}, NameKind::kNativeScript, "Cyrl", ""});
  Entity latin_only;
  latin_only.names.push_back({"EVIN PRISON", {}, NameKind::kPrimary, "Latn", ""});
  list.entities = {umarov, latin_only};
  std::vector<ParseOutput> lists;
  lists.push_back(std::move(list));
  const auto sets = original_script_pairs(lists);
  ASSERT_EQ(sets.size(), 1U);
  EXPECT_EQ(sets[0].name, "un_sc original script");
  ASSERT_EQ(sets[0].pairs.size(), 1U);
  EXPECT_EQ(sets[0].pairs[0].source, "Умаров Доку Хаматович");
  EXPECT_EQ(sets[0].pairs[0].latin, "DOKU KHAMATOVICH UMAROV");
  EXPECT_EQ(sets[0].pairs[0].entity_id, "un_sc:2960872");
  const auto screener = Screener::build(std::move(lists)).value();
  const TranslitReport report = evaluate_translit(*screener, sets, kDefaultThreshold);
  EXPECT_EQ(report.sets[0].to_latin.hits, 1U);
  EXPECT_EQ(report.sets[0].from_latin.hits, 1U);
}

}  // namespace
}  // namespace vigil::screen
