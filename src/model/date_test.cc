#include "vigil/date.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

// The parsed date as DateValue::to_string writes it, or "none".
std::string parsed(std::string_view text) {
  const auto date = parse_date(text);
  return date ? date->to_string() : "none";
}

struct Case {
  std::string_view text;
  std::string_view expected;
};

void expect_all(std::initializer_list<Case> cases) {
  for (const Case& c : cases) EXPECT_EQ(parsed(c.text), c.expected) << "input: " << c.text;
}

TEST(DateTest, OfacSpellings) {
  expect_all({
      {"10 Dec 1948", "1948-12-10"},
      {"03 May 1938", "1938-05-03"},
      {"03 May 1938.", "1938-05-03"},
      {"1 Apr 2003", "2003-04-01"},
      {"Dec 1948", "1948-12"},
      {"Sep 1977", "1977-09"},
      {"1948", "1948"},
      {"circa 1951", "~1951"},
      {"circa 01 Jan 1961", "~1961-01-01"},
      {"circa Jul 1960", "~1960-07"},
      {"1960 to 1961", "1960/1961"},
      {"circa 1950 to 1951", "~1950/1951"},
      {"circa 1979-1982", "~1979/1982"},
      {"01 Jan 1960 to 31 Dec 1962", "1960-01-01/1962-12-31"},
      {"Mar 1960 to Feb 1961", "1960-03/1961-02"},
      {"Mar 1964 to Mar 1964", "1964-03"},
      {"between 1960 and 1962", "1960/1962"},
  });
}

TEST(DateTest, WordSpellings) {
  expect_all({
      {"December 10, 1948", "1948-12-10"},
      {"10 December 1948", "1948-12-10"},
      {"Dec. 10, 1948", "1948-12-10"},
      {"10th December 1948", "1948-12-10"},
      {"1st Sept 1948", "1948-09-01"},
      {"10-DEC-1948", "1948-12-10"},
      {"10 dec 1948", "1948-12-10"},
      {"approximately 1955", "~1955"},
      {"approx. 1955", "~1955"},
      {"about 1955", "~1955"},
      {"ca. 1955", "~1955"},
      {"from 1950 until 1952", "1950/1952"},
      {"1950 \xE2\x80\x93 1952", "1950/1952"},
      {"Mar 1960 - Feb 1961", "1960-03/1961-02"},
  });
}

TEST(DateTest, NumericSpellings) {
  expect_all({
      {"1962-05-01", "1962-05-01"},
      {"1962-05", "1962-05"},
      {"1962/05/01", "1962-05-01"},
      {"19620501", "1962-05-01"},
      {"05/01/1962", "1962-05-01"},  // US order, as OFAC writes it
      {"5/1/1962", "1962-05-01"},
      {"01.05.1962", "1962-05-01"},  // day first with dots
      {"01-05-1962", "1962-05-01"},  // day first with dashes
      {"05/1962", "1962-05"},
      {"1962-05-01T00:00:00", "1962-05-01"},
      {"1962-05-01Z", "1962-05-01"},
      {"  1962-05-01  ", "1962-05-01"},
  });
}

TEST(DateTest, ReadsWhatToStringWrites) {
  expect_all({
      {"~1951", "~1951"},
      {"1960/1961", "1960/1961"},
      {"~1950/1951", "~1950/1951"},
      {"1945-03/1946-01", "1945-03/1946-01"},
      {"1960-01-01/1962-12-31", "1960-01-01/1962-12-31"},
  });
}

TEST(DateTest, RejectsImpossibleDates) {
  expect_all({
      {"31 Feb 1990", "none"},
      {"30 Feb 2000", "none"},
      {"29 Feb 1991", "none"},
      {"29 Feb 1900", "none"},        // not a leap year: divisible by 100
      {"29 Feb 2000", "2000-02-29"},  // a leap year: divisible by 400
      {"29 Feb 1992", "1992-02-29"},
      {"31 Apr 1970", "none"},
      {"31 Dec 1970", "1970-12-31"},
      {"00 Dec 1970", "1970-12"},
      {"13/45/1990", "none"},
      {"02/30/1990", "none"},
      {"1962-13-01", "none"},
      {"1962-02-30", "none"},
      {"32.01.1962", "none"},
      {"0999", "none"},
      {"3000", "none"},
  });
}

TEST(DateTest, RejectsWhatIsNotADate) {
  expect_all({
      {"", "none"},
      {"   ", "none"},
      {"circa", "none"},
      {"Tehran", "none"},
      {"Dec", "none"},
      {"10 Dec", "none"},
      {"Decembre 1948", "none"},
      {"De 1948", "none"},
      {"10 Dec 1948 1949", "none"},
      {"12345", "none"},
      {"123456789012345678901234567890", "none"},
      {"1961 to 1960", "none"},
      {"Mar 1961 to Feb 1961", "none"},
      {"1960 to", "none"},
      {"to 1960", "none"},
      {"1960 to Tehran", "none"},
      {"--//..", "none"},
      {"1948 (approximately)", "none"},
  });
}

TEST(DateTest, KeepsTheOriginalText) {
  const auto date = parse_date("  circa 1951. ");
  ASSERT_TRUE(date);
  EXPECT_TRUE(date->circa);
  EXPECT_EQ(date->original, "circa 1951");
  EXPECT_FALSE(date->is_range());
  EXPECT_EQ(date->from.year, 1951);
  EXPECT_EQ(date->from.month, 0);
}

TEST(DateTest, RangeKeepsBothEnds) {
  const auto date = parse_date("1960 to 1961");
  ASSERT_TRUE(date);
  EXPECT_TRUE(date->is_range());
  EXPECT_EQ(date->from, (PartialDate{1960, 0, 0}));
  EXPECT_EQ(date->to, (PartialDate{1961, 0, 0}));
  EXPECT_FALSE(date->circa);
}

TEST(DateTest, IsoOfPartialDates) {
  EXPECT_EQ((PartialDate{1961, 0, 0}).to_iso(), "1961");
  EXPECT_EQ((PartialDate{1945, 3, 0}).to_iso(), "1945-03");
  EXPECT_EQ((PartialDate{1948, 12, 10}).to_iso(), "1948-12-10");
  EXPECT_EQ(PartialDate{}.to_iso(), "");
  EXPECT_TRUE(PartialDate{}.empty());
}

TEST(DateTest, EqualityIgnoresTheOriginalText) {
  EXPECT_EQ(parse_date("1960 to 1961"), parse_date("between 1960 and 1961"));
  EXPECT_NE(parse_date("1960"), parse_date("circa 1960"));
}

TEST(DateTest, LongTextIsRefusedQuickly) {
  EXPECT_FALSE(parse_date(std::string(100000, '1')).has_value());
  std::string dashes;
  for (int i = 0; i < 50000; ++i) dashes += "1-";
  EXPECT_FALSE(parse_date(dashes).has_value());
  EXPECT_TRUE(parse_date("between 01 September 1960 and 31 December 1962").has_value());
}

TEST(DateTest, ArbitraryBytesNeverCrash) {
  std::string noise;
  for (int i = 0; i < 4096; ++i) {
    noise += static_cast<char>((i * 131 + 7) % 256);
    (void)parse_date(noise.substr(noise.size() > 40 ? noise.size() - 40 : 0));
  }
  SUCCEED();
}

}  // namespace
}  // namespace vigil
