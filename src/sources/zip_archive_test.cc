#include "sources/zip_archive.h"

#include <gtest/gtest.h>

#include "sources/input_file.h"
#include "sources/zip_test_support.h"

namespace vigil::sources {
namespace {

using testing::make_zip;
using testing::TestZipEntry;

constexpr uint64_t kLimit = uint64_t{1} << 20;

std::string sample_archive() {
  return make_zip({{"a.txt", "hello, stored", false, 0, false},
                   {"dir/b.xml", std::string(5000, 'x') + "<end/>", true, 0, false}});
}

TEST(ZipArchiveTest, ListsAndExtractsStoredAndDeflatedEntries) {
  const std::string bytes = sample_archive();
  EXPECT_TRUE(has_zip_signature(bytes));
  Result<ZipArchive> archive = ZipArchive::open(bytes, "sample.zip");
  ASSERT_TRUE(archive.ok()) << archive.error().to_string();
  ASSERT_EQ(archive->entries().size(), 2U);
  EXPECT_EQ(archive->entries()[0].name, "a.txt");
  EXPECT_EQ(archive->entries()[1].name, "dir/b.xml");
  EXPECT_EQ(archive->entries()[1].uncompressed_size, 5006U);
  EXPECT_LT(archive->entries()[1].compressed_size, 100U);

  Result<std::string> stored = archive->extract("a.txt", kLimit);
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  EXPECT_EQ(*stored, "hello, stored");
  Result<std::string> deflated = archive->extract("dir/b.xml", kLimit);
  ASSERT_TRUE(deflated.ok()) << deflated.error().to_string();
  EXPECT_EQ(*deflated, std::string(5000, 'x') + "<end/>");
  // Entries can be read again, in any order.
  EXPECT_EQ(archive->extract("a.txt", kLimit).value(), "hello, stored");
}

TEST(ZipArchiveTest, ExtractsAPrefixOfALargeEntry) {
  const std::string bytes = sample_archive();
  Result<ZipArchive> archive = ZipArchive::open(bytes, "sample.zip");
  ASSERT_TRUE(archive.ok());
  Result<std::string> prefix = archive->extract_prefix("dir/b.xml", 10);
  ASSERT_TRUE(prefix.ok()) << prefix.error().to_string();
  EXPECT_EQ(*prefix, std::string(10, 'x'));
  EXPECT_EQ(archive->extract_prefix("a.txt", 1000).value(), "hello, stored");
}

TEST(ZipArchiveTest, MissingEntryIsNotFound) {
  const std::string bytes = sample_archive();
  Result<ZipArchive> archive = ZipArchive::open(bytes, "sample.zip");
  ASSERT_TRUE(archive.ok());
  EXPECT_EQ(archive->find("nope"), nullptr);
  const Result<std::string> missing = archive->extract("nope", kLimit);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_NE(missing.error().to_string().find("sample.zip"), std::string::npos);
}

TEST(ZipArchiveTest, RefusesAnEntryDeclaringMoreThanTheLimit) {
  const std::string bytes = sample_archive();
  Result<ZipArchive> archive = ZipArchive::open(bytes, "sample.zip");
  ASSERT_TRUE(archive.ok());
  const Result<std::string> big = archive->extract("dir/b.xml", 1000);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.error().message.find("more than the limit of 1000"), std::string::npos)
      << big.error().to_string();
  EXPECT_EQ(big.error().where.element, "dir/b.xml");
}

TEST(ZipArchiveTest, RefusesAZipBombByItsCompressionRatio) {
  // Claims 1 GiB from a few hundred bytes: refused before inflating anything.
  const std::string bytes =
      make_zip({{"bomb.xml", std::string(300, 'a'), true, uint64_t{1} << 30, false}});
  Result<ZipArchive> archive = ZipArchive::open(bytes, "bomb.zip");
  ASSERT_TRUE(archive.ok());
  const Result<std::string> bomb = archive->extract("bomb.xml", uint64_t{4} << 30);
  ASSERT_FALSE(bomb.ok());
  EXPECT_NE(bomb.error().message.find("zip bomb"), std::string::npos) << bomb.error().to_string();
}

TEST(ZipArchiveTest, RefusesAnEntryShorterThanItDeclares) {
  const std::string bytes = make_zip({{"short.txt", "abc", false, 10, false}});
  Result<ZipArchive> archive = ZipArchive::open(bytes, "short.zip");
  ASSERT_TRUE(archive.ok());
  EXPECT_FALSE(archive->extract("short.txt", kLimit).ok());
}

TEST(ZipArchiveTest, RefusesEncryptedEntries) {
  const std::string bytes = make_zip({{"secret.txt", "abc", false, 0, true}});
  Result<ZipArchive> archive = ZipArchive::open(bytes, "secret.zip");
  ASSERT_TRUE(archive.ok());
  EXPECT_TRUE(archive->entries()[0].encrypted);
  const Result<std::string> secret = archive->extract("secret.txt", kLimit);
  ASSERT_FALSE(secret.ok());
  EXPECT_NE(secret.error().message.find("encrypted"), std::string::npos);
}

TEST(ZipArchiveTest, DetectsDamagedDataByItsCrc) {
  std::string bytes = make_zip({{"a.txt", "hello, stored", false, 0, false}});
  bytes[30 + 5 + 2] ^= 0x20;  // a byte of the stored data, after the local header and name
  Result<ZipArchive> archive = ZipArchive::open(bytes, "crc.zip");
  ASSERT_TRUE(archive.ok());
  const Result<std::string> damaged = archive->extract("a.txt", kLimit);
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.error().message.find("CRC"), std::string::npos) << damaged.error().to_string();
}

