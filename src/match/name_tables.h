// Name-part knowledge the matcher uses: honorifics, particles, legal forms, generic
// organisation words and given-name equivalence classes. Tables are built once, read-only and
// shared between threads. Entries are in normalised form (lower-case ASCII tokens).
// Sources: Vigil's own lists, informed by the OpenSanctions rigour name tables (MIT licence).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigil::match {

enum class TokenClass : uint8_t {
  kName,       // an ordinary name token
  kHonorific,  // a title or honorific dropped from matching (seyed, haji, dr, general)
  kParticle,   // a connecting particle that weighs little (al, bin, abu, de, van)
  kLegalForm,  // a legal form of organisation (ltd, llc, gmbh, company)
  kNumber,     // contains a digit: must match exactly
};

// The class of a normalised token on its own.
TokenClass classify_token(std::string_view token);

// A canonical spelling shared by the tokens of one equivalence class: given-name variants
// ("mohammad", "muhammad", "mohd" -> "muhammad") and legal-form spellings ("limited", "ltd" ->
// "ltd"). nullopt when the token belongs to no class.
std::optional<std::string_view> canonical_token(std::string_view token);

// "abdul", "abd", "abdel"... : the first part of an Abd-compound ("Abdul Sattar"), which is
// one name and is joined with the part that follows.
bool is_abd_prefix(std::string_view token);

// For a joined Abd-compound ("abdulsattar", "abdelsattar", "abdsattar"): one canonical
// spelling ("abdalsattar"); empty when `token` is not such a compound.
std::string abd_compound_canonical(std::string_view token);

// Joined single letters that form a legal form ("s a" -> "sa", "b v" -> "bv"): true when
// `joined` (already concatenated) is a legal form.
bool is_legal_form(std::string_view joined);

// A legal form written as several words ("limited liability company" -> "llc") starting at
// tokens[at]: the number of tokens it spans and its one-token form, or {0, ""}.
std::pair<size_t, std::string_view> legal_form_phrase(const std::vector<std::string>& tokens,
                                                      size_t at);

}  // namespace vigil::match
