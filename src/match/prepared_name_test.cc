#include "match/prepared_name.h"

#include <gtest/gtest.h>

namespace vigil::match {
namespace {

using Tokens = std::vector<std::string>;

TEST(PreparedNameTest, PhrasesBecomeOneToken) {
  EXPECT_EQ(name_tokens("sovfrakht limited liability company", Schema::kOrganization),
            (Tokens{"sovfrakht", "llc"}));
  EXPECT_EQ(name_tokens("otkrytoye aktsionernoye obshchestvo gazprom", Schema::kOrganization),
            (Tokens{"ojsc", "gazprom"}));
  EXPECT_EQ(name_tokens("abd al rahman karimi", Schema::kPerson),
            (Tokens{"abdal", "rahman", "karimi"}));
  EXPECT_EQ(name_tokens("nasir ud din haqqani", Schema::kPerson),
            (Tokens{"nasir", "aldin", "haqqani"}));
  EXPECT_EQ(name_tokens("hojjat al islam ali fallahian", Schema::kPerson),
            (Tokens{"hojatoleslam", "ali", "fallahian"}));
}

TEST(PreparedNameTest, LegalFormPhrasesAreNotPeoplesNames) {
  EXPECT_EQ(name_tokens("gong si wei", Schema::kPerson), (Tokens{"gong", "si", "wei"}));
  EXPECT_EQ(name_tokens("beijing you xian gong si", Schema::kOrganization),
            (Tokens{"beijing", "coltd"}));
  EXPECT_EQ(name_tokens("beijing you xian gong si", Schema::kUnknown),
            (Tokens{"beijing", "coltd"}));
}

TEST(PreparedNameTest, SingleLetters) {
  // Acronyms of organisations are joined; a person's initials never are.
  EXPECT_EQ(name_tokens("h l t trading", Schema::kOrganization), (Tokens{"hlt", "trading"}));
  EXPECT_EQ(name_tokens("a g smith", Schema::kPerson), (Tokens{"a", "g", "smith"}));
  // Letters that spell legal forms are joined for any name but a person's, one form each.
  EXPECT_EQ(name_tokens("audio alarmas s a de c v", Schema::kUnknown),
            (Tokens{"audio", "alarmas", "sa", "de", "cv"}));
  EXPECT_EQ(name_tokens("c v s a circulo", Schema::kOrganization), (Tokens{"cv", "sa", "circulo"}));
  EXPECT_EQ(name_tokens("j k circulo", Schema::kUnknown), (Tokens{"j", "k", "circulo"}));
}

TEST(PreparedNameTest, MisspeltParticlesBeforeANameAreThatParticle) {
  EXPECT_EQ(name_tokens("adbul rahman yasin", Schema::kPerson),
            (Tokens{"abdul", "rahman", "yasin"}));
  EXPECT_EQ(name_tokens("abudl rahman yasin", Schema::kPerson),
            (Tokens{"abdul", "rahman", "yasin"}));
  EXPECT_EQ(name_tokens("abdl halim ghandi", Schema::kPerson),
            (Tokens{"abdal", "halim", "ghandi"}));
  EXPECT_EQ(name_tokens("bashar all assad", Schema::kUnknown), (Tokens{"bashar", "al", "assad"}));
  EXPECT_EQ(name_tokens("usama been ladin", Schema::kPerson), (Tokens{"usama", "ben", "ladin"}));
  EXPECT_EQ(name_tokens("usama bni ladin", Schema::kPerson), (Tokens{"usama", "bin", "ladin"}));
  EXPECT_EQ(name_tokens("abdlu rahman", Schema::kPerson), (Tokens{"abdul", "rahman"}));
  EXPECT_EQ(name_tokens("badul rahman", Schema::kPerson), (Tokens{"abdul", "rahman"}));
  EXPECT_EQ(name_tokens("bdul rahman", Schema::kPerson), (Tokens{"abdul", "rahman"}));
  // Names of their own, and a last word, stay.
  EXPECT_EQ(name_tokens("aboud rogo mohammed", Schema::kPerson),
            (Tokens{"aboud", "rogo", "mohammed"}));
  EXPECT_EQ(name_tokens("ahmed abdi aw mohamed", Schema::kPerson),
            (Tokens{"ahmed", "abdi", "aw", "mohamed"}));
  EXPECT_EQ(name_tokens("abel martinez", Schema::kPerson), (Tokens{"abel", "martinez"}));
  EXPECT_EQ(name_tokens("abul hasan", Schema::kPerson), (Tokens{"abul", "hasan"}));
  EXPECT_EQ(name_tokens("aadil hasan", Schema::kPerson), (Tokens{"aadil", "hasan"}));
  EXPECT_EQ(name_tokens("rahman adbul", Schema::kPerson), (Tokens{"rahman", "adbul"}));
}

TEST(PreparedNameTest, NumbersInWordsAndLettersInDigits) {
  EXPECT_EQ(name_tokens("group forty two", Schema::kOrganization), (Tokens{"group", "42"}));
  EXPECT_EQ(name_tokens("second bank", Schema::kUnknown), (Tokens{"2nd", "bank"}));
  EXPECT_EQ(name_tokens("r0sneft", Schema::kOrganization), (Tokens{"rosneft"}));
  EXPECT_EQ(name_tokens("boeing 747", Schema::kAircraft), (Tokens{"boeing", "747"}));
  EXPECT_EQ(name_tokens("thr3e rivers", Schema::kOrganization), (Tokens{"3", "rivers"}));
}

}  // namespace
}  // namespace vigil::match
