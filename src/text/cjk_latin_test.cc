#include "text/cjk_latin.h"

#include <gtest/gtest.h>

#include "text/normalise.h"

namespace vigil::text {
namespace {

TEST(TextCjkLatinTest, ChineseFamilyAndGivenNames) {
  EXPECT_EQ(normalise_name("习近平"), "xi jinping");
  EXPECT_EQ(normalise_name("王毅"), "wang yi");
  EXPECT_EQ(normalise_name("司马南"), "sima nan");  // two-character family names
  EXPECT_EQ(normalise_name("欧阳修"), "ouyang xiu");
  EXPECT_EQ(normalise_name("歐陽震華"), "ouyang zhenhua");  // traditional characters
  EXPECT_EQ(normalise_name("习 近平"), "xi jinping");
}

TEST(TextCjkLatinTest, KoreanAsTheListsWriteNorthKoreanNames) {
  EXPECT_EQ(normalise_name("김정은"), "kim jong un");
  EXPECT_EQ(normalise_name("박봉주"), "pak pong ju");  // k, t, p at a given name's start
  EXPECT_EQ(normalise_name("김수길"), "kim su gil");   // g, d, b later in it
  EXPECT_EQ(normalise_name("백세봉"), "paek se bong");
  EXPECT_EQ(normalise_name("김 정은"), "kim jong un");  // family name written apart
  EXPECT_EQ(normalise_name("리병철"), "ri pyong chol");
  EXPECT_EQ(normalise_name("이병철"), "ri pyong chol");  // South Korean spelling of 李
  EXPECT_EQ(normalise_name("노광철"), "no kwang chol");
  EXPECT_EQ(normalise_name("최룡해"), "choe ryong hae");
}

}  // namespace
}  // namespace vigil::text
