#include "server/screener_holder.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <exception>

namespace vigil::server {

namespace {

// The files' hashes in one: a dataset loaded from several files (OFAC's CSV set) is still one
// version.
std::string files_sha256(const DatasetInfo& info) {
  if (info.files.size() == 1) return info.files.front().sha256;
  std::string joined;
  for (const SourceFile& file : info.files) joined += (joined.empty() ? "" : ",") + file.sha256;
  return joined;
}

nlohmann::json lists_summary(const Screener& screener, uint64_t generation,
                             std::chrono::system_clock::time_point loaded_at) {
  nlohmann::json datasets = nlohmann::json::array();
  for (const DatasetInfo& info : screener.datasets()) {
    datasets.push_back({{"id", info.id},
                        {"publication_date", info.publication_date},
                        {"entities", info.entity_count},
                        {"sha256", files_sha256(info)}});
  }
  return {
      {"generation", generation},
      {"loaded_at", fmt::format("{:%FT%TZ}", std::chrono::floor<std::chrono::seconds>(loaded_at))},
      {"datasets", std::move(datasets)}};
}

}  // namespace

ScreenerHolder::ScreenerHolder(Loader loader) : loader_(std::move(loader)) {}

ReloadOutcome ScreenerHolder::reload() {
  const std::lock_guard lock(reload_mutex_);
  ReloadOutcome outcome = load_and_swap();
  if (observer_) observer_(outcome);
  return outcome;
}

ReloadOutcome ScreenerHolder::load_and_swap() {
  const auto start = std::chrono::steady_clock::now();
  ReloadOutcome outcome;
  const auto previous = current();
  outcome.generation = previous ? previous->generation : 0;
  Result<std::shared_ptr<const Screener>> loaded = make_error(ErrorCode::kInternal, "not loaded");
  try {
    loaded = loader_();
  } catch (const std::exception& e) {
    loaded = make_error(ErrorCode::kInternal, e.what());
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!loaded.ok() || loaded.value() == nullptr) {
    ++failed_;
    outcome.message = loaded.ok() ? "the loader returned no lists" : loaded.error().to_string();
    return outcome;
  }
  auto served = std::make_shared<ServedLists>();
  served->screener = std::move(loaded.value());
  served->generation = outcome.generation + 1;
  served->loaded_at = std::chrono::system_clock::now();
  served->lists = lists_summary(*served->screener, served->generation, served->loaded_at);
  served->lists_text = served->lists.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  current_.store(std::move(served), std::memory_order_release);
  outcome.ok = true;
  outcome.generation += 1;
  return outcome;
}

}  // namespace vigil::server
