#include "sources/csv_reader.h"

#include <gtest/gtest.h>

namespace vigil::sources {
namespace {

TEST(CsvReaderTest, OfacQuirks) {
  const std::string bytes =
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\r\n"
      "306,\"BANCO, \"\"NACIONAL\"\"\",-0- ,\"a.k.a. 'BNC'.\"\r\n\x1A";
  std::string problem;
  const auto records = read_csv(bytes, &problem);
  EXPECT_TRUE(problem.empty());
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields.size(), 4U);
  EXPECT_EQ(records[0].fields[2], "-0- ");
  EXPECT_EQ(records[1].fields[1], "BANCO, \"NACIONAL\"");
  EXPECT_EQ(records[1].fields[3], "a.k.a. 'BNC'.");
  EXPECT_EQ(records[1].line, 2);
}

TEST(CsvReaderTest, EmbeddedNewlinesKeepLineNumbers) {
  const auto records = read_csv("a,\"x\ny\"\nb,c\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields[1], "x\ny");
  EXPECT_EQ(records[1].line, 3);
}

TEST(CsvReaderTest, CrlfInsideQuotesIsKept) {
  const auto records = read_csv("\"x\r\ny\",z\r\nw\r\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields[0], "x\r\ny");
  EXPECT_EQ(records[1].fields[0], "w");
  EXPECT_EQ(records[1].line, 3);
}

TEST(CsvReaderTest, EmptyAndTrailingFields) {
  const auto records = read_csv("a,,\"\",b,\n,\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "", "", "b", ""}));
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"", ""}));
}

TEST(CsvReaderTest, LastRecordWithoutNewline) {
  const auto records = read_csv("a,b\nc,\"d\"");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"c", "d"}));
}

TEST(CsvReaderTest, OddQuotingIsKeptAsText) {
  // A quote inside an unquoted field and text after a closing quote stay in the field.
  const auto records = read_csv("ab\"c,\"x\"y,O'Brien\n");
  ASSERT_EQ(records.size(), 1U);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"ab\"c", "xy", "O'Brien"}));
}

TEST(CsvReaderTest, UnterminatedQuoteIsReportedAndLaterRecordsSurvive) {
  std::string problem;
  const auto records = read_csv("1,ok\n2,\"never closed\n3,c\n4,d\n", &problem);
  EXPECT_NE(problem.find("line 2"), std::string::npos) << problem;
  ASSERT_EQ(records.size(), 4U);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"2", "\"never closed"}));
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"3", "c"}));
  EXPECT_EQ(records[3].line, 4);
}

TEST(CsvReaderTest, UnterminatedQuoteOnTheLastLine) {
  std::string problem;
  const auto records = read_csv("1,ok\n2,\"cut", &problem);
  EXPECT_FALSE(problem.empty());
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[1].fields[1], "\"cut");
}

TEST(CsvReaderTest, BomBlankLinesAndEmptyInput) {
  EXPECT_TRUE(read_csv("").empty());
  EXPECT_TRUE(read_csv("\x1A").empty());
  EXPECT_TRUE(read_csv("\r\n\r\n").empty());
  const auto records = read_csv("\xEF\xBB\xBFid,name\n\n\n1,x\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields[0], "id");
  EXPECT_EQ(records[1].line, 4);
}

TEST(CsvReaderTest, ReaderGivesRecordsOneAtATime) {
  CsvReader reader("a\nb\n");
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.fields[0], "a");
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.fields[0], "b");
  EXPECT_FALSE(reader.next(record));
  EXPECT_FALSE(reader.next(record));
  EXPECT_TRUE(reader.problem().empty());
}

TEST(CsvReaderTest, Windows1252FieldsBecomeUtf8) {
  bool converted = false;
  EXPECT_EQ(to_utf8("Mu\xF1oz", &converted), "Muñoz");
  EXPECT_TRUE(converted);
  EXPECT_EQ(to_utf8("Muñoz", &converted), "Muñoz");
  EXPECT_FALSE(converted);
  EXPECT_EQ(to_utf8("\x80"), "€");
  EXPECT_EQ(to_utf8("\x93quoted\x94"), "“quoted”");
}

TEST(CsvReaderTest, ArbitraryBytesNeverCrash) {
  for (int seed = 1; seed < 50; ++seed) {
    std::string noise;
    for (int i = 0; i < 2000; ++i) noise += static_cast<char>((i * 7919 + seed * 104729) % 256);
    std::string problem;
    const auto records = read_csv(noise, &problem);
    size_t bytes = 0;
    for (const CsvRecord& r : records) {
      for (const std::string& f : r.fields) bytes += f.size();
    }
    EXPECT_LE(bytes, noise.size());
  }
}

}  // namespace
}  // namespace vigil::sources
