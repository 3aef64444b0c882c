#include "match/name_tables.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vigil::match {
namespace {

// Titles and honorifics that say nothing about who the person is. Words that are also common
// given names (Said, Sultan, Emir, Major, Prince) are deliberately absent.
constexpr std::string_view kHonorifics[] = {
    "seyed",
    "seyyed",
    "sayed",
    "sayyed",
    "sayyid",
    "sayid",
    "syed",
    "seyyid",
    "sayyida",
    "haji",
    "hajji",
    "hadji",
    "hajj",
    "alhaji",
    "alhajj",
    "hajjeh",
    "hajiyeh",
    "mullah",
    "mulla",
    "molla",
    "mollah",
    "hojatoleslam",
    "hojjatoleslam",
    "hojatolislam",
    "hojjat",
    "ayatollah",
    "ayatullah",
    "ayatolah",
    "sheikh",
    "shaikh",
    "shaykh",
    "sheik",
    "cheikh",
    "shekh",
    "mirza",
    "mawlana",
    "maulana",
    "mawlawi",
    "maulvi",
    "mawlavi",
    "mullo",
    "qari",
    "hafiz",
    "dr",
    "doctor",
    "prof",
    "professor",
    "eng",
    "engineer",
    "mohandes",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mister",
    "madam",
    "madame",
    "mme",
    "monsieur",
    "sir",
    "lord",
    "general",
    "gen",
    "colonel",
    "col",
    "brigadier",
    "lieutenant",
    "lt",
    "captain",
    "capt",
    "admiral",
    "commander",
    "marshal",
    "sergeant",
    "sgt",
    "maj",
    "his",
    "her",
    "excellency",
    "honourable",
    "honorable",
    "hon",
};

constexpr std::string_view kParticles[] = {
    "al",  "el",    "ul",   "ol",    "as", "ash", "ad",   "ar",  "az", "an",  "at",   "bin",
    "ibn", "ben",   "bint", "binti", "bn", "abu", "abou", "abo", "bu", "umm", "um",   "de",
    "del", "della", "der",  "den",   "di", "da",  "dos",  "das", "do", "du",  "la",   "le",
    "van", "von",   "ter",  "y",     "e",  "of",  "the",  "and", "ou", "ait", "ould",
};

// Legal forms; each row is one class, the first spelling canonical.
const std::vector<std::vector<std::string_view>>& legal_form_classes() {
  static const std::vector<std::vector<std::string_view>> kClasses = {
      {"co", "company", "comp", "companies", "compania", "compagnie", "companhia", "cia",
       "kompaniya", "kompania", "sherkat", "shirkat", "sharikat", "sharika", "sirketi", "sti"},
      {"ltd", "limited", "ltda", "ltee", "lda"},
      {"llc", "llp", "lp", "plc", "pllc"},
      {"inc", "incorporated", "corp", "corporation", "corporacion", "korporatsiya"},
      {"gmbh", "mbh", "ag", "kg", "ohg", "ug"},
      {"sa", "sae", "sas", "sarl", "sal", "spa", "srl", "sl", "sac", "saic", "sca", "scs", "ca",
       "cv", "sdecv", "sadecv", "de cv"},
      {"bv", "nv", "vof"},
      {"jsc",  "ojsc", "cjsc", "pjsc", "ao",  "oao", "zao", "pao", "ooo", "tov",  "pat", "zat",
       "jscb", "ojsb", "nao",  "fgup", "gup", "mup", "oo",  "ip",  "chp", "tzov", "dat", "pp"},
      {"fze", "fzco", "fzc", "fzllc", "fz", "dmcc", "wll", "est", "establishment"},
      {"pte", "pvt", "private", "pty", "bhd", "sdn", "tbk", "pt", "cv"},
      {"as", "asa", "ab", "oy", "oyj", "aps", "ks", "kft", "zrt", "doo", "ad", "dd", "sro", "spzoo",
       "sp", "zoo"},
      {"group", "grup", "grupo", "gruppa", "holding", "holdings", "holdco"},
      {"sazman", "sazeman", "organization", "organisation", "org"},
      // Generic trade words. Their Persian and Arabic forms (tejarat, tijara) are left out:
      // they are the distinctive word of names such as BANK TEJARAT.
      {"trading", "trade", "traders"},
      // Words of multi-word legal forms, for when the phrase is misspelt or split.
      {"joint", "stock", "liability", "anonima", "anonyme", "responsabilidad", "limitada"},
  };
  return kClasses;
}

// Given-name classes (a first row of each is canonical). Transliteration variants that the
// phonetic comparison alone would score below the alert threshold, or that it would confuse
// with a different name (Hassan/Hussein, Mahmoud/Mohammed), are spelled out here.
const std::vector<std::vector<std::string_view>>& given_name_classes() {
  static const std::vector<std::vector<std::string_view>> kClasses = {
      {"muhammad",  "mohammad",  "mohammed",  "muhammed", "mohamed",  "mohamad", "muhamad",
       "muhamed",   "mohammod",  "mohamud",   "mohd",     "muhd",     "mhd",     "md",
       "mohamd",    "mouhamed",  "mouhammad", "mamad",    "mehmet",   "mehmed",  "magomed",
       "mukhammad", "mukhammed", "mahomed",   "mohummad", "muhammadu"},
      {"hussein", "husain", "hussain", "hossein", "hosein", "husein", "hosain", "hossain", "husayn",
       "hussayn", "houssein", "huseyin", "husseini", "hosseyn", "hoseyn"},
      {"hasan", "hassan", "hasaan", "hassane", "hacen", "hasson"},
      {"ismail", "esmail", "ismael", "esmaeil", "esmaiel", "ismaeel", "ismayil", "ismoil", "esmael",
       "ismayl", "smail", "esmaeel", "ismaili"},
      {"yusuf", "yousef", "yousif", "youssef", "yusef", "yosef", "yussuf", "youssouf", "yousuf",
       "jusuf", "josef", "yusif", "yossef", "yusup"},
      {"ahmad", "ahmed", "ahmet", "akhmad", "akhmed", "ahmd", "ahmat"},
      {"mahmoud", "mahmud", "mahmood", "mahmut", "makhmud"},
      {"abdullah", "abdallah", "abdollah", "abdulla", "abdula", "abdulah", "abdellah"},
      {"ali", "aly", "alee"},
      {"omar", "umar", "omer", "umer", "omair"},
      {"osman", "othman", "usman", "uthman", "osmane", "usmon"},
      {"mustafa", "mostafa", "moustafa", "mustapha", "mostapha", "moustapha", "mustafo"},
      {"ibrahim", "ebrahim", "ibraheem", "ibragim", "ebraheem", "brahim", "ibrohim"},
      {"hamid", "hameed", "hamed"},
      {"khalid", "khaled", "khalied", "halid"},
      {"jafar", "jaafar", "jafari", "djafar"},
      {"said", "saeed", "saied", "sayid", "saeid", "saiid"},
      {"saad", "sad", "saed"},
      {"abbas", "abas"},
      {"reza", "rida", "ridha", "riza", "rza"},
      {"qasem", "qasim", "kassem", "kasim", "ghasem", "qassem", "qassim", "kasem", "gasem"},
      {"jamal", "gamal", "djamel", "jamel", "jamaal"},
      {"aleksandr", "alexander", "aleksander", "oleksandr", "alexandr", "olexandr", "aliaksandr",
       "alyaksandr", "alexandre", "alessandro", "alejandro"},
      {"sergey", "sergei", "serhiy", "serhii", "sergiy", "siarhei", "sergej", "sergii", "serguei"},
      {"yuri", "yuriy", "yury", "iurii", "jurij", "yurii", "juri", "yuriv"},
      {"dmitry", "dmitri", "dmitriy", "dmytro", "dzmitry", "dmitrii"},
      {"andrei", "andrey", "andriy", "andrii", "andrew", "andrej", "andrzej"},
      {"mikhail", "michael", "mykhailo", "mikhayil", "michail", "mihail", "mykhaylo"},
      {"nikolai", "nikolay", "mykola", "nicolai", "nikolaj", "mikalai", "nicholas"},
      {"vladimir", "volodymyr", "uladzimir", "wladimir", "vladimer"},
      {"aleksei", "alexey", "alexei", "oleksiy", "oleksii", "aleksey", "alyaksei"},
      {"yevgeny", "evgeny", "evgeniy", "yevgeniy", "yevhen", "evgenii", "eugene", "ievgen"},
      {"georgy", "georgiy", "heorhiy", "george", "georgi", "georgii"},
      {"pavel", "pavlo", "paul", "paval"},
      {"petr", "pyotr", "petro", "peter", "piotr"},
      {"ivan", "ioann", "iwan"},
      {"grigory", "grigoriy", "hryhoriy", "gregory", "grigori"},
      {"ilya", "illia", "ilia", "illya"},
      {"yakov", "jakov", "yakiv", "jacob", "iakov"},
      {"maxim", "maksim", "maksym", "maxime"},
      {"viktor", "victor", "wiktor"},
      {"konstantin", "kostiantyn", "kanstantsin", "constantin"},
      {"yelena", "elena", "olena", "helena", "alena", "alyona"},
      {"natalya", "natalia", "nataliya", "natallia", "natalie"},
      {"tatyana", "tatiana", "tetiana", "tatsiana"},
      {"yulia", "yuliya", "iuliia", "julia", "yuliia"},
      {"olga", "olha", "volha"},
      {"fatima", "fatemeh", "fatemah", "fatma", "fatimah"},
      {"zahra", "zahraa", "zehra"},
      {"maryam", "mariam", "miriam", "mariyam", "meryem"},
      {"hezbollah", "hizballah", "hizbullah", "hizbollah"},
      {"qaida", "qaeda", "qaedah", "kaida"},
  };
  return kClasses;
}

struct Tables {
  std::unordered_set<std::string_view> honorifics;
  std::unordered_set<std::string_view> particles;
  std::unordered_set<std::string_view> legal_forms;
  std::unordered_map<std::string_view, std::string_view> canonical;

