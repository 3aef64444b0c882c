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

}  // namespace
}  // namespace vigil::match
