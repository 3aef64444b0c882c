#include "sources/ftm_json.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "sources/loader.h"

namespace vigil::sources {
namespace {

// A hand-made fixture in the structure OpenSanctions publishes (no real export is available
// here); see tests/data/lists/ftm_fixture/README.md.
constexpr const char* kFixtureDir = VIGIL_TEST_DATA_DIR "/lists/ftm_fixture";
constexpr const char* kFixture = VIGIL_TEST_DATA_DIR "/lists/ftm_fixture/entities.ftm.json";

const Entity* find(const ParseOutput& output, std::string_view source_id) {
  for (const Entity& entity : output.entities) {
    if (entity.source_id == source_id) return &entity;
  }
  return nullptr;
}

std::vector<std::string> property_values(const Entity& entity, std::string_view key) {
  std::vector<std::string> values;
  for (const Property& property : entity.properties) {
    if (property.key == key) values.push_back(property.value);
  }
  return values;
}

const Identifier* identifier(const Entity& entity, IdentifierType type) {
  for (const Identifier& id : entity.identifiers) {
    if (id.type == type) return &id;
  }
  return nullptr;
}

bool has_diagnostic(const ParseOutput& output, long line, std::string_view text) {
  return std::any_of(output.diagnostics.begin(), output.diagnostics.end(),
                     [&](const Diagnostic& d) {
                       return d.where.line == line && d.message.find(text) != std::string::npos;
                     });
}

ParseOutput parse_text(std::string_view bytes) {
  Result<ParseOutput> parsed =
      parse_ftm_json(InputFile{"test.ftm.json", std::string(bytes)}, "ftm");
  EXPECT_TRUE(parsed.ok()) << parsed.error().to_string();
  return parsed.ok() ? std::move(parsed).value() : ParseOutput{};
}

class FtmFixtureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::vector<ParseOutput>> loaded = load_sources({kFixtureDir});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1u);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() { delete output_; }

  static const Entity& party(std::string_view source_id) {
    const Entity* entity = find(*output_, source_id);
    EXPECT_NE(entity, nullptr) << source_id;
    static const Entity kNone;
    return entity == nullptr ? kNone : *entity;
  }

  static ParseOutput* output_;
};
ParseOutput* FtmFixtureTest::output_ = nullptr;

TEST(FtmJsonDetectTest, RecognisesAnEntityLine) {
  EXPECT_TRUE(is_ftm_json("\n  \n{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {}}\n"));
  EXPECT_TRUE(is_ftm_json("\xEF\xBB\xBF{\"schema\": \"Person\", \"properties\": {}}\r\n"));
  EXPECT_FALSE(is_ftm_json("{\"id\": \"x\", \"name\": \"Ivan\"}\n"));  // an own list line
  EXPECT_FALSE(is_ftm_json("{\"schema\": \"Person\", \"properties\": []}"));
  EXPECT_FALSE(is_ftm_json("[{\"schema\": \"Person\", \"properties\": {}}]"));
  EXPECT_FALSE(is_ftm_json("<sdnList/>"));
  EXPECT_FALSE(is_ftm_json(""));
  EXPECT_FALSE(is_ftm_json("{\"schema\": \"Person\", \"properties\": {"));
}

TEST_F(FtmFixtureTest, LoadsAsOneDatasetWithDefaults) {
  const DatasetInfo& info = output_->info;
  EXPECT_EQ(info.id, "ftm");
  EXPECT_EQ(info.title, "FollowTheMoney entities");
  EXPECT_EQ(info.publication_date, "2024-05-03");
  EXPECT_EQ(info.kind, DatasetKind::kBlock);
  EXPECT_EQ(info.note, "FollowTheMoney datasets: eu_fsf, un_sc_sanctions, us_ofac_sdn");
  ASSERT_EQ(info.files.size(), 1u);
  EXPECT_EQ(info.files[0].format, "ftm_json");
  // Parties: Sidorov, Sidorova, Global Trade, Ocean Star, the airplane, Rosa Holdings,
  // Al-Rashid, the ministry and the person named by parts only.
  EXPECT_EQ(info.entity_count, 9u);
  EXPECT_EQ(output_->entities.size(), 9u);
  // The nameless party, the duplicate id, the lines without id or schema, the truncated line
  // and the Position record.
  EXPECT_EQ(info.skipped_records, 6u);
  for (const Entity& entity : output_->entities) {
    EXPECT_EQ(entity.dataset, "ftm");
    EXPECT_EQ(entity.id, "ftm:" + entity.source_id);
    EXPECT_EQ(entity.content_hash, compute_content_hash(entity));
  }
}

