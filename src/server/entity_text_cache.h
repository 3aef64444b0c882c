// Serialised JSON of entities, made on first use and kept for the lists it was made from: an
// entity's yente record is the same in every answer until the lists change, and building it
// (FollowTheMoney properties, then the text) costs more than screening the name that found it.
// Thread-safe: sharded maps behind their own mutexes. Bounded: past `capacity` entries a text is
// made but not kept.
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "vigil/entity.h"

namespace vigil::server {

class EntityTextCache {
 public:
  explicit EntityTextCache(size_t capacity = 50000) : capacity_(capacity) {}

  // The text for `entity`, made with `make` when not cached.
  std::string get(const Entity& entity, const std::function<std::string(const Entity&)>& make);

  [[nodiscard]] size_t size() const { return size_.load(std::memory_order_relaxed); }

 private:
  struct Shard {
    std::mutex mutex;
    std::unordered_map<const Entity*, std::string> texts;
  };
  static constexpr size_t kShards = 16;

  std::array<Shard, kShards> shards_;
  size_t capacity_;
  std::atomic<size_t> size_{0};
};

}  // namespace vigil::server