  Tables() {
    honorifics.insert(std::begin(kHonorifics), std::end(kHonorifics));
    particles.insert(std::begin(kParticles), std::end(kParticles));
    for (const auto& row : legal_form_classes()) {
      for (std::string_view spelling : row) {
        legal_forms.insert(spelling);
        canonical.emplace(spelling, row.front());
      }
    }
    for (const auto& row : given_name_classes()) {
      for (std::string_view spelling : row) canonical.emplace(spelling, row.front());
    }
  }
};

const Tables& tables() {
  static const Tables kTables;
  return kTables;
}

struct LegalFormPhrase {
  std::vector<std::string_view> words;
  std::string_view form;
};

// Longest first, so "open joint stock company" wins over "joint stock company".
const std::vector<LegalFormPhrase>& legal_form_phrases() {
  static const std::vector<LegalFormPhrase> kPhrases = {
      {{"sociedad", "anonima", "de", "capital", "variable"}, "sadecv"},
      {{"sociedad", "de", "responsabilidad", "limitada"}, "srl"},
      {{"open", "joint", "stock", "company"}, "ojsc"},
      {{"closed", "joint", "stock", "company"}, "cjsc"},
      {{"public", "joint", "stock", "company"}, "pjsc"},
      {{"private", "joint", "stock", "company"}, "pjsc"},
      {{"limited", "liability", "company"}, "llc"},
      {{"limited", "liability", "partnership"}, "llp"},
      {{"joint", "stock", "company"}, "jsc"},
      {{"public", "limited", "company"}, "plc"},
      {{"free", "zone", "establishment"}, "fze"},
      {{"free", "zone", "company"}, "fzco"},
      {{"societe", "anonyme"}, "sa"},
      {{"sociedad", "anonima"}, "sa"},
      {{"societa", "per", "azioni"}, "spa"},
      {{"s", "de", "rl"}, "srl"},
      {{"de", "cv"}, "cv"},
  };
  return kPhrases;
}

// Spellings of "Abd al-" at the start of a compound, longest first.
constexpr std::string_view kAbdPrefixes[] = {"abdoul", "abdool", "abdul", "abdel", "abdol", "abdal",
                                             "abdil",  "abdur",  "abdor", "abdu",  "abd"};

}  // namespace