TEST(ZipArchiveTest, NotAZipAndEmptyInputAreErrors) {
  for (const std::string& bytes :
       {std::string(), std::string("hello"), std::string("PK\x03\x04")}) {
    EXPECT_FALSE(ZipArchive::open(bytes, "x.zip").ok()) << bytes;
  }
  EXPECT_FALSE(has_zip_signature("<xml/>"));
}

// Every truncation and many single-byte flips of an archive either open and extract, or fail
// with an error; none crashes.
TEST(ZipArchiveTest, DamagedArchivesNeverCrash) {
  const std::string bytes = sample_archive();
  const std::string_view whole(bytes);
  for (size_t size = 0; size < bytes.size(); ++size) {
    Result<ZipArchive> archive = ZipArchive::open(whole.substr(0, size), "t.zip");
    if (!archive.ok()) {
      EXPECT_FALSE(archive.error().message.empty());
      continue;
    }
    // A cut in the end record's last bytes may go unnoticed until an entry is read.
    for (const ZipEntry& entry : archive->entries()) {
      const Result<std::string> data = archive->extract(entry.name, kLimit);
      if (!data.ok()) {
        EXPECT_FALSE(data.error().message.empty());
      }
    }
  }
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0xA5);
    Result<ZipArchive> archive = ZipArchive::open(flipped, "f.zip");
    if (!archive.ok()) continue;
    for (const ZipEntry& entry : archive->entries()) {
      const Result<std::string> data = archive->extract(entry.name, kLimit);
      if (!data.ok()) {
        EXPECT_FALSE(data.error().to_string().empty());
      }
    }
  }
}

TEST(ZipArchiveTest, ReadsTheRealOfsiWorkbookArchive) {
  const Result<InputFile> file =
      read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/uk_ofsi/ConList.xlsx");
  ASSERT_TRUE(file.ok()) << file.error().to_string();
  Result<ZipArchive> archive = ZipArchive::open(file->bytes, file->path);
  ASSERT_TRUE(archive.ok()) << archive.error().to_string();
  EXPECT_EQ(archive->entries().size(), 7U);
  const ZipEntry* sheet = archive->find("xl/worksheets/sheet1.xml");
  ASSERT_NE(sheet, nullptr);
  EXPECT_EQ(sheet->uncompressed_size, 12850714U);
  const Result<std::string> workbook = archive->extract("xl/workbook.xml", kLimit);
  ASSERT_TRUE(workbook.ok());
  EXPECT_NE(workbook->find("<sheet name=\"Data\""), std::string::npos);
}

}  // namespace
}  // namespace vigil::sources
