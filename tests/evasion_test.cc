// The evasion family: listed names from the 2021-07 OFAC SDN set, written the ways people
// write them to slip past a screen, must still be found at the default threshold. Three
// variants of the longest word of every 25th person and organisation name (a fixed sample):
//  - zero_width: a zero-width space inside the word ("Ros\u200Bneft");
//  - look_alike: every other Latin letter that has a Cyrillic look-alike replaced by it
//    ("Еsmail" with a Cyrillic Е);
//  - split: a space inside the word ("Ros neft"), which the scorer's joined-pair alignment
//    meets when the candidate is found.
// The recall of each is printed; the first two are normalisation's job and must equal the
// recall of the names as listed; the third is the index's and scorer's, held to a floor.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "sources/loader.h"
#include "vigil/screener.h"

namespace vigil {
namespace {

constexpr size_t kEveryNth = 25;
constexpr size_t kShortestWord = 6;

struct Listed {
  std::string id;
  std::string name;
  Schema schema;
};

// The start and length of the longest ASCII word of `name`.
std::pair<size_t, size_t> longest_word(const std::string& name) {
  std::pair<size_t, size_t> best{0, 0};
  for (size_t at = 0; at < name.size();) {
    size_t end = at;
    while (end < name.size() && std::isalpha(static_cast<unsigned char>(name[end]))) ++end;
    if (end - at > best.second) best = {at, end - at};
    at = end + 1;
  }
  return best;
}

std::string with_zero_width_space(const std::string& name) {
  const auto [at, length] = longest_word(name);
  return name.substr(0, at + length / 2) + "\u200B" + name.substr(at + length / 2);
}

std::string with_space(const std::string& name) {
  const auto [at, length] = longest_word(name);
  return name.substr(0, at + length / 2) + " " + name.substr(at + length / 2);
}

// The Cyrillic letter that looks like a Latin one, or 0.
UChar32 cyrillic_look_alike(char c) {
  static const std::map<char, UChar32> kLookAlikes = {
      {'a', 0x0430}, {'e', 0x0435}, {'o', 0x043E}, {'p', 0x0440}, {'c', 0x0441}, {'x', 0x0445},
      {'y', 0x0443}, {'A', 0x0410}, {'B', 0x0412}, {'E', 0x0415}, {'K', 0x041A}, {'M', 0x041C},
      {'H', 0x041D}, {'O', 0x041E}, {'P', 0x0420}, {'C', 0x0421}, {'T', 0x0422}, {'X', 0x0425},
  };
  const auto it = kLookAlikes.find(c);
  return it == kLookAlikes.end() ? 0 : it->second;
}

std::string with_look_alikes(const std::string& name) {
  const auto [at, length] = longest_word(name);
  icu::UnicodeString out;
  bool replace = true;
  for (size_t i = 0; i < name.size(); ++i) {
    const UChar32 look_alike = cyrillic_look_alike(name[i]);
    const bool in_word = i >= at && i < at + length;
    if (in_word && look_alike != 0 && replace) {
      out.append(look_alike);
    } else {
      out.append(static_cast<UChar32>(static_cast<unsigned char>(name[i])));
    }
    if (in_word && look_alike != 0) replace = !replace;
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

class EvasionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = sources::load_sources({VIGIL_TEST_DATA_DIR "/ofac_sdn_2021_07"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    size_t seen = 0;
    for (const ParseOutput& dataset : loaded.value()) {
      for (const Entity& entity : dataset.entities) {
        const Name* name = entity.primary_name();
        const bool kind =
            entity.schema == Schema::kPerson || entity.schema == Schema::kOrganization;
        if (name == nullptr || !kind || longest_word(name->full).second < kShortestWord) continue;
        if (seen++ % kEveryNth == 0) sample_.push_back({entity.id, name->full, entity.schema});
      }
    }
    screener_ = Screener::build(std::move(loaded.value())).value();
  }
  static void TearDownTestSuite() { screener_.reset(); }

  // The share of the sample found (its entity at or above the threshold) when written `how`.
  static double recall(std::string (*how)(const std::string&), const char* family) {
    size_t found = 0;
    for (const Listed& listed : sample_) {
      Query query;
      query.name = how(listed.name);
      query.schema = listed.schema;
      const auto result = screener_->screen(query);
      EXPECT_TRUE(result.ok()) << query.name;
      if (!result.ok()) continue;
      for (const Match& m : result->matches) {
        if (m.entity->id == listed.id && m.is_match) {
          ++found;
          break;
        }
      }
    }
    const double share = static_cast<double>(found) / static_cast<double>(sample_.size());
    std::printf("evasion family %-10s %zu of %zu found, recall %.4f\n", family, found,
                sample_.size(), share);
    return share;
  }

  static std::shared_ptr<const Screener> screener_;
  static std::vector<Listed> sample_;
};
std::shared_ptr<const Screener> EvasionTest::screener_;
std::vector<Listed> EvasionTest::sample_;

std::string as_listed(const std::string& name) { return name; }

TEST_F(EvasionTest, VariantsAreGeneratedAsIntended) {
  EXPECT_EQ(with_zero_width_space("ROSNEFT OIL"), "ROS\u200BNEFT OIL");
  EXPECT_EQ(with_space("ROSNEFT OIL"), "ROS NEFT OIL");
  EXPECT_EQ(with_look_alikes("Esmail KHATIBI"), "Esmail \u041AH\u0410TI\u0412I");
  ASSERT_GT(sample_.size(), 200U);
}

TEST_F(EvasionTest, InvisibleAndLookAlikeLettersAreFoundAsTheListedName) {
  const double listed = recall(as_listed, "as_listed");
  EXPECT_GE(listed, 0.99);
  EXPECT_DOUBLE_EQ(recall(with_zero_width_space, "zero_width"), listed);
  EXPECT_DOUBLE_EQ(recall(with_look_alikes, "look_alike"), listed);
}

// A word split in two is met by the scorer's joined-pair alignment, and retrieval counts the
// two halves joined as the listed word ("Ros neft" opens ROSNEFT): as the listed name.
TEST_F(EvasionTest, AWordSplitInTwo) {
  EXPECT_DOUBLE_EQ(recall(with_space, "split"), recall(as_listed, "as_listed"));
}

}  // namespace
}  // namespace vigil
