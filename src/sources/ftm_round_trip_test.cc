#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "sources/ftm_json.h"
#include "sources/ftm_writer.h"
#include "sources/loader.h"

namespace vigil::sources {
namespace {

// The real OFAC SDN set of about 2021-07, written as FollowTheMoney and read back: every
// entity comes back with the same names, dates, identifiers, sanctions, addresses and
// relations, except where FtM cannot say it (the writer's summary counts those, and the
// comparisons below apply the same documented approximations). A relation's target name
// comes back as the target's primary name, not as the list's remark wrote it.

// The birth dates FtM can state for a date: ranges as their years, circa as the date.
std::set<std::string> expected_dates(const Entity& entity) {
  std::set<std::string> dates;
  for (const DateValue& date : entity.birth_dates) {
    if (!date.is_range()) {
      dates.insert(date.from.to_iso());
      continue;
    }
    const bool years_only = date.from.month == 0 && date.to.month == 0;
    if (years_only && date.to.year - date.from.year <= 10) {
      for (int year = date.from.year; year <= date.to.year; ++year) {
        dates.insert(PartialDate{static_cast<int16_t>(year), 0, 0}.to_iso());
      }
    } else {
      dates.insert(date.from.to_iso());
      dates.insert(date.to.to_iso());
    }
  }
  return dates;
}

std::set<std::string> date_set(const Entity& entity) {
  std::set<std::string> dates;
  for (const DateValue& date : entity.birth_dates) dates.insert(date.to_string());
  return dates;
}

// Identifier dates are written in ISO form when they parse as a date.
std::string as_iso(const std::string& text) {
  const std::optional<DateValue> date = parse_date(text);
  return date && !date->is_range() ? date->from.to_iso() : std::string();
}

using IdentifierKey = std::tuple<IdentifierType, std::string, std::string, std::string, std::string,
                                 std::string, std::string, std::string>;
// An identifier the list states twice, once with details and once without, is one identifier
// when read back: the bare statement is left out of the comparison.
// A label the reader would take for another type is written as the type (ftm_document_type).
std::set<IdentifierKey> identifier_keys(const Entity& entity, bool as_written) {
  std::set<IdentifierKey> keys;
  for (const Identifier& id : entity.identifiers) {
    const bool wallet = id.type == IdentifierType::kCryptoWallet;
    const std::string label =
        as_written && !wallet ? ftm_document_type(id, entity.schema) : id.label;
    keys.emplace(id.type, id.value, id.normalised, label, id.country, as_iso(id.issued),
                 as_iso(id.expires), id.note);
  }
  for (auto it = keys.begin(); it != keys.end();) {
    const auto& [type, value, normalised, label, country, issued, expires, note] = *it;
    const bool bare = country.empty() && issued.empty() && expires.empty() && note.empty();
    const bool detailed_copy =
        std::any_of(keys.begin(), keys.end(), [&](const IdentifierKey& other) {
          return &other != &*it && std::get<0>(other) == type && std::get<2>(other) == normalised &&
                 std::get<3>(other) == label;
        });
    it = bare && detailed_copy ? keys.erase(it) : std::next(it);
  }
  return keys;
}

using NameKey = std::tuple<std::string, NameKind, std::string>;
std::multiset<NameKey> name_keys(const Entity& entity) {
  std::multiset<NameKey> keys;
  // FtM has no script: the reader detects it, and a name without letters ("07") has none.
  for (const Name& name : entity.names) {
    keys.emplace(name.full, name.kind, name.script.empty() ? "Latn" : name.script);
  }
  return keys;
}

std::set<std::string> as_set(const std::vector<std::string>& values) {
  return {values.begin(), values.end()};
}

class FtmRoundTripTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::vector<ParseOutput>> loaded =
        load_sources({VIGIL_TEST_DATA_DIR "/ofac_sdn_2021_07"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    original_ = new ParseOutput(std::move(loaded->front()));
    std::ostringstream out;
    FtmWriter writer(out);
    for (const Entity& entity : original_->entities) {
      writer.write(entity, original_->info.publication_date);
    }
    summary_ = new FtmWriteSummary(writer.summary());
    Result<ParseOutput> again = parse_ftm_json(InputFile{"export.ftm.json", out.str()}, "again");
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    again_ = new ParseOutput(std::move(again).value());
  }
  static void TearDownTestSuite() {
    delete original_;
    delete again_;
    delete summary_;
  }

  static const Entity* read_back(const Entity& entity) {
    const std::string wanted = ftm_id(entity.id);
    for (const Entity& candidate : again_->entities) {
      if (candidate.source_id == wanted) return &candidate;
    }
    return nullptr;
  }

  static ParseOutput* original_;
  static ParseOutput* again_;
  static FtmWriteSummary* summary_;
};
ParseOutput* FtmRoundTripTest::original_ = nullptr;
ParseOutput* FtmRoundTripTest::again_ = nullptr;
FtmWriteSummary* FtmRoundTripTest::summary_ = nullptr;

TEST_F(FtmRoundTripTest, EveryEntityComesBack) {
  ASSERT_NE(again_, nullptr);
  EXPECT_EQ(original_->entities.size(), 8976u);
  EXPECT_EQ(again_->entities.size(), original_->entities.size());
  EXPECT_EQ(summary_->parties, original_->entities.size());
  EXPECT_EQ(again_->info.skipped_records, 0u);
  EXPECT_EQ(again_->info.publication_date, original_->info.publication_date);
  for (const Diagnostic& diagnostic : again_->diagnostics) {
    std::cout << "re-import: " << diagnostic.to_string() << "\n";
  }
  std::cout << "wrote " << summary_->lines << " lines\n";
  for (const auto& [what, count] : summary_->approximated) {
    std::cout << "approximated: " << count << " x " << what << "\n";
  }
  for (const auto& [what, count] : summary_->not_written) {
    std::cout << "not written: " << count << " x " << what << "\n";
  }
}

TEST_F(FtmRoundTripTest, NamesAndPartsFieldByField) {
  for (const Entity& entity : original_->entities) {
    const Entity* back = read_back(entity);
    ASSERT_NE(back, nullptr) << entity.id;
    EXPECT_EQ(back->schema, entity.schema) << entity.id;
    // Names come back grouped by kind (FtM keeps each kind in its own property), each kind in
    // its order, the primary one first.
    EXPECT_EQ(name_keys(*back), name_keys(entity)) << entity.id;
    ASSERT_FALSE(back->names.empty()) << entity.id;
    EXPECT_EQ(back->names.front().full, entity.names.front().full) << entity.id;
    if (entity.schema != Schema::kPerson) continue;
    const NameParts& parts = entity.names.front().parts;
    const NameParts& back_parts = back->names.front().parts;
    EXPECT_EQ(back_parts.given, parts.given) << entity.id;
    EXPECT_EQ(back_parts.middle, parts.middle) << entity.id;
    EXPECT_EQ(back_parts.family, parts.family) << entity.id;
    EXPECT_EQ(back_parts.patronymic, parts.patronymic) << entity.id;
  }
}

TEST_F(FtmRoundTripTest, DatesPlacesCountriesAndGender) {
  for (const Entity& entity : original_->entities) {
    const Entity* back = read_back(entity);
    ASSERT_NE(back, nullptr) << entity.id;
    EXPECT_EQ(date_set(*back), expected_dates(entity)) << entity.id;
    EXPECT_EQ(back->birth_places, entity.birth_places) << entity.id;
    EXPECT_EQ(back->gender, entity.gender) << entity.id;
    if (entity.schema == Schema::kPerson) {
      EXPECT_EQ(back->nationalities, entity.nationalities) << entity.id;
      EXPECT_EQ(back->citizenships, entity.citizenships) << entity.id;
    }
    std::set<std::string> countries = as_set(entity.countries);
    if (entity.schema != Schema::kPerson) {
      countries.insert(entity.nationalities.begin(), entity.nationalities.end());
      countries.insert(entity.citizenships.begin(), entity.citizenships.end());
    }
    EXPECT_EQ(as_set(back->countries), countries) << entity.id;
    EXPECT_EQ(back->remarks, entity.remarks) << entity.id;
  }
}

TEST_F(FtmRoundTripTest, IdentifiersFieldByField) {
  size_t identifiers = 0;
  for (const Entity& entity : original_->entities) {
    const Entity* back = read_back(entity);
    ASSERT_NE(back, nullptr) << entity.id;
    EXPECT_EQ(identifier_keys(*back, false), identifier_keys(entity, true)) << entity.id;
    identifiers += entity.identifiers.size();
  }
  EXPECT_GT(identifiers, 5000u);
}

TEST_F(FtmRoundTripTest, SanctionsAddressesAndRelations) {
  for (const Entity& entity : original_->entities) {
    const Entity* back = read_back(entity);
    ASSERT_NE(back, nullptr) << entity.id;
    ASSERT_EQ(back->sanctions.size(), entity.sanctions.size()) << entity.id;
    for (size_t i = 0; i < entity.sanctions.size(); ++i) {
      EXPECT_EQ(back->sanctions[i].authority, entity.sanctions[i].authority) << entity.id;
      EXPECT_EQ(back->sanctions[i].program, entity.sanctions[i].program) << entity.id;
      EXPECT_EQ(back->sanctions[i].legal_basis, entity.sanctions[i].legal_basis) << entity.id;
      EXPECT_EQ(back->sanctions[i].listed_on, entity.sanctions[i].listed_on) << entity.id;
      EXPECT_EQ(back->sanctions[i].reason, entity.sanctions[i].reason) << entity.id;
    }
    ASSERT_EQ(back->addresses.size(), entity.addresses.size()) << entity.id;
    for (size_t i = 0; i < entity.addresses.size(); ++i) {
      const Address& a = entity.addresses[i];
      const Address& b = back->addresses[i];
      // An address the list gives only as a country name Vigil does not know comes back as its
      // text, in the street.
      if (a.country.empty() && a.street.empty() && a.city.empty()) {
        EXPECT_EQ(b.to_string(), a.to_string()) << entity.id;
        continue;
      }
      EXPECT_EQ(std::tie(b.street, b.city, b.region, b.postal_code, b.country, b.note),
                std::tie(a.street, a.city, a.region, a.postal_code, a.country, a.note))
          << entity.id;
    }
    std::vector<const Relation*> resolved;
    for (const Relation& relation : entity.relations) {
      if (!relation.target_id.empty()) resolved.push_back(&relation);
    }
    ASSERT_EQ(back->relations.size(), resolved.size()) << entity.id;
    for (size_t i = 0; i < resolved.size(); ++i) {
      EXPECT_EQ(back->relations[i].kind, resolved[i]->kind) << entity.id;
      EXPECT_EQ(back->relations[i].target_id, "again:" + ftm_id(resolved[i]->target_id));
      EXPECT_EQ(back->relations[i].share_percent, resolved[i]->share_percent) << entity.id;
    }
  }
}

}  // namespace
}  // namespace vigil::sources
