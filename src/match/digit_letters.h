// Latin letters written as digits inside a word ("R0sneft", "Kh4tib", "3smail"): the word with
// its letters back, so that it meets the name it spells. Numbers and codes stay as they are.
#pragma once

#include <string>
#include <string_view>

namespace vigil::match {

// `token` (lower-case ASCII) with each digit read as the letter it looks like (0 o, 1 i or l,
// 3 e, 4 a, 5 s, 7 t, 8 b) when the token is a word written with a few such digits: at least
// three letters, every digit alone between letters or first before letters, never last ("r0sneft"
// -> "rosneft", "3smail" -> "esmail"). 1 is "l" beside a vowel ("a1iev" -> "aliev"), else "i"
// ("m1chael"). Anything else is returned unchanged: numbers ("747"), codes with a run of
// digits or a digit last ("a320", "f16", "mig29", "web3"), ordinals ("1st", "21st"), and digits
// no letter is written as ("2", "6", "9").
std::string digits_as_letters(std::string_view token);

}  // namespace vigil::match