bool is_abd_prefix(std::string_view token) {
  return std::find(std::begin(kAbdPrefixes), std::end(kAbdPrefixes), token) !=
         std::end(kAbdPrefixes);
}

std::string abd_compound_canonical(std::string_view token) {
  constexpr size_t kMinRest = 3;
  for (std::string_view prefix : kAbdPrefixes) {
    if (!token.starts_with(prefix) || token.size() < prefix.size() + kMinRest) continue;
    std::string_view rest = token.substr(prefix.size());
    // "abdurrahman": the article's assimilated consonant doubles the next one.
    if ((prefix == "abdur" || prefix == "abdor") && rest.starts_with('r')) rest.remove_prefix(1);
    return "abdal" + std::string(rest);
  }
  return {};
}

std::pair<size_t, std::string_view> legal_form_phrase(const std::vector<std::string>& tokens,
                                                      size_t at) {
  for (const LegalFormPhrase& phrase : legal_form_phrases()) {
    if (at + phrase.words.size() > tokens.size()) continue;
    bool same = true;
    for (size_t k = 0; k < phrase.words.size() && same; ++k) {
      same = tokens[at + k] == phrase.words[k];
    }
    if (same) return {phrase.words.size(), phrase.form};
  }
  return {0, {}};
}

TokenClass classify_token(std::string_view token) {
  for (char c : token) {
    if (std::isdigit(static_cast<unsigned char>(c))) return TokenClass::kNumber;
  }
  const Tables& t = tables();
  if (t.honorifics.contains(token)) return TokenClass::kHonorific;
  if (t.legal_forms.contains(token)) return TokenClass::kLegalForm;
  // "abdul" alone is the first half of a compound name ("Abdul Sattar"): dropping it, or
  // writing it joined, costs little.
  if (t.particles.contains(token) || is_abd_prefix(token)) return TokenClass::kParticle;
  return TokenClass::kName;
}

std::optional<std::string_view> canonical_token(std::string_view token) {
  const Tables& t = tables();
  const auto it = t.canonical.find(token);
  if (it == t.canonical.end()) return std::nullopt;
  return it->second;
}

bool is_legal_form(std::string_view joined) { return tables().legal_forms.contains(joined); }

}  // namespace vigil::match
