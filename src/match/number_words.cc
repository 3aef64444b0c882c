#include "match/number_words.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vigil::match {
namespace {

enum class NumberKind : uint8_t { kUnit, kTeen, kTens, kHundred, kScale };

struct NumberWord {
  std::string_view word;
  uint64_t value;
  NumberKind kind;
  bool ordinal = false;
};

using enum NumberKind;

// English cardinals and ordinals, then the small cardinals of other languages that are not
// also names or common words of names (left out: un, une, uno, una, dos, dix, diez, elf, tri,
// sem, odin, otto, sei, due, tre, once, cent, segundo).
constexpr auto kNumberWords = std::to_array<NumberWord>({
    {"zero", 0, kUnit},
    {"one", 1, kUnit},
    {"two", 2, kUnit},
    {"three", 3, kUnit},
    {"four", 4, kUnit},
    {"five", 5, kUnit},
    {"six", 6, kUnit},
    {"seven", 7, kUnit},
    {"eight", 8, kUnit},
    {"nine", 9, kUnit},
    {"ten", 10, kTeen},
    {"eleven", 11, kTeen},
    {"twelve", 12, kTeen},
    {"thirteen", 13, kTeen},
    {"fourteen", 14, kTeen},
    {"fifteen", 15, kTeen},
    {"sixteen", 16, kTeen},
    {"seventeen", 17, kTeen},
    {"eighteen", 18, kTeen},
    {"nineteen", 19, kTeen},
    {"twenty", 20, kTens},
    {"thirty", 30, kTens},
    {"forty", 40, kTens},
    {"fourty", 40, kTens},
    {"fifty", 50, kTens},
    {"sixty", 60, kTens},
    {"seventy", 70, kTens},
    {"eighty", 80, kTens},
    {"ninety", 90, kTens},
    {"hundred", 100, kHundred},
    {"thousand", 1000, kScale},
    {"million", 1000000, kScale},
    {"first", 1, kUnit, true},
    {"second", 2, kUnit, true},
    {"third", 3, kUnit, true},
    {"fourth", 4, kUnit, true},
    {"fifth", 5, kUnit, true},
    {"sixth", 6, kUnit, true},
    {"seventh", 7, kUnit, true},
    {"eighth", 8, kUnit, true},
    {"ninth", 9, kUnit, true},
    {"tenth", 10, kTeen, true},
    {"eleventh", 11, kTeen, true},
    {"twelfth", 12, kTeen, true},
    {"thirteenth", 13, kTeen, true},
    {"fourteenth", 14, kTeen, true},
    {"fifteenth", 15, kTeen, true},
    {"sixteenth", 16, kTeen, true},
    {"seventeenth", 17, kTeen, true},
    {"eighteenth", 18, kTeen, true},
    {"nineteenth", 19, kTeen, true},
    {"twentieth", 20, kTens, true},
    {"thirtieth", 30, kTens, true},
    {"fortieth", 40, kTens, true},
    {"fiftieth", 50, kTens, true},
    {"sixtieth", 60, kTens, true},
    {"seventieth", 70, kTens, true},
    {"eightieth", 80, kTens, true},
    {"ninetieth", 90, kTens, true},
    {"hundredth", 100, kHundred, true},
    {"thousandth", 1000, kScale, true},
    {"millionth", 1000000, kScale, true},
    // French.
    {"deux", 2, kUnit},
    {"trois", 3, kUnit},
    {"quatre", 4, kUnit},
    {"cinq", 5, kUnit},
    {"sept", 7, kUnit},
    {"huit", 8, kUnit},
    {"neuf", 9, kUnit},
    {"douze", 12, kTeen},
    {"vingt", 20, kTens},
    {"trente", 30, kTens},
    // German.
    {"eins", 1, kUnit},
    {"zwei", 2, kUnit},
    {"drei", 3, kUnit},
    {"vier", 4, kUnit},
    {"fuenf", 5, kUnit},
    {"funf", 5, kUnit},
    {"sechs", 6, kUnit},
    {"sieben", 7, kUnit},
    {"acht", 8, kUnit},
    {"neun", 9, kUnit},
    {"zehn", 10, kTeen},
    {"zwoelf", 12, kTeen},
    {"zwolf", 12, kTeen},
    // Spanish and Portuguese.
    {"dois", 2, kUnit},
    {"tres", 3, kUnit},
    {"cuatro", 4, kUnit},
    {"quatro", 4, kUnit},
    {"cinco", 5, kUnit},
    {"seis", 6, kUnit},
    {"siete", 7, kUnit},
    {"sete", 7, kUnit},
    {"ocho", 8, kUnit},
    {"oito", 8, kUnit},
    {"nueve", 9, kUnit},
    {"doce", 12, kTeen},
    // Russian, romanised.
    {"dva", 2, kUnit},
    {"chetyre", 4, kUnit},
    {"pyat", 5, kUnit},
    {"shest", 6, kUnit},
    {"vosem", 8, kUnit},
    {"devyat", 9, kUnit},
    {"desyat", 10, kTeen},
});

const NumberWord* number_word(std::string_view word) {
  for (const NumberWord& entry : kNumberWords) {
    if (entry.word == word) return &entry;
  }
  return nullptr;
}

// "1st", "2nd", "3rd", "11th", "21st".
std::string ordinal_suffix(uint64_t value) {
  const uint64_t tens = value % 100;
  if (tens >= 11 && tens <= 13) return "th";
  switch (value % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

// A number being read word by word: `total` of the completed thousands, `group` below them.
class NumberReader {
 public:
  // Adds `w` when it continues the number read so far; false (nothing changed) when it cannot.
  bool add(const NumberWord& w) {
    if (!fits(w)) return false;
    switch (w.kind) {
      case kUnit:
      case kTeen:
      case kTens: group_ += w.value; break;
      case kHundred: group_ *= w.value; break;
      case kScale:
        total_ += group_ * w.value;
        group_ = 0;
        break;
    }
    last_ = w.kind;
    words_ += 1;
    ordinal_ = w.ordinal;
    return true;
  }
  [[nodiscard]] bool empty() const { return words_ == 0; }
  [[nodiscard]] bool ended() const { return ordinal_; }  // an ordinal ends a number
  [[nodiscard]] std::string text() const {
    const uint64_t value = total_ + group_;
    return std::to_string(value) + (ordinal_ ? ordinal_suffix(value) : "");
  }

 private:
  [[nodiscard]] bool fits(const NumberWord& w) const {
    if (words_ == 0) return w.kind != kHundred && w.kind != kScale;
    const uint64_t below_hundred = group_ % 100;
    switch (w.kind) {
      case kUnit:  // "twenty one", "hundred one", "thousand one"
        return w.value != 0 &&
               (last_ == kTens || ((last_ == kHundred || last_ == kScale) && below_hundred == 0));
      case kTeen:
      case kTens: return (last_ == kHundred || last_ == kScale) && below_hundred == 0;
      case kHundred: return last_ == kUnit && group_ >= 1 && group_ <= 9;
      case kScale: return group_ > 0 && (total_ == 0 || total_ > group_ * w.value);
    }
    return false;
  }

  uint64_t total_ = 0;
  uint64_t group_ = 0;
  NumberKind last_ = kUnit;
  size_t words_ = 0;
  bool ordinal_ = false;
};

// Reads the number that starts at words[at]: the words it spans and its digits, or nullopt.
std::optional<std::pair<size_t, std::string>> read_number(const std::vector<std::string>& words,
                                                          size_t at) {
  NumberReader reader;
  size_t end = at;
  while (end < words.size() && !reader.ended()) {
    const NumberWord* w = number_word(words[end]);
    // "one hundred and five": "and" only between number words.
    if (w == nullptr && words[end] == "and" && !reader.empty() && end + 1 < words.size()) {
      const NumberWord* next = number_word(words[end + 1]);
      if (next != nullptr && reader.add(*next)) {
        end += 2;
        continue;
      }
    }
    if (w == nullptr || !reader.add(*w)) break;
    ++end;
  }
  if (reader.empty()) return std::nullopt;
  return std::pair{end - at, reader.text()};
}

}  // namespace

std::vector<std::string> numbers_as_digits(std::vector<std::string> words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (size_t i = 0; i < words.size();) {
    std::optional<std::pair<size_t, std::string>> number = read_number(words, i);
    if (!number) {
      out.push_back(std::move(words[i++]));
      continue;
    }
    out.push_back(std::move(number->second));
    i += number->first;
  }
  return out;
}

}  // namespace vigil::match
