#include "sources/ofac_date_span.h"

#include <gtest/gtest.h>

namespace vigil::sources {
namespace {

std::string span(std::string_view first, std::string_view last, bool approximate = false) {
  const std::optional<PartialDate> from = parse_iso_day(first);
  const std::optional<PartialDate> to = parse_iso_day(last);
  if (!from || !to) return "not a day";
  const std::optional<DateValue> date = date_of_span(*from, *to, approximate);
  return date ? date->to_string() : "no date";
}

TEST(OfacDateSpanTest, ReadsIsoDaysWithOrWithoutTime) {
  EXPECT_EQ(parse_iso_day("1962-05-01")->to_iso(), "1962-05-01");
  EXPECT_EQ(parse_iso_day("2025-01-10T00:00:00")->to_iso(), "2025-01-10");
  EXPECT_FALSE(parse_iso_day("1962-02-30"));
  EXPECT_FALSE(parse_iso_day("1962-5-1"));
  EXPECT_FALSE(parse_iso_day("19620501"));
  EXPECT_FALSE(parse_iso_day(""));
}

TEST(OfacDateSpanTest, ASpanIsTheDayMonthOrYearItCovers) {
  EXPECT_EQ(span("1990-10-17", "1990-10-17"), "1990-10-17");
  EXPECT_EQ(span("1962-01-01", "1962-12-31"), "1962");
  EXPECT_EQ(span("1945-03-01", "1945-03-31"), "1945-03");
  EXPECT_EQ(span("1944-02-01", "1944-02-29"), "1944-02");  // a leap year's February
  EXPECT_EQ(span("1955-01-01", "1955-12-31", true), "~1955");
}

TEST(OfacDateSpanTest, LongerSpansAreRangesAtTheirPrecision) {
  EXPECT_EQ(span("1960-01-01", "1962-12-31"), "1960/1962");
  EXPECT_EQ(span("1960-03-01", "1960-05-31"), "1960-03/1960-05");
  EXPECT_EQ(span("1960-03-02", "1960-05-31"), "1960-03-02/1960-05-31");
  EXPECT_EQ(span("1962-12-31", "1962-01-01"), "no date");
}

}  // namespace
}  // namespace vigil::sources
