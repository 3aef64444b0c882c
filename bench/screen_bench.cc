// Google Benchmark micro-benchmarks on the real embedded lists: load, single screen,
// brute-force Jaro-Winkler baseline, normalisation, party grouping.
#include <benchmark/benchmark.h>

#include "brute_force_jaro_winkler.h"
#include "party/party_grouping.h"
#include "query_set.h"
#include "sources/loader.h"
#include "text/normalise.h"
#include "vigil/screener.h"

namespace {

struct Fixture {
  std::vector<vigil::ParseOutput> datasets;
  std::shared_ptr<const vigil::Screener> screener;
  std::vector<vigil::bench::BenchQuery> queries;
};

const Fixture& fixture() {
  static const Fixture kFixture = [] {
    Fixture f;
    f.datasets = vigil::sources::load_sources(vigil::sources::default_source_paths()).value();
    f.queries = vigil::bench::make_queries(f.datasets, 10000);
    f.screener = vigil::Screener::build(f.datasets).value();
    return f;
  }();
  return kFixture;
}

void BM_LoadDefaultLists(benchmark::State& state) {
  for (auto _ : state) {
    auto loaded = vigil::sources::load_sources(vigil::sources::default_source_paths());
    auto screener = vigil::Screener::build(std::move(loaded.value()));
    benchmark::DoNotOptimize(screener);
  }
}
BENCHMARK(BM_LoadDefaultLists)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ScreenOne(benchmark::State& state) {
  const Fixture& f = fixture();
  size_t i = 0;
  for (auto _ : state) {
    vigil::Query query;
    query.name = f.queries[i].name;
    query.schema = f.queries[i].schema;
    auto result = f.screener->screen(query);
    benchmark::DoNotOptimize(result);
    i = (i + 1) % f.queries.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_ScreenOne)->Unit(benchmark::kMicrosecond);

void BM_BruteForceJaroWinkler(benchmark::State& state) {
  const Fixture& f = fixture();
  static const vigil::bench::BruteForceScreener kBrute(vigil::bench::all_names(f.datasets));
  size_t i = 0;
  for (auto _ : state) {
    auto result = kBrute.screen(f.queries[i].name);
    benchmark::DoNotOptimize(result);
    i = (i + 1) % f.queries.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_BruteForceJaroWinkler)->Unit(benchmark::kMillisecond);

// Every loaded record grouped into parties (src/party/), on the screener's entities as
// `vigil party` groups them. ICU's transliterators are already built by then.
void BM_GroupParties(benchmark::State& state) {
  const Fixture& f = fixture();
  const auto entities = f.screener->entities();
  for (auto _ : state) benchmark::DoNotOptimize(vigil::party::group_parties(entities));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * entities.size()));
}
BENCHMARK(BM_GroupParties)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void BM_NormaliseName(benchmark::State& state) {
  const Fixture& f = fixture();
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(vigil::text::normalise_name(f.queries[i].name));
    i = (i + 1) % f.queries.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_NormaliseName);

void BM_NormaliseArabicScript(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(vigil::text::normalise_name("اسماعیل خطیب"));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_NormaliseArabicScript);

}  // namespace

BENCHMARK_MAIN();
