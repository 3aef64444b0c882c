#include "model/binary_io.h"

#include <gtest/gtest.h>

namespace vigil::model {
namespace {

TEST(BinaryIoTest, RoundTripsValuesStringsAndArrays) {
  BinaryWriter out;
  out.put<uint32_t>(7);
  out.put<double>(0.25);
  out.put_string("khatib");
  out.put_strings({"", "a", "ismail"});
  out.put_array(std::vector<uint32_t>{1, 2, 3});
  BinaryReader in(out.bytes());
  uint32_t small = 0;
  double fraction = 0;
  std::string text;
  std::vector<std::string> texts;
  std::vector<uint32_t> numbers;
  ASSERT_TRUE(in.get(small) && in.get(fraction) && in.get_string(text) && in.get_strings(texts) &&
              in.get_array(numbers));
  EXPECT_EQ(small, 7U);
  EXPECT_EQ(fraction, 0.25);
  EXPECT_EQ(text, "khatib");
  EXPECT_EQ(texts, (std::vector<std::string>{"", "a", "ismail"}));
  EXPECT_EQ(numbers, (std::vector<uint32_t>{1, 2, 3}));
  EXPECT_TRUE(in.at_end());
}

TEST(BinaryIoTest, EveryTruncationFailsWithoutReadingPastTheEnd) {
  BinaryWriter out;
  out.put_string("abdolrahman");
  out.put_array(std::vector<uint64_t>{10, 20});
  const std::string& bytes = out.bytes();
  for (size_t size = 0; size < bytes.size(); ++size) {
    BinaryReader in(std::string_view(bytes).substr(0, size));
    std::string text;
    std::vector<uint64_t> numbers;
    EXPECT_FALSE(in.get_string(text) && in.get_array(numbers)) << size;
    EXPECT_FALSE(in.ok());
    EXPECT_NE(in.error("test").message.find("damaged at byte"), std::string::npos);
  }
}

TEST(BinaryIoTest, AHugeCountFailsBeforeAllocating) {
  BinaryWriter out;
  out.put<uint64_t>(uint64_t{1} << 60);
  out.put<uint32_t>(1);
  BinaryReader in(out.bytes());
  std::vector<uint32_t> numbers;
  EXPECT_FALSE(in.get_array(numbers));
  EXPECT_TRUE(numbers.empty());
  BinaryReader strings(out.bytes());
  std::vector<std::string> texts;
  EXPECT_FALSE(strings.get_strings(texts));
}

TEST(BinaryIoTest, AnEnumAboveItsLastValueFails) {
  enum class Colour : uint8_t { kRed, kBlue };
  BinaryWriter out;
  out.put<uint8_t>(1);
  out.put<uint8_t>(2);
  BinaryReader in(out.bytes());
  Colour colour = Colour::kRed;
  EXPECT_TRUE(in.get_enum(colour, Colour::kBlue));
  EXPECT_EQ(colour, Colour::kBlue);
  EXPECT_FALSE(in.get_enum(colour, Colour::kBlue));
  EXPECT_FALSE(in.ok());
}

}  // namespace
}  // namespace vigil::model
