#include "match/token_similarity.h"

#include <algorithm>
#include <array>

#include "model/ascii.h"

namespace vigil::match {
namespace {

// Edit costs, in letters. Romanisation varies vowels, doubles letters and drops "h" freely;
// typos and different names change consonants.
constexpr double kVowelSameClass = 0.3;  // a/e, e/i, i/y, o/u
constexpr double kVowelOtherClass = 0.5;
constexpr double kVowelIndel = 0.4;
constexpr double kSoftIndel = 0.5;     // h, ' and y glides dropped in romanisation
constexpr double kConsonantKin = 0.6;  // voiced/voiceless pairs and look-alikes
// ch and sh: French (and the Maghrebi names it spells) writes sh "ch": Chaabane, Chokri.
constexpr double kFrenchCh = 0.4;
constexpr double kFull = 1.0;
// Two spellings of one class (mohammad ~ mohd, ltd ~ limited) are at least this alike.
constexpr double kEquivalentSimilarity = 0.95;
// A name's first letter carries the most information (Asadi is not Saeedi): edits there cost
// this much more.
constexpr double kFirstLetterFactor = 1.5;

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

int vowel_class(char c) {
  switch (c) {
    case 'a': return 0;
    case 'e': return 1;
    case 'i':
    case 'y': return 2;
    case 'o':
    case 'u': return 3;
    default: return -1;
  }
}

bool vowels_related(char a, char b) {
  const int ca = vowel_class(a);
  const int cb = vowel_class(b);
  return ca == cb || (ca == 0 && cb == 1) || (ca == 1 && cb == 0) || (ca == 1 && cb == 2) ||
         (ca == 2 && cb == 1);
}

bool consonants_kin(char a, char b) {
  // r/l: one letter in Korean (Ri, Li, Rhee), confused in Japanese and Chinese romanisations.
  constexpr std::array<std::array<char, 2>, 12> kKin = {{{'k', 'g'},
                                                         {'r', 'l'},
                                                         {'d', 'z'},
                                                         {'s', 'z'},
                                                         {'t', 'd'},
                                                         {'b', 'p'},
                                                         {'v', 'f'},
                                                         {'S', 's'},
                                                         {'C', 'S'},
                                                         {'c', 's'},
                                                         {'n', 'm'},
                                                         {'v', 'b'}}};
  for (const auto& pair : kKin) {
    if ((pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a)) return true;
  }
  return false;
}

// A consonant and the vowel it glides to: Slavic and German "j" is "y" or "i" (Jurij, Yuri,
// Iurii), and "w"/"v" after a vowel is "u" (Shawkat, Shavkat, Shaukat; Mawlana, Maulana).
bool semivowels(char a, char b) {
  const auto pair = [a, b](char x, char y) { return (a == x && b == y) || (a == y && b == x); };
  return pair('j', 'y') || pair('j', 'i') || pair('v', 'u');
}

double substitution_cost(char a, char b) {
  if (a == b) return 0;
  if ((a == 'C' && b == 'S') || (a == 'S' && b == 'C')) return kFrenchCh;
  if (semivowels(a, b)) return kConsonantKin;
  const bool va = is_vowel(a);
  const bool vb = is_vowel(b);
  if (va && vb) return vowels_related(a, b) ? kVowelSameClass : kVowelOtherClass;
  if (!va && !vb && consonants_kin(a, b)) return kConsonantKin;
  return kFull;
}

// Cost of inserting or deleting text[at]. Doubled letters are already single in phonetic
// spellings.
double indel_cost(std::string_view text, size_t at) {
  const char c = text[at];
  if (is_vowel(c)) return kVowelIndel;
  if (c == 'h') return kSoftIndel;
  return kFull;
}

// Numbers in names identify ("11420 CORP" is not "11421 CORP"): they align only when their
// digits are the same; letters around them may differ ("77th" ~ "77s").
TokenMatch compare_numbers(std::string_view a, std::string_view b) {
  const std::string digits = model::digits_of(a);
  if (digits.empty() || digits != model::digits_of(b)) return {};
  return {0.9, TokenMatchKind::kSpelling};
}

}  // namespace

std::string_view to_string(TokenMatchKind kind) {
  switch (kind) {
    case TokenMatchKind::kExact: return "exact";
    case TokenMatchKind::kEquivalent: return "equivalent";
    case TokenMatchKind::kPhonetic: return "phonetic";
    case TokenMatchKind::kSpelling: return "spelling";
    case TokenMatchKind::kInitial: return "initial";
    case TokenMatchKind::kJoined: return "joined";
    case TokenMatchKind::kNone: break;
  }
  return "none";
}

namespace {

// Substitution costs for every pair of ASCII bytes, computed once.
const std::array<float, 128 * 128>& substitution_table() {
  static const std::array<float, 128 * 128> kTable = [] {
    std::array<float, 128 * 128> table{};
    for (int a = 0; a < 128; ++a) {
      for (int b = 0; b < 128; ++b) {
        table[a * 128 + b] = static_cast<float>(substitution_cost(char(a), char(b)));
      }
    }
    return table;
  }();
  return kTable;
}

// `derived` is `name`, a known given name, with a final "a" (the feminine form) or "i" / "y"
// (the nisba, a family name made from it).
bool derived_form(const TokenFeatures& name, const TokenFeatures& derived) {
  if (!name.given_name || derived.text.size() != name.text.size() + 1) return false;
  const char last = derived.text.back();
  return (last == 'a' || last == 'i' || last == 'y') && derived.text.starts_with(name.text);
}

// The letters of a token, a doubled letter once ("hossein" reads "hosein"); with
// `consonants_only`, its vowels skipped too ("rostam" reads "rstm").
class LetterReader {
 public:
  LetterReader(std::string_view text, bool consonants_only)
      : text_(text), consonants_only_(consonants_only) {
    skip_vowels();
  }
  [[nodiscard]] bool done() const { return at_ >= text_.size(); }
  [[nodiscard]] char peek() const { return text_[at_]; }
  void next() {
    const char c = text_[at_++];
    while (at_ < text_.size() && text_[at_] == c) ++at_;
    skip_vowels();
  }
  [[nodiscard]] std::string_view rest() const { return text_.substr(at_); }

