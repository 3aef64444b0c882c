#include "text/hebrew_latin.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::text {
namespace {

constexpr char16_t kAlef = u'\u05D0', kBet = u'\u05D1', kHeh = u'\u05D4', kVav = u'\u05D5';
constexpr char16_t kYod = u'\u05D9', kFinalKaf = u'\u05DA', kKaf = u'\u05DB';
constexpr char16_t kAyin = u'\u05E2', kFinalPe = u'\u05E3', kPe = u'\u05E4', kShin = u'\u05E9';
constexpr char16_t kDagesh = u'\u05BC', kSinDot = u'\u05C2', kGeresh = u'\u05F3';
constexpr char16_t kFirstLetter = u'\u05D0', kLastLetter = u'\u05EA';

// Consonant spellings from alef (unused entries empty): bet, kaf and pe inside a word;
// final and plain forms alike.
constexpr std::array<std::string_view, kLastLetter - kFirstLetter + 1> kConsonants = {
    "",  "v", "g", "d", "", "",  "z", "h",  "t",  "",  "kh", "kh", "l", "m",
    "m", "n", "n", "s", "", "f", "f", "tz", "tz", "k", "r",  "sh", "t",
};

struct Letter {
  char16_t self = 0;
  bool geresh = false;  // ג׳ j, ז׳ zh, צ׳ ch
  bool dagesh = false;
  bool sin = false;
};

struct Sound {
  std::string_view latin;
  bool vowel = false;
};

bool is_letter(char16_t c) { return c >= kFirstLetter && c <= kLastLetter; }
bool is_mark(char16_t c) { return c >= u'\u0591' && c <= u'\u05C7'; }
bool is_geresh(char16_t c) { return c == kGeresh || c == u'\'' || c == u'\u2019'; }
bool is_carrier(char16_t c) { return c == kAlef || c == kAyin; }

std::string_view geresh_spelling(char16_t c) {
  switch (c) {
    case u'\u05D2': return "j";
    case u'\u05D6': return "zh";
    case u'\u05E6':
    case u'\u05E5': return "ch";
    default: return {};
  }
}

std::string_view consonant(const Letter& l, bool word_start) {
  if (l.geresh && !geresh_spelling(l.self).empty()) return geresh_spelling(l.self);
  if (l.self == kShin) return l.sin ? "s" : "sh";
  const bool hard = word_start || l.dagesh;
  if (hard && l.self == kBet) return "b";
  if (hard && (l.self == kKaf || l.self == kFinalKaf)) return "k";
  if (hard && (l.self == kPe || l.self == kFinalPe)) return "p";
  return kConsonants[l.self - kFirstLetter];
}

// The sounds of one word's letters, in order.
class WordSpeller {
 public:
  explicit WordSpeller(const std::vector<Letter>& letters) : letters_(letters) {}

  std::vector<Sound> sounds() {
    for (at_ = 0; at_ < letters_.size(); ++at_) spell_letter();
    return std::move(sounds_);
  }

 private:
  char16_t letter(size_t at) const { return at < letters_.size() ? letters_[at].self : 0; }
  bool last() const { return at_ + 1 == letters_.size(); }
  bool after_vowel() const { return !sounds_.empty() && sounds_.back().vowel; }
  void add(std::string_view latin, bool vowel) { sounds_.push_back({latin, vowel}); }

  // Vav or yod after a word's first alef or ayin is the word's first vowel ("אורי" Ori,
  // "איתמר" Itamar), when a consonant or the end follows it.
  bool carrier_before_vowel_letter() const {
    const char16_t next = letter(1);
    const char16_t after = letter(2);
    return at_ == 0 && (next == kVav || next == kYod) && after != next && !is_carrier(after) &&
           after != kVav && after != kYod;
  }

  void spell_carrier() {
    if (carrier_before_vowel_letter()) {
      vowel_letter_next_ = true;
    } else if (at_ == 0) {
      add("a", true);
    } else if (letter(at_ + 1) == kHeh && at_ + 2 == letters_.size()) {
      // "לאה" Lea, "נועה" Noa: the final heh spells the vowel
    } else if (after_vowel()) {
      const std::string_view before = sounds_.back().latin;
      if (before == "i" || before == "o" || before == "u") add("e", true);  // Daniel, Shmuel
    } else {
      add("a", true);  // Yisrael, Ezra
    }
  }

  void spell_vav(bool vowel_letter) {
    const char16_t next = letter(at_ + 1);
    if (next == kVav) {
      add("v", false);
      ++at_;
    } else if (at_ == 0) {
      add("v", false);
    } else if (vowel_letter) {
      add("o", true);
    } else if (next == kYod && at_ + 2 == letters_.size()) {
      add("v", false);  // "לוי" Levi
    } else if (last()) {
      const bool yahu = at_ >= 2 && letter(at_ - 1) == kHeh && letter(at_ - 2) == kYod;
      add(yahu ? "u" : "o", true);  // Netanyahu, Ido
    } else {
      add("o", true);
    }
  }

  void spell_yod(bool vowel_letter) {
    const char16_t next = letter(at_ + 1);
    if (next == kYod && at_ > 0) {
      add("ai", true);  // "חיים" Haim
      ++at_;
    } else if (at_ == 0) {
      add("y", false);
    } else if (vowel_letter) {
      add("i", true);
    } else if (next == kHeh && at_ + 2 == letters_.size() && !after_vowel()) {
      add("y", false);  // "אריה" Arya
    } else {
      add("i", true);
    }
  }

  void spell_heh() {
    if (at_ == 0 || !last()) {
      add("h", false);
    } else if (!after_vowel() || is_carrier(letter(at_ - 1))) {
      add("a", true);  // Yehuda, Noa
    } else {
      add("h", false);
    }
  }

  void spell_letter() {
    const Letter& l = letters_[at_];
    const bool vowel_letter = vowel_letter_next_;
    vowel_letter_next_ = false;
    if (is_carrier(l.self)) {
      spell_carrier();
    } else if (l.self == kVav) {
      spell_vav(vowel_letter);
    } else if (l.self == kYod) {
      spell_yod(vowel_letter);
    } else if (l.self == kHeh) {
      spell_heh();
    } else {
      add(consonant(l, at_ == 0), false);
    }
  }

  const std::vector<Letter>& letters_;
  std::vector<Sound> sounds_;
  size_t at_ = 0;
  bool vowel_letter_next_ = false;
};

void append_word(const std::vector<Letter>& letters, icu::UnicodeString& out) {
  std::string latin;
  const std::vector<Sound> sounds = WordSpeller(letters).sounds();
  for (size_t i = 0; i < sounds.size(); ++i) {
    if (i > 0 && !sounds[i].vowel && !sounds[i - 1].vowel) latin += 'e';
    latin += sounds[i].latin;
  }
  out.append(icu::UnicodeString::fromUTF8(latin));
}

}  // namespace

icu::UnicodeString hebrew_to_latin(const icu::UnicodeString& run) {
  icu::UnicodeString out;
  std::vector<Letter> word;
  for (int32_t i = 0; i < run.length(); ++i) {
    const char16_t c = run.charAt(i);
    if (is_letter(c)) {
      word.push_back({c});
    } else if (!word.empty() && (is_mark(c) || is_geresh(c))) {
      word.back().dagesh = word.back().dagesh || c == kDagesh;
      word.back().sin = word.back().sin || c == kSinDot;
      word.back().geresh = word.back().geresh || is_geresh(c);
    } else if (!is_mark(c)) {
      append_word(word, out);
      word.clear();
      out.append(c);
    }
  }
  append_word(word, out);
  return out;
}

}  // namespace vigil::text
