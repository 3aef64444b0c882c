#include "brute_force_jaro_winkler.h"

#include <algorithm>
#include <cctype>

namespace vigil::bench {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

double jaro_winkler(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a == b ? 1.0 : 0.0;
  const size_t window =
      std::max(a.size(), b.size()) / 2 - (std::max(a.size(), b.size()) >= 2 ? 1 : 0);
  std::vector<char> a_matched(a.size(), 0), b_matched(b.size(), 0);
  size_t matches = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t from = i > window ? i - window : 0;
    const size_t to = std::min(b.size(), i + window + 1);
    for (size_t j = from; j < to; ++j) {
      if (b_matched[j] || a[i] != b[j]) continue;
      a_matched[i] = b_matched[j] = 1;
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0.0;
  size_t transpositions = 0;
  for (size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_matched[i]) continue;
    while (!b_matched[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  const double m = static_cast<double>(matches);
  const double jaro = (m / a.size() + m / b.size() + (m - transpositions / 2.0) / m) / 3.0;
  size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

BruteForceScreener::BruteForceScreener(const std::vector<ListName>& names) {
  for (const ListName& n : names) {
    lower_names_.push_back(lower(n.name));
    entity_of_.push_back(n.entity);
    entity_count_ = std::max(entity_count_, n.entity + 1);
  }
}

std::vector<std::pair<double, uint32_t>> BruteForceScreener::screen(std::string_view query,
                                                                    size_t limit) const {
  const std::string q = lower(query);
  std::vector<double> best(entity_count_, 0.0);
  for (size_t i = 0; i < lower_names_.size(); ++i) {
    const double score = jaro_winkler(q, lower_names_[i]);
    best[entity_of_[i]] = std::max(best[entity_of_[i]], score);
  }
  std::vector<std::pair<double, uint32_t>> out;
  for (uint32_t e = 0; e < entity_count_; ++e) {
    if (best[e] > 0.8) out.emplace_back(best[e], e);
  }
  std::sort(out.begin(), out.end(), std::greater<>());
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace vigil::bench
