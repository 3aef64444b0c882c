#include "index/identifier_index.h"

#include <algorithm>
#include <cctype>

#include "model/ascii.h"

namespace vigil::index {
namespace {

constexpr size_t kMinDocumentLength = 5;
constexpr size_t kMinPhoneDigits = 7;
constexpr size_t kMinWalletLength = 20;

bool all_of(std::string_view text, int (*test)(int)) {
  return std::all_of(text.begin(), text.end(),
                     [test](char c) { return test(static_cast<unsigned char>(c)) != 0; });
}

// IMO numbers: seven digits, the last the sum of the first six weighted 7..2, modulo 10.
bool valid_imo(std::string_view digits) {
  if (digits.size() != 7 || !all_of(digits, std::isdigit)) return false;
  int sum = 0;
  for (size_t i = 0; i < 6; ++i) sum += (digits[i] - '0') * static_cast<int>(7 - i);
  return sum % 10 == digits[6] - '0';
}

// LEIs (ISO 17442): 20 letters or digits whose ISO 7064 MOD 97-10 value is 1.
bool valid_lei(std::string_view lei) {
  if (lei.size() != 20 || !all_of(lei, std::isalnum)) return false;
  int remainder = 0;
  for (char c : lei) {
    const int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder == 1;
}

// BICs: bank (4 letters), country (2 letters), location (2), optional branch (3).
bool valid_bic(std::string_view bic) {
  if (bic.size() != 8 && bic.size() != 11) return false;
  return all_of(bic.substr(0, 6), std::isalpha) && all_of(bic.substr(6), std::isalnum);
}

bool valid_email(std::string_view email) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string::npos) {
    return false;
  }
  const std::string_view domain = email.substr(at + 1);
  const size_t dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

char family_code(IdentifierFamily family) {
  return static_cast<char>('A' + static_cast<int>(family));
}

constexpr IdentifierFamily kAllFamilies[] = {
    IdentifierFamily::kDocument,     IdentifierFamily::kImo,
    IdentifierFamily::kMmsi,         IdentifierFamily::kCallSign,
    IdentifierFamily::kAircraftTail, IdentifierFamily::kAircraftSerial,
    IdentifierFamily::kBic,          IdentifierFamily::kLei,
    IdentifierFamily::kIsin,         IdentifierFamily::kEmail,
    IdentifierFamily::kWebsite,      IdentifierFamily::kPhone,
    IdentifierFamily::kCryptoWallet};

// The type a family's keys are made with, for a query of type kOther.
IdentifierType representative(IdentifierFamily family) {
  switch (family) {
    case IdentifierFamily::kDocument: return IdentifierType::kOther;
    case IdentifierFamily::kImo: return IdentifierType::kImo;
    case IdentifierFamily::kMmsi: return IdentifierType::kMmsi;
    case IdentifierFamily::kCallSign: return IdentifierType::kCallSign;
    case IdentifierFamily::kAircraftTail: return IdentifierType::kAircraftTail;
    case IdentifierFamily::kAircraftSerial: return IdentifierType::kAircraftSerial;
    case IdentifierFamily::kBic: return IdentifierType::kBic;
    case IdentifierFamily::kLei: return IdentifierType::kLei;
    case IdentifierFamily::kIsin: return IdentifierType::kIsin;
    case IdentifierFamily::kEmail: return IdentifierType::kEmail;
    case IdentifierFamily::kWebsite: return IdentifierType::kWebsite;
    case IdentifierFamily::kPhone: return IdentifierType::kPhone;
    case IdentifierFamily::kCryptoWallet: return IdentifierType::kCryptoWallet;
  }
  return IdentifierType::kOther;
}

}  // namespace

IdentifierFamily family_of(IdentifierType type) {
  switch (type) {
    case IdentifierType::kImo: return IdentifierFamily::kImo;
    case IdentifierType::kMmsi: return IdentifierFamily::kMmsi;
    case IdentifierType::kCallSign: return IdentifierFamily::kCallSign;
    case IdentifierType::kAircraftTail: return IdentifierFamily::kAircraftTail;
    case IdentifierType::kAircraftSerial: return IdentifierFamily::kAircraftSerial;
    case IdentifierType::kBic: return IdentifierFamily::kBic;
    case IdentifierType::kLei: return IdentifierFamily::kLei;
    case IdentifierType::kIsin: return IdentifierFamily::kIsin;
    case IdentifierType::kEmail: return IdentifierFamily::kEmail;
    case IdentifierType::kWebsite: return IdentifierFamily::kWebsite;
    case IdentifierType::kPhone: return IdentifierFamily::kPhone;
    case IdentifierType::kCryptoWallet: return IdentifierFamily::kCryptoWallet;
    case IdentifierType::kOther:
    case IdentifierType::kPassport:
    case IdentifierType::kNationalId:
    case IdentifierType::kTaxId:
    case IdentifierType::kRegistration:
    case IdentifierType::kDriverLicense: break;
  }
  return IdentifierFamily::kDocument;
}

std::string match_key(IdentifierType type, std::string_view value) {
  std::string key = normalise_identifier(type, value);
  switch (type) {
    case IdentifierType::kImo:
    case IdentifierType::kMmsi:
    case IdentifierType::kPhone: return model::digits_of(key);
    case IdentifierType::kBic:
      if (key.size() == 11 && key.ends_with("XXX")) key.resize(8);
      return key;
    case IdentifierType::kCryptoWallet:
      if (key.starts_with("0x") || key.starts_with("0X")) {
        for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      return key;
    default: return key;
  }
}

Result<std::string> checked_query_key(IdentifierType type, std::string_view value) {
  const std::string key = match_key(type, value);
  const auto refuse = [&](std::string_view why) -> Result<std::string> {
    return make_error(
        ErrorCode::kInvalidArgument,
        std::string(to_string(type)) + " \"" + std::string(value) + "\" " + std::string(why));
  };
  switch (type) {
    case IdentifierType::kImo:
      if (!valid_imo(key)) return refuse("is not an IMO number (7 digits with a check digit)");
      return key;
    case IdentifierType::kMmsi:
      if (key.size() != 9) return refuse("is not an MMSI (9 digits)");
      return key;
    case IdentifierType::kLei:
      if (!valid_lei(key)) return refuse("is not an LEI (20 characters with check digits)");
      return key;
    case IdentifierType::kBic:
      if (!valid_bic(key)) return refuse("is not a BIC (8 or 11 characters: AAAACCLL[BBB])");
      return key;
    case IdentifierType::kEmail:
      if (!valid_email(key)) return refuse("is not an email address");
      return key;
    case IdentifierType::kWebsite:
      if (key.find('.') == std::string::npos) return refuse("is not a website address");
      return key;
    case IdentifierType::kPhone:
      if (key.size() < kMinPhoneDigits) return refuse("has fewer than 7 digits");
      return key;
    case IdentifierType::kCryptoWallet:
      if (key.size() < kMinWalletLength) return refuse("is too short for a wallet address");
      return key;
    default:
      if (key.size() < kMinDocumentLength) {
        return refuse("is too short to identify anyone (at least 5 letters or digits)");
      }
      return key;
  }
}

void IdentifierIndex::add(uint32_t entity, uint32_t identifier_in_entity,
                          const Identifier& identifier) {
  const std::string key = match_key(identifier.type, identifier.value);
  if (key.empty()) return;
  auto& entries = entries_[family_code(family_of(identifier.type)) + key];
  entries.push_back({{entity, identifier_in_entity}, identifier.country});
  ++count_;
}

std::vector<IdentifierIndex::Hit> IdentifierIndex::find(IdentifierType type, std::string_view value,
                                                        std::string_view country) const {
  std::vector<Hit> out;
  const auto search = [&](IdentifierFamily family, std::string_view family_key) {
    const auto it = entries_.find(family_code(family) + std::string(family_key));
    if (it == entries_.end()) return;
    for (const Entry& entry : it->second) {
      if (!country.empty() && !entry.country.empty() && entry.country != country) continue;
      out.push_back(entry.hit);
    }
  };
  if (type != IdentifierType::kOther) {
    search(family_of(type), match_key(type, value));
  } else {
    // Any family: the value is keyed the way each family keys its own.
    for (IdentifierFamily family : kAllFamilies) {
      const std::string key = match_key(representative(family), value);
      if (!key.empty()) search(family, key);
    }
  }
  std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) {
    return a.entity != b.entity ? a.entity < b.entity : a.identifier < b.identifier;
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Hit& a, const Hit& b) {
                          return a.entity == b.entity && a.identifier == b.identifier;
                        }),
            out.end());
  return out;
}

