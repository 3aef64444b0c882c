// Families of name variation the development deck lacks, generated from the real embedded lists:
// a customer record usually says more than the list (a middle name, an initial, a patronymic),
// says it familiarly (a nickname) or misspells a particle. Each family is built from every listed
// person whose name parts the list states, sampled evenly, and must be found at the default
// threshold in at least 97% of cases (issue #6's target). The cases are made by rules, never picked
// by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "sources/loader.h"
#include "vigil/screener.h"

namespace vigil {
namespace {

constexpr size_t kCasesPerFamily = 300;
constexpr double kMinRecall = 0.97;
constexpr size_t kMinCases = 60;

struct Person {
  std::string id;
  std::string given;
  std::string family;
};

// Splits on spaces.
std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The match is the record `id`, or the party of a record that stands for it.
bool names_record(const Match& m, const std::string& id) {
  if (m.entity->id == id) return true;
  return std::any_of(m.party_records.begin(), m.party_records.end(),
                     [&id](const PartyRecord& r) { return r.entity->id == id; });
}

bool plain_latin(const std::string& text) {
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || !(std::isalpha(u) || c == ' ' || c == '-' || c == '\'')) return false;
  }
  return !text.empty();
}

class NameFamiliesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = sources::load_sources(sources::default_source_paths());
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    for (const ParseOutput& output : loaded.value()) {
      for (const Entity& e : output.entities) collect(e);
    }
    screener_ = Screener::build(std::move(loaded.value())).value();
  }
  static void TearDownTestSuite() { screener_.reset(); }

  // A person whose primary name states a given and a family name, in plain Latin letters.
  static void collect(const Entity& e) {
    if (e.schema != Schema::kPerson) return;
    const Name* name = e.primary_name();
    if (name == nullptr) return;
    const NameParts& parts = name->parts;
    if (!parts.middle.empty() || !parts.patronymic.empty()) return;
    if (!plain_latin(parts.given) || !plain_latin(parts.family)) return;
    if (words(parts.given).size() != 1 || words(parts.family).empty()) return;
    persons_.push_back({e.id, parts.given, parts.family});
  }

  // Recall of `family`: each sampled person's query made by `vary` must return the person at
  // or above the default threshold. `vary` returns "" to skip a person.
  static double recall(const std::string& family,
                       const std::function<std::string(const Person&, size_t)>& vary) {
    std::vector<std::pair<size_t, std::string>> eligible;
    for (size_t k = 0; k < persons_.size(); ++k) {
      std::string query_name = vary(persons_[k], k);
      if (!query_name.empty()) eligible.emplace_back(k, std::move(query_name));
    }
    size_t cases = 0, found = 0;
    const size_t step = std::max<size_t>(1, eligible.size() / kCasesPerFamily);
    for (size_t e = 0; e < eligible.size() && cases < kCasesPerFamily; e += step) {
      const auto& [k, query_name] = eligible[e];
      ++cases;
      Query q;
      q.name = query_name;
      q.schema = Schema::kPerson;
      q.limit = 50;
      auto result = screener_->screen(q);
      EXPECT_TRUE(result.ok()) << query_name;
      if (!result.ok()) continue;
      bool hit = false;
      for (const Match& m : result->matches) {
        hit = hit || (m.is_match && names_record(m, persons_[k].id));
      }
      found += hit ? 1 : 0;
      if (!hit) std::cerr << family << " missed: " << query_name << " (" << persons_[k].id << ")\n";
    }
    EXPECT_GE(cases, kMinCases) << family;
    const double r = cases == 0 ? 0 : static_cast<double>(found) / static_cast<double>(cases);
    std::cerr << family << ": " << found << " of " << cases << " found, recall " << r << "\n";
    return r;
  }

  static std::shared_ptr<const Screener> screener_;
  static std::vector<Person> persons_;
};
std::shared_ptr<const Screener> NameFamiliesTest::screener_;
std::vector<Person> NameFamiliesTest::persons_;

// Common given names of the communities the lists name most, used as inserted middle names.
const std::vector<std::string> kMiddleNames = {"Mohammad", "Ali",   "Reza",  "Ahmad", "Hassan",
                                               "Omar",     "Ivan",  "Maria", "John",  "Karim",
                                               "Yusuf",    "Pavel", "Jose",  "Anna",  "Said"};

TEST_F(NameFamiliesTest, ExtraMiddleNameInTheQuery) {
  const double r = recall("extra_middle_name", [](const Person& p, size_t k) {
    return p.given + " " + kMiddleNames[k % kMiddleNames.size()] + " " + p.family;
  });
  EXPECT_GE(r, kMinRecall);
}

