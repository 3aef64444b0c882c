#include "sources/gzip_input.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace vigil::sources {
namespace {

// The bytes as one gzip member (what `gzip` writes).
std::string gzip(std::string_view text) {
  z_stream stream{};
  EXPECT_EQ(
      deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY),
      Z_OK);
  std::string out(deflateBound(&stream, text.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

std::string sample_text() {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "row " + std::to_string(i) + ",a,b,c\n";
  return text;
}

TEST(GzipInputTest, RoundTripsOneAndSeveralMembers) {
  const std::string text = sample_text();
  const std::string compressed = gzip(text);
  EXPECT_TRUE(is_gzip(compressed));
  EXPECT_FALSE(is_gzip(text));
  Result<std::string> out = gunzip(compressed, "list.csv.gz");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(*out, text);
  Result<std::string> two = gunzip(compressed + gzip("tail\n"), "list.csv.gz");
  ASSERT_TRUE(two.ok()) << two.error().to_string();
  EXPECT_EQ(*two, text + "tail\n");
  EXPECT_EQ(gunzip_prefix(compressed, 10), text.substr(0, 10));
}

TEST(GzipInputTest, RefusesAGzipBomb) {
  const std::string zeros(size_t{8} << 20, '\0');
  const std::string bomb = gzip(zeros);
  ASSERT_LT(bomb.size(), size_t{64} << 10);
  const Result<std::string> out = gunzip(bomb, "bomb.gz", size_t{1} << 20);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().where.file, "bomb.gz");
  EXPECT_NE(out.error().message.find("gzip bomb"), std::string::npos);
  EXPECT_EQ(gunzip_prefix(bomb, 100).size(), 100u);
}

TEST(GzipInputTest, DamagedStreamsAreErrorsNamingTheFile) {
  const std::string compressed = gzip(sample_text());
  for (size_t cut : {size_t{3}, size_t{10}, compressed.size() / 2, compressed.size() - 1}) {
    const Result<std::string> out = gunzip(compressed.substr(0, cut), "cut.gz");
    ASSERT_FALSE(out.ok()) << cut;
    EXPECT_EQ(out.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(out.error().where.file, "cut.gz");
  }
  EXPECT_NE(gunzip(compressed.substr(0, compressed.size() / 2), "cut.gz")
                .error()
                .message.find("truncated"),
            std::string::npos);
  std::string flipped = compressed;
  for (size_t at = 20; at < flipped.size(); at += 97) flipped[at] = static_cast<char>(~flipped[at]);
  EXPECT_FALSE(gunzip(flipped, "flipped.gz").ok());
  const Result<std::string> trailing = gunzip(compressed + "junk", "trailing.gz");
  ASSERT_FALSE(trailing.ok());
  EXPECT_NE(trailing.error().message.find("4 trailing bytes"), std::string::npos);
  EXPECT_FALSE(gunzip("", "empty.gz").ok());
  EXPECT_FALSE(gunzip("plain text", "plain.gz").ok());
  EXPECT_TRUE(gunzip_prefix("plain text", 10).empty());
}

}  // namespace
}  // namespace vigil::sources
