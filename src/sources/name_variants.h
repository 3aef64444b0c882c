// One name cell that holds several names of one party: Canada writes an organisation's English
// and French names in one string ("Iranian Army/Armée iranienne"), and several lists keep an
// acronym after the name ("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)"). Matched whole, such a
// string meets neither of its names well; split, each name is matched on its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigil::sources {

struct NameVariants {
  std::string name;         // the list's name without the other names: the first half, no acronym
  std::string second_half;  // the other half of a bilingual name, no acronym
  std::vector<std::string> acronyms;  // of either half, each once, in the order written
  // The text of a trailing "(also known as ...)" or "(a.k.a. ...)", which may name several
  // (the caller splits it as it splits its alias cells); empty when there is none.
  std::string also_known_as;
};

// "English/Français": the two sides of the one "/" outside parentheses, when both are names of
// two words or more and the words beside the slash are words of two letters or more (not
// "S/O", "c/o", "A/S", "M/V", "24/7", dates); else empty.
std::vector<std::string> split_bilingual(std::string_view written);

// A trailing "(IRGC)" that is an acronym: 2 to 8 letters that are initials of the words before
// it, in order, from the first ("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)"); or, after a name
// written in lower and upper case, one or two words of 2 to 8 capitals or digits ("(MODAFL)",
// "(IRGC RSSJO)") or a mixed-case acronym ("(GosNIIAS)", "(TsAGI)"; not "(Belarus)"). In a name
// written in capitals only initials count ("(UKRAINE)", "(MARTYRS)" stay). Returns {name
// without it, acronym...}, or empty when there is none. Applied to what remains, so "Isfahan
// Optics Industry (EOI) (IOI)" yields both.
std::vector<std::string> split_trailing_acronyms(std::string_view written);

// The text of a trailing "(also known as X)" / "(a.k.a. X)" and the name before it, or empty.
std::vector<std::string> split_trailing_also_known_as(std::string_view written);

// Every rule: the trailing "also known as" first, then, when `bilingual` (Canada's names), the
// bilingual halves, then the acronyms of each half. A string no rule applies to comes back as
// the name, spaces trimmed. Only Canada writes two languages with "/": elsewhere a slash joins
// alternatives within one name ("BASE OF JIHAD/MESOPOTAMIA", "IMPORT/EXPORT").
NameVariants split_name_variants(std::string_view written, bool bilingual);

}  // namespace vigil::sources
