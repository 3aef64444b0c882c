#include "text/ascii_form.h"

#include <array>

namespace vigil::text {
namespace {

constexpr char kBreak = ' ';
constexpr char kRemove = 0;

// What each byte becomes: its lower-case form, kRemove, or kBreak.
constexpr std::array<char, 256> kByteForm = [] {
  std::array<char, 256> form{};
  for (int b = 0; b < 256; ++b) {
    const auto c = static_cast<char>(b);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      form[b] = c;
    } else if (c >= 'A' && c <= 'Z') {
      form[b] = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\'' || c == '`') {
      form[b] = kRemove;
    } else {
      form[b] = kBreak;
    }
  }
  return form;
}();

}  // namespace

bool is_ascii(std::string_view text) {
  unsigned char any_high = 0;
  for (const char c : text) any_high |= static_cast<unsigned char>(c);
  return any_high < 0x80;
}

std::string ascii_form(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_break = false;
  for (const char c : text) {
    const char form = kByteForm[static_cast<unsigned char>(c)];
    if (form == kRemove) continue;
    if (form == kBreak) {
      pending_break = !out.empty();
      continue;
    }
    if (pending_break) out += kBreak;
    pending_break = false;
    out += form;
  }
  return out;
}

}  // namespace vigil::text
