#include "model/binary_io.h"

#include <bit>

namespace vigil::model {

// Snapshots are written and read with the machine's own byte order; a big-endian machine
// would need byte swaps here (none of the supported platforms is one).
static_assert(std::endian::native == std::endian::little);

void BinaryWriter::put_bytes(const void* data, size_t size) {
  if (size == 0) return;
  if (sink_ && size >= kBlockBytes) {  // a large array goes to the sink without a copy
    flush();
    if (!sink_failed_)
      sink_failed_ = !sink_(std::string_view(static_cast<const char*>(data), size));
    return;
  }
  bytes_.append(static_cast<const char*>(data), size);
  if (sink_ && bytes_.size() >= kBlockBytes) flush();
}

bool BinaryWriter::flush() {
  if (!sink_) return true;
  if (!sink_failed_ && !bytes_.empty()) sink_failed_ = !sink_(bytes_);
  bytes_.clear();
  return !sink_failed_;
}

void BinaryWriter::put_string(std::string_view text) {
  put<uint32_t>(static_cast<uint32_t>(text.size()));
  put_bytes(text.data(), text.size());
}

void BinaryWriter::put_strings(const std::vector<std::string>& texts) {
  put<uint64_t>(texts.size());
  for (const std::string& text : texts) put_string(text);
}

bool BinaryReader::get_string(std::string& text) {
  uint32_t size = 0;
  if (!get(size) || !take(size)) return false;
  text.assign(bytes_.data() + at_ - size, size);
  return true;
}

bool BinaryReader::get_strings(std::vector<std::string>& texts) {
  uint64_t count = 0;
  if (!get_count(count, sizeof(uint32_t))) return false;
  texts.resize(count);
  for (std::string& text : texts) {
    if (!get_string(text)) return false;
  }
  return true;
}

bool BinaryReader::get_count(uint64_t& count, size_t min_element_bytes) {
  if (!get(count)) return false;
  const size_t floor = min_element_bytes == 0 ? 1 : min_element_bytes;
  if (count > remaining() / floor) return fail();
  return true;
}

bool BinaryReader::get_view(size_t size, std::string_view& view) {
  if (!take(size)) return false;
  view = bytes_.substr(at_ - size, size);
  return true;
}

Error BinaryReader::error(std::string_view what) const {
  return make_error(ErrorCode::kMalformed, std::string(what) + " is damaged at byte " +
                                               std::to_string(at_) + " of " +
                                               std::to_string(bytes_.size()));
}

}  // namespace vigil::model
