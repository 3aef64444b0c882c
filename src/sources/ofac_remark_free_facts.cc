#include "sources/ofac_remark_free_facts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/ofac_id_types.h"
#include "sources/ofac_remark_values.h"

namespace vigil::sources::detail {
namespace {

using model::lower;
using model::trim;

// Kinship words of "wife of Izzat Ibrahim Al-Duri", "half-brother of Saddam Hussein".
constexpr auto kKinship = std::to_array<std::string_view>({
    "wife",
    "husband",
    "spouse",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "half-brother",
    "half-sister",
    "son-in-law",
    "daughter-in-law",
    "brother-in-law",
    "sister-in-law",
    "father-in-law",
    "mother-in-law",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "stepson",
    "stepdaughter",
    "stepbrother",
    "stepsister",
});

// Honorifics OFAC states as a fact of their own.
constexpr auto kHonorifics = std::to_array<std::string_view>({
    "haji",          "hajji",     "hadji",  "doctor", "dr",     "maulana", "maulawi", "mawlawi",
    "mullah",        "mufti",     "imam",   "sheikh", "shaykh", "shaikh",  "ustad",   "ustadh",
    "hojjatoleslam", "ayatollah", "sayyid", "seyed",  "sayed",  "qari",    "amir",
});

bool add_family_relation(std::string_view fact, Entity& entity) {
  const size_t of = fact.find(" of ");
  if (of == std::string_view::npos) return false;
  const std::string kin = lower(fact.substr(0, of));
  if (std::find(kKinship.begin(), kKinship.end(), kin) == kKinship.end()) return false;
  const std::string_view relative = trim(fact.substr(of + 4));
  if (relative.empty()) return false;
  entity.relations.push_back({RelationKind::kFamily, "", std::string(relative), std::nullopt});
  add_property(entity, "family_relation", std::string(fact));
  return true;
}

bool add_bare_contact(std::string_view fact, Entity& entity) {
  std::string_view value = fact;
  if (value.ends_with(").")) value.remove_suffix(1);
  const bool website_note = strip_note(value, "website");
  const bool email_note = strip_note(value, "email");
  const std::string lowered = lower(value);
  const bool spaceless = value.find(' ') == std::string_view::npos;
  IdentifierType type = IdentifierType::kOther;
  if (email_note || (spaceless && value.find('@') != std::string_view::npos)) {
    type = IdentifierType::kEmail;
  } else if (website_note ||
             (spaceless && (lowered.starts_with("http://") || lowered.starts_with("https://") ||
                            lowered.starts_with("www.")))) {
    type = IdentifierType::kWebsite;
  }
  if (type == IdentifierType::kOther || value.empty()) return false;
  entity.identifiers.push_back(make_identifier(type, "", std::string(value)));
  return true;
}

// Words that make an unknown label an identifier's label.
constexpr auto kIdentifierWords = std::to_array<std::string_view>({
    " no",
    "no.",
    "number",
    "#",
    " id",
    "id ",
    "identification",
    "code",
    "license",
    "licence",
    "registration",
    "passport",
    "card",
    "permit",
    "certificate",
    "document",
});

bool has_identifier_word(std::string_view label) {
  const std::string lowered = " " + lower(label) + " ";
  return std::any_of(
      kIdentifierWords.begin(), kIdentifierWords.end(),
      [&lowered](std::string_view w) { return lowered.find(w) != std::string::npos; });
}

// A label the table does not know yet, followed by a number: "RIF # J-31482089-3 (Venezuela)",
// "Tazkira National ID Card 932995 (Afghanistan)". The label must name an identifier or the
// value an issuing country, so that "Director of Main Street 1095 Ltd" stays a position.
bool add_unknown_identifier(std::string_view fact, Entity& entity) {
  constexpr size_t kLongestValueWords = 3;
  size_t at = 0;
  while (at < fact.size()) {
    const size_t end = std::min(fact.find(' ', at), fact.size());
    const std::string_view word = fact.substr(at, end - at);
    if (std::any_of(word.begin(), word.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
      break;
    }
    at = end + 1;
  }
  if (at >= fact.size()) return false;
  const std::string_view label = trim(fact.substr(0, at));
  if (label.empty() || label.find_first_of(",:;") != std::string_view::npos) return false;
  IdentifierText parsed = parse_identifier_text(fact.substr(at));
  if (parsed.country.empty() && !has_identifier_word(label)) return false;
  const auto spaces = std::count(parsed.value.begin(), parsed.value.end(), ' ');
  if (static_cast<size_t>(spaces) >= kLongestValueWords) return false;
  Identifier id =
      make_identifier(ofac_identifier_type(label), std::string(label), std::move(parsed.value));
  id.country = std::move(parsed.country);
  id.issued = std::move(parsed.issued);
  id.expires = std::move(parsed.expires);
  id.note = std::move(parsed.note);
  entity.identifiers.push_back(std::move(id));
  return true;
}

bool is_honorific(std::string_view fact) {
  std::string word = lower(fact);
  if (word.ends_with('.')) word.pop_back();
  return std::find(kHonorifics.begin(), kHonorifics.end(), word) != kHonorifics.end();
}

// A person's free fact reads as an office or rank ("Minister of Interior", "Brigadier
// General") unless it carries a link, an address, a label or a long number.
bool looks_like_position(std::string_view fact) {
  constexpr size_t kLongNumber = 4;
  static constexpr auto kStatusWords = std::to_array<std::string_view>(
      {"currently", "wanted", "named", "founded", "believed", "reportedly", "deceased", "died"});
  const std::string first_word = lower(fact.substr(0, fact.find(' ')));
  if (std::find(kStatusWords.begin(), kStatusWords.end(), first_word) != kStatusWords.end()) {
    return false;
  }
  size_t digits = 0;
  for (char c : fact) {
    digits = std::isdigit(static_cast<unsigned char>(c)) != 0 ? digits + 1 : 0;
    if (digits >= kLongNumber) return false;
  }
  const std::string lowered = lower(fact);
  for (std::string_view mark : {":", "@", "http", "www."}) {
    if (lowered.find(mark) != std::string::npos) return false;
  }
  return true;
}

}  // namespace

void add_free_fact(std::string_view fact, Entity& entity) {
  if (add_bare_contact(fact, entity) || add_family_relation(fact, entity) ||
      add_unknown_identifier(fact, entity)) {
    return;
  }
  if (is_honorific(fact)) {
    add_property(entity, "title", std::string(fact));
  } else if (entity.schema == Schema::kPerson && looks_like_position(fact)) {
    add_property(entity, "position", std::string(fact));
  } else {
    add_property(entity, "remark", std::string(fact));
  }
}

}  // namespace vigil::sources::detail
