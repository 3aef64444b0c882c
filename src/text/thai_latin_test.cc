#include "text/thai_latin.h"

#include <gtest/gtest.h>

#include "text/normalise.h"

namespace vigil::text {
namespace {

TEST(TextThaiLatinTest, SyllablesWithWrittenAndUnwrittenVowels) {
  EXPECT_EQ(normalise_name("ทักษิณ"), "thaksin");
  EXPECT_EQ(normalise_name("สมชาย"), "somchai");     // o between consonants
  EXPECT_EQ(normalise_name("ธนาธร"), "thanathorn");  // a at a syllable's end; final ร "rn"
  EXPECT_EQ(normalise_name("ทวีสิน"), "thawisin");
  EXPECT_EQ(normalise_name("ชวน"), "chuan");  // ว as the vowel ua
  EXPECT_EQ(normalise_name("ทำ"), "tham");    // ำ, which NFKC splits
}

TEST(TextThaiLatinTest, LeadingVowelsAreReadAfterTheirConsonant) {
  EXPECT_EQ(normalise_name("เวช"), "wet");
  EXPECT_EQ(normalise_name("โอชา"), "ocha");
  EXPECT_EQ(normalise_name("ไทย"), "thai");  // ย after ai is silent
  EXPECT_EQ(normalise_name("เศรษฐา"), "settha");
}

TEST(TextThaiLatinTest, SilentLettersAreDropped) {
  EXPECT_EQ(normalise_name("ประยุทธ์"), "prayut");  // thanthakhat
  EXPECT_EQ(normalise_name("จันทร์"), "chan");      // silent ทร
  EXPECT_EQ(normalise_name("วงษ์"), "wong");
  EXPECT_EQ(normalise_name("ยิ่งลักษณ์"), "yinglak");  // tone mark; ษ after a short vowel
  EXPECT_EQ(normalise_name("หลีก"), "lik");         // ห before a sonorant
  EXPECT_EQ(normalise_name("สุวรรณ"), "suwan");     // รร
  EXPECT_EQ(normalise_name("ศรี"), "si");
  EXPECT_EQ(normalise_name("สันดอน"), "sandon");  // one silent letter at most, not a syllable
  EXPECT_EQ(normalise_name("ไกสอน"), "kaison");  // อ as the vowel o: ส starts a syllable
}

TEST(TextThaiLatinTest, LaoIsReadThroughTheThaiLetters) {
  EXPECT_EQ(normalise_name("ທອງລຸນ ສີສຸລິດ"), "thonglun sisulit");
  EXPECT_EQ(normalise_name("ພົມວິຫານ"), "phomwihan");  // ົ
  EXPECT_EQ(normalise_name("ວໍລະຈິດ"), "wolachit");    // ໍ
  EXPECT_EQ(normalise_name("ວຽງຈັນ"), "wiangchan");   // ຽ
  EXPECT_EQ(normalise_name("ຄຳ"), "kham");
}

}  // namespace
}  // namespace vigil::text