TEST_F(FtmFixtureTest, PersonNamesPartsDatesAndCountries) {
  const Entity& sidorov = party("ftm-sidorov");
  EXPECT_EQ(sidorov.schema, Schema::kPerson);
  ASSERT_EQ(sidorov.names.size(), 4u);
  EXPECT_EQ(sidorov.names[0].full, "Ivan Petrovich SIDOROV");
  EXPECT_EQ(sidorov.names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(sidorov.names[0].script, "Latn");
  EXPECT_EQ(sidorov.names[0].parts.given, "Ivan");
  EXPECT_EQ(sidorov.names[0].parts.patronymic, "Petrovich");
  EXPECT_EQ(sidorov.names[0].parts.family, "SIDOROV");
  EXPECT_EQ(sidorov.names[1].full, "Ivan SIDOROV");
  EXPECT_EQ(sidorov.names[1].kind, NameKind::kAlias);
  EXPECT_EQ(sidorov.names[2].full, "Иван Петрович Сидоров");
  EXPECT_EQ(sidorov.names[2].kind, NameKind::kNativeScript);
  EXPECT_EQ(sidorov.names[2].script, "Cyrl");
  EXPECT_EQ(sidorov.names[3].full, "Vanya");
  EXPECT_EQ(sidorov.names[3].kind, NameKind::kWeakAlias);
  ASSERT_EQ(sidorov.birth_dates.size(), 2u);
  EXPECT_EQ(sidorov.birth_dates[0].to_string(), "1970-05-12");
  EXPECT_EQ(sidorov.birth_dates[1].to_string(), "1971");
  EXPECT_EQ(sidorov.birth_places, std::vector<std::string>{"Tula, Russia"});
  EXPECT_EQ(sidorov.nationalities, std::vector<std::string>{"RU"});
  EXPECT_EQ(sidorov.citizenships, std::vector<std::string>{"CY"});
  EXPECT_EQ(sidorov.countries, std::vector<std::string>{"RU"});  // from the address
  EXPECT_EQ(sidorov.gender, Gender::kMale);
  EXPECT_EQ(sidorov.remarks,
            "Designated for operating in the technology sector of the Russian economy.");
  EXPECT_EQ(property_values(sidorov, "title"), std::vector<std::string>{"Dr"});
  EXPECT_EQ(property_values(sidorov, "position"),
            std::vector<std::string>{"Director General of Global Trade LLC"});
  EXPECT_EQ(property_values(sidorov, "source_url"),
            std::vector<std::string>{"https://example.org/sidorov"});
  EXPECT_EQ(property_values(sidorov, "source_dataset"),
            (std::vector<std::string>{"us_ofac_sdn", "eu_fsf"}));

  const Entity& kovalenko = party("ftm-parts-only");
  ASSERT_EQ(kovalenko.names.size(), 1u);
  EXPECT_EQ(kovalenko.names[0].full, "Maria Elena KOVALENKO");
  EXPECT_EQ(kovalenko.names[0].parts.middle, "Elena");
  EXPECT_EQ(kovalenko.birth_dates.at(0).to_string(), "1980-02-29");
  EXPECT_EQ(party("ftm-sidorova").birth_dates.at(0).to_string(), "1975-09");
  EXPECT_EQ(property_values(party("ftm-sidorova"), "ftm_target"),
            std::vector<std::string>{"false"});
}

TEST_F(FtmFixtureTest, IdentifiersFromPropertiesPassportsAndWallets) {
  const Entity& sidorov = party("ftm-sidorov");
  // passportNumber and the Passport entity state one passport: the second fills in the first.
  const Identifier* passport = identifier(sidorov, IdentifierType::kPassport);
  ASSERT_NE(passport, nullptr);
  EXPECT_EQ(passport->value, "7512345678");
  EXPECT_EQ(passport->label, "Passport");
  EXPECT_EQ(passport->country, "RU");
  EXPECT_EQ(passport->issued, "2015-06-01");
  EXPECT_EQ(passport->expires, "2025-06-01");
  const Identifier* national = identifier(sidorov, IdentifierType::kNationalId);
  ASSERT_NE(national, nullptr);
  EXPECT_EQ(national->value, "4512 098765");
  EXPECT_EQ(national->normalised, "4512098765");
  EXPECT_EQ(national->label, "National ID No.");
  EXPECT_EQ(national->note, "Ministry of Internal Affairs");
  const Identifier* inn = identifier(sidorov, IdentifierType::kTaxId);
  ASSERT_NE(inn, nullptr);
  EXPECT_EQ(inn->label, "INN");
  EXPECT_EQ(identifier(sidorov, IdentifierType::kEmail)->normalised, "i.sidorov@example.com");
  const Identifier* wallet = identifier(sidorov, IdentifierType::kCryptoWallet);
  ASSERT_NE(wallet, nullptr);
  EXPECT_EQ(wallet->label, "XBT");
  EXPECT_EQ(wallet->value, "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
  EXPECT_EQ(sidorov.identifiers.size(), 5u);

  const Entity& company = party("ftm-global-trade");
  EXPECT_EQ(identifier(company, IdentifierType::kBic)->value, "GLTRRUMM");
  EXPECT_EQ(identifier(company, IdentifierType::kLei)->value, "2534001ABCDEF1234567");
  EXPECT_EQ(identifier(company, IdentifierType::kWebsite)->normalised, "global-trade.example");
  EXPECT_EQ(identifier(company, IdentifierType::kPhone)->value, "+7 495 123 45 67");
  EXPECT_EQ(identifier(company, IdentifierType::kTaxId)->value, "7701234567");
  // registrationNumber and ogrnCode state the same number: one identifier, labelled.
  EXPECT_EQ(company.identifiers.size(), 6u);
  EXPECT_EQ(identifier(company, IdentifierType::kRegistration)->value, "1057746123456");
  EXPECT_EQ(identifier(company, IdentifierType::kRegistration)->label, "OGRN");

  const Entity& vessel = party("ftm-ocean-star");
  EXPECT_EQ(vessel.schema, Schema::kVessel);
  EXPECT_EQ(identifier(vessel, IdentifierType::kImo)->normalised, "IMO9321483");
  EXPECT_EQ(identifier(vessel, IdentifierType::kMmsi)->value, "273123456");
  EXPECT_EQ(identifier(vessel, IdentifierType::kCallSign)->value, "UBCD7");
  EXPECT_EQ(identifier(vessel, IdentifierType::kRegistration)->value, "RS-03-117");

  const Entity& airplane = party("ftm-airplane-ra");
  EXPECT_EQ(airplane.schema, Schema::kAircraft);
  EXPECT_EQ(identifier(airplane, IdentifierType::kAircraftTail)->value, "RA-76543");
  EXPECT_EQ(identifier(airplane, IdentifierType::kAircraftSerial)->value, "0093498951");
  EXPECT_EQ(property_values(airplane, "aircraft_model"), std::vector<std::string>{"Il-76TD"});
  EXPECT_EQ(property_values(airplane, "aircraft_manufacturer"),
            std::vector<std::string>{"Ilyushin"});
  EXPECT_EQ(property_values(airplane, "aircraft_type"), std::vector<std::string>{"Cargo aircraft"});
}

TEST_F(FtmFixtureTest, SanctionsFromSanctionEntitiesAndPrograms) {
  const Entity& sidorov = party("ftm-sidorov");
  ASSERT_EQ(sidorov.sanctions.size(), 2u);
  EXPECT_EQ(sidorov.sanctions[0].authority, "Office of Foreign Assets Control");
  EXPECT_EQ(sidorov.sanctions[0].program, "RUSSIA-EO14024");
  EXPECT_EQ(sidorov.sanctions[0].legal_basis, "E.O. 14024");
  EXPECT_EQ(sidorov.sanctions[0].listed_on, "2022-03-11");
  EXPECT_EQ(sidorov.sanctions[0].reason,
            "Operating in the technology sector of the Russian Federation economy.");
  EXPECT_EQ(sidorov.sanctions[1].authority, "European Union");
  EXPECT_EQ(sidorov.sanctions[1].listed_on, "2022-02-28");  // startDate, without listingDate
  EXPECT_EQ(property_values(sidorov, "sanction_authority_id"), std::vector<std::string>{"90001"});
  EXPECT_EQ(party("ftm-global-trade").sanctions.at(0).listed_on, "2022-03-11");
  EXPECT_EQ(party("ftm-ocean-star").sanctions.at(0).listed_on, "2022-05");

  const Entity& rashid = party("ftm-al-rashid");
  ASSERT_EQ(rashid.sanctions.size(), 2u);  // the entity's own "program" and the UN sanction
  EXPECT_EQ(rashid.sanctions[0].program, "SDGT");
  EXPECT_EQ(rashid.sanctions[1].program, "Al-Qaida");
  EXPECT_EQ(rashid.sanctions[1].listed_on, "2019-01");
  const Identifier* un_reference = identifier(rashid, IdentifierType::kOther);
  ASSERT_NE(un_reference, nullptr);
  EXPECT_EQ(un_reference->value, "QDi.999");
  EXPECT_EQ(un_reference->label, "UN reference number");
  EXPECT_EQ(rashid.names.at(1).kind, NameKind::kNativeScript);
  EXPECT_EQ(rashid.names.at(1).script, "Arab");
}

TEST_F(FtmFixtureTest, AddressesCountriesAndVesselFacts) {
  const Entity& sidorov = party("ftm-sidorov");
  ASSERT_EQ(sidorov.addresses.size(), 1u);
  EXPECT_EQ(sidorov.addresses[0].to_string(), "ul. Lenina 1, Tula, Tula Oblast 300000, Russia");
  EXPECT_EQ(sidorov.addresses[0].country, "RU");
  EXPECT_EQ(sidorov.addresses[0].note, "registered address");
  const Entity& company = party("ftm-global-trade");
  ASSERT_EQ(company.addresses.size(), 1u);
  EXPECT_EQ(company.addresses[0].street, "Office 5, Al Maktoum Road, Dubai, United Arab Emirates");
  EXPECT_EQ(company.countries, (std::vector<std::string>{"RU", "AE"}));
  EXPECT_EQ(company.schema, Schema::kOrganization);
  EXPECT_EQ(property_values(company, "established_date"), std::vector<std::string>{"2005"});
  EXPECT_EQ(property_values(company, "legal_form"),
            std::vector<std::string>{"Limited Liability Company"});
  ASSERT_EQ(company.names.size(), 4u);
  EXPECT_EQ(company.names[2].kind, NameKind::kNativeScript);
  EXPECT_EQ(company.names[3].full, "GT HOLDING LLC");
  EXPECT_EQ(company.names[3].kind, NameKind::kFormer);

  const Entity& vessel = party("ftm-ocean-star");
  EXPECT_EQ(property_values(vessel, "vessel_flag"), std::vector<std::string>{"Russia"});
  EXPECT_EQ(property_values(vessel, "vessel_flag_code"), std::vector<std::string>{"RU"});
  EXPECT_EQ(property_values(vessel, "vessel_flag_former"), std::vector<std::string>{"Panama"});
  EXPECT_EQ(property_values(vessel, "vessel_type"), std::vector<std::string>{"Crude Oil Tanker"});
  EXPECT_EQ(property_values(vessel, "vessel_tonnage"), std::vector<std::string>{"81000"});
  EXPECT_EQ(property_values(vessel, "vessel_grt"), std::vector<std::string>{"42000"});
  EXPECT_EQ(property_values(vessel, "build_date"), std::vector<std::string>{"2003"});

  const Entity& rosa = party("ftm-rosa-holdings");
  EXPECT_EQ(rosa.schema, Schema::kUnknown);  // LegalEntity: person or company, not said
  EXPECT_EQ(rosa.countries, std::vector<std::string>{"CY"});
  EXPECT_EQ(property_values(rosa, "country"), std::vector<std::string>{"zz"});
  const Entity& ministry = party("ftm-ministry");
  EXPECT_EQ(ministry.schema, Schema::kOrganization);
  EXPECT_EQ(ministry.countries, (std::vector<std::string>{"XK", "GE"}));
  // The Soviet Union code is read; Vigil's country table screens it as Russia.
  EXPECT_EQ(party("ftm-al-rashid").nationalities, (std::vector<std::string>{"SY", "RU"}));
}

TEST_F(FtmFixtureTest, LinksBecomeRelations) {
  const Entity& company = party("ftm-global-trade");
  ASSERT_EQ(company.relations.size(), 2u);
  EXPECT_EQ(company.relations[0].kind, RelationKind::kOwnedBy);
  EXPECT_EQ(company.relations[0].target_id, "ftm:ftm-sidorov");
  EXPECT_EQ(company.relations[0].target_name, "Ivan Petrovich SIDOROV");
  ASSERT_TRUE(company.relations[0].share_percent.has_value());
  EXPECT_DOUBLE_EQ(*company.relations[0].share_percent, 51.0);
  EXPECT_EQ(company.relations[1].kind, RelationKind::kControlledBy);  // an UnknownLink's role
  EXPECT_EQ(company.relations[1].target_id, "ftm:ftm-rosa-holdings");

  const Entity& sidorov = party("ftm-sidorov");
  ASSERT_EQ(sidorov.relations.size(), 2u);
  EXPECT_EQ(sidorov.relations[0].kind, RelationKind::kDirectorOf);
  EXPECT_EQ(sidorov.relations[0].target_id, "ftm:ftm-global-trade");
  EXPECT_EQ(sidorov.relations[1].kind, RelationKind::kFamily);
  EXPECT_EQ(sidorov.relations[1].target_name, "Olga Ivanovna SIDOROVA");

  const Entity& vessel = party("ftm-ocean-star");
  ASSERT_EQ(vessel.relations.size(), 1u);
  EXPECT_DOUBLE_EQ(vessel.relations[0].share_percent.value_or(0), 100.0);
  EXPECT_EQ(party("ftm-al-rashid").relations.at(0).kind, RelationKind::kAssociateOf);
}

TEST_F(FtmFixtureTest, BadLinesAndUnreadDataAreReportedWithTheirLines) {
  const ParseOutput& output = *output_;
  EXPECT_TRUE(has_diagnostic(output, 21, "birthDate 'unknown' is not a date"));
  EXPECT_TRUE(has_diagnostic(output, 21, "1 property values are not text"));
  EXPECT_TRUE(has_diagnostic(output, 18, "addressEntity addr-missing is not in the file"));
  EXPECT_TRUE(has_diagnostic(output, 27, "names entity ftm-not-in-this-file"));
  EXPECT_TRUE(has_diagnostic(output, 28, "party without a name"));
  EXPECT_TRUE(has_diagnostic(output, 29, "duplicate id ftm-sidorov"));
  EXPECT_TRUE(has_diagnostic(output, 30, "without an \"id\""));
  EXPECT_TRUE(has_diagnostic(output, 31, "without a \"schema\""));
  EXPECT_TRUE(has_diagnostic(output, 32, "not valid JSON"));
  EXPECT_TRUE(has_diagnostic(output, 0, "1 records of schemas Vigil does not read: Position x1"));
  EXPECT_TRUE(has_diagnostic(output, 0, "Company:capital x1"));
  EXPECT_TRUE(has_diagnostic(output, 0, "Family:relationship x1"));
  for (const Diagnostic& diagnostic : output.diagnostics) {
    EXPECT_EQ(diagnostic.where.file, kFixture) << diagnostic.to_string();
  }
}

TEST(FtmJsonTest, OtherContentIsAFormatError) {
  const Result<ParseOutput> parsed = parse_ftm_json(InputFile{"x.json", "{\"a\": 1}\n"}, "ftm");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code, ErrorCode::kFormat);
  EXPECT_EQ(parsed.error().where.file, "x.json");
  EXPECT_FALSE(parse_ftm_json(InputFile{"empty.json", ""}, "ftm").ok());
}

TEST(FtmJsonTest, CrlfLinesAndInvalidUtf8) {
  const ParseOutput output = parse_text(
      "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Ann\"]}}\r\n"
      "{\"id\": \"b\", \"schema\": \"Person\", \"properties\": {\"name\": [\"B\xff\"]}}\r\n"
      "{\"id\": \"c\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Cy\"]}}");
  ASSERT_EQ(output.entities.size(), 2u);
  EXPECT_EQ(output.entities[1].names[0].full, "Cy");
  EXPECT_EQ(output.info.skipped_records, 1u);
  EXPECT_TRUE(has_diagnostic(output, 2, "not valid JSON"));
}

TEST(FtmJsonTest, DamagedFilesNeverCrash) {
  Result<InputFile> fixture = read_input_file(kFixture);
  ASSERT_TRUE(fixture.ok());
  const std::string& bytes = fixture->bytes;
  // Truncated at many points: a good prefix still parses, the cut line is a diagnostic.
  for (size_t cut = 1; cut < bytes.size(); cut += 97) {
    const Result<ParseOutput> parsed =
        parse_ftm_json(InputFile{"cut.json", bytes.substr(0, cut)}, "ftm");
    if (parsed.ok()) {
      EXPECT_LE(parsed->entities.size(), 9u);
    }
  }
  // Flipped bytes and random garbage after a good first line.
  std::mt19937 random(11);
  for (int round = 0; round < 200; ++round) {
    std::string damaged = bytes;
    for (int flips = 0; flips < 20; ++flips) {
      damaged[random() % damaged.size()] = static_cast<char>(random());
    }
    (void)parse_ftm_json(InputFile{"flipped.json", damaged}, "ftm");
    std::string garbage(static_cast<size_t>(random() % 512), '\0');
    for (char& c : garbage) c = static_cast<char>(random());
    (void)parse_ftm_json(InputFile{"garbage.json", bytes.substr(0, 600) + garbage}, "ftm");
  }
  const ParseOutput nested =
      parse_text("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n" +
                 std::string(100000, '[') + "\n");
  EXPECT_EQ(nested.entities.size(), 1u);
  EXPECT_EQ(nested.info.skipped_records, 1u);
}

}  // namespace
}  // namespace vigil::sources
