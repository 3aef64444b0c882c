// Measures matching quality on a test deck: recall per family of name variation, false-alert
// rate per family of placebo names, precision/recall over thresholds. The deck format is a
// TSV with header case_id, kind (pos|neg), family, query, type, expected_ent_num.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/screener.h"

namespace vigil::screen {

struct DeckCase {
  std::string case_id;
  bool positive = false;
  std::string family;
  std::string query;
  Schema schema = Schema::kUnknown;
  std::string expected_source_id;  // the list's own id of the expected entity (pos only)
  long line = 0;
};

// Parses a deck; malformed lines are errors naming the line.
Result<std::vector<DeckCase>> parse_deck(std::string_view tsv, const std::string& path);

struct CaseOutcome {
  const DeckCase* deck_case = nullptr;
  double expected_score = 0;  // pos: the expected entity's score (0 if not returned)
  bool absent = false;        // pos: the expected entity is not in the loaded lists (not counted)
  double top_score = 0;       // the best score of any result
  std::string top_entity;     // id of the best result
  std::string top_name;
};

struct FamilyStats {
  std::string family;
  bool positive = false;
  size_t cases = 0;
  size_t hits = 0;  // pos: found at or above threshold; neg: raised any alert
  [[nodiscard]] double rate() const { return cases == 0 ? 0 : double(hits) / double(cases); }
};

struct CurvePoint {
  double threshold = 0;
  double recall = 0;
  double false_alert_rate = 0;  // share of negative cases with any alert
  double precision = 0;         // share of alerting cases whose alert was the expected entity
};

// What a score means on this deck: of the cases whose best result scored in [low, high), how
// many had the right party on top (a positive case, its expected entity first). Depends on the
// deck's mix of positives and placebos; read it as calibration, not as a promise.
struct CalibrationBand {
  double low = 0;
  double high = 0;
  size_t cases = 0;
  size_t right = 0;
  [[nodiscard]] double precision() const { return cases == 0 ? 0 : double(right) / double(cases); }
};

struct EvalReport {
  double threshold = 0;
  std::vector<FamilyStats> families;  // positives first, then negatives, by name
  FamilyStats positives{"all positives", true};
  FamilyStats negatives{"all negatives", false};
  double precision = 0;
  std::vector<CurvePoint> curve;
  std::vector<CalibrationBand> calibration;  // score bands from 0.5 up
  std::vector<CaseOutcome> outcomes;         // every case, deck order
  size_t absent = 0;  // positives whose expected entity is not in the loaded lists (skipped)
  double seconds = 0;
};

using Progress = std::function<void(size_t done, size_t total)>;

// Screens every case (in parallel) and computes the report. An expected entity is the record
// of `expected_dataset` with the case's source id; a result finds it when it is that record or
// names it among its party's records (one result per party). Positives whose expected record
// is not in the loaded lists (a deck built from an older list, screened against today's) are
// skipped and counted in `absent`.
EvalReport evaluate(const Screener& screener, const std::vector<DeckCase>& deck, double threshold,
                    const std::string& expected_dataset, const Progress& progress = {});

}  // namespace vigil::screen
