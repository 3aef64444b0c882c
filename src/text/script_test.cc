#include "text/script.h"

#include <gtest/gtest.h>

#include "text/normalise.h"

namespace vigil::text {
namespace {

TEST(ScriptTest, DetectScript) {
  EXPECT_EQ(detect_script("Esmail"), "Latn");
  EXPECT_EQ(detect_script("اسماعیل"), "Arab");
  EXPECT_EQ(detect_script("Александр"), "Cyrl");
  EXPECT_EQ(detect_script("Γεώργιος"), "Grek");
  EXPECT_EQ(detect_script("שלום"), "Hebr");
  EXPECT_EQ(detect_script("金正恩"), "Hani");
  EXPECT_EQ(detect_script("김정은"), "Hang");
  EXPECT_EQ(detect_script("コバヤシ"), "Kana");
  EXPECT_EQ(detect_script("こばやし"), "Hira");
  EXPECT_EQ(detect_script("ทักษิณ"), "Thai");
  EXPECT_EQ(detect_script("123 -"), "Zyyy");
  EXPECT_EQ(detect_script(""), "Zyyy");
  EXPECT_EQ(detect_script("\xff\xfe"), "Zyyy");
}

TEST(ScriptTest, DominantScriptWins) {
  EXPECT_EQ(detect_script("Ali علی خامنه‌ای"), "Arab");
  EXPECT_EQ(detect_script("Vladimir (Владимир)"), "Cyrl");
  EXPECT_EQ(detect_script("Vladimir Putin (Путин)"), "Latn");
}

icu::UnicodeString u(const char* utf8) { return icu::UnicodeString::fromUTF8(utf8); }

TEST(ScriptTest, RunsKeepSharedCharactersWithTheirNeighbours) {
  const auto runs = split_script_runs(u("Ali علی خطیب, Иван"));
  ASSERT_EQ(runs.size(), 3U);
  EXPECT_EQ(runs[0].script, Script::kLatin);
  EXPECT_EQ(runs[1].script, Script::kArabic);
  EXPECT_EQ(runs[2].script, Script::kCyrillic);
  // The space between the Persian words and the comma after them stay in the Persian run.
  EXPECT_EQ(u("Ali علی خطیب, Иван").tempSubStringBetween(runs[1].start, runs[1].limit),
            u("علی خطیب, "));
}

TEST(ScriptTest, LeadingSharedCharactersStartALatinRun) {
  const auto runs = split_script_runs(u("(1) Иван"));
  ASSERT_EQ(runs.size(), 2U);
  EXPECT_EQ(runs[0].script, Script::kLatin);
  EXPECT_EQ(runs[1].script, Script::kCyrillic);
  EXPECT_TRUE(split_script_runs(u("")).empty());
}

TEST(ScriptTest, JoinersStayInTheirWord) {
  const auto runs = split_script_runs(u("خامنه\u200Cای"));
  ASSERT_EQ(runs.size(), 1U);
  EXPECT_EQ(runs[0].script, Script::kArabic);
}

}  // namespace
}  // namespace vigil::text
