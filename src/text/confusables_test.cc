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

TEST(TextConfusablesTest, StrayLatinLettersInCyrillicNamesAreTheirCyrillicLookAlikes) {
  // Lists type Latin letters into Cyrillic names; the name's other words say it is Cyrillic,
  // and the word is spelled whole, as Cyrillic (the Latin "I" is the Ukrainian and Belarusian
  // "І" in a name with a letter of those alphabets, else "И"; an accent typed on a Latin
  // letter goes with it).
  EXPECT_EQ(folded("Iгор Валентинович ПАШКОВ"), "Игор Валентинович ПАШКОВ");
  EXPECT_EQ(folded("ВАКУЛЬЧIК, Валéрый Пáўлавiч"),
            "\u0412\u0410\u041A\u0423\u041B\u042C\u0427\u0406\u041A, "
            "\u0412\u0430\u043B\u0435\u0440\u044B\u0439 "
            "\u041F\u0430\u045E\u043B\u0430\u0432\u0456\u0447");
  EXPECT_EQ(folded("Светлана Юрьевна Aлександрова"), "Светлана Юрьевна Александрова");
  EXPECT_EQ(folded("Специальное Kонструкторское Бюро"), "Специальное Конструкторское Бюро");
  // Alone, a word is read by its own majority.
  EXPECT_EQ(folded("R\u043Esn\u0435ft"), "Rosneft");
  EXPECT_EQ(folded("A\u043B\u0435\u043A\u0441"), "\u0410\u043B\u0435\u043A\u0441");
}

TEST(TextConfusablesTest, CyrillicAndGreekNamesStay) {
  for (const char* name : {"Путин", "Владимир Путин", "Хатиб", "Γεώργιος Παπαδόπουλος", "АСАД",
                           "Ivan (Иван)", "Müller Мюллер"}) {
    EXPECT_EQ(folded(name), name);
  }
}

}  // namespace
}  // namespace vigil::text
