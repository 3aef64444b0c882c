#include "text/arabic_latin.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "text/normalise.h"

namespace vigil::text {
namespace {

std::string latin(const char* utf8, Orthography orthography) {
  std::string out;
  arabic_to_latin(icu::UnicodeString::fromUTF8(utf8), orthography).toUTF8String(out);
  return out;
}

std::string arabic(const char* utf8) { return latin(utf8, Orthography::kArabic); }
std::string persian(const char* utf8) { return latin(utf8, Orthography::kPersian); }

TEST(TextArabicLatinTest, Orthography) {
  EXPECT_EQ(detect_orthography(icu::UnicodeString::fromUTF8("علی")), Orthography::kPersian);
  EXPECT_EQ(detect_orthography(icu::UnicodeString::fromUTF8("علي")), Orthography::kArabic);
  EXPECT_EQ(detect_orthography(icu::UnicodeString::fromUTF8("پ")), Orthography::kPersian);
  EXPECT_EQ(detect_orthography(icu::UnicodeString::fromUTF8("ه\u200Cا")), Orthography::kPersian);
  EXPECT_EQ(detect_orthography(icu::UnicodeString::fromUTF8("۱")), Orthography::kPersian);
  EXPECT_EQ(detect_orthography(icu::UnicodeString::fromUTF8("محمد")), Orthography::kArabic);
}

TEST(TextArabicLatinTest, Consonants) {
  EXPECT_EQ(arabic("شاكر"), "shakr");
  EXPECT_EQ(arabic("غسان"), "ghsan");
  EXPECT_EQ(arabic("شريف"), "shrif");
  EXPECT_EQ(arabic("قدير"), "qdir");
  EXPECT_EQ(persian("پژمان"), "pzhman");
  EXPECT_EQ(persian("چمران"), "chmran");
  EXPECT_EQ(persian("گل"), "gl");
}

TEST(TextArabicLatinTest, LettersArabicAndPersianSayDifferently) {
  EXPECT_EQ(arabic("ثابت"), "thabt");
  EXPECT_EQ(persian("ثابت"), "sabt");
  EXPECT_EQ(arabic("رمضان"), "rmdan");
  EXPECT_EQ(persian("رمضان"), "rmzan");
  EXPECT_EQ(arabic("ذكي"), "dhki");
  EXPECT_EQ(persian("ذكي"), "zki");
  EXPECT_EQ(arabic("ظاهر"), "zahr");
  EXPECT_EQ(arabic("وهبي"), "whbi");
  EXPECT_EQ(persian("وحید"), "vhid");
}

TEST(TextArabicLatinTest, LongVowelsAndWaw) {
  EXPECT_EQ(arabic("مسعود"), "msud");
  EXPECT_EQ(arabic("مروان"), "mrwan");  // waw before alef is a consonant
  EXPECT_EQ(arabic("طاوس"), "taws");    // and after alef
  EXPECT_EQ(arabic("داوود"), "dawud");
  EXPECT_EQ(persian("موسوی"), "musvi");  // and before a final yeh
  EXPECT_EQ(arabic("العلوي"), "al alwi");
  EXPECT_EQ(arabic("ابو"), "abu");
  EXPECT_EQ(arabic("و"), "wa");
  EXPECT_EQ(persian("و"), "va");
}

TEST(TextArabicLatinTest, Yeh) {
  EXPECT_EQ(arabic("يوسفي"), "yusfi");
  EXPECT_EQ(arabic("كريمي"), "krimi");
  EXPECT_EQ(arabic("زياد"), "zyad");
  EXPECT_EQ(arabic("ايهاب"), "ayhab");
  EXPECT_EQ(persian("ایرج"), "irj");     // a Persian initial alef-yeh is the vowel i
  EXPECT_EQ(persian("ایوبی"), "ayubi");  // but not before waw
  EXPECT_EQ(persian("رضایی"), "rzayi");
}

TEST(TextArabicLatinTest, AinAndHamza) {
  EXPECT_EQ(arabic("علي"), "ali");
  EXPECT_EQ(arabic("عزيز"), "aziz");
  EXPECT_EQ(arabic("عارف"), "arf");
  EXPECT_EQ(arabic("بعث"), "bath");  // ain between consonants
  EXPECT_EQ(arabic("ربيع"), "rbi");
  EXPECT_EQ(persian("اسماعیلی"), "asmaili");
  EXPECT_EQ(arabic("مؤمن"), "mumn");
  EXPECT_EQ(arabic("رئيس"), "riis");
  EXPECT_EQ(arabic("سماء"), "sma");
}

TEST(TextArabicLatinTest, FinalVowels) {
  EXPECT_EQ(arabic("خليفة"), "khlifa");  // teh marbuta
  EXPECT_EQ(arabic("حماده"), "hmada");   // heh written for it
  EXPECT_EQ(persian("زاده"), "zadeh");
  EXPECT_EQ(persian("طاهره"), "tahreh");
  EXPECT_EQ(arabic("شاه"), "shah");  // after a long vowel heh is a consonant
  EXPECT_EQ(arabic("طه"), "taha");
  EXPECT_EQ(arabic("سلمى"), "slma");   // alef maksura
  EXPECT_EQ(persian("کبری"), "kbra");  // written with yeh in Persian
  EXPECT_EQ(persian("حسینی"), "hsini");
}

TEST(TextArabicLatinTest, PersianEiSuffix) {
  EXPECT_EQ(persian("خامنه\u200Cای"), "khamnei");
  EXPECT_EQ(persian("خامنهای"), "khamnei");
  EXPECT_EQ(persian("اژه\u200Cای"), "azhei");
}

TEST(TextArabicLatinTest, HamzaTellsTheFirstVowel) {
  EXPECT_EQ(arabic("إيفان"), "ifan");  // hamza below and a vowel yeh: one i
  EXPECT_EQ(arabic("إياد"), "iyad");   // a consonant yeh stays
  EXPECT_EQ(arabic("إغناتز"), "ighnatz");
  EXPECT_EQ(arabic("أوكوياما"), "okuyama");  // hamza above and a vowel waw: o
  EXPECT_EQ(arabic("اوباما"), "obama");      // written without the hamza
  EXPECT_EQ(arabic("أواب"), "awab");         // a consonant waw stays
  EXPECT_EQ(arabic("أحمد"), "ahmad");
  EXPECT_EQ(arabic("أكرم"), "akrm");
  EXPECT_EQ(arabic("إبراهيم"), "ibrahim");  // the name tables see a plain alef
  EXPECT_EQ(arabic("إسماعيل"), "ismail");
}

TEST(TextArabicLatinTest, ForeignNamesLetters) {
  EXPECT_EQ(arabic("تشارلز"), "charlz");  // teh and sheen are "ch"
  EXPECT_EQ(persian("آتش"), "atsh");      // not in Persian, which has its own letter
  EXPECT_EQ(arabic("كينغ"), "king");      // a final noon and ghain are "ng"
  EXPECT_EQ(arabic("ماريو"), "maryo");    // a final vowel waw is o
  EXPECT_EQ(arabic("أبو"), "abu");        // but not in Abu
  EXPECT_EQ(arabic("يو"), "yu");          // nor in a word of two letters
  EXPECT_EQ(arabic("طاووس"), "tawus");    // a waw before a waw is a consonant
  EXPECT_EQ(arabic("أتوود"), "atwud");
}

TEST(TextArabicLatinTest, VowelsTheLettersImply) {
  EXPECT_EQ(arabic("مغنية"), "mghniya");  // yeh before teh marbuta
  EXPECT_EQ(arabic("نبيه"), "nbih");      // but not before heh
  EXPECT_EQ(persian("تهران"), "tehran");  // no word starts with two consonants:
  EXPECT_EQ(persian("دهقان"), "dehqan");  // without the vowel, "dh" and "th" would be
  EXPECT_EQ(persian("سهراب"), "sehrab");  // read as one letter
  EXPECT_EQ(arabic("تحسين"), "tahsin");
  EXPECT_EQ(arabic("فهمي"), "fhmi");  // "fh" is no digraph
  EXPECT_EQ(arabic("فتحي"), "fthi");  // nor is a consonant pair inside the word
}

TEST(TextArabicLatinTest, TwoNamesWrittenAsOne) {
  EXPECT_EQ(persian("غلامحسین"), "gholamhossein");
  EXPECT_EQ(persian("محمدرضا"), "mohammadreza");
  EXPECT_EQ(persian("علی‌اکبر"), "aliakbar");
  EXPECT_EQ(persian("امیرحسن"), "amirhassan");
  EXPECT_EQ(persian("علیزاده"), "alizadeh");  // a name and a suffix: spelled by its letters
}

TEST(TextArabicLatinTest, ArticleIsAWordOfItsOwn) {
  EXPECT_EQ(arabic("الراوي"), "al rawi");
  EXPECT_EQ(arabic("التكريتي"), "al tkriti");
  EXPECT_EQ(persian("الراوی"), "al ravi");
  EXPECT_EQ(persian("الهام"), "alham");  // Elham: not the article
  EXPECT_EQ(arabic("ال"), "al");
  EXPECT_EQ(arabic("إليزا"), "iliza");  // the article has no hamza: Eliza
  EXPECT_EQ(arabic("ألفريد"), "alfrid");
  EXPECT_EQ(arabic("الإسكندري"), "al iskndri");
}

TEST(TextArabicLatinTest, Compounds) {
  EXPECT_EQ(arabic("الله"), "allah");
  EXPECT_EQ(arabic("عبدالله"), "abdallah");
  EXPECT_EQ(persian("عبدالله"), "abdollah");
  EXPECT_EQ(arabic("نصرالله"), "nasrallah");
  EXPECT_EQ(persian("روح\u200Cالله"), "ruhollah");
  EXPECT_EQ(arabic("عبدالرحمن"), "abdul rahman");  // two words: see spell_compound
  EXPECT_EQ(persian("عبدالرحیم"), "abdol rahim");
  EXPECT_EQ(arabic("عبدالستار"), "abdul star");
  EXPECT_EQ(arabic("ابوالفضل"), "abu al fadl");
  EXPECT_EQ(persian("ابوالفضل"), "abolfazl");
  EXPECT_EQ(arabic("عبد الرحمن"), "abdul rahman");  // written as two words
  EXPECT_EQ(arabic("عبد الله"), "abdallah");
  EXPECT_EQ(arabic("سراج الدين"), "sraj uddin");
  EXPECT_EQ(persian("جلال‌الدین"), "jalal uddin");
  EXPECT_EQ(arabic("نورالدين"), "nur uddin");
}

TEST(TextArabicLatinTest, Particles) {
  EXPECT_EQ(arabic("محمد بن سلمان"), "muhammad bin slman");
  EXPECT_EQ(arabic("ابن تيمية"), "ibn timiya");
  EXPECT_EQ(arabic("بنت"), "bint");
}

TEST(TextArabicLatinTest, CommonNamesHaveTheirListSpelling) {
  EXPECT_EQ(arabic("محمد"), "muhammad");
  EXPECT_EQ(persian("محمد"), "mohammad");
  EXPECT_EQ(arabic("حسين"), "hussein");
  EXPECT_EQ(persian("حسین"), "hossein");
  EXPECT_EQ(persian("مرتضی"), "morteza");
  EXPECT_EQ(arabic("مرتضى"), "murtada");
  EXPECT_EQ(arabic("فاطمة"), "fatima");  // teh marbuta or heh: one name
  EXPECT_EQ(arabic("فاطمه"), "fatima");
  EXPECT_EQ(persian("فاطمه"), "fatemeh");
  EXPECT_EQ(arabic("مُحَمَّد"), "muhammad");
  EXPECT_EQ(arabic("محمدي"), "mhmdi");  // only the whole word
  EXPECT_EQ(arabic("انور"), "anwar");   // letters that hide a diphthong
  EXPECT_EQ(persian("انور"), "anvar");
  EXPECT_EQ(arabic("عدي"), "uday");  // or a short vowel in a short word
  EXPECT_EQ(arabic("فيصل"), "faisal");
}

TEST(TextArabicLatinTest, NonLettersPassThrough) {
  EXPECT_EQ(arabic("علي، حسن"), "ali, hassan");
  EXPECT_EQ(arabic("٣ حسن"), "3 hassan");
  EXPECT_EQ(arabic("(علي)"), "(ali)");
  EXPECT_EQ(arabic(""), "");
}

// A consonant skeleton as simple as the matcher's: lower case, one letter per sound class,
// vowels gone, doubled letters once.
std::string skeleton(std::string_view latin) {
  std::string classes;
  for (size_t i = 0; i < latin.size(); ++i) {
    const std::string_view rest = latin.substr(i);
    char c = latin[i];
    if (rest.starts_with("ph") || rest.starts_with("zh") || rest.starts_with("dh")) {
      c = rest[0] == 'p' ? 'f' : rest[0] == 'z' ? 'j' : 'z';
      ++i;
    } else if (c == 'q' || c == 'c') {
      c = 'k';
    } else if (c == 'w') {
      c = 'v';
    }
    if (std::string_view("aeiouy ").find(c) != std::string_view::npos) continue;
    if (classes.empty() || classes.back() != c) classes += c;
  }
  return classes;
}

// Names from the Iran and counter-terrorism programmes, in the script the designated persons
// write them, against the lists' Latin spelling: every consonant must agree.
TEST(TextArabicLatinTest, ListSpellingsKeepTheirConsonants) {
  constexpr std::pair<const char*, const char*> kNames[] = {
      {"اسماعیل خطیب", "Esmail Khatib"},
      {"قاسم سلیمانی", "Qasem Soleimani"},
      {"علی خامنه‌ای", "Ali Khamenei"},
      {"محمد جواد ظریف", "Mohammad Javad Zarif"},
      {"حسن روحانی", "Hassan Rouhani"},
      {"ابراهیم رئیسی", "Ebrahim Raisi"},
      {"محسن رضایی", "Mohsen Rezaei"},
      {"حسین سلامی", "Hossein Salami"},
      {"اسماعیل قاآنی", "Esmail Qaani"},
      {"علی شمخانی", "Ali Shamkhani"},
      {"محمود علوی", "Mahmoud Alavi"},
      {"سعید جلیلی", "Saeed Jalili"},
      {"امیرعلی حاجی‌زاده", "Amirali Hajizadeh"},
      {"صادق آملی لاریجانی", "Sadeq Amoli Larijani"},
      {"روح‌الله خمینی", "Ruhollah Khomeini"},
      {"عبدالرحیم موسوی", "Abdolrahim Mousavi"},
      {"صدام حسين التكريتي", "Saddam Hussein al-Tikriti"},
      {"محمد حمزة زبيدي", "Muhammad Hamza Zubaidi"},
      {"سيف الدين فليح حسن طه الراوي", "Saif al-Din Fulayyih Hassan Taha al-Rawi"},
      {"طه ياسين رمضان الجزراوي", "Taha Yassin Ramadan al-Jizrawi"},
      {"عزت ابراهيم الدوري", "Izzat Ibrahim al-Duri"},
      {"أيمن محمد ربيع الظواهري", "Aiman Muhammed Rabi al-Zawahiri"},
      {"خالد عبد الرحمن حمد الفواز", "Khalid Abdul Rahman Hamd al-Fawaz"},
      {"بلال بن مروان", "Bilal bin Marwan"},
  };
  // Compounds are split differently ("Abdolrahim" / "abdol rahim", "Saif al-Din" / "sif
  // uddin"): the skeletons are compared over the whole name, the article left out.
  const auto name_skeleton = [](const std::string& normalised) {
    std::string joined;
    for (const std::string_view token : tokenise(normalised)) {
      if (token != "al") joined += token;
    }
    return skeleton(joined);
  };
  for (const auto& [native, list] : kNames) {
    EXPECT_EQ(name_skeleton(normalise_name(native)), name_skeleton(normalise_name(list)))
        << native << ": " << normalise_name(native) << " / " << list;
  }
}

}  // namespace
}  // namespace vigil::text
