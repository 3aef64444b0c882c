#include "server/entity_text_cache.h"

namespace vigil::server {

std::string EntityTextCache::get(const Entity& entity,
                                 const std::function<std::string(const Entity&)>& make) {
  Shard& shard = shards_[(reinterpret_cast<uintptr_t>(&entity) >> 4) % kShards];
  {
    const std::lock_guard lock(shard.mutex);
    if (const auto found = shard.texts.find(&entity); found != shard.texts.end()) {
      return found->second;
    }
  }
  std::string text = make(entity);  // outside the lock: two threads may both make it once
  if (size_.load(std::memory_order_relaxed) < capacity_) {
    const std::lock_guard lock(shard.mutex);
    if (shard.texts.emplace(&entity, text).second) size_.fetch_add(1, std::memory_order_relaxed);
  }
  return text;
}

}  // namespace vigil::server
