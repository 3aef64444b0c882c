#include "query_set.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace vigil::bench {
namespace {

// splitmix64: portable, fixed output for a seed (std distributions differ between libraries).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }

 private:
  uint64_t state_;
};

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

// One typist's slip on an ASCII letter (a byte of a multi-byte UTF-8 letter is never touched,
// so the query stays valid UTF-8).
std::string typo(std::string name, Random& random) {
  if (name.size() < 3) return name;
  const auto ascii = [&name](size_t i) { return static_cast<unsigned char>(name[i]) < 0x80; };
  size_t at = 1 + random.below(name.size() - 2);
  for (size_t tries = 0; tries < name.size() && !(ascii(at) && ascii(at - 1)); ++tries) {
    at = at + 1 < name.size() ? at + 1 : 1;
  }
  if (!ascii(at) || !ascii(at - 1)) return name;
  switch (random.below(3)) {
    case 0: name[at] = static_cast<char>('a' + random.below(26)); break;
    case 1: name.erase(at, 1); break;
    default: std::swap(name[at], name[at - 1]); break;
  }
  return name;
}

std::string romanisation_swap(std::string name) {
  static const std::pair<std::string, std::string> kSwaps[] = {{"ou", "u"},
                                                               {"OU", "U"},
                                                               {"ee", "i"},
                                                               {"EE", "I"},
                                                               {"kh", "h"},
                                                               {"KH", "H"},
                                                               {"Mohammad", "Muhammad"},
                                                               {"MOHAMMAD", "MUHAMMAD"},
                                                               {"y", "i"},
                                                               {"Y", "I"}};
  for (const auto& [from, to] : kSwaps) {
    const size_t at = name.find(from);
    if (at != std::string::npos) return name.replace(at, from.size(), to);
  }
  return name;
}

std::string vary(const std::string& name, Random& random) {
  std::vector<std::string> parts = words(name);
  switch (random.below(6)) {
    case 0: return name;
    case 1:
      if (parts.size() > 1) std::rotate(parts.begin(), parts.begin() + 1, parts.end());
      return join(parts);
    case 2: return typo(name, random);
    case 3:
      if (parts.size() > 2) parts.erase(parts.begin() + 1);
      return join(parts);
    case 4: {
      std::string lower = name;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return lower;
    }
    default: return romanisation_swap(name);
  }
}

}  // namespace

std::vector<ListName> all_names(const std::vector<ParseOutput>& datasets) {
  std::vector<ListName> out;
  uint32_t entity = 0;
  for (const ParseOutput& d : datasets) {
    for (const Entity& e : d.entities) {
      for (const Name& n : e.names) out.push_back({n.full, entity});
      ++entity;
    }
  }
  return out;
}

std::vector<BenchQuery> make_queries(const std::vector<ParseOutput>& datasets, size_t count,
                                     uint64_t seed) {
  std::vector<const Entity*> people, others;
  for (const ParseOutput& d : datasets) {
    for (const Entity& e : d.entities) {
      if (e.names.empty()) continue;
      (e.schema == Schema::kPerson ? people : others).push_back(&e);
    }
  }
  static const char* kOrgWords[] = {
      "Global", "Trading",  "Pacific", "Star",     "Golden", "Sun",    "Logistics", "Energy",
      "Marine", "Holdings", "Textile", "Crescent", "Delta",  "Orient", "Summit",    "Atlas"};
  static const char* kForms[] = {"LLC", "Ltd", "Co.", "GmbH", "S.A.", "FZE", "JSC"};
  Random random(seed);
  std::vector<BenchQuery> queries;
  queries.reserve(count);
  while (queries.size() < count && !people.empty() && !others.empty()) {
    const size_t kind = random.below(10);
    if (kind < 6) {
      const bool person = random.below(3) != 0;
      const Entity& e =
          person ? *people[random.below(people.size())] : *others[random.below(others.size())];
      const Name& n = e.names[random.below(e.names.size())];
      queries.push_back({vary(n.full, random), e.schema});
    } else if (kind < 9) {
      const Name& a = people[random.below(people.size())]->names.front();
      const Name& b = people[random.below(people.size())]->names.front();
      const std::string given = a.parts.given.empty() ? words(a.full).front() : a.parts.given;
      const std::string family = b.parts.family.empty() ? words(b.full).back() : b.parts.family;
      queries.push_back({given + " " + family, Schema::kPerson});
    } else {
      std::string name = std::string(kOrgWords[random.below(std::size(kOrgWords))]) + " " +
                         kOrgWords[random.below(std::size(kOrgWords))] + " " +
                         kForms[random.below(std::size(kForms))];
      queries.push_back({std::move(name), Schema::kOrganization});
    }
  }
  return queries;
}

}  // namespace vigil::bench
