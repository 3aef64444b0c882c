// The lists in service for a running server: one immutable Screener that every request reads
// through a shared pointer, replaced whole by a reload. A request keeps the screener it started
// with, so a reload never fails or mixes a request; the old one is freed when its last request
// ends.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "server/entity_text_cache.h"
#include "vigil/result.h"
#include "vigil/screener.h"

namespace vigil::server {

// One screener with when and how it came into service.
struct ServedLists {
  std::shared_ptr<const Screener> screener;
  uint64_t generation = 0;  // 1 for the first lists, +1 per successful reload
  std::chrono::system_clock::time_point loaded_at;
  // Which version of each list answers: {"generation", "loaded_at", "datasets": [{"id",
  // "publication_date", "entities", "sha256"}]}, made once per load for every response.
  nlohmann::json lists;
  std::string lists_text;  // `lists` serialised
  // The yente entities of the parties answered so far, keyed by their first record
  // (yente_entities.h: a party of one record is that record).
  std::unique_ptr<EntityTextCache> yente_records = std::make_unique<EntityTextCache>();
};

struct ReloadOutcome {
  bool ok = false;
  uint64_t generation = 0;  // in service afterwards
  std::string message;      // why not, when !ok
  double seconds = 0;
};

class ScreenerHolder {
 public:
  using Loader = std::function<Result<std::shared_ptr<const Screener>>()>;

  // `loader` builds the lists for a reload (e.g. from the compiled snapshot or the files in
  // service); it runs outside any lock that requests take.
  explicit ScreenerHolder(Loader loader);

  // The lists in service; null before the first load. Lock-free for readers.
  [[nodiscard]] std::shared_ptr<const ServedLists> current() const {
    return current_.load(std::memory_order_acquire);
  }

  // Loads the lists with the loader and puts them in service. One reload at a time: a second
  // caller waits for the first. A failed load keeps the lists in service.
  ReloadOutcome reload();

  [[nodiscard]] uint64_t reloads_failed() const { return failed_.load(); }

  // Called after every reload, from the reloading thread (metrics, the log). Set it before the
  // first reload.
  void on_reload(std::function<void(const ReloadOutcome&)> observer) {
    observer_ = std::move(observer);
  }

 private:
  ReloadOutcome load_and_swap();

  Loader loader_;
  std::function<void(const ReloadOutcome&)> observer_;
  std::mutex reload_mutex_;
  std::atomic<std::shared_ptr<const ServedLists>> current_;
  std::atomic<uint64_t> failed_{0};
};

}  // namespace vigil::server