 private:
  void skip_vowels() {
    while (consonants_only_ && at_ < text_.size() && is_vowel(text_[at_])) ++at_;
  }
  std::string_view text_;
  bool consonants_only_;
  size_t at_ = 0;
};

// Whether `a` and `b` read the same (doubled letters once; vowels skipped when
// `consonants_only`), and what of `b` is left after `a`.
bool reads_as_prefix(std::string_view a, std::string_view b, bool consonants_only,
                     std::string_view* rest) {
  LetterReader x(a, consonants_only), y(b, consonants_only);
  while (!x.done()) {
    if (y.done() || x.peek() != y.peek()) return false;
    x.next();
    y.next();
  }
  *rest = y.rest();
  return true;
}

bool derived_one_way(std::string_view name, std::string_view derived) {
  constexpr size_t kMinName = 3;
  if (name.size() < kMinName || derived.size() < kMinName + 1) return false;
  std::string_view rest;
  if (!is_vowel(name.back())) {
    // The consonants of the name, then a consonant (the same) and the ending: Rustam and
    // Rostami, Mansur and Mansouri, Nasser and Naseri.
    // A vowel before the last consonant in one and not the other is a transposition, not an
    // ending: "Khatbi" is a misspelt "Khatib".
    // The feminine "-ia" (Victor and Victoria, Anton and Antonia) ends in "a" after an "i".
    const bool ia = derived.ends_with("ia") && derived.size() >= name.size() + 2;
    const std::string_view stem = derived.substr(0, derived.size() - (ia ? 2 : 1));
    const char end = derived.back();
    if ((end != 'a' && end != 'i') || is_vowel(stem.back()) ||
        is_vowel(name[name.size() - 2]) != is_vowel(stem[stem.size() - 2])) {
      return false;
    }
    return reads_as_prefix(name, stem, true, &rest) && rest.empty();
  }
  if (!reads_as_prefix(name, derived, false, &rest)) return false;
  // After a final "e", the feminine "a" (Andre and Andrea).
  if (name.back() == 'e') return rest == "a";
  if (name.back() != 'a') return false;
  return rest == "i" || rest == "ei" || rest == "ee" || rest == "ie" || rest == "yi";
}

}  // namespace

bool may_be_misspelt_particle(const TokenFeatures& token) {
  constexpr size_t kMinLength = 2;
  constexpr size_t kMaxLength = 6;
  return token.token_class == TokenClass::kName && !token.given_name &&
         token.text.size() >= kMinLength && token.text.size() <= kMaxLength;
}

bool misspelt_particle_of(const TokenFeatures& token, const TokenFeatures& particle) {
  constexpr size_t kMaxParticle = 4;
  return particle.token_class == TokenClass::kParticle && particle.text.size() <= kMaxParticle &&
         may_be_misspelt_particle(token) && one_edit_apart(token.text, particle.text);
}

bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  size_t at = 0;
  while (at < a.size() && a[at] == b[at]) ++at;
  if (a.size() < b.size()) return a.substr(at) == b.substr(at + 1);  // one letter inserted
  if (a.substr(at + 1) == b.substr(at + 1)) return true;             // one letter changed
  return at + 1 < a.size() && a[at] == b[at + 1] && a[at + 1] == b[at] &&
         a.substr(at + 2) == b.substr(at + 2);  // two letters swapped
}

bool derived_name_form(std::string_view a, std::string_view b) {
  return derived_one_way(a, b) || derived_one_way(b, a);
}

