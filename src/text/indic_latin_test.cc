#include "text/indic_latin.h"

#include <gtest/gtest.h>

#include <string>

#include "text/indic_schwa.h"
#include "text/normalise.h"

namespace vigil::text {
namespace {

std::string without_schwas(const char* iso) {
  std::string out;
  without_silent_schwas(icu::UnicodeString::fromUTF8(iso)).toUTF8String(out);
  return out;
}

TEST(TextIndicSchwaTest, FinalInherentVowelAfterOneConsonantIsSilent) {
  EXPECT_EQ(without_schwas("rāhula"), "rāhul");
  EXPECT_EQ(without_schwas("amita"), "amit");
  EXPECT_EQ(without_schwas("śēkha"), "śēkh");      // an aspirate is one consonant
  EXPECT_EQ(without_schwas("vasanta"), "vasant");  // a nasal and a consonant
  EXPECT_EQ(without_schwas("narēndra"), "narēndra");
  EXPECT_EQ(without_schwas("khaḍga"), "khaḍga");
  EXPECT_EQ(without_schwas("na"), "na");        // the word's only vowel
  EXPECT_EQ(without_schwas("śarmā"), "śarmā");  // a written vowel
  EXPECT_EQ(without_schwas("kai"), "kai");      // a diphthong
}

TEST(TextIndicSchwaTest, MedialInherentVowelBetweenTwoSyllablesIsSilent) {
  EXPECT_EQ(without_schwas("manamōhana"), "manmōhan");
  EXPECT_EQ(without_schwas("rahamāna"), "rahmān");
  EXPECT_EQ(without_schwas("bhagavanta"), "bhagvant");
  EXPECT_EQ(without_schwas("muhām'mada"), "muhāmmad");  // ICU's apostrophe dropped
}

TEST(TextIndicLatinTest, NorthIndianScriptsDropSilentVowels) {
  EXPECT_EQ(normalise_name("राहुल गांधी"), "rahul gandhi");
  EXPECT_EQ(normalise_name("मनमोहन सिंह"), "manmohan singh");  // anusvara before h: "ng"
  EXPECT_EQ(normalise_name("ਮਨਮੋਹਨ ਸਿੰਘ"), "manmohan singh");   // Gurmukhi tippi
  EXPECT_EQ(normalise_name("শেখ হাসিনা"), "shekh hasina");
  EXPECT_EQ(normalise_name("નરેન્દ્ર મોદી"), "narendra modi");
  EXPECT_EQ(normalise_name("ନବୀନ"), "nabin");
}

TEST(TextIndicLatinTest, EnglishSpellingsOfLetters) {
  EXPECT_EQ(normalise_name("शर्मा"), "sharma");    // ś
  EXPECT_EQ(normalise_name("चंद्र"), "chandra");    // c
  EXPECT_EQ(normalise_name("छाबड़ा"), "chhabra");  // ch
  EXPECT_EQ(normalise_name("कृष्ण"), "krishna");    // r̥, ṣ; the a after a cluster stays
  EXPECT_EQ(normalise_name("అంబటి"), "ambati");    // anusvara before b: m
  EXPECT_EQ(normalise_name("வேலுப்பிள்ளை"), "veluppillai");
}

TEST(TextIndicLatinTest, DravidianDentalTIsTh) {
  EXPECT_EQ(normalise_name("ஜெயலலிதா"), "jeyalalitha");
  EXPECT_EQ(normalise_name("முத்து"), "muthu");  // one "th" for the geminate
  EXPECT_EQ(normalise_name("ടി"), "ti");        // retroflex: t
}

TEST(TextIndicLatinTest, MalayalamChillusAreRead) {
  EXPECT_EQ(normalise_name("വിജയൻ"), "vijayan");
  EXPECT_EQ(normalise_name("തരൂർ"), "tharur");
}

TEST(TextIndicLatinTest, SinhalaThroughIcu) {
  EXPECT_EQ(normalise_name("මහින්ද රාජපක්ෂ"), "mahinda rajapaksha");
  EXPECT_EQ(normalise_name("සිංහ"), "singha");
}

TEST(TextIndicLatinTest, AbbreviationsAreInitials) {
  EXPECT_EQ(normalise_name("వై. ఎస్. జగన్మోహన్ రెడ్డి"), "y s jaganmohan reddi");  // letter names
  EXPECT_EQ(normalise_name("மு. கருணாநிதி"), "m karunanithi");             // first letter
  EXPECT_EQ(normalise_name("एस."), "s");
  EXPECT_EQ(normalise_name("एस"), "es");  // no full stop: a word
}

TEST(TextIndicLatinTest, IsIndic) {
  EXPECT_TRUE(is_indic(Script::kDevanagari));
  EXPECT_TRUE(is_indic(Script::kSinhala));
  EXPECT_TRUE(is_indic(Script::kMalayalam));
  EXPECT_FALSE(is_indic(Script::kThai));
  EXPECT_FALSE(is_indic(Script::kLatin));
}

}  // namespace
}  // namespace vigil::text
