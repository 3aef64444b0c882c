// Exact lookup of listed identifiers — passport and national ID numbers, IMO and MMSI numbers,
// call signs, aircraft marks, BIC/SWIFT codes, LEIs, ISINs, emails, websites, phone numbers and
// crypto wallet addresses — by a matching key that ignores how the number was written.
// Built once, then read-only: safe for concurrent readers.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/binary_io.h"
#include "vigil/entity.h"
#include "vigil/result.h"

namespace vigil::index {

// Types whose numbers are compared with each other. Lists label documents loosely (a
// "National ID No." in one list is a "Passport" in another; "Identification Number" is
// common), so every document type is one family; the other families are their own type.
enum class IdentifierFamily : uint8_t {
  kDocument,  // passport, national ID, tax ID, registration, driver's licence, other
  kImo,
  kMmsi,
  kCallSign,
  kAircraftTail,
  kAircraftSerial,
  kBic,
  kLei,
  kIsin,
  kEmail,
  kWebsite,
  kPhone,
  kCryptoWallet,
};

IdentifierFamily family_of(IdentifierType type);

// The key two identifiers of one family are equal on: normalise_identifier, then per type:
// IMO and MMSI digits only ("IMO 9116412" -> "9116412"), a BIC's "XXX" branch dropped, an
// Ethereum-style 0x address lower-cased, phone digits only. Empty when nothing is left.
std::string match_key(IdentifierType type, std::string_view value);

// Checks an identifier given in a query before it is looked up: check digits of IMO numbers
// and LEIs, the shape of BICs, MMSIs and emails, and a minimum length (5 letters or digits)
// for everything else, so that a short number does not match by chance. The error names the
// identifier and says what is wrong.
Result<std::string> checked_query_key(IdentifierType type, std::string_view value);

class IdentifierIndex {
 public:
  struct Hit {
    uint32_t entity = 0;      // index into the screener's entity table
    uint32_t identifier = 0;  // index into that entity's identifiers
  };

  void add(uint32_t entity, uint32_t identifier_in_entity, const Identifier& identifier);

  // Listed identifiers equal to a query identifier `value` (as written): same family, same
  // matching key. When the query names an issuing country and the listed identifier states
  // another, it is a different document: no hit. `type` kOther searches every family, keying
  // the value as each family does. Sorted by entity, then identifier.
  [[nodiscard]] std::vector<Hit> find(IdentifierType type, std::string_view value,
                                      std::string_view country) const;

  [[nodiscard]] size_t size() const { return count_; }

  // The index for the compiled snapshot, keys in sorted order (the same lists write the same
  // bytes). read() refuses damaged bytes and any hit `valid_hit` rejects.
  void write(model::BinaryWriter& out) const;
  static Result<IdentifierIndex> read(model::BinaryReader& in,
                                      const std::function<bool(const Hit&)>& valid_hit);

 private:
  struct Entry {
    Hit hit;
    std::string country;  // the listed issuer, empty if not stated
  };
  // Family code + matching key -> the listed identifiers having it.
  std::unordered_map<std::string, std::vector<Entry>> entries_;
  size_t count_ = 0;
};

}  // namespace vigil::index
