#include "text/confusables.h"

#include <gtest/gtest.h>

#include <string>

namespace vigil::text {
namespace {

std::string folded(const char* utf8) {
  std::string out;
  fold_confusable_words(icu::UnicodeString::fromUTF8(utf8)).toUTF8String(out);
  return out;
}

TEST(TextConfusablesTest, LookAlikesOfCyrillicAndGreekLetters) {
  EXPECT_EQ(latin_look_alike(0x0415), 'E');  // Cyrillic Е
  EXPECT_EQ(latin_look_alike(0x041A), 'K');  // Cyrillic К
  EXPECT_EQ(latin_look_alike(0x0430), 'a');  // Cyrillic а
  EXPECT_EQ(latin_look_alike(0x043E), 'o');  // Cyrillic о
  EXPECT_EQ(latin_look_alike(0x0456), 'i');  // Ukrainian і
  EXPECT_EQ(latin_look_alike(0x0406), 'I');  // Ukrainian І: "I", not "l"
  EXPECT_EQ(latin_look_alike(0x0399), 'I');  // Greek Ι
  EXPECT_EQ(latin_look_alike(0x03BF), 'o');  // Greek ο
  EXPECT_EQ(latin_look_alike(0x0416), 0);    // Ж looks like no Latin letter
  EXPECT_EQ(latin_look_alike(0x043F), 0);    // п
  EXPECT_EQ(latin_look_alike('a'), 0);
  EXPECT_EQ(latin_look_alike(0x05D0), 0);
}

TEST(TextConfusablesTest, WordsMixingLatinWithLookAlikesAreLatin) {
  EXPECT_EQ(folded("\u0415smail \u041Ahatib"), "Esmail Khatib");
  EXPECT_EQ(folded("R\u043Esn\u0435ft"), "Rosneft");
  EXPECT_EQ(folded("\u0395smail"), "Esmail");  // Greek Ε
  // A letter with no look-alike stays, for transliteration to spell.
  EXPECT_EQ(folded("\u0416anna"), "\u0416anna");
  EXPECT_EQ(folded("\u041Ahati\u0431"), "Khati\u0431");
}

TEST(TextConfusablesTest, WordsWhollyInLookAlikesAreLatinOnlyInALatinName) {
  EXPECT_EQ(folded("\u0415\u0422\u0410 \u041Ahatib"), "ETA Khatib");
  EXPECT_EQ(folded("\u0421\u041E\u0421\u0410 Cola"), "COCA Cola");
  EXPECT_EQ(folded("\u0415\u0422\u0410"), "\u0415\u0422\u0410");  // no Latin word
  // A real Cyrillic word tells the name is Cyrillic.
  EXPECT_EQ(folded("\u0415\u0422\u0410 Khatib \u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440"),
            "\u0415\u0422\u0410 Khatib \u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440");
}

TEST(TextConfusablesTest, StrayLatinLettersInCyrillicNamesStay) {
  // Lists type Latin letters into Cyrillic names; the name's other words say it is Cyrillic.
  for (const char* name : {"Iгор Валентинович ПАШКОВ", "Светлана Юрьевна Aлександрова",
                           "Специальное Kонструкторское Бюро"}) {
    EXPECT_EQ(folded(name), name);
  }
  // Alone, a word is read by its own majority.
  EXPECT_EQ(folded("R\u043Esn\u0435ft"), "Rosneft");
  EXPECT_EQ(folded("A\u043B\u0435\u043A\u0441"), "A\u043B\u0435\u043A\u0441");
}

TEST(TextConfusablesTest, CyrillicAndGreekNamesStay) {
  for (const char* name : {"Путин", "Владимир Путин", "Хатиб", "Γεώργιος Παπαδόπουλος", "АСАД",
                           "Ivan (Иван)", "Müller Мюллер"}) {
    EXPECT_EQ(folded(name), name);
  }
}

}  // namespace
}  // namespace vigil::text
