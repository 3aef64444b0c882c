#include "sources/list_text.h"

#include <gtest/gtest.h>

namespace vigil::sources {
namespace {

using Values = std::vector<std::string>;

TEST(ListTextTest, SplitsNumberedAndLetteredValues) {
  EXPECT_EQ(enumerated_values("(1) Russia (2) Ukraine"), (Values{"Russia", "Ukraine"}));
  EXPECT_EQ(enumerated_values("(1) Uganda (2) Uganda (3)Uganda"),
            (Values{"Uganda", "Uganda", "Uganda"}));
  EXPECT_EQ(enumerated_values("a) Kabul, b) Herat; c) Kandahar"),
            (Values{"Kabul", "Herat", "Kandahar"}));
  EXPECT_EQ(enumerated_values("  Tehran  "), (Values{"Tehran"}));
  EXPECT_EQ(enumerated_values(""), Values{});
  EXPECT_EQ(enumerated_values("(1) (2) B"), (Values{"B"}));
}

TEST(ListTextTest, MarkersCountOnlyInSequence) {
  // "(495)" is an area code, "(3)" comes before "(2)" in no list.
  EXPECT_EQ(enumerated_values("(1) +7 (495) 526 69 68 (2) +7 (495) 526 69 69"),
            (Values{"+7 (495) 526 69 68", "+7 (495) 526 69 69"}));
  EXPECT_EQ(enumerated_values("(1) a (3) b"), (Values{"a (3) b"}));
  // A lettered marker starts a word: "Bab)" is not "b)".
  EXPECT_EQ(enumerated_values("a) Bab) Street b) Other"), (Values{"Bab) Street", "Other"}));
  EXPECT_EQ(enumerated_values("Pul-e-Khumri (a) district"), (Values{"Pul-e-Khumri (a) district"}));
}

TEST(ListTextTest, ReadsDatesDayFirst) {
  const auto iso = [](std::string_view text) {
    const std::optional<DateValue> date = parse_day_first_date(text);
    return date ? date->to_string() : std::string("none");
  };
  EXPECT_EQ(iso("22/08/1990"), "1990-08-22");
  EXPECT_EQ(iso("1/02/1960"), "1960-02-01");
  EXPECT_EQ(iso("00/00/1959"), "1959");
  EXPECT_EQ(iso("00/08/1959"), "1959-08");
  EXPECT_EQ(iso("08/1959"), "1959-08");
  EXPECT_EQ(iso("1959"), "1959");
  EXPECT_EQ(iso("\xC2\xA0"
                "12/05/1961\xC2\xA0\xC2\xA0"),
            "1961-05-12");
  EXPECT_EQ(iso("Approximately 1970"), "~1970");
  EXPECT_EQ(iso("Between 1963 and 1968"), "1963/1968");
  EXPECT_EQ(iso("31/02/1960"), "none");
  EXPECT_EQ(iso("10/061962"), "none");
  EXPECT_EQ(parse_day_first_date(" 22/08/1990 ")->original, "22/08/1990");
}

TEST(ListTextTest, BirthDatesBefore1900AreRefused) {
  EXPECT_TRUE(parse_day_first_birth_date("01/01/1900"));
  EXPECT_FALSE(parse_day_first_birth_date("24/06/1402"));  // a Hijri date
}

TEST(ListTextTest, TrimsNoBreakSpaces) {
  EXPECT_EQ(trim_spaces(" \xC2\xA0 x y \xC2\xA0\n"), "x y");
  EXPECT_EQ(trim_spaces("\xC2\xA0"), "");
  EXPECT_EQ(join_non_empty({"a", "", "b"}, ", "), "a, b");
}

}  // namespace
}  // namespace vigil::sources
