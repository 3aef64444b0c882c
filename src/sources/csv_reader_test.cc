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

TEST(CsvReaderTest, UnterminatedQuoteIsReportedNotFatal) {
  std::string problem;
  const auto records = read_csv("a,\"never closed\nb,c\n", &problem);
  EXPECT_FALSE(problem.empty());
  EXPECT_EQ(records.size(), 1U);
}

TEST(CsvReaderTest, BomBlankLinesAndEmptyInput) {
  EXPECT_TRUE(read_csv("").empty());
  EXPECT_TRUE(read_csv("\x1A").empty());
  const auto records = read_csv("\xEF\xBB\xBFid,name\n\n\n1,x\n");
  ASSERT_EQ(records.size(), 2U);
  EXPECT_EQ(records[0].fields[0], "id");
}

TEST(CsvReaderTest, Windows1252FieldsBecomeUtf8) {
  bool converted = false;
  EXPECT_EQ(to_utf8("Mu\xF1oz", &converted), "Muñoz");
  EXPECT_TRUE(converted);
  EXPECT_EQ(to_utf8("Muñoz", &converted), "Muñoz");
  EXPECT_FALSE(converted);
}

TEST(CsvReaderTest, RandomBytesNeverCrash) {
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise += static_cast<char>((i * 7919) % 256);
  std::string problem;
  EXPECT_NO_THROW(read_csv(noise, &problem));
}

}  // namespace
}  // namespace vigil::sources
