#include "match/digit_letters.h"

#include <gtest/gtest.h>

namespace vigil::match {
namespace {

TEST(DigitLettersTest, LettersWrittenAsDigitsAreRead) {
  EXPECT_EQ(digits_as_letters("r0sneft"), "rosneft");
  EXPECT_EQ(digits_as_letters("kh4tib"), "khatib");
  EXPECT_EQ(digits_as_letters("3smail"), "esmail");
  EXPECT_EQ(digits_as_letters("m0hamm4d"), "mohammad");
  EXPECT_EQ(digits_as_letters("5ergei"), "sergei");
  EXPECT_EQ(digits_as_letters("a8dul"), "abdul");
  EXPECT_EQ(digits_as_letters("ha7em"), "hatem");
}

TEST(DigitLettersTest, OneIsLBesideAVowelAndIOtherwise) {
  EXPECT_EQ(digits_as_letters("a1iev"), "aliev");
  EXPECT_EQ(digits_as_letters("ho1ding"), "holding");
  EXPECT_EQ(digits_as_letters("m1chael"), "michael");
  EXPECT_EQ(digits_as_letters("1van"), "ivan");
}

TEST(DigitLettersTest, NumbersAndCodesStay) {
  for (const char* token :
       {"747", "76",  "a320", "f16",   "mig29", "web3", "1st", "21st",    "2nd",     "4th",
        "4x4", "h2o", "b2b",  "su24m", "t72",   "x5",   "co2", "6ix9ine", "rosneft", ""}) {
    EXPECT_EQ(digits_as_letters(token), token) << token;
  }
}

}  // namespace
}  // namespace vigil::match
