#include "text/ascii_form.h"

#include <gtest/gtest.h>

namespace vigil::text {
namespace {

TEST(TextAsciiFormTest, LowerCaseWordsAndSingleSpaces) {
  EXPECT_EQ(ascii_form("KHATIB, Esmail"), "khatib esmail");
  EXPECT_EQ(ascii_form("  a--b__c  "), "a b c");
  EXPECT_EQ(ascii_form("D'Souza O`Neil"), "dsouza oneil");
  EXPECT_EQ(ascii_form("'quoted'"), "quoted");
  EXPECT_EQ(ascii_form("No. 7/B"), "no 7 b");
  EXPECT_EQ(ascii_form(std::string_view("a\0b", 3)), "a b");
  EXPECT_EQ(ascii_form("\xc3\xbc"), "");  // bytes beyond ASCII break words
  EXPECT_EQ(ascii_form(""), "");
}

TEST(TextAsciiFormTest, IsAscii) {
  EXPECT_TRUE(is_ascii(""));
  EXPECT_TRUE(is_ascii("plain text 123 ~"));
  EXPECT_FALSE(is_ascii("M\xc3\xbcller"));
  EXPECT_FALSE(is_ascii("\x80"));
}

}  // namespace
}  // namespace vigil::text
