// Test-only: damaged copies of a list file for the "bad input never crashes" tests.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::sources::testing {

struct DamagedInput {
  std::string description;  // "truncated at 1234", "12 bytes flipped"...
  std::string bytes;
};

// The file truncated at 1, 10, 100, 1000 bytes and at 1/3, 1/2, 2/3 and all but one byte of
// its length; with random bytes flipped; with invalid UTF-8 (a lone continuation byte, a cut
// multi-byte sequence, an overlong form) spliced in at several points; and empty.
inline std::vector<DamagedInput> damaged_copies(std::string_view bytes, uint32_t seed = 7) {
  std::vector<DamagedInput> copies;
  const size_t size = bytes.size();
  for (size_t cut : {size_t{1}, size_t{10}, size_t{100}, size_t{1000}, size / 3, size / 2,
                     size * 2 / 3, size == 0 ? 0 : size - 1}) {
    if (cut >= size) continue;
    copies.push_back({"truncated at " + std::to_string(cut), std::string(bytes.substr(0, cut))});
  }
  std::mt19937 random(seed);
  for (int round = 0; round < 4 && size > 0; ++round) {
    std::string flipped(bytes);
    const int flips = 1 + round * 20;
    for (int i = 0; i < flips; ++i) flipped[random() % size] = static_cast<char>(random());
    copies.push_back({std::to_string(flips) + " bytes flipped", std::move(flipped)});
  }
  static constexpr std::string_view kInvalidUtf8[] = {"\x80", "\xD0", "\xC0\xAF", "\xFF\xFE"};
  for (std::string_view invalid : kInvalidUtf8) {
    std::string spliced(bytes);
    for (size_t at = size / 7; at < spliced.size(); at += std::max<size_t>(size / 5, 1)) {
      spliced.insert(at, invalid);
    }
    copies.push_back({"invalid UTF-8 spliced in", std::move(spliced)});
  }
  copies.push_back({"empty", std::string()});
  return copies;
}

}  // namespace vigil::sources::testing
