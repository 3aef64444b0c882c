// vigil_macro_bench: the figures of docs/performance.md, as a table a person can compare
// between commits. Usage: vigil_macro_bench [--queries N] [--batch-rows N]
//                         [--write-batch-csv PATH N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <ostream>
#include <streambuf>
#include <string>

#include "brute_force_jaro_winkler.h"
#include "query_set.h"
#include "screen/batch.h"
#include "sources/loader.h"
#include "vigil/screener.h"

namespace {

using Clock = std::chrono::steady_clock;
using vigil::bench::BenchQuery;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

class NullBuffer : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

std::vector<vigil::ParseOutput> load_default() {
  auto loaded = vigil::sources::load_sources(vigil::sources::default_source_paths());
  if (!loaded.ok()) {
    std::fprintf(stderr, "cannot load lists: %s\n", loaded.error().to_string().c_str());
    std::exit(3);
  }
  return std::move(loaded.value());
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const size_t at = std::min(values.size() - 1, static_cast<size_t>(p * values.size()));
  return values[at];
}

void write_batch_csv(const std::vector<BenchQuery>& queries, const std::string& path) {
  std::ofstream out(path);
  out << "id,name,type\n";
  for (size_t i = 0; i < queries.size(); ++i) {
    std::string name = queries[i].name;
    std::erase(name, '"');
    out << i << ",\"" << name << "\"," << vigil::to_string(queries[i].schema) << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  size_t query_count = 10000;
  size_t show_slowest = 0;
  size_t brute_sample = 300;
  size_t batch_rows = 100000;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--queries") == 0)
      query_count = std::stoul(argv[++i]);
    else if (std::strcmp(argv[i], "--batch-rows") == 0)
      batch_rows = std::stoul(argv[++i]);
    else if (std::strcmp(argv[i], "--slowest") == 0)
      show_slowest = std::stoul(argv[++i]);
    else if (std::strcmp(argv[i], "--brute-sample") == 0)
      brute_sample = std::stoul(argv[++i]);
    else if (std::strcmp(argv[i], "--write-batch-csv") == 0 && i + 2 < argc) {
      const std::string path = argv[++i];
      const size_t rows = std::stoul(argv[++i]);
      write_batch_csv(vigil::bench::make_queries(load_default(), rows), path);
      return 0;
    }
  }

  // Load: parse and index, median of three.
  std::vector<double> parse_times, index_times;
  std::shared_ptr<const vigil::Screener> screener;
  std::vector<vigil::ParseOutput> datasets;
  for (int run = 0; run < 3; ++run) {
    auto start = Clock::now();
    std::vector<vigil::ParseOutput> loaded = load_default();
    parse_times.push_back(seconds_since(start));
    datasets = loaded;
    start = Clock::now();
    screener = vigil::Screener::build(std::move(loaded)).value();
    index_times.push_back(seconds_since(start));
  }
  const double parse = percentile(parse_times, 0.5);
  const double index = percentile(index_times, 0.5);

  const std::vector<BenchQuery> queries = vigil::bench::make_queries(datasets, query_count);
  // Single core, every query once (cold per-thread caches), then a second, warm pass.
  std::vector<double> latencies;
  latencies.reserve(queries.size());
  size_t alerts = 0;
  auto start = Clock::now();
  for (const BenchQuery& q : queries) {
    vigil::Query query;
    query.name = q.name;
    query.schema = q.schema;
    const auto t = Clock::now();
    const auto result = screener->screen(query);
    latencies.push_back(seconds_since(t));
    if (result.ok() && !result->matches.empty() && result->matches.front().is_match) ++alerts;
  }
  const double cold = seconds_since(start);
  if (show_slowest > 0) {
    std::vector<size_t> order(queries.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return latencies[a] > latencies[b]; });
    for (size_t k = 0; k < std::min(show_slowest, order.size()); ++k) {
      std::fprintf(stderr, "%8.1f us  %s\n", latencies[order[k]] * 1e6,
                   queries[order[k]].name.c_str());
    }
  }
  start = Clock::now();
  for (const BenchQuery& q : queries) {
    vigil::Query query;
    query.name = q.name;
    query.schema = q.schema;
    (void)screener->screen(query);
  }
  const double warm = seconds_since(start);

  // Brute-force Jaro-Winkler over every name, on a sample of the same queries.
  const vigil::bench::BruteForceScreener brute(vigil::bench::all_names(datasets));
  const size_t sample = std::max<size_t>(1, std::min(brute_sample, queries.size()));
  start = Clock::now();
  for (size_t i = 0; i < sample; ++i) (void)brute.screen(queries[i].name);
  const double brute_per_query = seconds_since(start) / sample;

  // Batch on every core.
  std::vector<vigil::screen::BatchRow> rows;
  const std::vector<BenchQuery> batch_queries = vigil::bench::make_queries(datasets, batch_rows, 7);
  for (size_t i = 0; i < batch_queries.size(); ++i) {
    vigil::screen::BatchRow row;
    row.id = std::to_string(i);
    row.query.name = batch_queries[i].name;
    row.query.schema = batch_queries[i].schema;
    rows.push_back(std::move(row));
  }
  NullBuffer null_buffer;
  std::ostream null_stream(&null_buffer);
  const auto summary = vigil::screen::run_batch(*screener, rows, {}, null_stream);

  const double per_core = queries.size() / cold;
  std::printf("| measure | value |\n|---|---|\n");
  std::printf("| lists | %zu entities, %zu names, %zu datasets |\n", screener->entity_count(),
              screener->name_count(), screener->datasets().size());
  std::printf("| load: parse default lists (median of 3) | %.3f s |\n", parse);
  std::printf("| load: build index (median of 3) | %.3f s |\n", index);
  std::printf("| load: total | %.3f s |\n", parse + index);
  std::printf("| queries | %zu (%zu raised an alert at the default threshold) |\n", queries.size(),
              alerts);
  std::printf("| single core, first pass: screens/s | %.0f |\n", per_core);
  std::printf("| single core, second pass (warm caches): screens/s | %.0f |\n",
              queries.size() / warm);
  std::printf("| latency p50 | %.1f us |\n", percentile(latencies, 0.50) * 1e6);
  std::printf("| latency p90 | %.1f us |\n", percentile(latencies, 0.90) * 1e6);
  std::printf("| latency p99 | %.1f us |\n", percentile(latencies, 0.99) * 1e6);
  std::printf("| latency max | %.1f us |\n", percentile(latencies, 1.0) * 1e6);
  std::printf("| brute-force Jaro-Winkler scan: screens/s (single core, %zu queries) | %.1f |\n",
              sample, 1.0 / brute_per_query);
  std::printf("| speed-up over brute force | %.0fx |\n", per_core * brute_per_query);
  std::printf(
      "| batch of %zu rows on all cores (run_batch, JSON built, output discarded) | "
      "%.2f s, %.0f rows/s |\n",
      summary.rows, summary.seconds, summary.rows / summary.seconds);
  return 0;
}
