#include "text/khmer_latin.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "text/words.h"

namespace vigil::text {
namespace {

constexpr char16_t kFirstConsonant = u'\u1780';
constexpr char16_t kLastConsonant = u'\u17A2';
constexpr char16_t kFirstVowel = u'\u17B6';  // ា
constexpr char16_t kLastVowel = u'\u17C5';   // ៅ
constexpr char16_t kNikahit = u'\u17C6';     // ំ: a final m
constexpr char16_t kReahmuk = u'\u17C7';     // ះ: a final h
constexpr char16_t kMusikatoan = u'\u17C9';  // ៉: to the a-series
constexpr char16_t kTriisap = u'\u17CA';     // ៊: to the o-series
constexpr char16_t kCoeng = u'\u17D2';       // ្: the next consonant is a subscript

struct Consonant {
  std::u16string_view initial;
  std::u16string_view final;
  bool o_series;
};

// From ក (U+1780) to អ (U+17A2).
constexpr std::array<Consonant, 35> kConsonants = {{
    {u"k", u"k", false},   {u"kh", u"k", false},  {u"k", u"k", true},     {u"kh", u"k", true},
    {u"ng", u"ng", true},  {u"ch", u"ch", false}, {u"chh", u"ch", false}, {u"ch", u"ch", true},
    {u"chh", u"ch", true}, {u"nh", u"nh", true},  {u"d", u"d", false},    {u"th", u"th", false},
    {u"d", u"d", true},    {u"th", u"th", true},  {u"n", u"n", false},    {u"t", u"t", false},
    {u"th", u"th", false}, {u"t", u"t", true},    {u"th", u"th", true},   {u"n", u"n", true},
    {u"b", u"b", false},   {u"ph", u"ph", false}, {u"p", u"p", true},     {u"ph", u"ph", true},
    {u"m", u"m", true},    {u"y", u"y", true},    {u"r", u"r", true},     {u"l", u"l", true},
    {u"v", u"v", true},    {u"s", u"s", false},   {u"s", u"s", false},    {u"s", u"s", false},
    {u"h", u"h", false},   {u"l", u"l", false},   {u"", u"", false},
}};

// The dependent vowels from ា (U+17B6) to ៅ (U+17C5), a-series and o-series.
constexpr std::array<std::pair<std::u16string_view, std::u16string_view>, 16> kVowels = {{
    {u"a", u"ea"},
    {u"e", u"i"},
    {u"i", u"i"},
    {u"oe", u"ue"},
    {u"eu", u"eu"},
    {u"o", u"u"},
    {u"ou", u"u"},
    {u"uo", u"uo"},
    {u"aeu", u"eu"},
    {u"oea", u"oea"},
    {u"ie", u"ie"},
    {u"e", u"e"},
    {u"ae", u"ae"},
    {u"ai", u"ey"},
    {u"ao", u"o"},
    {u"au", u"ov"},
}};

// The independent vowels from ឣ (U+17A3) to ឳ (U+17B3).
constexpr std::array<std::u16string_view, 17> kIndependentVowels = {
    u"a",   u"a",   u"e",   u"ei", u"o",  u"ou", u"ou", u"ov", u"rue",
    u"rue", u"lue", u"lue", u"ae", u"ai", u"ao", u"ao", u"au",
};

bool is_consonant(char16_t c) { return c >= kFirstConsonant && c <= kLastConsonant; }
bool is_vowel_sign(char16_t c) { return c >= kFirstVowel && c <= kLastVowel; }
const Consonant& consonant(char16_t c) { return kConsonants[c - kFirstConsonant]; }

// One written syllable: a consonant with its subscripts, series marks and vowel signs.
struct Cluster {
  std::vector<char16_t> consonants;  // the base and its subscripts
  bool o_series = false;
  std::u16string vowel_signs;
  bool musikatoan = false;
  bool bare() const { return consonants.size() == 1 && vowel_signs.empty(); }
};

Cluster read_cluster(std::u16string_view word, size_t& at) {
  Cluster cluster;
  cluster.consonants.push_back(word[at]);
  cluster.o_series = consonant(word[at]).o_series;
  for (++at; at < word.size(); ++at) {
    const char16_t c = word[at];
    if (c == kCoeng && at + 1 < word.size() && is_consonant(word[at + 1])) {
      cluster.consonants.push_back(word[++at]);
    } else if (c == kMusikatoan || c == kTriisap) {
      cluster.o_series = c == kTriisap;
      cluster.musikatoan |= c == kMusikatoan;
    } else if (is_vowel_sign(c) || c == kNikahit || c == kReahmuk) {
      cluster.vowel_signs += c;
    } else if (!(c >= u'\u17CB' && c <= u'\u17D1') && c != u'\u17D3' && c != u'\u17DD') {
      break;  // not a diacritic: the next cluster
    }
  }
  return cluster;
}

std::u16string onset_of(const Cluster& cluster, size_t from) {
  std::u16string onset;
  for (size_t i = from; i < cluster.consonants.size(); ++i) {
    const char16_t c = cluster.consonants[i];
    // ប with a musikatoan is "p".
    onset += c == u'\u1794' && cluster.musikatoan ? u"p" : consonant(c).initial;
  }
  return onset;
}

// The vowel signs by the cluster's series; none: the inherent vowel a or o.
std::u16string vowel_of(const Cluster& cluster) {
  const std::u16string& signs = cluster.vowel_signs;
  const bool o = cluster.o_series;
  std::u16string vowel;
  for (const char16_t c : signs) {
    if (is_vowel_sign(c)) {
      const auto& [a_series, o_series] = kVowels[c - kFirstVowel];
      vowel += o ? o_series : a_series;
    }
  }
  const bool nikahit = signs.find(kNikahit) != std::u16string::npos;
  if (vowel.empty()) vowel = nikahit ? (o ? u"u" : u"a") : (o ? u"o" : u"a");
  if (nikahit) vowel += u"m";
  if (signs.find(kReahmuk) != std::u16string::npos) vowel += u"h";
  return vowel;
}

// Spells a word's clusters as syllables (see the header).
std::u16string read_word(const std::vector<Cluster>& clusters) {
  std::u16string out;
  bool open = false;  // the last syllable has no final yet
  for (size_t i = 0; i < clusters.size(); ++i) {
    const Cluster& c = clusters[i];
    const bool next_has_vowel = i + 1 < clusters.size() && !clusters[i + 1].bare();
    if (open && c.bare() && !next_has_vowel) {
      out += consonant(c.consonants[0]).final;
      open = false;
      continue;
    }
    size_t from = 0;
    if (open && c.consonants.size() > 1) {  // the base ends the last syllable
      out += consonant(c.consonants[0]).final;
      from = 1;
    }
    out += onset_of(c, from) + vowel_of(c);
    open = c.vowel_signs.find_first_of(u"\u17C6\u17C7") == std::u16string::npos;
  }
  return out;
}

icu::UnicodeString khmer_word_to_latin(const icu::UnicodeString& text) {
  const std::u16string_view word(text.getBuffer(), static_cast<size_t>(text.length()));
  std::u16string out;
  std::vector<Cluster> clusters;
  const auto flush = [&] {
    out += read_word(clusters);
    clusters.clear();
  };
  for (size_t at = 0; at < word.size();) {
    const char16_t c = word[at];
    if (is_consonant(c)) {
      clusters.push_back(read_cluster(word, at));
      continue;
    }
    flush();
    if (c > kLastConsonant && c < kFirstVowel) out += kIndependentVowels[c - kLastConsonant - 1];
    ++at;
  }
  flush();
  return icu::UnicodeString(out.data(), static_cast<int32_t>(out.size()));
}

}  // namespace

icu::UnicodeString khmer_to_latin(const icu::UnicodeString& run) {
  return rewrite_words(
      run, [](const icu::UnicodeString& word, UChar32) { return khmer_word_to_latin(word); });
}

}  // namespace vigil::text
