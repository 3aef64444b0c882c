// The last step of every normalisation, and the whole of it for ASCII input.
#pragma once

#include <string>
#include <string_view>

namespace vigil::text {

// True when every byte is below 0x80.
bool is_ascii(std::string_view text);

// The matching form of ASCII text: letters lower-cased, digits kept, apostrophes (' and `)
// removed so that "D'Souza" stays one word, every other byte a word break; words separated by
// one space, none leading or trailing. Bytes >= 0x80 are word breaks too.
std::string ascii_form(std::string_view text);

}  // namespace vigil::text
