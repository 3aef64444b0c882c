// Khmer, Burmese, Tibetan and Mongolian: each read by rules of ours (ICU has none).
#include <gtest/gtest.h>

#include "text/khmer_latin.h"
#include "text/mongolian_latin.h"
#include "text/myanmar_latin.h"
#include "text/normalise.h"
#include "text/tibetan_latin.h"

namespace vigil::text {
namespace {

TEST(TextKhmerLatinTest, VowelsByTheSeriesOfTheirConsonant) {
  EXPECT_EQ(normalise_name("ហ៊ុន សែន"), "hun saen");  // triisap: o-series ុ "u"
  EXPECT_EQ(normalise_name("ប៉ុល ពត"), "pol pot");    // musikatoan: ប is p
  EXPECT_EQ(normalise_name("សុខា"), "sokha");        // a-series ុ "o"
  EXPECT_EQ(normalise_name("ជា"), "chea");          // o-series ា "ea"
  EXPECT_EQ(normalise_name("ខៀវ សំផន"), "khiev samphan");
}

TEST(TextKhmerLatinTest, BareConsonantsAndSubscripts) {
  EXPECT_EQ(normalise_name("សម"), "sam");           // a final
  EXPECT_EQ(normalise_name("នរោត្តម"), "norottam");  // a subscript starts the next syllable
  EXPECT_EQ(normalise_name("ស្រី"), "sri");           // a subscript at a word's start: a cluster
  EXPECT_EQ(normalise_name("សីហមុនី"), "sihamuni");    // inherent vowels
}

TEST(TextMyanmarLatinTest, ASyllableAWord) {
  EXPECT_EQ(normalise_name("အောင်ဆန်းစုကြည်"), "aung san su kyi");
  EXPECT_EQ(normalise_name("မင်းအောင်လှိုင်"), "min aung hlaing");
  EXPECT_EQ(normalise_name("သိန်းစိန်"), "thein sein");
  EXPECT_EQ(normalise_name("သန်းရွှေ"), "than shwe");  // ရှ sh, ွ w
  EXPECT_EQ(normalise_name("ဦးနု"), "u nu");         // independent vowel
  EXPECT_EQ(normalise_name("ချစ်"), "chit");
  EXPECT_EQ(normalise_name("မင့်"), "min");  // a dot below before the asat
}

TEST(TextTibetanLatinTest, RootPrefixSuperscriptSuffix) {
  EXPECT_EQ(normalise_name("བསྟན་འཛིན་རྒྱ་མཚོ"), "ten zin gya tso");
  EXPECT_EQ(normalise_name("ཚེ་རིང"), "tse ring");
  EXPECT_EQ(normalise_name("ཕྲིན་ལས"), "thrin le");  // subscript ར; a before ས: e
}

TEST(TextTibetanLatinTest, SuperscriptRaAndPrefixBaEndAnOpenSyllable) {
  EXPECT_EQ(normalise_name("རྡོ་རྗེ"), "dor je");
  EXPECT_EQ(normalise_name("བློ་བཟང"), "lob sang");
  EXPECT_EQ(normalise_name("ལས་རྡོ"), "le do");  // after a suffix, even a silent one: no
}

TEST(TextMongolianLatinTest, LettersAndVariationSelectors) {
  EXPECT_EQ(normalise_name("ᠴᠢᠩᠭᠢᠰ ᠬᠠᠭᠠᠨ"), "chinggis khagan");
  EXPECT_EQ(normalise_name("ᠬᠠ\u180Bᠭᠠ\u180Eᠨ"), "khagan");
}

TEST(TextOtherScriptsTest, ScriptsIcuHasNoRulesForAreNoLongerEmpty) {
  for (const char* name : {"ហ៊ុន", "ທອງ", "རྒྱ", "ᠬᠠᠭᠠᠨ", "රාජපක්ෂ", "မင်း"}) {
    EXPECT_FALSE(normalise_name(name).empty()) << name;
  }
}

}  // namespace
}  // namespace vigil::text
