#include "text/normalise.h"

#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "text/ascii_form.h"
#include "text/transliterate.h"
#include "text/unicode_input.h"

namespace vigil::text {
namespace {

// The reference every fast path must agree with: ICU over the whole text, no shortcut.
std::string reference(std::string_view utf8) {
  return ascii_form(transliterate_to_ascii(to_nfkc(utf8), LatinPath::kIcu));
}

TEST(NormaliseTest, LatinNames) {
  EXPECT_EQ(normalise_name("KHATIB, Esmail"), "khatib esmail");
  EXPECT_EQ(normalise_name("Mohammed Al-Hassan"), "mohammed al hassan");
  EXPECT_EQ(normalise_name("D'Souza"), "dsouza");
  EXPECT_EQ(normalise_name("Ba\u2019th"), "bath");
  EXPECT_EQ(normalise_name("O\u2018Neill"), "oneill");
  EXPECT_EQ(normalise_name("\u02BFAbd al-\u02BFAziz"), "abd al aziz");
  EXPECT_EQ(normalise_name("Sa`id"), "said");
  EXPECT_EQ(normalise_name("  ANGLO-CARIBBEAN CO., LTD.  "), "anglo caribbean co ltd");
  EXPECT_EQ(normalise_name("a.k.a. \"BNC\" (Z) / [Y]"), "a k a bnc z y");
  EXPECT_EQ(normalise_name("Jean\u00B7Paul"), "jeanpaul");
}

TEST(NormaliseTest, DiacriticsAreDroppedNotExpanded) {
  EXPECT_EQ(normalise_name("Müller"), "muller");  // lists write Muller more often than Mueller
  EXPECT_EQ(normalise_name("ŞAHİN"), "sahin");
  EXPECT_EQ(normalise_name("Recep Tayyip ERDOĞAN"), "recep tayyip erdogan");
  EXPECT_EQ(normalise_name("José María Aznar López"), "jose maria aznar lopez");
  EXPECT_EQ(normalise_name("Nguyễn Tấn Dũng"), "nguyen tan dung");
  EXPECT_EQ(normalise_name("Łukasz Øster Æbelø"), "lukasz oster aebelo");
  EXPECT_EQ(normalise_name("Þór Đorđević"), "thor dordevic");
  EXPECT_EQ(normalise_name("e\u0301a\u0300"), "ea");  // combining marks
}

TEST(NormaliseTest, GermanSharpSAndTurkishI) {
  EXPECT_EQ(normalise_name("Straße"), "strasse");
  EXPECT_EQ(normalise_name("STRASSE"), "strasse");
  EXPECT_EQ(normalise_name("ılık"), "ilik");          // dotless i
  EXPECT_EQ(normalise_name("İSTANBUL"), "istanbul");  // dotted capital I
  EXPECT_EQ(normalise_name("ISTANBUL"), normalise_name("İstanbul"));
}

TEST(NormaliseTest, CompatibilityForms) {
  EXPECT_EQ(normalise_name("\uFF21\uFF22\uFF23\u3000\uFF44\uFF45\uFF46"), "abc def");  // fullwidth
  EXPECT_EQ(normalise_name("\uFB01nance \uFB02ow"), "finance flow");                   // ligatures
  EXPECT_EQ(normalise_name("\u01C4uro"), "dzuro");
  EXPECT_EQ(normalise_name("x\u00B2"), "x2");
  EXPECT_EQ(normalise_name("\uFEFBم"), normalise_name("لام"));  // presentation forms
}

TEST(NormaliseTest, InvisibleCharacters) {
  EXPECT_EQ(normalise_name("A\u200BB"), "ab");  // zero-width space does not separate
  EXPECT_EQ(normalise_name("Ros\u200Bneft"), "rosneft");
  EXPECT_EQ(normalise_name("Es\u200Bmail Khatib"), "esmail khatib");
  EXPECT_EQ(normalise_name("Es\u2060mail Kha\u180Etib"), "esmail khatib");  // Mongolian
  EXPECT_EQ(normalise_name("Es\u200Cmail\u3164 Khatib"), "esmail khatib");  // Hangul filler
  EXPECT_EQ(normalise_name("Ma\u200Dria"), "maria");  // zero-width joiner does not
  EXPECT_EQ(normalise_name("Ma\u00ADria"), "maria");  // soft hyphen
  EXPECT_EQ(normalise_name("\u200E\u200FAli\u202B Hassan\u202C\u2066"), "ali hassan");
  EXPECT_EQ(normalise_name("\uFEFFAli"), "ali");  // byte order mark
  EXPECT_EQ(normalise_name("Ali\u00A0Reza\u2003Khan"), "ali reza khan");
}

TEST(NormaliseTest, LookAlikeLettersInLatinNamesAreLatin) {
  EXPECT_EQ(normalise_name("\u0415smail \u041Ahatib"), "esmail khatib");  // Cyrillic Е, К
  EXPECT_EQ(normalise_name("\u0395\u03BFmail"), "eomail");                // Greek Ε, ο
  EXPECT_EQ(normalise_name("\u0415\u0422\u0410 Khatib"), "eta khatib");
  EXPECT_EQ(normalise_name("\u0415\u0422\u0410"), "yeta");  // a Cyrillic word of its own
  EXPECT_EQ(normalise_name("Путин"), "putin");
}

TEST(NormaliseTest, EmptyAndPunctuationOnly) {
  EXPECT_EQ(normalise_name(""), "");
  EXPECT_EQ(normalise_name("!!!"), "");
  EXPECT_EQ(normalise_name(" - , . "), "");
  EXPECT_EQ(normalise_name("'"), "");
  EXPECT_EQ(normalise_name("\u200D\u200C"), "");
  EXPECT_EQ(normalise_name("\u064E\u0651"), "");  // Arabic marks alone
}

TEST(NormaliseTest, ArabicAndPersianScript) {
  EXPECT_EQ(normalise_name("اسماعیل خطیب"), "esmail khtib");
  EXPECT_EQ(normalise_name("قاسم سلیمانی"), "qasem slimani");
  EXPECT_EQ(normalise_name("علی خامنه‌ای"), "ali khamnei");
  EXPECT_EQ(normalise_name("محمد حمزة زبيدي"), "muhammad hamza zbidi");
  EXPECT_EQ(normalise_name("سيف الدين فليح حسن طه الراوي"), "saif uddin flih hassan taha al rawi");
  EXPECT_EQ(normalise_name("الراوي"), "al rawi");
  EXPECT_EQ(normalise_name("۱۲۳ ١٢٣"), "123 123");
  EXPECT_EQ(normalise_name("\uFDF2"), "allah");                       // the ligature
  EXPECT_EQ(normalise_name("\uFEE3\uFEA4\uFEE4\uFEAA"), "muhammad");  // presentation forms
}

TEST(NormaliseTest, PersianAndArabicSpellingsOfOneNameAgree) {
  EXPECT_EQ(normalise_name("علی"), normalise_name("علي"));
  EXPECT_EQ(normalise_name("کریم"), normalise_name("كريم"));
  EXPECT_EQ(normalise_name("مُحَمَّد"), normalise_name("محمد"));
  EXPECT_EQ(normalise_name("محـــمد"), normalise_name("محمد"));
  EXPECT_EQ(normalise_name("أحمد"), normalise_name("احمد"));
  EXPECT_EQ(normalise_name("إبراهيم"), normalise_name("ابراهيم"));
  EXPECT_EQ(normalise_name("خامنه‌ای"), normalise_name("خامنهای"));
  EXPECT_EQ(normalise_name("\u200Fمحمد\u200E"), normalise_name("محمد"));
}

TEST(NormaliseTest, Cyrillic) {
  EXPECT_EQ(normalise_name("АЛЕКСАНДР Сергеевич"), "aleksandr sergeyevich");
  EXPECT_EQ(normalise_name("ПУТИН Владимир Владимирович"), "putin vladimir vladimirovich");
  EXPECT_EQ(normalise_name("Хатиб"), "khatib");
  EXPECT_EQ(normalise_name("Ельцин"), "yeltsin");
  EXPECT_EQ(normalise_name("Соловьёв"), "solovyov");  // soft sign gone, not a word break
  EXPECT_EQ(normalise_name("Подъячев"), "podyachev");
  EXPECT_EQ(normalise_name("Тсой"), "tsoy");
  // Ukrainian is told by its own letters (і ї є ґ); without them the Russian table serves.
  EXPECT_EQ(normalise_name("Олександр Зеленський"), "oleksandr zelenskiy");
  EXPECT_EQ(normalise_name("Григорій"), "hryhoriy");
  EXPECT_EQ(normalise_name("Євген Ґонґадзе"), "yevhen gongadze");
  EXPECT_EQ(normalise_name("Александар Вучић"), "aleksandar vucic");  // Serbian
}

TEST(NormaliseTest, OtherScripts) {
  EXPECT_EQ(normalise_name("Γεώργιος Παπαδόπουλος"), "georgios papadopoulos");
  EXPECT_EQ(normalise_name("ΕΛΕΥΘΈΡΙΟΣ"), "eleftherios");
  EXPECT_EQ(normalise_name("习近平"), "xi jinping");
  EXPECT_EQ(normalise_name("김정은"), "kim jong un");
  EXPECT_EQ(normalise_name("최룡해"), "choe ryong hae");
  EXPECT_EQ(normalise_name("박봉주"), "pak pong ju");
  EXPECT_EQ(normalise_name("コバヤシ シンジ"), "kobayashi shinji");
  EXPECT_EQ(normalise_name("こばやし"), "kobayashi");
  EXPECT_EQ(normalise_name("בנימין נתניהו"), "benimin netenihu");
  EXPECT_EQ(normalise_name("משה"), "mesha");
  EXPECT_EQ(normalise_name("Սարգսյան"), "sargsyan");              // Armenian, Any-Latin
  EXPECT_EQ(normalise_name("Սերժ Փաշինյան"), "serzh pashinyan");  // carons spelled
  EXPECT_EQ(normalise_name("መለስ ዜናዊ"), "meles zenawi");           // Ethiopic: no final sixth order
  EXPECT_EQ(normalise_name("ሥላሴ"), "silase");                     // ሠ is said s
  EXPECT_EQ(normalise_name("ბიძინა ივანიშვილი"), "bidzina ivanishvili");  // Georgian
  EXPECT_EQ(normalise_name("ทักษิณ ชินวัตร"), "thaksin chinwat");             // RTGS (thai_latin.h)
}

TEST(NormaliseTest, MixedScripts) {
  EXPECT_EQ(normalise_name("Esmail اسماعیل"), "esmail esmail");
  EXPECT_EQ(normalise_name("Ivan(Иван)"), "ivan ivan");
  EXPECT_EQ(normalise_name("Müller Мюллер"), "muller myuller");
}

// ASCII names take a path that never touches ICU; it must give what ICU gives.
TEST(NormaliseTest, AsciiFastPathEqualsReference) {
  for (const char* name :
       {"KHATIB, Esmail", "Anglo-Caribbean Co., Ltd.", "D'Souza 77th", "a.k.a. 'BNC'", "Sa`id",
        "X / Y (Z)", "  ", "\t\n", "A--B", "O'Neil-Smith Jr.", "#1 _ ~ ^ | \\ @", ""}) {
    EXPECT_EQ(normalise_name(name), reference(name)) << name;
  }
  std::mt19937 random(20240601);
  std::uniform_int_distribution<int> byte(0, 127);
  std::uniform_int_distribution<size_t> length(0, 40);
  for (int i = 0; i < 3000; ++i) {
    std::string name(length(random), ' ');
    for (char& c : name) c = static_cast<char>(byte(random));
    ASSERT_EQ(normalise_name(name), reference(name)) << name;
  }
}

// Latin text with diacritics takes the table path; random strings over Latin, punctuation,
// marks and spaces must give what ICU's Latin-ASCII gives.
TEST(NormaliseTest, LatinFastPathEqualsReference) {
  for (const char* name : {"Müller, Hans-Jürgen", "ŞAHİN Ömer", "Øystein Ærø", "Straße",
                           "Nguyễn Tấn Dũng", "François Déhérain", "D\u2019Arcy", "e\u0301",
                           "\u00BD \u2153 \u2116 \u2122 \u2026 \u00AB\u00BB"}) {
    EXPECT_EQ(normalise_name(name), reference(name)) << name;
  }
  const std::u32string alphabet =
      U"aAzZ09 '-.,éÉèüÜöÖäßçÇñÑøØåÅæÆœŒłŁđĐğĞışŞİţȚșȘžŽčČšŠřŘőŐűŰāĀēīōūȳ"
      U"ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\u0301\u0308\u0327\u200D\u00A0\u2019"
      U"\u2013\u2014\u201C\u201D\u00B7\u02BF\u02BE\u00AD\u1E9E";
  std::mt19937 random(7);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<size_t> length(1, 24);
  for (int i = 0; i < 3000; ++i) {
    icu::UnicodeString text;
    for (size_t n = length(random); n > 0; --n)
      text.append(static_cast<UChar32>(alphabet[pick(random)]));
    std::string utf8;
    text.toUTF8String(utf8);
    ASSERT_EQ(normalise_name(utf8), reference(utf8)) << utf8;
  }
}

TEST(NormaliseTest, InvalidUtf8IsReplacedNotFatal) {
  EXPECT_EQ(normalise_name("bad\xff\xfe"
                           "bytes"),
            "bad bytes");
  EXPECT_EQ(normalise_name("\xff"), "");
  EXPECT_EQ(normalise_name("ab\x80"
                           "cd"),
            "ab cd");                         // lone continuation byte
  EXPECT_EQ(normalise_name("M\xc3"), "m");    // truncated sequence
  EXPECT_EQ(normalise_name("\xe2\x82"), "");  // truncated three-byte sequence
  EXPECT_EQ(normalise_name("a\xc0\xaf"
                           "b"),
            "a b");  // overlong '/'
  EXPECT_EQ(normalise_name("a\xed\xa0\x80"
                           "b"),
            "a b");  // surrogate
  EXPECT_EQ(normalise_name("a\xf4\x90\x80\x80"
                           "b"),
            "a b");  // beyond U+10FFFF
  EXPECT_EQ(normalise_name("M\xc3\xbcller\xff"), "muller");
  EXPECT_EQ(normalise_name("\xd9\x85\xd8"), "m");  // Arabic letter, then a truncated one
}

TEST(NormaliseTest, RandomBytesNeverCrash) {
  std::mt19937 random(11);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 2000; ++i) {
    std::string bytes(static_cast<size_t>(i % 50), '\0');
    for (char& c : bytes) c = static_cast<char>(byte(random));
    const std::string normalised = normalise_name(bytes);
    for (const char c : normalised) {
      ASSERT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ');
    }
  }
}

TEST(NormaliseTest, VeryLongInput) {
  const std::string ascii(1 << 20, 'a');
  EXPECT_EQ(normalise_name(ascii), ascii);
  std::string latin;
  for (int i = 0; i < (1 << 18); ++i) latin += "ü ";
  EXPECT_EQ(normalise_name(latin).size(), latin.size() / 3 * 2 - 1);
  std::string arabic;
  for (int i = 0; i < (1 << 16); ++i) arabic += "محمد ";
  EXPECT_EQ(normalise_name(arabic).size(), sizeof("muhammad") * (1 << 16) - 1);
}

TEST(NormaliseTest, OutputIsLowerCaseAsciiWords) {
  for (const char* name : {"ПУТИН, Владимир", "Γεώργιος", "اسماعیل خطیب", "金正恩", "Müller"}) {
    const std::string normalised = normalise_name(name);
    EXPECT_FALSE(normalised.empty()) << name;
    EXPECT_NE(normalised.front(), ' ');
    EXPECT_NE(normalised.back(), ' ');
    EXPECT_EQ(normalised.find("  "), std::string::npos);
    for (const char c : normalised) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') << name;
    }
  }
}

