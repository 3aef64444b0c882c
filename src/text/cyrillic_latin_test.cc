#include "text/cyrillic_latin.h"

#include <gtest/gtest.h>

#include <string>

#include "text/normalise.h"

namespace vigil::text {
namespace {

TEST(TextCyrillicLatinTest, RussianByBgnPcgn) {
  EXPECT_EQ(normalise_name("Пригожин Евгений Викторович"), "prigozhin yevgeniy viktorovich");
  EXPECT_EQ(normalise_name("Цой Хачатурян Щукин"), "tsoy khachaturyan shchukin");
  EXPECT_EQ(normalise_name("Кадыров Рамзан Ахматович"), "kadyrov ramzan akhmatovich");
}

TEST(TextCyrillicLatinTest, YoWhereBgnWritesYe) {
  EXPECT_EQ(normalise_name("Ёлкин"), "yolkin");
  EXPECT_EQ(normalise_name("ЁСИДА"), "yosida");
  EXPECT_EQ(normalise_name("Муравьёв"), "muravyov");
  EXPECT_EQ(normalise_name("Мирзиёев"), "mirziyoyev");
  EXPECT_EQ(normalise_name("Фёдоров"), "fedorov");  // after a consonant: e, as passports
  EXPECT_EQ(normalise_name("Горбачёв"), "gorbachev");
}

TEST(TextCyrillicLatinTest, InitialUBeforeAVowelIsW) {
  EXPECT_EQ(normalise_name("Уильям Уолтер Уэйн"), "wilyam wolter weyn");
  EXPECT_EQ(normalise_name("УИЛСОН"), "wilson");
  EXPECT_EQ(normalise_name("Умаров Усама"), "umarov usama");  // before a consonant: u
  EXPECT_EQ(normalise_name("Шоуа"), "shoua");                 // inside a word: u
}

TEST(TextCyrillicLatinTest, CentralAsianLetters) {
  EXPECT_EQ(normalise_name("Назарбаев Нұрсұлтан Әбішұлы"), "nazarbayev nursultan abishuly");
  EXPECT_EQ(normalise_name("Қасым-Жомарт Тоқаев"), "kasym zhomart tokayev");
  EXPECT_EQ(normalise_name("Эмомали Раҳмон"), "emomali rahmon");
  EXPECT_EQ(normalise_name("Ҷумъа Ғафуров"), "juma gafurov");
  EXPECT_EQ(normalise_name("Ўзбекистон Ислом Каримов"), "ozbekiston islom karimov");  // Uzbek ў
}

TEST(TextCyrillicLatinTest, LanguageByItsLetters) {
  EXPECT_EQ(normalise_name("Григорій"), "hryhoriy");  // Ukrainian і
  EXPECT_EQ(normalise_name("Лукашэнка Аляксандр Рыгоравіч"),
            "lukashenka alyaksandr ryhoravich");          // Belarusian і
  EXPECT_EQ(normalise_name("Аўгуст"), "awhust");          // Belarusian ў
  EXPECT_EQ(normalise_name("Вучић"), "vucic");            // Serbian
  EXPECT_EQ(normalise_name("Ѓорѓе Ќосе"), "gorge kose");  // Macedonian
}

}  // namespace
}  // namespace vigil::text