TEST_F(NameFamiliesTest, MiddleInitialInTheQuery) {
  const double r = recall("middle_initial", [](const Person& p, size_t k) {
    const char initial = static_cast<char>('A' + (k % 26));
    return p.given + " " + std::string(1, initial) + ". " + p.family;
  });
  EXPECT_GE(r, kMinRecall);
}

// A patronymic (Slavic -ovich/-ovna) or an Arabic lineage (bin/ibn + the father's name).
TEST_F(NameFamiliesTest, PatronymicInTheQuery) {
  const std::vector<std::string> patronymics = {"Ivanovich", "Sergeyevich", "Alievich",
                                                "Petrovna",  "bin Ahmad",   "ibn Khalid",
                                                "Olegovich", "Hasanovich",  "bin Abdullah"};
  const double r = recall("patronymic", [&patronymics](const Person& p, size_t k) {
    return p.given + " " + patronymics[k % patronymics.size()] + " " + p.family;
  });
  EXPECT_GE(r, kMinRecall);
}

// A familiar form for the given name, from data/names/nicknames.tsv: the persons whose given
// name has one.
TEST_F(NameFamiliesTest, NicknameForTheGivenName) {
  std::map<std::string, std::string> nickname_of;
  std::ifstream in(std::string(VIGIL_SOURCE_DATA_DIR) + "/names/nicknames.tsv");
  ASSERT_TRUE(in.good());
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string first = line.substr(tab + 1);
    first = first.substr(0, first.find(','));
    while (!first.empty() && first.front() == ' ') first.erase(0, 1);
    nickname_of.emplace(line.substr(0, tab), first);
  }
  const double r = recall("nickname", [&nickname_of](const Person& p, size_t) {
    std::string given;
    for (const char c : p.given) given += static_cast<char>(std::tolower(c));
    const auto it = nickname_of.find(given);
    return it == nickname_of.end() ? std::string() : it->second + " " + p.family;
  });
  EXPECT_GE(r, kMinRecall);
}

// One typo in a particle of two to four letters that begins the family name ("AL-ASSAD" as
// "Al Asasd" is the other family: this one is "Xl Assad", "Bni Ladin", "Abou" as "Aobu"): a
// letter swapped, dropped, changed or doubled, by the case's number. Only persons whose
// unchanged name is found count: a name that does not match itself (a kunya alone is weak
// evidence) measures another rule.
std::string misspelt(const std::string& particle, size_t k) {
  const size_t at = k % particle.size();
  switch ((k / 7) % 4) {
    case 0:  // swapped
      if (particle.size() < 2) return {};
      return at + 1 < particle.size()
                 ? particle.substr(0, at) + particle[at + 1] + particle[at] +
                       particle.substr(at + 2)
                 : particle.substr(0, at - 1) + particle[at] + particle[at - 1];
    case 1:  // dropped
      return particle.size() < 3 ? std::string() : particle.substr(0, at) + particle.substr(at + 1);
    case 2: {  // changed
      char letter = static_cast<char>('a' + (k * 7) % 26);
      if (letter == particle[at]) letter = letter == 'z' ? 'a' : static_cast<char>(letter + 1);
      return particle.substr(0, at) + letter + particle.substr(at + 1);
    }
    default:  // doubled
      return particle.substr(0, at + 1) + particle[at] + particle.substr(at + 1);
  }
}

TEST_F(NameFamiliesTest, TypoInAParticleOfTheFamilyName) {
  static const std::vector<std::string> kParticles = {"al",  "el",   "bin",  "ben",  "ibn",
                                                      "abu", "abou", "ould", "bint", "umm"};
  const auto found_unchanged = [](const Person& p) {
    Query q;
    q.name = p.given + " " + p.family;
    q.schema = Schema::kPerson;
    q.limit = 50;
    const auto result = screener_->screen(q);
    if (!result.ok()) return false;
    return std::any_of(result->matches.begin(), result->matches.end(),
                       [&p](const Match& m) { return m.is_match && names_record(m, p.id); });
  };
  const double r = recall("particle_typo", [&found_unchanged](const Person& p, size_t k) {
    std::string family = p.family;
    std::replace(family.begin(), family.end(), '-', ' ');
    const std::vector<std::string> parts = words(family);
    if (parts.size() < 2) return std::string();
    std::string particle;
    for (const char c : parts.front()) particle += static_cast<char>(std::tolower(c));
    if (std::find(kParticles.begin(), kParticles.end(), particle) == kParticles.end()) {
      return std::string();
    }
    const std::string changed = misspelt(particle, k);
    if (changed.empty() || changed == particle || !found_unchanged(p)) return std::string();
    std::string query = p.given + " " + changed;
    for (size_t i = 1; i < parts.size(); ++i) query += " " + parts[i];
    return query;
  });
  EXPECT_GE(r, kMinRecall);
}

}  // namespace
}  // namespace vigil
