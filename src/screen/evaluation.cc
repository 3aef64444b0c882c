#include "screen/evaluation.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <unordered_set>

namespace vigil::screen {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (true) {
    const size_t tab = line.find('\t', at);
    out.push_back(line.substr(at, tab == std::string_view::npos ? line.npos : tab - at));
    if (tab == std::string_view::npos) return out;
    at = tab + 1;
  }
}

Schema schema_from_deck(std::string_view type) {
  return parse_schema(type).value_or(Schema::kUnknown);
}

bool is_expected(const Entity& entity, const DeckCase& c, const std::string& dataset) {
  return entity.dataset == dataset && entity.source_id == c.expected_source_id;
}

CaseOutcome run_case(const Screener& screener, const DeckCase& c, double threshold,
                     const std::string& dataset) {
  CaseOutcome outcome;
  outcome.deck_case = &c;
  Query query;
  query.name = c.query;
  query.schema = c.schema;
  query.threshold = threshold;
  query.limit = 20;
  query.min_score = 0.3;
  const auto result = screener.screen(query);
  if (!result.ok() || result->matches.empty()) return outcome;
  const Match& top = result->matches.front();
  outcome.top_score = top.score;
  outcome.top_entity = top.entity->id;
  outcome.top_name = top.matched_name;
  for (const Match& m : result->matches) {
    if (!c.positive) break;
    bool found = is_expected(*m.entity, c, dataset);
    for (const PartyRecord& record : m.party_records) {
      found = found || is_expected(*record.entity, c, dataset);
    }
    if (found) outcome.expected_score = std::max(outcome.expected_score, m.score);
  }
  return outcome;
}

// A case "alerts" at t when its best result reaches t; the alert is right when the case is
// positive and the expected entity reaches t.
CurvePoint curve_point(const std::vector<CaseOutcome>& outcomes, double t) {
  size_t positives = 0, found = 0, negatives = 0, false_alerts = 0, alerting = 0, correct = 0;
  for (const CaseOutcome& o : outcomes) {
    if (o.absent) continue;
    const bool alert = o.top_score >= t;
    alerting += alert ? 1 : 0;
    if (o.deck_case->positive) {
      ++positives;
      const bool hit = o.expected_score >= t;
      found += hit ? 1 : 0;
      correct += hit ? 1 : 0;
    } else {
      ++negatives;
      false_alerts += alert ? 1 : 0;
    }
  }
  CurvePoint point;
  point.threshold = t;
  point.recall = positives == 0 ? 0 : double(found) / double(positives);
  point.false_alert_rate = negatives == 0 ? 0 : double(false_alerts) / double(negatives);
  point.precision = alerting == 0 ? 1 : double(correct) / double(alerting);
  return point;
}

std::vector<CalibrationBand> calibration(const std::vector<CaseOutcome>& outcomes) {
  static constexpr double kEdges[] = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0};
  std::vector<CalibrationBand> bands;
  for (size_t b = 0; b + 1 < std::size(kEdges); ++b) bands.push_back({kEdges[b], kEdges[b + 1]});
  bands.back().high = 1.0 + 1e-9;  // the last band includes 1.0
  for (const CaseOutcome& o : outcomes) {
    if (o.absent) continue;
    for (CalibrationBand& band : bands) {
      if (o.top_score < band.low || o.top_score >= band.high) continue;
      ++band.cases;
      const bool right =
          o.deck_case->positive && o.expected_score == o.top_score && o.expected_score > 0;
      band.right += right ? 1 : 0;
    }
  }
  bands.back().high = 1.0;
  return bands;
}

}  // namespace

Result<std::vector<DeckCase>> parse_deck(std::string_view tsv, const std::string& path) {
  std::vector<DeckCase> deck;
  long line_number = 0;
  size_t at = 0;
  while (at < tsv.size()) {
    size_t end = tsv.find('\n', at);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line_number == 1) continue;  // header
    const auto fields = split_tabs(line);
    if (fields.size() < 5) {
      return make_error(
          ErrorCode::kMalformed,
          "expected at least 5 tab-separated fields, found " + std::to_string(fields.size()),
          {path, line_number, ""});
    }
    DeckCase c;
    c.case_id = std::string(fields[0]);
    if (fields[1] != "pos" && fields[1] != "neg") {
      return make_error(ErrorCode::kMalformed, "kind must be pos or neg",
                        {path, line_number, "kind"});
    }
    c.positive = fields[1] == "pos";
    c.family = std::string(fields[2]);
    c.query = std::string(fields[3]);
    c.schema = schema_from_deck(fields[4]);
    if (fields.size() > 5) c.expected_source_id = std::string(fields[5]);
    if (c.positive && c.expected_source_id.empty()) {
      return make_error(ErrorCode::kMalformed, "positive case without expected id",
                        {path, line_number, "expected_ent_num"});
    }
    c.line = line_number;
    deck.push_back(std::move(c));
  }
  return deck;
}

EvalReport evaluate(const Screener& screener, const std::vector<DeckCase>& deck, double threshold,
                    const std::string& expected_dataset, const Progress& progress) {
  const auto start = std::chrono::steady_clock::now();
  EvalReport report;
  report.threshold = threshold;
  report.outcomes.resize(deck.size());
  std::unordered_set<std::string> listed;
  for (const auto& entity : screener.entities()) {
    if (entity->dataset == expected_dataset) listed.insert(entity->source_id);
  }
  std::atomic<size_t> done{0};
  tbb::parallel_for(size_t{0}, deck.size(), [&](size_t i) {
    report.outcomes[i] = run_case(screener, deck[i], threshold, expected_dataset);
    report.outcomes[i].absent = deck[i].positive && !listed.contains(deck[i].expected_source_id);
    const size_t now = ++done;
    if (progress && (now % 100 == 0 || now == deck.size())) progress(now, deck.size());
  });

  std::map<std::pair<bool, std::string>, FamilyStats> families;
  for (const CaseOutcome& o : report.outcomes) {
    const DeckCase& c = *o.deck_case;
    if (o.absent) {
      ++report.absent;
      continue;
    }
    FamilyStats& f = families[{!c.positive, c.family}];
    f.family = c.family;
    f.positive = c.positive;
    ++f.cases;
    FamilyStats& all = c.positive ? report.positives : report.negatives;
    ++all.cases;
    const bool hit = c.positive ? o.expected_score >= threshold : o.top_score >= threshold;
    f.hits += hit ? 1 : 0;
    all.hits += hit ? 1 : 0;
  }
  for (auto& [key, stats] : families) report.families.push_back(stats);
  report.precision = curve_point(report.outcomes, threshold).precision;
  for (int step = 10; step <= 20; ++step) {
    report.curve.push_back(curve_point(report.outcomes, step * 0.05));
  }
  report.calibration = calibration(report.outcomes);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace vigil::screen
