#include "match/name_table_text.h"

#include <gtest/gtest.h>

namespace vigil::match {
namespace {

TEST(NameTableTextTest, ReadsRowsSkippingCommentsAndBlankLines) {
  const auto rows = parse_table_rows("t.tsv", "# comment\n\nrole\tal, el , abd al\r\n", 1);
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 1U);
  EXPECT_EQ(rows->front().line, 3);
  EXPECT_EQ(rows->front().fields, std::vector<std::string>{"role"});
  EXPECT_EQ(rows->front().spellings, (std::vector<std::string>{"al", "el", "abd al"}));
}

// Each malformed line is reported with the file, the line and what is wrong with it.
TEST(NameTableTextTest, MalformedLinesNameFileAndLine) {
  const struct {
    std::string_view text;
    std::string_view message;
  } kCases[] = {
      {"# header\nal, el\n", "t.tsv:2: expected 2 tab-separated fields, found 1"},
      {"role\tal\textra\n", "t.tsv:1: expected 2"},
      {"\tal\n", "t.tsv:1: field 1 is empty"},
      {"role\tal, , el\n", "t.tsv:1: spelling \"\" is not in normalised form"},
      {"role\tAl\n", "t.tsv:1: spelling \"Al\" is not in normalised form"},
      {"role\tabd  al\n", "t.tsv:1: spelling \"abd  al\""},
      {"role\tal-\n", "t.tsv:1: spelling \"al-\""},
      {"#\nrole\tal, el, al\n", "t.tsv:2: spelling \"al\" twice in one row"},
  };
  for (const auto& c : kCases) {
    const auto rows = parse_table_rows("t.tsv", c.text, 1);
    ASSERT_FALSE(rows.ok()) << c.text;
    EXPECT_EQ(rows.error().code, ErrorCode::kMalformed);
    EXPECT_TRUE(rows.error().to_string().starts_with(c.message))
        << "got: " << rows.error().to_string() << "\nwanted: " << c.message;
  }
}

TEST(NameTableTextTest, NormalisedSpellings) {
  EXPECT_TRUE(is_normalised_spelling("mohammad"));
  EXPECT_TRUE(is_normalised_spelling("open joint stock company"));
  EXPECT_TRUE(is_normalised_spelling("7th"));
  EXPECT_FALSE(is_normalised_spelling(""));
  EXPECT_FALSE(is_normalised_spelling(" al"));
  EXPECT_FALSE(is_normalised_spelling("s.a."));
  EXPECT_FALSE(is_normalised_spelling("m\xC3\xBCller"));
}

}  // namespace
}  // namespace vigil::match
