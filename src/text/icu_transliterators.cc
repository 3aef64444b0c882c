#include "text/icu_transliterators.h"

#include <array>
#include <memory>
#include <mutex>

namespace vigil::text {
namespace {

constexpr std::array<const char*, 15> kIds = {
    "Russian-Latin/BGN",    "Ukrainian-Latin/BGN", "Belarusian-Latin/BGN", "Serbian-Latin/BGN",
    "Macedonian-Latin/BGN", "Greek-Latin/UNGEGN",  "Han-Latin/Names",      "Hangul-Latin",
    "Hiragana-Latin",       "Katakana-Latin",      "Thai-Latin",           "si-si_Latn",
    "Amharic-Latin/BGN",    "Any-Latin",           "Latin-ASCII",
};
static_assert(kIds.size() == static_cast<size_t>(Scheme::kLatinAscii) + 1);

std::unique_ptr<icu::Transliterator> create(Scheme scheme) {
  UErrorCode status = U_ZERO_ERROR;
  const auto id = icu::UnicodeString::fromUTF8(kIds[static_cast<size_t>(scheme)]);
  std::unique_ptr<icu::Transliterator> created(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  return U_SUCCESS(status) ? std::move(created) : nullptr;
}

// Building a transliterator parses its rules (Han-Latin has tens of thousands: a quarter of a
// second). Each is built once per process; threads take clones, which copy the parsed rules.
const icu::Transliterator* prototype(Scheme scheme) {
  static std::array<std::once_flag, kIds.size()> built;
  static std::array<std::unique_ptr<icu::Transliterator>, kIds.size()> prototypes;
  const auto at = static_cast<size_t>(scheme);
  std::call_once(built[at], [at, scheme] { prototypes[at] = create(scheme); });
  return prototypes[at].get();
}

}  // namespace

icu::Transliterator* transliterator(Scheme scheme) {
  struct Slot {
    bool tried = false;
    std::unique_ptr<icu::Transliterator> transliterator;
  };
  thread_local std::array<Slot, kIds.size()> slots;
  Slot& slot = slots[static_cast<size_t>(scheme)];
  if (!slot.tried) {
    const icu::Transliterator* shared = prototype(scheme);
    if (shared != nullptr) slot.transliterator.reset(shared->clone());
    slot.tried = true;
  }
  return slot.transliterator.get();
}

void transliterate(Scheme scheme, icu::UnicodeString& text) {
  if (icu::Transliterator* t = transliterator(scheme)) t->transliterate(text);
}

}  // namespace vigil::text
