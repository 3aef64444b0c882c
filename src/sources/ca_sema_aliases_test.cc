// The Aliases cell splitter and the regime table of the Canada SEMA parser, on cells copied
// from the real list (sema-lsi.xml, 2025-03).
#include "sources/ca_sema_aliases.h"

#include <gtest/gtest.h>

#include "sources/ca_sema_regimes.h"

namespace vigil::sources {
namespace {

using ca_sema::SemaAlias;
using ca_sema::split_sema_aliases;
using Names = std::vector<std::string>;

Names names_of(const std::vector<SemaAlias>& aliases) {
  Names names;
  for (const SemaAlias& alias : aliases) names.push_back(alias.name);
  return names;
}

TEST(CaSemaAliasesTest, SplitsOnEverySeparatorTheListUses) {
  EXPECT_EQ(
      names_of(split_sema_aliases("Пётр Михайлович Фрадков; Pyotr Mikhailovich Fradkov", true)),
      (Names{"Пётр Михайлович Фрадков", "Pyotr Mikhailovich Fradkov"}));
  EXPECT_EQ(
      names_of(split_sema_aliases("Игорь Валентинович ПАШКОВ / Iгор Валентинович ПАШКОВ", true)),
      (Names{"Игорь Валентинович ПАШКОВ", "Iгор Валентинович ПАШКОВ"}));
  EXPECT_EQ(
      names_of(split_sema_aliases(
          "Hanna Borisovna Liavusik or Anna Borisovna Leusik,  Belarusian: Ганна Барысаўна "
          "Лявусiк",
          true)),
      (Names{"Hanna Borisovna Liavusik", "Anna Borisovna Leusik", "Ганна Барысаўна Лявусiк"}));
  EXPECT_EQ(
      names_of(split_sema_aliases("Тетяна Юріївна Томіліна and Томилина Татьяна Юрьевна", true)),
      (Names{"Тетяна Юріївна Томіліна", "Томилина Татьяна Юрьевна"}));
  // No separator at all but a line break between two scripts.
  EXPECT_EQ(names_of(split_sema_aliases("Abbas Morteza Nilforoushan\n عباس نیلفروشان", true)),
            (Names{"Abbas Morteza Nilforoushan", "عباس نیلفروشان"}));
  // A line break inside a name is a wrapped line.
  EXPECT_EQ(names_of(split_sema_aliases("Myanma Five Star Line Company\nLimited", false)),
            (Names{"Myanma Five Star Line Company Limited"}));
}

TEST(CaSemaAliasesTest, LanguageLabelsBecomeLanguages) {
  const std::vector<SemaAlias> aliases = split_sema_aliases(
      "Mikalay Alyaksandravich Lukashenka, Kolya Lukashenko, Belarusian: Мікалай Аляксандравіч "
      "Лукашэнка; Russian: Николай Александрович Лукашенко, Коля Лукашенко",
      true);
  ASSERT_EQ(aliases.size(), 5u);
  EXPECT_EQ(aliases[2].name, "Мікалай Аляксандравіч Лукашэнка");
  EXPECT_EQ(aliases[2].language, "be");
  EXPECT_EQ(aliases[3].language, "ru");
  EXPECT_EQ(aliases[4].name, "Коля Лукашенко");
  EXPECT_EQ(aliases[4].language, "");
  // A label after a run of spaces and without a space after its colon.
  const std::vector<SemaAlias> arabic = split_sema_aliases(
      "Abdul Rahim Dagalo and Abdelrahim Hamdan Dagalo Mousa Arabic:عبدالرحيم دقلو", true);
  ASSERT_EQ(arabic.size(), 3u);
  EXPECT_EQ(split_sema_aliases("Russian : Андрей Пальчик", true).at(0).language, "ru");
  EXPECT_EQ(arabic[2].name, "عبدالرحيم دقلو");
  EXPECT_EQ(arabic[2].language, "ar");
}

TEST(CaSemaAliasesTest, OrganisationNamesKeepTheirOwnCommas) {
  EXPECT_EQ(
      names_of(split_sema_aliases(
          "Океан Электроники, ООО; ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ОКЕАН\"", false)),
      (Names{"Океан Электроники, ООО", "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ОКЕАН\""}));
  EXPECT_EQ(names_of(split_sema_aliases("ОАО, БЭТО", false)), (Names{"ОАО, БЭТО"}));
  EXPECT_EQ(names_of(split_sema_aliases(
                "Министерство культуры, спорта и туризма Военно-Гражданской Администрации", false)),
            (Names{"Министерство культуры, спорта и туризма Военно-Гражданской Администрации"}));
  EXPECT_EQ(
      names_of(split_sema_aliases("Центр (исследовательский, боевого применения) 924", false)),
      (Names{"Центр (исследовательский, боевого применения) 924"}));
  EXPECT_EQ(names_of(split_sema_aliases("IAMI, IAMCO, Iran Aircraft Manufacturing Company", false)),
            (Names{"IAMI", "IAMCO", "Iran Aircraft Manufacturing Company"}));
  // " and " inside a Latin organisation name is part of it; between Cyrillic names it separates.
  EXPECT_EQ(names_of(split_sema_aliases("Myanma Investment and Commercial Bank", false)),
            (Names{"Myanma Investment and Commercial Bank"}));
  EXPECT_EQ(names_of(split_sema_aliases("ООО Машприборинторг-Волна and МПИ-Волна", false)),
            (Names{"ООО Машприборинторг-Волна", "МПИ-Волна"}));
  EXPECT_EQ(names_of(split_sema_aliases("Syrian Company for Petroleum/Entreprise syrienne", false)),
            (Names{"Syrian Company for Petroleum", "Entreprise syrienne"}));
}

TEST(CaSemaAliasesTest, StrayParenthesesAndRepeatsAreDropped) {
  EXPECT_EQ(
      names_of(split_sema_aliases("(Юрий Николаевич ГОВТВИН / Юрiй Миколайович ГОВТВIН", true)),
      (Names{"Юрий Николаевич ГОВТВИН", "Юрiй Миколайович ГОВТВIН"}));
  EXPECT_EQ(names_of(split_sema_aliases("Следственный Комитет or СКР)", false)),
            (Names{"Следственный Комитет", "СКР"}));
  EXPECT_EQ(names_of(split_sema_aliases("A B / A B;; ,", true)), (Names{"A B"}));
  EXPECT_EQ(names_of(split_sema_aliases("Бюро По Технике,\" СКТБ РТ", false)),
            (Names{"Бюро По Технике", "СКТБ РТ"}));
  EXPECT_TRUE(split_sema_aliases("", true).empty());
}

TEST(CaSemaRegimesTest, ProgramAndLegalBasis) {
  EXPECT_EQ(ca_sema::sema_regime("Russia / Russie").program, "Russia");
  EXPECT_EQ(ca_sema::sema_regime("Russia / Russie").legal_basis,
            "Special Economic Measures (Russia) Regulations");
  EXPECT_EQ(ca_sema::sema_regime("Myanmar (Burma) / Myanmar (Birmanie)").legal_basis,
            "Special Economic Measures (Burma) Regulations");
  EXPECT_EQ(ca_sema::sema_regime("Venezuela ").program, "Venezuela");
  EXPECT_EQ(ca_sema::sema_regime("Narnia").legal_basis, "");
  EXPECT_EQ(ca_sema::listing_reference("1,Part 3", "7"), "Schedule 1, Part 3, item 7");
  EXPECT_EQ(ca_sema::listing_reference("Part 2", "74"), "Part 2, item 74");
  EXPECT_EQ(ca_sema::listing_reference("", "54"), "item 54");
}

}  // namespace
}  // namespace vigil::sources
