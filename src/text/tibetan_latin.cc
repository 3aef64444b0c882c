#include "text/tibetan_latin.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::text {
namespace {

constexpr char16_t kFirstLetter = u'\u0F40';
constexpr char16_t kLastLetter = u'\u0F6C';
constexpr char16_t kSubjoinedOffset = 0x50;  // ྐ (U+0F90) is ཀ subjoined
constexpr char16_t kTsheg = u'\u0F0B';

// The letters from ཀ (U+0F40) to U+0F6C as roots (empty: not a root letter). ཟ is "s", as
// Lhasa says it and names write it (Lobsang).
constexpr std::array<std::u16string_view, 45> kRoots = {
    u"k",  u"kh", u"g",  u"g", u"ng", u"ch",  u"ch", u"j", u"",  u"ny", u"t", u"th",
    u"d",  u"d",  u"n",  u"t", u"th", u"d",   u"d",  u"n", u"p", u"ph", u"b", u"b",
    u"m",  u"ts", u"ts", u"z", u"z",  u"w",   u"zh", u"s", u"",  u"y",  u"r", u"l",
    u"sh", u"sh", u"s",  u"h", u"",   u"ksh", u"r",  u"k", u"r",
};

bool is_letter(char16_t c) { return c >= kFirstLetter && c <= kLastLetter; }
bool is_subjoined(char16_t c) {
  return c >= kFirstLetter + kSubjoinedOffset && c <= kLastLetter + kSubjoinedOffset;
}
char16_t plain(char16_t c) { return is_subjoined(c) ? c - kSubjoinedOffset : c; }
bool is_one_of(char16_t c, std::u16string_view letters) {
  return letters.find(c) != std::u16string_view::npos;
}

// A syllable's letters: the stack that carries the vowel (root with its superscript and
// subscripts), the letters before it and after it.
struct Syllable {
  std::u16string before;  // prefixes
  std::u16string stack;   // head letter and subjoined letters
  std::u16string after;   // suffixes
  char16_t vowel = 0;
};

bool is_vowel_sign(char16_t c) { return c >= u'\u0F72' && c <= u'\u0F7D'; }

// The stack is the letter that carries a vowel sign or subjoined letters; without either, the
// second of three or four letters when the first can be a prefix (ག ད བ མ འ), else the first.
Syllable read_syllable(std::u16string_view text) {
  Syllable s;
  std::vector<std::u16string> stacks;
  size_t marked = std::u16string_view::npos;  // the stack with a vowel sign
  for (const char16_t c : text) {
    if (is_subjoined(c) && !stacks.empty()) {
      stacks.back() += c;
    } else if (is_letter(c)) {
      stacks.emplace_back(1, c);
    } else if (is_vowel_sign(c) && !stacks.empty() && s.vowel == 0) {
      s.vowel = c;
      marked = stacks.size() - 1;
    }
  }
  if (stacks.empty()) return s;
  size_t root = marked;
  for (size_t i = 0; root == std::u16string_view::npos && i < stacks.size(); ++i) {
    if (stacks[i].size() > 1) root = i;
  }
  if (root == std::u16string_view::npos) {
    root = stacks.size() >= 3 && is_one_of(stacks[0][0], u"གདབམའ") ? 1 : 0;
  }
  for (size_t i = 0; i < stacks.size(); ++i) {
    (i < root ? s.before : i == root ? s.stack : s.after) += stacks[i];
  }
  return s;
}

// The onset of a stack: its root (under a superscript ར ལ ས) with its subscripts.
std::u16string onset_of(std::u16string_view stack) {
  size_t at = stack.size() > 1 && is_one_of(stack[0], u"རལས") ? 1 : 0;
  const char16_t root = plain(stack[at]);
  std::u16string onset(kRoots[root - kFirstLetter]);
  for (++at; at < stack.size(); ++at) {
    const char16_t sub = plain(stack[at]);
    if (sub == u'ཡ') {
      onset = is_one_of(root, u"པཕ") ? u"ch"
              : root == u'བ'         ? u"j"
              : root == u'མ'         ? u"ny"
                                     : onset + u"y";
    } else if (sub == u'ར') {
      onset = is_one_of(root, u"ཀཏཔ")   ? u"tr"
              : is_one_of(root, u"ཁཐཕ") ? u"thr"
              : is_one_of(root, u"གདབ") ? u"dr"
                                        : onset;
    } else if (sub == u'ལ') {
      onset = root == u'ཟ' ? u"d" : u"l";
    }
  }
  return onset;
}

std::u16string rhyme_of(const Syllable& s) {
  std::u16string vowel = s.vowel == u'\u0F72'   ? u"i"
                         : s.vowel == u'\u0F74' ? u"u"
                         : s.vowel == u'\u0F7A' ? u"e"
                         : s.vowel == u'\u0F7C' ? u"o"
                                                : u"a";
  const char16_t suffix = s.after.empty() ? 0 : s.after[0];
  if (is_one_of(suffix, u"དནལས") && vowel == u"a") vowel = u"e";
  switch (suffix) {
    case u'ག': return vowel + u"k";
    case u'ང': return vowel + u"ng";
    case u'ན': return vowel + u"n";
    case u'བ': return vowel + u"p";
    case u'མ': return vowel + u"m";
    case u'ར': return vowel + u"r";
    case u'ལ': return vowel + u"l";
    default: return vowel;
  }
}

// What a syllable gives the one before it inside a name: a superscript ར "r", a prefix བ "b".
std::u16string_view coda_for_previous(const Syllable& s) {
  if (s.stack.size() > 1 && s.stack[0] == u'ར') return u"r";
  if (!s.before.empty() && s.before.back() == u'བ') return u"b";
  return {};
}

}  // namespace

icu::UnicodeString tibetan_to_latin(const icu::UnicodeString& run) {
  const std::u16string_view text(run.getBuffer(), static_cast<size_t>(run.length()));
  std::u16string out;
  std::u16string syllable;
  bool in_name = false;
  bool previous_open = false;  // the last syllable had no suffix
  const auto flush = [&](bool ends_name) {
    const Syllable s = read_syllable(syllable);
    syllable.clear();
    if (s.stack.empty()) return;
    if (in_name && previous_open) out += coda_for_previous(s);
    previous_open = s.after.empty();
    const bool carrier = s.stack == u"\u0F68";
    out += u' ' + (carrier ? u"" : onset_of(s.stack)) + rhyme_of(s);
    in_name = !ends_name;
  };
  for (const char16_t c : text) {
    if (is_letter(c) || is_subjoined(c) || (c >= u'\u0F71' && c <= u'\u0F7D')) {
      syllable += c;
    } else if (c == kTsheg) {
      flush(false);
    } else {
      flush(true);
      if (c < u'\u0F00' || c > u'\u0FFF') out += c;
    }
  }
  flush(true);
  return icu::UnicodeString(out.data(), static_cast<int32_t>(out.size()));
}

}  // namespace vigil::text