void IdentifierIndex::write(model::BinaryWriter& out) const {
  std::vector<const decltype(entries_)::value_type*> sorted;
  sorted.reserve(entries_.size());
  for (const auto& entry : entries_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  out.put<uint64_t>(sorted.size());
  for (const auto* entry : sorted) {
    out.put_string(entry->first);
    out.put<uint64_t>(entry->second.size());
    for (const Entry& listed : entry->second) {
      out.put(listed.hit.entity);
      out.put(listed.hit.identifier);
      out.put_string(listed.country);
    }
  }
}

Result<IdentifierIndex> IdentifierIndex::read(model::BinaryReader& in,
                                              const std::function<bool(const Hit&)>& valid_hit) {
  IdentifierIndex index;
  uint64_t keys = 0;
  if (!in.get_count(keys, sizeof(uint32_t))) return in.error("identifier index");
  index.entries_.reserve(keys);
  for (uint64_t k = 0; k < keys; ++k) {
    std::string key;
    uint64_t count = 0;
    if (!in.get_string(key) || !in.get_count(count, 3 * sizeof(uint32_t))) {
      return in.error("identifier index");
    }
    std::vector<Entry> entries(count);
    for (Entry& entry : entries) {
      if (!in.get(entry.hit.entity) || !in.get(entry.hit.identifier) ||
          !in.get_string(entry.country)) {
        return in.error("identifier index");
      }
      if (!valid_hit(entry.hit)) {
        return make_error(ErrorCode::kMalformed,
                          "identifier index is inconsistent: a hit names no listed identifier");
      }
    }
    index.count_ += entries.size();
    if (!index.entries_.emplace(std::move(key), std::move(entries)).second) {
      return make_error(ErrorCode::kMalformed,
                        "identifier index is inconsistent: a key is stored twice");
    }
  }
  return index;
}

}  // namespace vigil::index
