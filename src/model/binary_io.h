// The one binary writer/reader pair of the compiled snapshot: fixed-width little-endian
// integers, length-prefixed strings and arrays of trivially copyable values.
// The reader is bounds-checked: a corrupt length or a truncated buffer makes it fail (sticky),
// never read out of range or allocate more than the bytes left could hold.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "vigil/result.h"

namespace vigil::model {

// REQUIRES: a little-endian machine (checked at compile time in binary_io.cc).
class BinaryWriter {
 public:
  // Bytes are kept in memory, for bytes() or take().
  BinaryWriter() = default;
  // Bytes are handed to `sink` in blocks as they are written (a snapshot of hundreds of
  // megabytes is never held whole); flush() hands over the rest. After the sink returns
  // false once, nothing more is handed over and flush() returns false.
  explicit BinaryWriter(std::function<bool(std::string_view)> sink) : sink_(std::move(sink)) {}

  template <typename T>
  void put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto at = bytes_.size();
    bytes_.resize(at + sizeof(T));
    std::memcpy(bytes_.data() + at, &value, sizeof(T));
    if (sink_ && bytes_.size() >= kBlockBytes) flush();
  }
  void put_string(std::string_view text);
  void put_strings(const std::vector<std::string>& texts);
  // A count, then the elements' bytes. T must have no padding (its bytes are all defined).
  template <typename T>
  void put_array(std::span<const T> values) {
    static_assert(std::is_trivially_copyable_v<T> &&
                  (std::has_unique_object_representations_v<T> || std::is_floating_point_v<T>));
    put<uint64_t>(values.size());
    put_bytes(values.data(), values.size_bytes());
  }
  template <typename T>
  void put_array(const std::vector<T>& values) {
    put_array(std::span<const T>(values));
  }
  void put_bytes(const void* data, size_t size);

  [[nodiscard]] const std::string& bytes() const { return bytes_; }
  [[nodiscard]] std::string take() { return std::move(bytes_); }
  // With a sink: hands the bytes not yet handed over to it; false if the sink ever failed.
  bool flush();

 private:
  static constexpr size_t kBlockBytes = size_t{1} << 20;
  std::function<bool(std::string_view)> sink_;
  bool sink_failed_ = false;
  std::string bytes_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : bytes_(bytes) {}

  // Each get returns false (and leaves the reader failed) when the bytes run out.
  template <typename T>
  bool get(T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!take(sizeof(T))) return false;
    std::memcpy(&value, bytes_.data() + at_ - sizeof(T), sizeof(T));
    return true;
  }
  // An enum stored as its underlying integer: fails when the value is above `last`.
  template <typename E>
  bool get_enum(E& value, E last) {
    std::underlying_type_t<E> raw{};
    if (!get(raw)) return false;
    if (raw > static_cast<std::underlying_type_t<E>>(last)) return fail();
    value = static_cast<E>(raw);
    return true;
  }
  bool get_string(std::string& text);
  bool get_strings(std::vector<std::string>& texts);
  // A count no larger than what the remaining bytes can hold at `min_element_bytes` each.
  bool get_count(uint64_t& count, size_t min_element_bytes);
  template <typename T>
  bool get_array(std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    uint64_t count = 0;
    if (!get_count(count, sizeof(T))) return false;
    values.resize(count);
    if (count == 0) return true;
    std::memcpy(values.data(), bytes_.data() + at_, count * sizeof(T));
    at_ += count * sizeof(T);
    return true;
  }
  // A view of the next `size` bytes (valid while the underlying buffer is).
  bool get_view(size_t size, std::string_view& view);

  // Marks the reader failed; returns false for `return reader.fail();`.
  bool fail() {
    failed_ = true;
    return false;
  }
  [[nodiscard]] bool ok() const { return !failed_; }
  [[nodiscard]] bool at_end() const { return at_ == bytes_.size(); }
  [[nodiscard]] size_t offset() const { return at_; }
  [[nodiscard]] size_t remaining() const { return bytes_.size() - at_; }
  // "<what> is damaged at byte N": the error of a failed read.
  [[nodiscard]] Error error(std::string_view what) const;

 private:
  bool take(size_t size) {
    if (failed_ || size > bytes_.size() - at_) return fail();
    at_ += size;
    return true;
  }

  std::string_view bytes_;
  size_t at_ = 0;
  bool failed_ = false;
};

}  // namespace vigil::model