// Each thread has its own ICU transliterators; results must not depend on which thread runs.
TEST(NormaliseTest, ConcurrentCallsAgree) {
  const std::vector<std::string> names = {"ПУТИН Владимир", "اسماعیل خطیب",  "Γεώργιος",
                                          "习近平",         "김정은",        "Müller",
                                          "בנימין",         "KHATIB, Esmail"};
  std::vector<std::string> expected;
  for (const std::string& name : names) expected.push_back(normalise_name(name));
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int round = 0; round < 50; ++round) {
        for (size_t i = 0; i < names.size(); ++i) {
          if (normalise_name(names[i]) != expected[i]) ++mismatches;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(NormaliseTest, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain"));
  EXPECT_TRUE(is_valid_utf8("اسماعیل"));
  EXPECT_TRUE(is_valid_utf8("\xf0\x9f\x98\x80"));  // U+1F600
  EXPECT_FALSE(is_valid_utf8("\xff"));
  EXPECT_FALSE(is_valid_utf8("\x80"));
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xe0\x80\xaf"));      // overlong
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // beyond U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xe2\x82"));          // truncated
  EXPECT_FALSE(is_valid_utf8("abc\xc3"));
}

TEST(NormaliseTest, Tokenise) {
  const auto tokens = tokenise("esmail  khatib");
  ASSERT_EQ(tokens.size(), 2U);
  EXPECT_EQ(tokens[0], "esmail");
  EXPECT_EQ(tokens[1], "khatib");
  EXPECT_TRUE(tokenise("").empty());
  EXPECT_TRUE(tokenise("   ").empty());
  EXPECT_EQ(tokenise(" a ").size(), 1U);
  EXPECT_EQ(tokenise(normalise_name("al-Rawi, Saif al-Din")).size(), 5U);
}

}  // namespace
}  // namespace vigil::text
