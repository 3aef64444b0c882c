#include "index/name_index.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vigil::index {
namespace {

class NameIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_.add_name(0, 0, NameKind::kPrimary, Schema::kPerson, {"esmail", "khatib"});
    index_.add_name(1, 0, NameKind::kPrimary, Schema::kPerson, {"hassan", "rouhani"});
    index_.add_name(2, 0, NameKind::kPrimary, Schema::kPerson, {"abdol", "rahman", "karimi"});
    index_.add_name(3, 0, NameKind::kPrimary, Schema::kOrganization, {"evin", "prison"});
    for (uint32_t i = 0; i < 20; ++i) {
      index_.add_name(10 + i, 0, NameKind::kPrimary, Schema::kPerson,
                      {"ali", "x" + std::to_string(i)});
    }
    index_.finish();
  }

  std::vector<std::string> similar(std::string_view query) const {
    std::vector<SimilarToken> found;
    index_.find_similar(match::make_token_features(query), found);
    std::vector<std::string> out;
    for (const SimilarToken& s : found) out.push_back(index_.token(s.token).features.text);
    std::sort(out.begin(), out.end());
    return out;
  }

  NameIndex index_;
};

TEST_F(NameIndexTest, FindsExactVariantAndTypo) {
  EXPECT_EQ(similar("khatib"), std::vector<std::string>{"khatib"});
  EXPECT_EQ(similar("khateeb"), std::vector<std::string>{"khatib"});
  EXPECT_EQ(similar("khaitb"), std::vector<std::string>{"khatib"});   // swap
  EXPECT_EQ(similar("khatibb"), std::vector<std::string>{"khatib"});  // insertion
  EXPECT_EQ(similar("ismail"), std::vector<std::string>{"esmail"});   // equivalence class
  EXPECT_TRUE(similar("zzzzzz").empty());
}

TEST_F(NameIndexTest, FindsJoinedPairs) {
  const auto found = similar("abdolrahman");
  EXPECT_NE(std::find(found.begin(), found.end(), "abdolrahman"), found.end());
  const int64_t id = index_.find_token("abdolrahman");
  ASSERT_GE(id, 0);
  EXPECT_TRUE(index_.token(static_cast<uint32_t>(id)).joined_pair);
  EXPECT_EQ(index_.postings(static_cast<uint32_t>(id)).size(), 1U);
}

TEST_F(NameIndexTest, CommonTokensWeighLess) {
  const auto ali = index_.find_token("ali");
  const auto khatib = index_.find_token("khatib");
  ASSERT_GE(ali, 0);
  ASSERT_GE(khatib, 0);
  EXPECT_LT(index_.token(static_cast<uint32_t>(ali)).weight,
            index_.token(static_cast<uint32_t>(khatib)).weight);
  EXPECT_EQ(index_.postings(static_cast<uint32_t>(ali)).size(), 20U);
}

TEST_F(NameIndexTest, NamesKeepTheirTokensInOrder) {
  const NameRecord& record = index_.name(2);
  const auto tokens = index_.tokens_of(record);
  ASSERT_EQ(tokens.size(), 3U);
  EXPECT_EQ(index_.token(tokens[0]).features.text, "abdol");
  EXPECT_EQ(index_.token(tokens[2]).features.text, "karimi");
}

}  // namespace
}  // namespace vigil::index
