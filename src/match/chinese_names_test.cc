#include "match/chinese_names.h"

#include <gtest/gtest.h>

namespace vigil::match {
namespace {

TEST(ChineseNamesTest, NamesDifferingInASyllableAreDifferentNames) {
  EXPECT_TRUE(different_pinyin_names("jinggang", "jinping"));  // gang / ping
  EXPECT_TRUE(different_pinyin_names("jianping", "jinping"));  // jian / jin
  EXPECT_TRUE(different_pinyin_names("kaihong", "zhihong"));
  EXPECT_TRUE(different_pinyin_names("qin", "kan"));
  EXPECT_TRUE(different_pinyin_names("xiuying", "xiuling"));
  EXPECT_TRUE(different_pinyin_names("ming", "mingguo"));  // one syllable, two
}

TEST(ChineseNamesTest, SpellingsOfOneNameAndNamesNotInPinyinAreLeftAlone) {
  EXPECT_FALSE(different_pinyin_names("jinping", "jinping"));
  EXPECT_FALSE(different_pinyin_names("jinping", "jingping"));  // -n / -ng
  EXPECT_FALSE(different_pinyin_names("zhang", "zang"));        // zh / z
  EXPECT_FALSE(different_pinyin_names("xiuwen", "hsiuwen"));    // Wade-Giles: not pinyin
  EXPECT_FALSE(different_pinyin_names("wong", "wang"));         // Cantonese: not pinyin
  EXPECT_FALSE(different_pinyin_names("abdul", "abdel"));
}

TEST(ChineseNamesTest, ApplyOnlyToNamesThatMayBothBeChinese) {
  EXPECT_TRUE(is_chinese_family_name("chen"));
  EXPECT_FALSE(is_chinese_family_name("smith"));
  const TokenMatch phonetic{0.95, TokenMatchKind::kPhonetic};
  const auto kind = [&phonetic](std::string_view a, std::string_view b, PinyinRule rule) {
    return as_pinyin_match(phonetic, a, b, rule).kind;
  };
  // Written in Han characters, the pinyin is exact: Jianping is not Jinping.
  EXPECT_EQ(kind("jianping", "jinping", PinyinRule::kWritten), TokenMatchKind::kNone);
  // Typed in Latin letters, one edit may be a typo; more is another name.
  EXPECT_EQ(kind("jianping", "jinping", PinyinRule::kTyped), TokenMatchKind::kPhonetic);
  EXPECT_EQ(kind("jinggang", "jinping", PinyinRule::kTyped), TokenMatchKind::kNone);
  EXPECT_EQ(kind("jianping", "jinping", PinyinRule::kNone), TokenMatchKind::kPhonetic);
  const TokenMatch exact{1.0, TokenMatchKind::kExact};
  EXPECT_EQ(as_pinyin_match(exact, "li", "li", PinyinRule::kWritten).kind, TokenMatchKind::kExact);
  EXPECT_EQ(pinyin_rule(true, true, true), PinyinRule::kWritten);
  EXPECT_EQ(pinyin_rule(true, false, true), PinyinRule::kNone);
}

}  // namespace
}  // namespace vigil::match
