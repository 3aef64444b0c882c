#include "text/arabic_names.h"

#include <array>
#include <string>
#include <unordered_map>

namespace vigil::text {
namespace {

struct CommonName {
  std::u16string_view letters;  // folded, teh marbuta as heh, alef maksura as yeh
  std::string_view arabic;
  std::string_view persian;
};

constexpr std::array<CommonName, 125> kCommonNames = {{
    {u"\u0645\u062D\u0645\u062F", "muhammad", "mohammad"},                  // محمد
    {u"\u0627\u062D\u0645\u062F", "ahmad", "ahmad"},                        // احمد
    {u"\u0645\u062D\u0645\u0648\u062F", "mahmoud", "mahmoud"},              // محمود
    {u"\u0645\u0635\u0637\u0641\u064A", "mustafa", "mostafa"},              // مصطفي
    {u"\u0639\u0644\u064A", "ali", "ali"},                                  // علي
    {u"\u062D\u0633\u0646", "hassan", "hassan"},                            // حسن
    {u"\u062D\u0633\u064A\u0646", "hussein", "hossein"},                    // حسين
    {u"\u0627\u0633\u0645\u0627\u0639\u064A\u0644", "ismail", "esmail"},    // اسماعيل
    {u"\u0627\u0628\u0631\u0627\u0647\u064A\u0645", "ibrahim", "ebrahim"},  // ابراهيم
    {u"\u064A\u0648\u0633\u0641", "yusuf", "yousef"},                       // يوسف
    {u"\u0639\u0645\u0631", "omar", "omar"},                                // عمر
    {u"\u0639\u062B\u0645\u0627\u0646", "uthman", "osman"},                 // عثمان
    {u"\u062E\u0627\u0644\u062F", "khalid", "khaled"},                      // خالد
    {u"\u062D\u0627\u0645\u062F", "hamid", "hamed"},                        // حامد
    {u"\u062D\u0645\u064A\u062F", "hamid", "hamid"},                        // حميد
    {u"\u0633\u0639\u064A\u062F", "saeed", "saeed"},                        // سعيد
    {u"\u0633\u0639\u062F", "saad", "saad"},                                // سعد
    {u"\u062C\u0639\u0641\u0631", "jafar", "jafar"},                        // جعفر
    {u"\u0639\u0628\u0627\u0633", "abbas", "abbas"},                        // عباس
    {u"\u0631\u0636\u0627", "rida", "reza"},                                // رضا
    {u"\u0642\u0627\u0633\u0645", "qasim", "qasem"},                        // قاسم
    {u"\u062C\u0645\u0627\u0644", "jamal", "jamal"},                        // جمال
    {u"\u0643\u0645\u0627\u0644", "kamal", "kamal"},                        // كمال
    {u"\u0641\u0627\u0637\u0645\u0647", "fatima", "fatemeh"},               // فاطمه
    {u"\u0632\u0647\u0631\u0627", "zahra", "zahra"},                        // زهرا
    {u"\u0645\u0631\u064A\u0645", "maryam", "maryam"},                      // مريم
    {u"\u0645\u0631\u062A\u0636\u064A", "murtada", "morteza"},              // مرتضي
    {u"\u0645\u062C\u062A\u0628\u064A", "mujtaba", "mojtaba"},              // مجتبي
    {u"\u0645\u0647\u062F\u064A", "mahdi", "mehdi"},                        // مهدي
    {u"\u062C\u0648\u0627\u062F", "jawad", "javad"},                        // جواد
    {u"\u0645\u062D\u0633\u0646", "muhsin", "mohsen"},                      // محسن
    {u"\u0643\u0631\u064A\u0645", "karim", "karim"},                        // كريم
    {u"\u0631\u062D\u064A\u0645", "rahim", "rahim"},                        // رحيم
    {u"\u0631\u062D\u0645\u0646", "rahman", "rahman"},                      // رحمن
    {u"\u0631\u062D\u0645\u0627\u0646", "rahman", "rahman"},                // رحمان
    {u"\u0633\u0644\u064A\u0645\u0627\u0646", "sulayman", "soleiman"},      // سليمان
    {u"\u0639\u064A\u0633\u064A", "isa", "isa"},                            // عيسي
    {u"\u0645\u0648\u0633\u064A", "musa", "musa"},                          // موسي
    {u"\u064A\u062D\u064A\u064A", "yahya", "yahya"},                        // يحيي
    {u"\u0635\u0627\u062F\u0642", "sadiq", "sadeq"},                        // صادق
    {u"\u0628\u0627\u0642\u0631", "baqir", "baqer"},                        // باقر
    {u"\u0643\u0627\u0638\u0645", "kazim", "kazem"},                        // كاظم
    {u"\u0646\u0648\u0631", "nur", "nour"},                                 // نور
    {u"\u0627\u0645\u064A\u0631", "amir", "amir"},                          // امير
    {u"\u0637\u0627\u0647\u0631", "tahir", "taher"},                        // طاهر
    {u"\u0646\u0627\u0635\u0631", "nasir", "naser"},                        // ناصر
    {u"\u0645\u0646\u0635\u0648\u0631", "mansur", "mansour"},               // منصور
    {u"\u062D\u064A\u062F\u0631", "haidar", "heydar"},                      // حيدر
    {u"\u0627\u0643\u0628\u0631", "akbar", "akbar"},                        // اكبر
    {u"\u0627\u0635\u063A\u0631", "asghar", "asghar"},                      // اصغر
    {u"\u0639\u0632\u062A", "izzat", "ezzat"},                              // عزت
    {u"\u0635\u062F\u0627\u0645", "saddam", "saddam"},                      // صدام
    {u"\u0628\u0643\u0631", "bakr", "bakr"},                                // بكر
    {u"\u062D\u0645\u0632\u0647", "hamza", "hamzeh"},                       // حمزه
    {u"\u0627\u0633\u0627\u0645\u0647", "usama", "osama"},                  // اسامه
    {u"\u0627\u064A\u0645\u0646", "ayman", "ayman"},                        // ايمن
    {u"\u0648\u0644\u062F", "ould", "ould"},                                // ولد
    {u"\u063A\u0644\u0627\u0645", "ghulam", "gholam"},                      // غلام
    {u"\u062A\u0642\u064A", "taqi", "taqi"},                                // تقي
    {u"\u0646\u0642\u064A", "naqi", "naqi"},                                // نقي

    // Names whose letters hide a diphthong or a short vowel the matcher cannot do without in a
    // short word ("انور" Anwar, not "anur"; "عدي" Uday, not "adi").
    {u"\u0627\u0646\u0648\u0631", "anwar", "anvar"},             // انور
    {u"\u062C\u0648\u0647\u0631", "jawhar", "jowhar"},           // جوهر
    {u"\u062E\u0648\u0644\u0647", "khawla", "khowleh"},          // خوله
    {u"\u0641\u064A\u0635\u0644", "faisal", "feisal"},           // فيصل
    {u"\u0637\u064A\u0628", "tayyib", "tayeb"},                  // طيب
    {u"\u0627\u064A\u0648\u0628", "ayyub", "ayoub"},             // ايوب
    {u"\u0639\u062F\u064A", "uday", "oday"},                     // عدي
    {u"\u0639\u0635\u0627\u0645", "isam", "esam"},               // عصام
    {u"\u0639\u0645\u0627\u062F", "imad", "emad"},               // عماد
    {u"\u0637\u0627\u0631\u0642", "tariq", "tareq"},             // طارق
    {u"\u0641\u0636\u0644", "fadl", "fazl"},                     // فضل
    {u"\u0639\u0627\u0628\u062F", "abid", "abed"},               // عابد
    {u"\u0639\u0627\u062F\u0644", "adil", "adel"},               // عادل
    {u"\u0635\u0644\u0627\u062D", "salah", "salah"},             // صلاح
    {u"\u0635\u0627\u0644\u062D", "salih", "saleh"},             // صالح
    {u"\u0633\u0627\u0644\u0645", "salim", "salem"},             // سالم
    {u"\u0645\u0628\u0627\u0631\u0643", "mubarak", "mobarak"},   // مبارك
    {u"\u0627\u0646\u0633", "anas", "anas"},                     // انس
    {u"\u0646\u0635\u0631", "nasr", "nasr"},                     // نصر
    {u"\u0641\u0647\u062F", "fahd", "fahd"},                     // فهد
    {u"\u0633\u064A\u0641", "saif", "seif"},                     // سيف
    {u"\u0632\u064A\u062F", "zaid", "zeid"},                     // زيد
    {u"\u0639\u0645\u0631\u0648", "amr", "amr"},                 // عمرو
    {u"\u062A\u0648\u0641\u064A\u0642", "tawfiq", "towfiq"},     // توفيق
    {u"\u0641\u0648\u0632\u064A", "fawzi", "fowzi"},             // فوزي
    {u"\u0642\u064A\u0633", "qais", "qeis"},                     // قيس
    {u"\u0632\u064A\u0646\u0628", "zaynab", "zeynab"},           // زينب
    {u"\u0639\u0627\u064A\u0634\u0647", "aisha", "aisheh"},      // عايشه
    {u"\u062E\u062F\u064A\u062C\u0647", "khadija", "khadijeh"},  // خديجه
    {u"\u0647\u0627\u0634\u0645", "hashim", "hashem"},           // هاشم
    {u"\u0645\u0627\u062C\u062F", "majid", "majed"},             // ماجد
    {u"\u0648\u0644\u064A\u062F", "walid", "valid"},             // وليد
    {u"\u0628\u0644\u0627\u0644", "bilal", "belal"},             // بلال
    {u"\u064A\u0648\u0646\u0633", "yunus", "yunes"},             // يونس
    {u"\u0627\u062F\u0631\u064A\u0633", "idris", "edris"},       // ادريس
    {u"\u0645\u0646\u064A\u0631", "munir", "monir"},             // منير
    {u"\u0647\u0634\u0627\u0645", "hisham", "hesham"},           // هشام
    {u"\u062D\u0633\u0627\u0645", "husam", "hosam"},             // حسام
    {u"\u0645\u0639\u0627\u0630", "muadh", "moaz"},              // معاذ
    {u"\u0645\u0635\u0639\u0628", "musab", "mosab"},             // مصعب
    {u"\u0646\u0632\u0627\u0631", "nizar", "nezar"},             // نزار
    {u"\u0639\u0645\u0627\u0631", "ammar", "ammar"},             // عمار
    {u"\u0645\u0627\u0644\u0643", "malik", "malek"},             // مالك
    {u"\u064A\u0627\u0633\u0631", "yasir", "yaser"},             // ياسر
    {u"\u0633\u0644\u0637\u0627\u0646", "sultan", "soltan"},     // سلطان
    {u"\u0632\u0643\u0631\u064A\u0627", "zakariya", "zakaria"},  // زكريا
    {u"\u064A\u0639\u0642\u0648\u0628", "yaqub", "yaqub"},       // يعقوب
    {u"\u062F\u0627\u0648\u062F", "dawud", "davud"},             // داود
    {u"\u0634\u0641\u064A\u0642", "shafiq", "shafiq"},           // شفيق
    {u"\u0631\u0641\u064A\u0642", "rafiq", "rafiq"},             // رفيق
    {u"\u062C\u0644\u0627\u0644", "jalal", "jalal"},             // جلال
    {u"\u0628\u062F\u0631", "badr", "badr"},                     // بدر
    {u"\u062D\u0628\u064A\u0628", "habib", "habib"},             // حبيب
    {u"\u0627\u0645\u064A\u0646", "amin", "amin"},               // امين
    {u"\u063A\u0627\u0632\u064A", "ghazi", "ghazi"},             // غازي
    {u"\u0642\u0627\u062F\u0631", "qadir", "qader"},             // قادر
    {u"\u0639\u0628\u064A\u062F", "ubaid", "obeid"},             // عبيد
    {u"\u0645\u0631\u0627\u062F", "murad", "morad"},             // مراد

    // Titles, so that the matcher knows them for what they are.
    {u"\u0633\u064A\u062F", "sayyid", "seyed"},                                 // سيد
    {u"\u062D\u0627\u062C", "hajj", "hajj"},                                    // حاج
    {u"\u062D\u0627\u062C\u064A", "haji", "haji"},                              // حاجي
    {u"\u0634\u064A\u062E", "sheikh", "sheikh"},                                // شيخ
    {u"\u0645\u0644\u0627", "mullah", "molla"},                                 // ملا
    {u"\u0627\u064A\u062A\u0627\u0644\u0644\u0647", "ayatollah", "ayatollah"},  // ايتالله
    {u"\u062D\u062C\u062A\u0627\u0644\u0627\u0633\u0644\u0627\u0645", "hojatoleslam",
     "hojatoleslam"},  // حجتالاسلام
}};

const std::unordered_map<std::u16string_view, const CommonName*>& by_letters() {
  static const auto letters_to_name = [] {
    std::unordered_map<std::u16string_view, const CommonName*> map;
    for (const CommonName& name : kCommonNames) map.emplace(name.letters, &name);
    return map;
  }();
  return letters_to_name;
}

// The table key of `word`: teh marbuta as heh, alef maksura as yeh, alef with hamza as alef.
std::u16string table_key(std::u16string_view word) {
  std::u16string key(word);
  for (char16_t& c : key) {
    if (c == arabic::kTehMarbuta) c = arabic::kHeh;
    if (c == arabic::kAlefMaksura) c = arabic::kYeh;
    if (c == arabic::kAlefHamzaAbove || c == arabic::kAlefHamzaBelow) c = arabic::kAlef;
  }
  return key;
}

const CommonName* find_name(std::u16string_view key) {
  const auto found = by_letters().find(key);
  return found == by_letters().end() ? nullptr : found->second;
}

std::string_view spelling(const CommonName& name, Orthography orthography) {
  return orthography == Orthography::kPersian ? name.persian : name.arabic;
}

}  // namespace

std::optional<std::string_view> common_name_spelling(std::u16string_view word,
                                                     Orthography orthography) {
  const CommonName* name = find_name(table_key(word));
  if (name == nullptr) return std::nullopt;
  return spelling(*name, orthography);
}

bool spell_joined_names(std::u16string_view word, Orthography orthography, std::string& out) {
  constexpr size_t kShortestName = 2;
  const std::u16string key = table_key(word);
  for (size_t split = kShortestName; split + kShortestName <= key.size(); ++split) {
    const CommonName* first = find_name(std::u16string_view(key).substr(0, split));
    if (first == nullptr) continue;
    const CommonName* second = find_name(std::u16string_view(key).substr(split));
    if (second == nullptr) continue;
    out += spelling(*first, orthography);
    out += spelling(*second, orthography);
    return true;
  }
  return false;
}

}  // namespace vigil::text
