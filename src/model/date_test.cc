#include "vigil/date.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

std::string parsed(std::string_view text) {
  const auto date = parse_date(text);
  return date ? date->to_string() : "none";
}

TEST(DateTest, OfacSpellings) {
  EXPECT_EQ(parsed("10 Dec 1948"), "1948-12-10");
  EXPECT_EQ(parsed("Dec 1948"), "1948-12");
  EXPECT_EQ(parsed("1948"), "1948");
  EXPECT_EQ(parsed("circa 1951"), "~1951");
  EXPECT_EQ(parsed("1960 to 1961"), "1960/1961");
  EXPECT_EQ(parsed("circa 1950 to 1951"), "~1950/1951");
  EXPECT_EQ(parsed("between 1960 and 1962"), "1960/1962");
  EXPECT_EQ(parsed("03 May 1938."), "1938-05-03");
}

TEST(DateTest, NumericSpellings) {
  EXPECT_EQ(parsed("1962-05-01"), "1962-05-01");
  EXPECT_EQ(parsed("1962-05"), "1962-05");
  EXPECT_EQ(parsed("1962/05/01"), "1962-05-01");
  EXPECT_EQ(parsed("05/01/1962"), "1962-05-01");  // US order, as OFAC writes it
  EXPECT_EQ(parsed("01.05.1962"), "1962-05-01");  // day first with dots
}

TEST(DateTest, RejectsWhatIsNotADate) {
  EXPECT_EQ(parsed(""), "none");
  EXPECT_EQ(parsed("31 Feb 1990"), "none");
  EXPECT_EQ(parsed("29 Feb 1991"), "none");
  EXPECT_EQ(parsed("29 Feb 1992"), "1992-02-29");
  EXPECT_EQ(parsed("Tehran"), "none");
  EXPECT_EQ(parsed("1961 to 1960"), "none");
  EXPECT_EQ(parsed("12345"), "none");
  EXPECT_EQ(parsed("13/45/1990"), "none");
}

TEST(DateTest, KeepsTheOriginalText) {
  const auto date = parse_date("circa 1951");
  ASSERT_TRUE(date);
  EXPECT_TRUE(date->circa);
  EXPECT_EQ(date->original, "circa 1951");
  EXPECT_FALSE(date->is_range());
}

}  // namespace
}  // namespace vigil
