// API keys: made, stored as hashes only, checked, removed, and a damaged file named precisely.
#include "server/api_keys.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vigil::server {
namespace {

namespace fs = std::filesystem;

class ApiKeysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigil-keys-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string path(const std::string& name = "keys.json") const { return (dir_ / name).string(); }

  void write(const std::string& text) const { std::ofstream(path()) << text; }

  fs::path dir_;
};

TEST_F(ApiKeysTest, NewKeysAreRandomAndWellFormed) {
  const std::string a = new_api_key();
  const std::string b = new_api_key();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.size(), 4u + 64u);
  EXPECT_TRUE(a.starts_with("vgk_"));
}

TEST_F(ApiKeysTest, AddedKeysAuthenticateWithTheirRoleAndSurviveSaveAndLoad) {
  ApiKeys keys;
  const Result<std::string> screen = keys.add("payments", Role::kScreen);
  const Result<std::string> admin = keys.add("ops", Role::kAdmin);
  ASSERT_TRUE(screen.ok() && admin.ok());
  ASSERT_FALSE(keys.save(path()).has_value());

  const Result<ApiKeys> loaded = ApiKeys::load(path());
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(loaded->authenticate(*screen), Role::kScreen);
  EXPECT_EQ(loaded->authenticate(*admin), Role::kAdmin);
  EXPECT_EQ(loaded->authenticate("vgk_" + std::string(64, '0')), std::nullopt);
  EXPECT_EQ(loaded->authenticate(""), std::nullopt);
  ASSERT_EQ(loaded->entries().size(), 2u);
  EXPECT_EQ(loaded->entries()[0].name, "payments");
  EXPECT_FALSE(loaded->entries()[0].created.empty());
}

TEST_F(ApiKeysTest, TheFileHoldsOnlyHashesAndOnlyItsOwnerMayReadIt) {
  ApiKeys keys;
  const Result<std::string> key = keys.add("case-tool", Role::kAnalyst);
  ASSERT_TRUE(key.ok());
  ASSERT_FALSE(keys.save(path()).has_value());
  std::stringstream text;
  text << std::ifstream(path()).rdbuf();
  EXPECT_EQ(text.str().find(*key), std::string::npos);
  EXPECT_EQ(text.str().find(key->substr(4, 16)), std::string::npos);
  struct stat info {};
  ASSERT_EQ(::stat(path().c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_FALSE(fs::exists(path() + ".tmp"));
}

TEST_F(ApiKeysTest, NamesAreCheckedAndUnique) {
  ApiKeys keys;
  EXPECT_TRUE(keys.add("a", Role::kScreen).ok());
  EXPECT_FALSE(keys.add("a", Role::kAdmin).ok());
  EXPECT_FALSE(keys.add("", Role::kScreen).ok());
  EXPECT_FALSE(keys.add("has space", Role::kScreen).ok());
  EXPECT_FALSE(keys.add(std::string(101, 'x'), Role::kScreen).ok());
}

TEST_F(ApiKeysTest, RemovedKeysNoLongerAuthenticate) {
  ApiKeys keys;
  const Result<std::string> key = keys.add("old", Role::kScreen);
  ASSERT_TRUE(key.ok());
  EXPECT_TRUE(keys.remove("old"));
  EXPECT_FALSE(keys.remove("old"));
  EXPECT_EQ(keys.authenticate(*key), std::nullopt);
}

TEST_F(ApiKeysTest, AMissingFileIsNotFoundAndADamagedOneNamesTheEntry) {
  EXPECT_EQ(ApiKeys::load(path("absent.json")).error().code, ErrorCode::kNotFound);

  write("{not json");
  EXPECT_EQ(ApiKeys::load(path()).error().code, ErrorCode::kMalformed);

  write(R"({"keys": [{"name": "a", "role": "root", "sha256": ")" + std::string(64, 'a') +
        R"("}]})");
  const Result<ApiKeys> bad_role = ApiKeys::load(path());
  ASSERT_FALSE(bad_role.ok());
  EXPECT_EQ(bad_role.error().where.element, "keys[0].role");

  write(R"({"keys": [{"name": "a", "role": "admin", "sha256": "abc"}]})");
  EXPECT_EQ(ApiKeys::load(path()).error().where.element, "keys[0].sha256");

  const std::string hash(64, 'b');
  write(R"({"keys": [{"name": "a", "role": "admin", "sha256": ")" + hash +
        R"("}, {"name": "a", "role": "screen", "sha256": ")" + hash + R"("}]})");
  EXPECT_EQ(ApiKeys::load(path()).error().where.element, "keys[1].name");

  write(R"([1, 2])");
  EXPECT_EQ(ApiKeys::load(path()).error().code, ErrorCode::kMalformed);
}

}  // namespace
}  // namespace vigil::server