double spelling_similarity(std::string_view a, std::string_view b, double min_similarity) {
  if (a.empty() || b.empty() || a.size() > kMaxSpellingLength || b.size() > kMaxSpellingLength) {
    return 0;
  }
  const auto& substitution = substitution_table();
  const double longer = static_cast<double>(std::max(a.size(), b.size()));
  // Past this cost the similarity is below min_similarity: stop early.
  const float max_cost = static_cast<float>((1.0 - min_similarity) * longer + 1e-9);
  // Optimal-string-alignment distance with the costs above: three rolling rows (the oldest
  // for adjacent transpositions).
  std::array<float, kMaxSpellingLength + 1> rows[3];
  std::array<float, kMaxSpellingLength + 1> b_indel;
  for (size_t j = 0; j < b.size(); ++j) {
    b_indel[j] = static_cast<float>(indel_cost(b, j) * (j == 0 ? kFirstLetterFactor : 1.0));
  }
  float* before = rows[0].data();
  float* previous = rows[1].data();
  float* current = rows[2].data();
  previous[0] = 0;
  for (size_t j = 1; j <= b.size(); ++j) previous[j] = previous[j - 1] + b_indel[j - 1];
  for (size_t i = 1; i <= a.size(); ++i) {
    const float first_row = i == 1 ? static_cast<float>(kFirstLetterFactor) : 1.0F;
    const auto a_char = static_cast<unsigned char>(a[i - 1]) & 0x7F;
    const float a_indel = static_cast<float>(indel_cost(a, i - 1)) * first_row;
    current[0] = previous[0] + a_indel;
    float row_min = current[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const float first = (i == 1 || j == 1) ? static_cast<float>(kFirstLetterFactor) : 1.0F;
      const auto b_char = static_cast<unsigned char>(b[j - 1]) & 0x7F;
      float best = previous[j - 1] + substitution[a_char * 128 + b_char] * first;
      best = std::min(best, previous[j] + a_indel);
      best = std::min(best, current[j - 1] + b_indel[j - 1]);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, before[j - 2] + static_cast<float>(kFull));
      }
      current[j] = best;
      row_min = std::min(row_min, best);
    }
    if (row_min > max_cost) return 0;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  const double similarity = 1.0 - previous[b.size()] / longer;
  return similarity < min_similarity ? 0 : similarity;
}

TokenMatch compare_tokens(const TokenFeatures& a, const TokenFeatures& b) {
  if (a.text == b.text) return {1.0, TokenMatchKind::kExact};
  if (a.token_class == TokenClass::kNumber || b.token_class == TokenClass::kNumber) {
    return compare_numbers(a.text, b.text);
  }
  if (a.has_class && b.has_class && a.canonical == b.canonical) {
    return {kEquivalentSimilarity, TokenMatchKind::kEquivalent};
  }
  // Two known given names of different classes are different names however alike their
  // letters: Hasan is not Husayn, Said is not Saad, Jamal is not Jalal.
  if (a.given_name && b.given_name) return {};
  // A known given name and the same name with a final "a" are a man's and a woman's name
  // (Samir and Samira, Andre and Andrea); with a final "i" or "y" it is the family name made
  // from it (Jafar and Jafari, Mohammad and Mohammadi, Said and Saidi): different names.
  if (derived_form(a, b) || derived_form(b, a)) return {};
  if (misspelt_particle_of(a, b) || misspelt_particle_of(b, a)) {
    const double similarity = spelling_similarity(a.spelling, b.spelling);
    return {std::max(similarity, kParticleTypoSimilarity), TokenMatchKind::kSpelling};
  }
  if (a.text.size() == 1 || b.text.size() == 1) {
    const bool initial = a.text.front() == b.text.front() && a.text.size() + b.text.size() > 2;
    return initial ? TokenMatch{0.9, TokenMatchKind::kInitial} : TokenMatch{};
  }
  const double similarity = spelling_similarity(a.spelling, b.spelling, kMinTokenSimilarity);
  if (similarity < kMinTokenSimilarity) {
    // A typo across a digraph the phonetic spelling reads as one sound ("Kahtib" for Khatib:
    // "kh" is one letter there, "ka h" two) is still one edit in the letters as written.
    if ((a.spelling == a.text && b.spelling == b.text) || !one_edit_apart(a.text, b.text)) {
      return {};
    }
    const double written = spelling_similarity(a.text, b.text, kMinTokenSimilarity);
    if (written < kMinTokenSimilarity) return {};
    return {written, TokenMatchKind::kSpelling};
  }
  const bool phonetic = a.skeleton.size() >= 2 && a.skeleton == b.skeleton;
  return {similarity, phonetic ? TokenMatchKind::kPhonetic : TokenMatchKind::kSpelling};
}

}  // namespace vigil::match
