// Cyrillic names to Latin as English-language lists write them: BGN/PCGN through ICU, by the
// language the letters reveal, with our own spellings of the Kazakh, Kyrgyz, Tajik, Uzbek,
// Tatar and Bashkir letters ICU's tables leave alone, and two English habits BGN/PCGN lacks.
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// Latin (possibly with diacritics) for a run of Cyrillic text: "Сергеевич" -> "Sergeyevich",
// "Григорій" -> "Hryhoriy", "Тоқаев" -> "Tokayev", "Уильям" -> "William".
icu::UnicodeString cyrillic_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
