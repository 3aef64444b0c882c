#include "text/indic_schwa.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <string_view>
#include <vector>

namespace vigil::text {
namespace {

constexpr UChar32 kRingBelow = 0x0325;  // r̥, l̥: the vowels ऋ and ऌ
constexpr UChar32 kDotBelow = 0x0323;   // ṭ ḍ ṛ: letters that take an aspirate too

// One sound: a base letter with its marks, an aspirate's "h" included.
struct Phone {
  icu::UnicodeString text;
  bool vowel = false;
  bool inherent = false;  // a plain "a" after a consonant
  bool nasal = false;
};

bool is_mark(UChar32 c) {
  return u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

bool takes_aspirate(UChar32 base, const icu::UnicodeString& marks) {
  const bool plain = marks.isEmpty() || marks == icu::UnicodeString(kDotBelow);
  return plain && std::u16string_view(u"kgcjtdpbr").find(static_cast<char16_t>(base)) !=
                      std::u16string_view::npos;
}

Phone make_phone(UChar32 base, const icu::UnicodeString& marks, const Phone* previous) {
  Phone phone;
  phone.text.append(base).append(marks);
  const bool syllabic = (base == 'r' || base == 'l') && marks.indexOf(kRingBelow) >= 0;
  phone.vowel = syllabic || std::u16string_view(u"aeiou").find(static_cast<char16_t>(base)) !=
                                std::u16string_view::npos;
  phone.inherent = base == 'a' && marks.isEmpty() && previous != nullptr && !previous->vowel;
  phone.nasal = base == 'n' || base == 'm';
  return phone;
}

// The phones of an NFD word; a plain "a" before "i" or "u" is a diphthong (ऐ ai, औ au).
std::vector<Phone> read_phones(const icu::UnicodeString& nfd) {
  std::vector<Phone> phones;
  for (int32_t i = 0; i < nfd.length();) {
    const UChar32 base = nfd.char32At(i);
    i += U16_LENGTH(base);
    if (base == '\'') continue;
    icu::UnicodeString marks;
    while (i < nfd.length() && is_mark(nfd.char32At(i))) {
      marks.append(nfd.char32At(i));
      i += U16_LENGTH(nfd.char32At(i));
    }
    if (i < nfd.length() && nfd.charAt(i) == u'h' && takes_aspirate(base, marks)) {
      marks.append(u'h');
      ++i;
    }
    phones.push_back(make_phone(base, marks, phones.empty() ? nullptr : &phones.back()));
    const bool diphthong = base == 'a' && marks.isEmpty() && i < nfd.length() &&
                           (nfd.charAt(i) == u'i' || nfd.charAt(i) == u'u');
    if (diphthong) {
      phones.back().text.append(nfd.charAt(i++));
      phones.back().inherent = false;
    }
  }
  return phones;
}

bool is_consonant(const std::vector<Phone>& phones, size_t at) {
  return at < phones.size() && !phones[at].vowel;
}

bool is_vowel(const std::vector<Phone>& phones, size_t at) {
  return at < phones.size() && phones[at].vowel;
}

// The final inherent vowel at `at` is silent after one consonant, or after a nasal and a
// consonant, when another vowel stays.
bool final_is_silent(const std::vector<Phone>& phones, size_t at) {
  if (at + 1 != phones.size() || at < 2) return false;
  bool another_vowel = false;
  for (size_t i = 0; i < at; ++i) another_vowel |= phones[i].vowel;
  if (!another_vowel) return false;
  if (!is_consonant(phones, at - 2)) return true;
  return phones[at - 2].nasal;
}

bool medial_is_silent(const std::vector<Phone>& phones, size_t at) {
  return at >= 2 && is_vowel(phones, at - 2) && is_consonant(phones, at - 1) &&
         is_consonant(phones, at + 1) && is_vowel(phones, at + 2);
}

}  // namespace

icu::UnicodeString without_silent_schwas(const icu::UnicodeString& word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return word;
  std::vector<Phone> phones = read_phones(nfd->normalize(word, status));
  if (U_FAILURE(status)) return word;
  if (!phones.empty() && phones.back().inherent && final_is_silent(phones, phones.size() - 1)) {
    phones.pop_back();
  }
  for (size_t at = 0; at < phones.size(); ++at) {
    if (phones[at].inherent && medial_is_silent(phones, at)) {
      phones.erase(phones.begin() + static_cast<std::ptrdiff_t>(at));
    }
  }
  icu::UnicodeString out;
  for (const Phone& phone : phones) out.append(phone.text);
  const icu::UnicodeString composed = nfc->normalize(out, status);
  return U_SUCCESS(status) ? composed : out;
}

}  // namespace vigil::text
