#include "sources/input_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vigil::sources {
namespace {

namespace fs = std::filesystem;

class InputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vigil_input_file_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  fs::path dir_;
};

TEST_F(InputFileTest, ReadsWholeFileIncludingNulBytes) {
  const std::string bytes("a\0b\r\nc", 6);
  const std::string path = write("x.bin", bytes);
  const Result<InputFile> file = read_input_file(path);
  ASSERT_TRUE(file.ok()) << file.error().to_string();
  EXPECT_EQ(file->path, path);
  EXPECT_EQ(file->bytes, bytes);
}

TEST_F(InputFileTest, ReadsEmptyFile) {
  const Result<InputFile> file = read_input_file(write("empty", ""));
  ASSERT_TRUE(file.ok());
  EXPECT_TRUE(file->bytes.empty());
}

TEST_F(InputFileTest, MissingFileIsNotFoundAndNamesThePath) {
  const std::string path = (dir_ / "absent.xml").string();
  const Result<InputFile> file = read_input_file(path);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(file.error().where.file, path);
  EXPECT_NE(file.error().to_string().find("no such file"), std::string::npos);
}

TEST_F(InputFileTest, DirectoryIsRefused) {
  const Result<InputFile> file = read_input_file(dir_.string());
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(file.error().message.find("directory"), std::string::npos);
}

TEST_F(InputFileTest, TooLargeFileIsRefused) {
  const Result<InputFile> file = read_input_file(write("big", std::string(100, 'x')), 99);
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.error().message.find("too large"), std::string::npos);
  EXPECT_TRUE(read_input_file(write("fits", std::string(99, 'x')), 99).ok());
}

TEST_F(InputFileTest, UnreadableFileIsAnIoError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read any file";
  const std::string path = write("secret", "x");
  fs::permissions(path, fs::perms::none);
  const Result<InputFile> file = read_input_file(path);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.error().code, ErrorCode::kIo);
  EXPECT_NE(file.error().message.find("cannot open"), std::string::npos);
}

TEST_F(InputFileTest, EmptyPathIsInvalid) { EXPECT_FALSE(read_input_file("").ok()); }

TEST(Sha256Test, MatchesKnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace vigil::sources
