// Spelling-insensitive forms of a romanised name token, tuned for the ways Arabic, Persian and
// Slavic names reach Latin script: vowels vary freely (Mohammad/Muhammad, Esmail/Ismail),
// consonant digraphs vary (kh/h, gh/q, th/s, dh/z, dj/j, zh/j), v and w swap, letters double.
#pragma once

#include <string>
#include <string_view>

namespace vigil::match {

// Rewrites a lower-case ASCII token so that common romanisation variants of one consonant
// become one letter: "kh"->"h"-class, "gh"/"q"/"c"/"ck"->"k", "w"->"v", "ph"->"f", "dj"/"zh"->"j",
// "dh"->"z", "th"->"s", "sh"/"sch"->"S", "ch"/"tch"/"tsch"->"C", "ts"/"tz"->"c"... Doubled letters
// are written once; vowels are kept, but the Slavic endings -iy/-ii/-ij are one "i" ("dmitriy",
// "dmitrij", "dmitrii" -> "dmitri"). The French "ou" of Maghrebi names is "v" (the w) at a
// word's start and between vowels ("hamraoui" and "hamrawi" -> "hamravi"), a word's first "aw"
// before a consonant is the "u" French writes "ou" ("awni" and "ouni" -> "uni"), and the French
// silent
// e after a final n of five letters or more is dropped ("chaabane" -> "Caban").
std::string phonetic_spelling(std::string_view token);

// The consonant skeleton: phonetic_spelling with vowels (a e i o u y) dropped, "ch" and "sh"
// one letter (S), and runs of one letter collapsed. "mohammad" and "muhammed" -> "mhmd";
// "khatib" and "khateeb" -> "htb"; "chokri" and "shukri" -> "Skr".
std::string consonant_skeleton(std::string_view token);
// The same from a phonetic spelling already computed.
std::string skeleton_of_spelling(std::string_view spelled);

}  // namespace vigil::match
