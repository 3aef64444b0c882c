// The UK OFSI ConList parser: a hand-made workbook in ConList's published layout (a "Last
// Updated" row, the 36-column header row, one row per name), the real list of 2025-04-14
// loaded through the public loader, and damaged copies of it.
#include "sources/uk_ofsi.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "sources/list_format.h"
#include "sources/loader.h"
#include "sources/zip_test_support.h"

namespace vigil::sources {
namespace {

using testing::text_row;
using Fields = std::map<std::string, std::string>;

const std::vector<std::string> kHeaders = {
    "Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title",
    "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language", "DOB",
    "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
    "National Identification Number", "National Identification Details", "Position",
    "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6",
    "Post/Zip Code", "Country", "Other Information", "Group Type", "Alias Type",
    "Alias Quality", "Regime", "Listed On", "UK Sanctions List Date Designated",
    "Last Updated", "Group ID"};

// One ConList row: the fields by header, in ConList's column order.
std::string conlist_row(long number, const Fields& fields) {
  std::vector<std::string> cells;
  for (const std::string& header : kHeaders) {
    const auto field = fields.find(header);
    cells.push_back(field == fields.end() ? std::string() : field->second);
  }
  return text_row(number, cells);
}

Fields haq(Fields changes) {
  Fields fields = {
      {"Name 6", "HAQ"},
      {"Name 1", "Mian"},
      {"Name 2", "Abdul"},
      {"Title", "(1) Pir (2) Mian"},
      {"Name Non-Latin Script", "میاں عبدالحق"},
      {"Non-Latin Script Type", "Arabic"},
      {"Non-Latin Script Language", "Persian/Farsi"},
      {"DOB", "00/00/1953"},
      {"Town of Birth", "(1) Ghotki (2) Daharki"},
      {"Country of Birth", "Pakistan"},
      {"Nationality", "(1) Pakistan (2) Atlantis"},
      {"Passport Number", "(1) AB123 (2) CD-456"},
      {"Passport Details", "(1) Pakistan number (2) British passport number"},
      {"National Identification Number", "12345-6789"},
      {"Position", "Cleric"},
      {"Address 1", "Bharchundi Sharif"},
      {"Address 2", "Daharki"},
      {"Address 6", "Ghotki"},
      {"Post/Zip Code", "65000"},
      {"Country", "Pakistan"},
      {"Other Information",
       "(UK Sanctions List Ref):GHR0086. (UK Statement of Reasons):Involved in forced "
       "conversions. (Gender):Male (Phone number):(1) +92 (300) 1234 (2) +92 (300) 5678 "
       "(Email address):pir@example.pk"},
      {"Group Type", "Individual"},
      {"Alias Type", "Primary name"},
      {"Regime", "Global Human Rights"},
      {"Listed On", "09/12/2022"},
      {"UK Sanctions List Date Designated", "08/12/2022"},
      {"Last Updated", "10/12/2022"},
      {"Group ID", "100"}};
  for (auto& [key, value] : changes) fields[key] = value;
  return fields;
}

std::string sample_conlist() {
  std::string rows = text_row(1, {"Last Updated", "14/04/2025"}) + text_row(2, kHeaders);
  long n = 3;
  rows += conlist_row(n++, haq({}));
  rows += conlist_row(n++, haq({{"DOB", "00/08/1954"}}));  // the rows repeat per birth date
  rows += conlist_row(n++, haq({{"Name 6", "MITHO"}, {"Name 2", ""}, {"Alias Type", "AKA"},
                                {"Alias Quality", "Good quality"}, {"Name Non-Latin Script", ""}}));
  rows += conlist_row(n++, haq({{"Name 6", "PIR SAHIB"}, {"Name 1", ""}, {"Name 2", ""},
                                {"Alias Type", "AKA"}, {"Alias Quality", "Low quality"}}));
  rows += conlist_row(n++, haq({{"Name 6", "HAQUE"}, {"Alias Type", "FKA"},
                                {"DOB", "sometime in 1953"}}));
  const Fields ship = {
      {"Name 6", "SAM JONG 2"}, {"Group Type", "Ship"}, {"Alias Type", "Primary name variation"},
      {"Regime", "Democratic People's Republic of Korea"}, {"Listed On", "03/04/2018"},
      {"Group ID", "200"},
      {"Other Information",
       "(UK Sanctions List Ref):DPR0100. Ship-to-ship transfers. (IMO number):7408873 "
       "(Current owners):Korea Samjong Shipping (Flag of ship):North Korea (Previous "
       "flags):Russia (Type of ship):Oil tanker (Tonnage of ship):1676 (Length of ship):80 "
       "(Year built):1975"}};
  rows += conlist_row(n++, ship);
  Fields alias = ship;
  alias["Name 6"] = "AKTIVA";
  alias["Alias Type"] = "AKA";
  rows += conlist_row(n++, alias);
  Fields company = {
      {"Name 6", "ACME & SONS TRADING LLC"}, {"Group Type", "Entity"},
      {"Alias Type", "Primary name"}, {"Regime", "Russia"}, {"Listed On", "01/03/2022"},
      {"Group ID", "300"}, {"Country", "Russia"},
      {"Other Information",
       "(UK Sanctions List Ref):RUS0001. (Website):https://acme.example (Type of "
       "entity):Limited Liability Company (Parent company):Big Holding (Business Reg No):(1) "
       "OGRN: 1155190006454 (2) TIN: 5112000907"}};
  rows += conlist_row(n++, company);
  company["Regime"] = "Belarus";
  company["Listed On"] = "02/03/2022";
  rows += conlist_row(n++, company);
  rows += conlist_row(n++, {{"Name 6", "NO GROUP"}, {"Group Type", "Entity"}});
  rows += conlist_row(n++, {{"Group Type", "Entity"}, {"Group ID", "400"}});
  testing::TestWorkbook workbook;
  workbook.sheets.push_back({"Data", rows});
  return testing::make_xlsx(workbook);
}

ParseOutput parse_ok(const std::string& bytes) {
  Result<ParseOutput> output = parse_uk_ofsi(InputFile{"ConList.xlsx", bytes}, "uk_ofsi");
  EXPECT_TRUE(output.ok()) << output.error().to_string();
  return output.ok() ? std::move(output).value() : ParseOutput{};
}

const Entity* find(const ParseOutput& output, std::string_view source_id) {
  for (const Entity& entity : output.entities) {
    if (entity.source_id == source_id) return &entity;
  }
  return nullptr;
}

std::vector<std::string> names_of(const Entity& entity, NameKind kind) {
  std::vector<std::string> names;
  for (const Name& name : entity.names) {
    if (name.kind == kind) names.push_back(name.full);
  }
  return names;
}

std::vector<std::string> properties_of(const Entity& entity, std::string_view key) {
  std::vector<std::string> values;
  for (const Property& property : entity.properties) {
    if (property.key == key) values.push_back(property.value);
  }
  return values;
}

const Identifier* identifier(const Entity& entity, IdentifierType type, std::string_view value) {
  for (const Identifier& id : entity.identifiers) {
    if (id.type == type && id.value == value) return &id;
  }
  return nullptr;
}

std::vector<std::string> dates_of(const Entity& entity) {
  std::vector<std::string> dates;
  for (const DateValue& date : entity.birth_dates) dates.push_back(date.to_string());
  return dates;
}

using Strings = std::vector<std::string>;

TEST(UkOfsiTest, IsDetectedFromItsContent) {
  const std::string bytes = sample_conlist();
  EXPECT_TRUE(is_uk_ofsi_xlsx(bytes));
  EXPECT_EQ(detect_list_format(bytes), ListFormat::kUkOfsiXlsx);
  EXPECT_EQ(format_id(ListFormat::kUkOfsiXlsx), "uk_ofsi_xlsx");
  testing::TestWorkbook other;
  other.sheets.push_back({"Data", text_row(1, {"Name", "Country"})});
  EXPECT_FALSE(is_uk_ofsi_xlsx(testing::make_xlsx(other)));
  EXPECT_FALSE(is_uk_ofsi_xlsx("Name 6,Group ID\n"));
}

TEST(UkOfsiTest, GroupsRowsIntoOneEntityPerGroupId) {
  const ParseOutput output = parse_ok(sample_conlist());
  EXPECT_EQ(output.info.id, "uk_ofsi");
  EXPECT_EQ(output.info.publication_date, "2025-04-14");
  EXPECT_EQ(output.info.authority, "UK OFSI (HM Treasury)");
  ASSERT_EQ(output.entities.size(), 3U);
  EXPECT_EQ(output.info.skipped_records, 2U);
  ASSERT_EQ(output.diagnostics.size(), 3U);
  // Rows are grouped first, then each group is read.
  EXPECT_EQ(output.diagnostics[0].where.element, "Data row 12");
  EXPECT_EQ(output.diagnostics[0].message, "row without a Group ID");
  EXPECT_EQ(output.diagnostics[1].where.element, "Data row 7");
  EXPECT_NE(output.diagnostics[1].message.find("unrecognised DOB 'sometime in 1953'"),
            std::string::npos);
  EXPECT_EQ(output.diagnostics[2].message, "Group ID 400 has no name");
}

TEST(UkOfsiTest, ReadsAnIndividualFieldByField) {
  const ParseOutput output = parse_ok(sample_conlist());
  const Entity* haq = find(output, "100");
  ASSERT_NE(haq, nullptr);
  EXPECT_EQ(haq->id, "uk_ofsi:100");
  EXPECT_EQ(haq->schema, Schema::kPerson);
  EXPECT_EQ(haq->gender, Gender::kMale);
  const Name& primary = haq->names.front();
  EXPECT_EQ(primary.kind, NameKind::kPrimary);
  EXPECT_EQ(primary.full, "Mian Abdul HAQ");
  EXPECT_EQ(primary.parts.given, "Mian");
  EXPECT_EQ(primary.parts.middle, "Abdul");
  EXPECT_EQ(primary.parts.family, "HAQ");
  EXPECT_EQ(primary.parts.title, "Pir");
  EXPECT_EQ(names_of(*haq, NameKind::kAlias), Strings{"Mian MITHO"});
  EXPECT_EQ(names_of(*haq, NameKind::kWeakAlias), Strings{"PIR SAHIB"});
  EXPECT_EQ(names_of(*haq, NameKind::kFormer), Strings{"Mian Abdul HAQUE"});
  const auto native = std::find_if(haq->names.begin(), haq->names.end(),
                                   [](const Name& n) { return n.kind == NameKind::kNativeScript; });
  ASSERT_NE(native, haq->names.end());
  EXPECT_EQ(native->full, "میاں عبدالحق");
  EXPECT_EQ(native->script, "Arab");
  EXPECT_EQ(native->language, "fa");
  EXPECT_EQ(dates_of(*haq), (Strings{"1953", "1954-08"}));
  EXPECT_EQ(properties_of(*haq, "birth_date"), Strings{"sometime in 1953"});
  EXPECT_EQ(haq->birth_places, (Strings{"Ghotki, Pakistan", "Daharki, Pakistan"}));
  EXPECT_EQ(haq->nationalities, Strings{"PK"});
  EXPECT_EQ(properties_of(*haq, "nationality"), Strings{"Atlantis"});
  EXPECT_EQ(properties_of(*haq, "title"), (Strings{"Pir", "Mian"}));
  EXPECT_EQ(properties_of(*haq, "position"), Strings{"Cleric"});

  const Identifier* passport = identifier(*haq, IdentifierType::kPassport, "CD-456");
  ASSERT_NE(passport, nullptr);
  EXPECT_EQ(passport->normalised, "CD456");
  EXPECT_EQ(passport->note, "British passport number");
  EXPECT_EQ(passport->country, "GB");
  ASSERT_NE(identifier(*haq, IdentifierType::kPassport, "AB123"), nullptr);
  EXPECT_EQ(identifier(*haq, IdentifierType::kPassport, "AB123")->country, "PK");
  EXPECT_NE(identifier(*haq, IdentifierType::kNationalId, "12345-6789"), nullptr);
  EXPECT_NE(identifier(*haq, IdentifierType::kOther, "GHR0086"), nullptr);
  EXPECT_NE(identifier(*haq, IdentifierType::kPhone, "+92 (300) 5678"), nullptr);
  EXPECT_NE(identifier(*haq, IdentifierType::kEmail, "pir@example.pk"), nullptr);

  ASSERT_EQ(haq->addresses.size(), 1U);
  EXPECT_EQ(haq->addresses[0].street, "Bharchundi Sharif, Daharki");
  EXPECT_EQ(haq->addresses[0].city, "Ghotki");
  EXPECT_EQ(haq->addresses[0].postal_code, "65000");
  EXPECT_EQ(haq->addresses[0].country, "PK");
  EXPECT_EQ(haq->countries, Strings{"PK"});
  ASSERT_EQ(haq->sanctions.size(), 1U);
  EXPECT_EQ(haq->sanctions[0].authority, "UK OFSI");
  EXPECT_EQ(haq->sanctions[0].program, "Global Human Rights");
  EXPECT_EQ(haq->sanctions[0].listed_on, "2022-12-09");
  EXPECT_EQ(haq->sanctions[0].reason, "Involved in forced conversions.");
  EXPECT_EQ(properties_of(*haq, "uk_designated_on"), Strings{"2022-12-08"});
  EXPECT_EQ(properties_of(*haq, "last_updated"), Strings{"2022-12-10"});
  EXPECT_EQ(properties_of(*haq, "uk_sanctions_list_ref"), Strings{"GHR0086"});
  EXPECT_TRUE(haq->remarks.starts_with("(UK Sanctions List Ref):GHR0086."));
  EXPECT_NE(haq->content_hash, 0U);
}

TEST(UkOfsiTest, ReadsShipsAndCompanies) {
  const ParseOutput output = parse_ok(sample_conlist());
  const Entity* ship = find(output, "200");
  ASSERT_NE(ship, nullptr);
  EXPECT_EQ(ship->schema, Schema::kVessel);
  // No "Primary name" row: the first name leads.
  EXPECT_EQ(ship->names.front().full, "SAM JONG 2");
  EXPECT_EQ(ship->names.front().kind, NameKind::kPrimary);
  EXPECT_EQ(names_of(*ship, NameKind::kAlias), Strings{"AKTIVA"});
  EXPECT_TRUE(ship->names.front().parts.family.empty());
  EXPECT_NE(identifier(*ship, IdentifierType::kImo, "7408873"), nullptr);
  EXPECT_EQ(properties_of(*ship, "vessel_flag"), Strings{"North Korea"});
  EXPECT_EQ(properties_of(*ship, "former_vessel_flag"), Strings{"Russia"});
  EXPECT_EQ(properties_of(*ship, "vessel_owner"), Strings{"Korea Samjong Shipping"});
  EXPECT_EQ(properties_of(*ship, "vessel_build_year"), Strings{"1975"});

  const Entity* company = find(output, "300");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->schema, Schema::kOrganization);
  EXPECT_EQ(company->names.front().full, "ACME & SONS TRADING LLC");
  ASSERT_EQ(company->sanctions.size(), 2U);
  EXPECT_EQ(company->sanctions[1].program, "Belarus");
  EXPECT_EQ(company->sanctions[1].listed_on, "2022-03-02");
  EXPECT_NE(identifier(*company, IdentifierType::kRegistration, "1155190006454"), nullptr);
  const Identifier* tax = identifier(*company, IdentifierType::kTaxId, "5112000907");
  ASSERT_NE(tax, nullptr);
  EXPECT_EQ(tax->label, "TIN");
  EXPECT_NE(identifier(*company, IdentifierType::kWebsite, "https://acme.example"), nullptr);
  ASSERT_EQ(company->relations.size(), 1U);
  EXPECT_EQ(company->relations[0].kind, RelationKind::kOwnedBy);
  EXPECT_EQ(company->relations[0].target_name, "Big Holding");
  EXPECT_EQ(properties_of(*company, "organisation_type"), Strings{"Limited Liability Company"});
  EXPECT_EQ(company->countries, Strings{"RU"});
}

TEST(UkOfsiTest, AWorkbookWithoutTheHeaderIsAnError) {
  testing::TestWorkbook workbook;
  workbook.sheets.push_back({"Data", text_row(1, {"Name 6", "Group ID"})});
  const Result<ParseOutput> output =
      parse_uk_ofsi(InputFile{"other.xlsx", testing::make_xlsx(workbook)}, "uk_ofsi");
  ASSERT_FALSE(output.ok());
  EXPECT_EQ(output.error().code, ErrorCode::kFormat);
  EXPECT_NE(output.error().to_string().find("other.xlsx"), std::string::npos);
  EXPECT_NE(output.error().message.find("'Alias Type'"), std::string::npos);
}

// The real list as OFSI published it on 2025-04-14, through the public loader.
class UkOfsiDataTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = load_sources({VIGIL_TEST_DATA_DIR "/lists/uk_ofsi"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1U);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() {
    delete output_;
    output_ = nullptr;
  }
  static const ParseOutput& out() { return *output_; }
  static const Entity& entity(std::string_view group_id) {
    const Entity* found = find(out(), group_id);
    EXPECT_NE(found, nullptr) << group_id;
    static const Entity kNone;
    return found == nullptr ? kNone : *found;
  }

 private:
  static ParseOutput* output_;
};
ParseOutput* UkOfsiDataTest::output_ = nullptr;

TEST_F(UkOfsiDataTest, EveryGroupIdIsAnEntity) {
  EXPECT_EQ(out().info.id, "uk_ofsi");
  EXPECT_EQ(out().info.title, "UK OFSI Consolidated List of Financial Sanctions Targets");
  EXPECT_EQ(out().info.publication_date, "2025-04-14");
  EXPECT_EQ(out().entities.size(), 4688U);  // the manifest's 4,688 group IDs
  EXPECT_EQ(out().info.skipped_records, 0U);
  EXPECT_TRUE(out().diagnostics.empty());
  ASSERT_EQ(out().info.files.size(), 1U);
  EXPECT_EQ(out().info.files[0].format, "uk_ofsi_xlsx");
  size_t names = 0;
  std::map<Schema, size_t> schemas;
  for (const Entity& e : out().entities) {
    names += e.names.size();
    ++schemas[e.schema];
    EXPECT_EQ(e.names.front().kind, NameKind::kPrimary) << e.id;
  }
  EXPECT_EQ(schemas[Schema::kVessel], 15U);
  EXPECT_EQ(names, 15966U);  // distinct names of the 18,798 rows
}

TEST_F(UkOfsiDataTest, StateDumaMemberWithCyrillicName) {
  const Entity& e = entity("14241");
  EXPECT_EQ(e.schema, Schema::kPerson);
  EXPECT_EQ(e.names.front().full, "Khizri Magomedovich ABAKAROV");
  EXPECT_EQ(e.names.front().parts.family, "ABAKAROV");
  EXPECT_EQ(names_of(e, NameKind::kNativeScript), Strings{"Хизри Магомедович Абакаров"});
  EXPECT_EQ(dates_of(e), Strings{"1960-06-28"});
  EXPECT_EQ(e.birth_places, Strings{"Yuzhno Sakhalinsk, Russia"});
  EXPECT_EQ(e.nationalities, Strings{"RU"});
  EXPECT_EQ(e.gender, Gender::kMale);
  ASSERT_EQ(e.addresses.size(), 1U);
  EXPECT_EQ(e.addresses[0].street, "1 Okhotny Ryad str");
  EXPECT_EQ(e.addresses[0].postal_code, "103265");
  EXPECT_EQ(e.addresses[0].country, "RU");
  ASSERT_EQ(e.sanctions.size(), 1U);
  EXPECT_EQ(e.sanctions[0].program, "Russia");
  EXPECT_EQ(e.sanctions[0].listed_on, "2022-03-11");
  EXPECT_NE(identifier(e, IdentifierType::kOther, "RUS0296"), nullptr);
}

TEST_F(UkOfsiDataTest, QaidaOperativeWithPassportsAndAWeakAlias) {
  const Entity& e = entity("13312");
  EXPECT_EQ(e.names.front().full, "ABD AL-BASET AZZOUZ");
  EXPECT_EQ(names_of(e, NameKind::kWeakAlias), Strings{"AA"});
  EXPECT_EQ(names_of(e, NameKind::kAlias), (Strings{"Abdelbassed AZOUZ", "Abdul Baset AZOUZ"}));
  EXPECT_EQ(dates_of(e), Strings{"1966-02-07"});
  EXPECT_EQ(e.nationalities, Strings{"LY"});
  const Identifier* british = identifier(e, IdentifierType::kPassport, "C00146605");
  ASSERT_NE(british, nullptr);
  EXPECT_EQ(british->country, "GB");
  ASSERT_NE(identifier(e, IdentifierType::kPassport, "223611"), nullptr);
  EXPECT_EQ(identifier(e, IdentifierType::kPassport, "223611")->country, "LY");
  EXPECT_NE(identifier(e, IdentifierType::kOther, "QDi.371"), nullptr);
  EXPECT_EQ(properties_of(e, "un_reference_number"), Strings{"QDi.371"});
  ASSERT_EQ(e.sanctions.size(), 1U);
  EXPECT_EQ(e.sanctions[0].program, "ISIL (Da'esh) and Al-Qaida");
}

TEST_F(UkOfsiDataTest, PartialBirthDatesKeepTheirKnownParts) {
  const Entity& kony = entity("13344");
  const Strings dates = dates_of(kony);
  for (const char* date : {"1959", "1961-08", "1964-09-18"}) {
    EXPECT_NE(std::find(dates.begin(), dates.end(), date), dates.end()) << date;
  }
  EXPECT_EQ(kony.birth_places.size(), 3U);
  EXPECT_EQ(kony.addresses.size(), 8U);
  EXPECT_EQ(kony.countries, (Strings{"CF", "CD"}));
}

TEST_F(UkOfsiDataTest, IranianScientistWithPersianName) {
  const Entity& e = entity("16166");
  EXPECT_EQ(e.names.front().full, "FEREIDOUN ABBASI-DAVANI");
  const auto native = std::find_if(e.names.begin(), e.names.end(),
                                   [](const Name& n) { return n.kind == NameKind::kNativeScript; });
  ASSERT_NE(native, e.names.end());
  EXPECT_EQ(native->full, "فریدون عباسی دوانی");
  EXPECT_EQ(native->language, "fa");
  EXPECT_EQ(dates_of(e), (Strings{"1958-09-08", "1958-07-11"}));
  EXPECT_EQ(e.sanctions[0].program, "Iran (Nuclear)");
  EXPECT_EQ(properties_of(e, "position").size(), 2U);
}

TEST_F(UkOfsiDataTest, DprkTankerWithItsImoNumber) {
  const Entity& e = entity("13651");
  EXPECT_EQ(e.schema, Schema::kVessel);
  EXPECT_EQ(e.names.front().full, "SAM JONG 2");
  EXPECT_EQ(e.names.size(), 9U);
  EXPECT_NE(identifier(e, IdentifierType::kImo, "7408873"), nullptr);
  EXPECT_EQ(properties_of(e, "vessel_type"), Strings{"Oil tanker"});
  EXPECT_EQ(properties_of(e, "vessel_tonnage"), Strings{"1676"});
}

TEST_F(UkOfsiDataTest, KazakhCompanyWithRegistrationAndWebsite) {
  const Entity& e = entity("16636");
  EXPECT_EQ(e.schema, Schema::kOrganization);
  EXPECT_EQ(e.names.front().full, "ZAPCHASTTRADE LLP");
  EXPECT_EQ(names_of(e, NameKind::kNativeScript), Strings{"ТОО ЗАПЧАСТЬ ТРЕЙД"});
  const Identifier* bin = identifier(e, IdentifierType::kRegistration, "170440031562");
  ASSERT_NE(bin, nullptr);
  EXPECT_EQ(bin->label, "Kazakhstan BIN");
  EXPECT_NE(identifier(e, IdentifierType::kWebsite, "https://armtek.kz/"), nullptr);
  ASSERT_EQ(e.addresses.size(), 1U);
  EXPECT_EQ(e.addresses[0].city, "ALMATY");
  EXPECT_EQ(e.addresses[0].country, "KZ");
}

// Truncated, flipped, emptied and mis-encoded copies: a clear error or diagnostics, never a
// crash.
TEST(UkOfsiDamagedTest, DamagedWorkbooksAreRejectedOrReportedNeverCrash) {
  const Result<InputFile> real = read_input_file(VIGIL_TEST_DATA_DIR "/lists/uk_ofsi/ConList.xlsx");
  ASSERT_TRUE(real.ok());
  const std::string& bytes = real->bytes;
  for (size_t size : {size_t{0}, size_t{3}, size_t{100}, bytes.size() / 2, bytes.size() - 30}) {
    const InputFile cut{"cut.xlsx", bytes.substr(0, size)};
    EXPECT_FALSE(detect_list_format(cut.bytes)) << size;
    const Result<ParseOutput> output = parse_uk_ofsi(cut, "uk_ofsi");
    ASSERT_FALSE(output.ok()) << size;
    EXPECT_NE(output.error().to_string().find("cut.xlsx"), std::string::npos);
    if (size > 3) {
      EXPECT_NE(unrecognised_format_reason(cut.bytes).find("ZIP"), std::string::npos)
          << unrecognised_format_reason(cut.bytes);
    }
  }
  for (size_t at : {size_t{40}, size_t{5000}, bytes.size() / 3, bytes.size() - 100}) {
    InputFile flipped{"flipped.xlsx", bytes};
    for (size_t i = at; i < at + 16; ++i) flipped.bytes[i] = static_cast<char>(~flipped.bytes[i]);
    const Result<ParseOutput> output = parse_uk_ofsi(flipped, "uk_ofsi");
    if (!output.ok()) {
      EXPECT_NE(output.error().to_string().find("flipped.xlsx"), std::string::npos);
    }
  }
}

TEST(UkOfsiDamagedTest, InvalidUtf8IsAnErrorNamingThePart) {
  testing::TestWorkbook inline_text;
  inline_text.sheets.push_back(
      {"Data", text_row(1, kHeaders) +
                   conlist_row(2, haq({{"Name 6", "BAD\xC3\x28NAME"}, {"Group ID", "1"}}))});
  const Result<ParseOutput> in_sheet =
      parse_uk_ofsi(InputFile{"utf8.xlsx", testing::make_xlsx(inline_text)}, "uk_ofsi");
  ASSERT_FALSE(in_sheet.ok());
  EXPECT_NE(in_sheet.error().to_string().find("utf8.xlsx: xl/worksheets/sheet1.xml line 1"),
            std::string::npos)
      << in_sheet.error().to_string();

  testing::TestWorkbook shared = inline_text;
  shared.shared_strings = "<si><t>ok</t></si><si><t>BAD\xC3\x28NAME</t></si>";
  shared.sheets[0].second = text_row(1, kHeaders);
  const Result<ParseOutput> in_table =
      parse_uk_ofsi(InputFile{"utf8.xlsx", testing::make_xlsx(shared)}, "uk_ofsi");
  ASSERT_FALSE(in_table.ok());
  EXPECT_EQ(in_table.error().where.element, "xl/sharedStrings.xml");
  EXPECT_NE(in_table.error().message.find("shared string 1 is not valid UTF-8"),
            std::string::npos);
}

TEST(UkOfsiDamagedTest, ABrokenCellIsADiagnosticAndItsRowIsSkipped) {
  std::string rows = text_row(1, kHeaders) + conlist_row(2, haq({}));
  rows += "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>99</v></c><c r=\"AJ3\" t=\"inlineStr\"><is>"
          "<t>2</t></is></c></row>";
  testing::TestWorkbook workbook;
  workbook.sheets.push_back({"Data", rows});
  const ParseOutput output = parse_ok(testing::make_xlsx(workbook));
  EXPECT_EQ(output.entities.size(), 1U);
  EXPECT_EQ(output.info.skipped_records, 1U);
  ASSERT_EQ(output.diagnostics.size(), 2U);
  EXPECT_EQ(output.diagnostics[0].where.element, "Data!A3");
  EXPECT_EQ(output.diagnostics[1].message, "Group ID 2 has no name");
}

}  // namespace
}  // namespace vigil::sources
