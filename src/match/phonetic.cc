#include "match/phonetic.h"

#include <array>

namespace vigil::match {
namespace {

struct Rewrite {
  std::string_view from;
  char to;
};

// Multi-letter spellings of one sound, longest first: the first that matches at a position
// wins. Upper-case targets are symbols of their own (S = "sh", C = "ch") so they never merge
// with plain letters.
constexpr std::array<Rewrite, 20> kDigraphs = {{
    {"shch", 'S'}, {"tsch", 'C'}, {"sch", 'S'}, {"tch", 'C'}, {"dzh", 'j'},
    {"kh", 'h'},   {"gh", 'k'},   {"ck", 'k'},  {"ph", 'f'},  {"dj", 'j'},
    {"zh", 'j'},   {"dh", 'z'},   {"th", 's'},  {"sh", 'S'},  {"ch", 'C'},
    {"ts", 'c'},   {"tz", 'c'},   {"ou", 'u'},  {"oo", 'u'},  {"ee", 'i'},
}};

bool starts_with_at(std::string_view text, size_t at, std::string_view pattern) {
  return text.substr(at, pattern.size()) == pattern;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Slavic name endings that are one sound: -iy, -ii, -yy, -ij, -yj and -yi are "i" (Dmitriy,
// Dmitrii, Dmitrij -> "dmitri"; Rudnitskiy, Rudnitskij -> "rudnitski"), and a final "j" after
// "e" is "i" (Sergej -> "sergei"). A final "y" after a consonant stays: it differs from "i" by
// a vowel's cost, and keeps short names apart (Kony is not Kani).
void fold_slavic_ending(std::string& spelled) {
  if (spelled.size() < 3) return;
  char& last = spelled.back();
  const char before = spelled[spelled.size() - 2];
  if (last == 'j' && (before == 'i' || before == 'y' || before == 'e')) last = 'i';
  if ((last == 'i' || last == 'y') && (before == 'i' || before == 'y')) {
    spelled.pop_back();
    spelled.back() = 'i';
  }
}

// The French spelling of Maghrebi names writes the consonant w "ou" before a vowel at a word's
// start and between vowels: "Ouassim" Wassim, "Hamraoui" Hamrawi, "Khaoula" Khawla. Elsewhere
// "ou" is the vowel u ("Mouldi", "Fouad", "Souad").
bool is_french_w(std::string_view token, size_t at) {
  if (!starts_with_at(token, at, "ou") || at + 2 >= token.size() || !is_vowel(token[at + 2])) {
    return false;
  }
  return at == 0 || is_vowel(token[at - 1]);
}

// A word's "aw" before a consonant is the "u" French writes "ou" ("Awni" Ouni). Inside a word
// "w" stays the consonant it is in Belarusian and Polish spellings ("Ivanawna" Ivanovna); the
// matcher's w/u cost meets "Shawkat" and "Shaukat".
bool is_initial_diphthong_aw(std::string_view token, size_t at) {
  return at == 0 && starts_with_at(token, at, "aw") && token.size() > 2 && !is_vowel(token[2]) &&
         token[2] != 'w';
}

// French writes a silent e after the final n of Maghrebi names: "Chaabane" Shaaban, "Amine"
// Amin, "Yassine" Yasin.
void drop_french_final_e(std::string& spelled) {
  constexpr size_t kShortest = 5;
  if (spelled.size() >= kShortest && (spelled.ends_with("ane") || spelled.ends_with("ine"))) {
    spelled.pop_back();
  }
}

}  // namespace

std::string phonetic_spelling(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  size_t at = 0;
  while (at < token.size()) {
    if (is_french_w(token, at)) {
      if (out.empty() || out.back() != 'v') out += 'v';
      at += 2;
      continue;
    }
    if (is_initial_diphthong_aw(token, at)) {
      out += 'u';
      at += 2;
      continue;
    }
    const Rewrite* digraph = nullptr;
    for (const Rewrite& rewrite : kDigraphs) {
      if (rewrite.from.front() != token[at]) continue;  // most letters start none
      if (starts_with_at(token, at, rewrite.from)) {
        digraph = &rewrite;
        break;
      }
    }
    char sound = 0;
    if (digraph != nullptr) {
      sound = digraph->to;
      at += digraph->from.size();
    } else {
      const char c = token[at++];
      switch (c) {
        case 'q':
        case 'c': sound = 'k'; break;
        case 'w': sound = 'v'; break;
        case 'x':
          sound = 'k';
          out += sound;
          sound = 's';
          break;
        default: sound = c;
      }
    }
    // Doubled letters are a romanisation choice ("hassan"/"hasan"): keep one.
    if (out.empty() || out.back() != sound) out += sound;
  }
  fold_slavic_ending(out);
  drop_french_final_e(out);
  return out;
}

std::string consonant_skeleton(std::string_view token) {
  return skeleton_of_spelling(phonetic_spelling(token));
}

std::string skeleton_of_spelling(std::string_view spelled) {
  std::string out;
  out.reserve(spelled.size());
  for (size_t i = 0; i < spelled.size(); ++i) {
    const char c = spelled[i];
    if (is_vowel(c)) continue;
    // A final "h" after a vowel is a vowel marker in Persian and Arabic romanisation
    // ("zadeh"/"zade", "allah"/"alla").
    if (c == 'h' && i + 1 == spelled.size() && i > 0 && is_vowel(spelled[i - 1])) continue;
    // ch and sh are one key: French writes sh "ch" (Chokri, Shukri).
    const char key = c == 'C' ? 'S' : c;
    if (!out.empty() && out.back() == key) continue;
    out += key;
  }
  return out;
}

}  // namespace vigil::match
