// The UK OFSI ConList parser: a hand-made workbook in ConList's published layout (a "Last
// Updated" row, the 36-column header row, one row per name), the real list of 2025-04-14
// loaded through the public loader, and damaged copies of it.
#include "sources/uk_ofsi.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "sources/entity_test_support.h"
#include "sources/list_format.h"
#include "sources/loader.h"
#include "sources/zip_test_support.h"

namespace vigil::sources {
namespace {

using testing::text_row;
using Fields = std::map<std::string, std::string>;
using testing::dates_of;
using testing::names_of;
using testing::properties_of;
using Strings = testing::Strings;

const std::vector<std::string> kHeaders = {"Name 6",
                                           "Name 1",
                                           "Name 2",
                                           "Name 3",
                                           "Name 4",
                                           "Name 5",
                                           "Title",
                                           "Name Non-Latin Script",
                                           "Non-Latin Script Type",
                                           "Non-Latin Script Language",
                                           "DOB",
                                           "Town of Birth",
                                           "Country of Birth",
                                           "Nationality",
                                           "Passport Number",
                                           "Passport Details",
                                           "National Identification Number",
                                           "National Identification Details",
                                           "Position",
                                           "Address 1",
                                           "Address 2",
                                           "Address 3",
                                           "Address 4",
                                           "Address 5",
                                           "Address 6",
                                           "Post/Zip Code",
                                           "Country",
                                           "Other Information",
                                           "Group Type",
                                           "Alias Type",
                                           "Alias Quality",
                                           "Regime",
                                           "Listed On",
                                           "UK Sanctions List Date Designated",
                                           "Last Updated",
                                           "Group ID"};

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
  rows += conlist_row(n++, haq({{"Name 6", "MITHO"},
                                {"Name 2", ""},
                                {"Alias Type", "AKA"},
                                {"Alias Quality", "Good quality"},
                                {"Name Non-Latin Script", ""}}));
  rows += conlist_row(n++, haq({{"Name 6", "PIR SAHIB"},
                                {"Name 1", ""},
                                {"Name 2", ""},
                                {"Alias Type", "AKA"},
                                {"Alias Quality", "Low quality"}}));
  rows += conlist_row(
      n++, haq({{"Name 6", "HAQUE"}, {"Alias Type", "FKA"}, {"DOB", "sometime in 1953"}}));
  const Fields ship = {
      {"Name 6", "SAM JONG 2"},
      {"Group Type", "Ship"},
      {"Alias Type", "Primary name variation"},
      {"Regime", "Democratic People's Republic of Korea"},
      {"Listed On", "03/04/2018"},
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
      {"Name 6", "ACME & SONS TRADING LLC"},
      {"Group Type", "Entity"},
      {"Alias Type", "Primary name"},
      {"Regime", "Russia"},
      {"Listed On", "01/03/2022"},
      {"Group ID", "300"},
      {"Country", "Russia"},
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
  const Entity* haq = testing::find_entity(output, "100");
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

  const Identifier* passport = testing::find_identifier(*haq, IdentifierType::kPassport, "CD-456");
  ASSERT_NE(passport, nullptr);
  EXPECT_EQ(passport->normalised, "CD456");
  EXPECT_EQ(passport->note, "British passport number");
  EXPECT_EQ(passport->country, "GB");
  ASSERT_NE(testing::find_identifier(*haq, IdentifierType::kPassport, "AB123"), nullptr);
  EXPECT_EQ(testing::find_identifier(*haq, IdentifierType::kPassport, "AB123")->country, "PK");
  EXPECT_NE(testing::find_identifier(*haq, IdentifierType::kNationalId, "12345-6789"), nullptr);
  EXPECT_NE(testing::find_identifier(*haq, IdentifierType::kOther, "GHR0086"), nullptr);
  EXPECT_NE(testing::find_identifier(*haq, IdentifierType::kPhone, "+92 (300) 5678"), nullptr);
  EXPECT_NE(testing::find_identifier(*haq, IdentifierType::kEmail, "pir@example.pk"), nullptr);

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
  const Entity* ship = testing::find_entity(output, "200");
  ASSERT_NE(ship, nullptr);
  EXPECT_EQ(ship->schema, Schema::kVessel);
  // No "Primary name" row: the first name leads.
  EXPECT_EQ(ship->names.front().full, "SAM JONG 2");
  EXPECT_EQ(ship->names.front().kind, NameKind::kPrimary);
  EXPECT_EQ(names_of(*ship, NameKind::kAlias), Strings{"AKTIVA"});
  EXPECT_TRUE(ship->names.front().parts.family.empty());
  EXPECT_NE(testing::find_identifier(*ship, IdentifierType::kImo, "7408873"), nullptr);
  EXPECT_EQ(properties_of(*ship, "vessel_flag"), Strings{"North Korea"});
  EXPECT_EQ(properties_of(*ship, "former_vessel_flag"), Strings{"Russia"});
  EXPECT_EQ(properties_of(*ship, "vessel_owner"), Strings{"Korea Samjong Shipping"});
  EXPECT_EQ(properties_of(*ship, "vessel_build_year"), Strings{"1975"});

  const Entity* company = testing::find_entity(output, "300");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->schema, Schema::kOrganization);
  EXPECT_EQ(company->names.front().full, "ACME & SONS TRADING LLC");
  ASSERT_EQ(company->sanctions.size(), 2U);
  EXPECT_EQ(company->sanctions[1].program, "Belarus");
  EXPECT_EQ(company->sanctions[1].listed_on, "2022-03-02");
  EXPECT_NE(testing::find_identifier(*company, IdentifierType::kRegistration, "1155190006454"),
            nullptr);
  const Identifier* tax = testing::find_identifier(*company, IdentifierType::kTaxId, "5112000907");
  ASSERT_NE(tax, nullptr);
  EXPECT_EQ(tax->label, "TIN");
  EXPECT_NE(testing::find_identifier(*company, IdentifierType::kWebsite, "https://acme.example"),
            nullptr);
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
  EXPECT_NE(in_table.error().message.find("shared string 1 is not valid UTF-8"), std::string::npos);
}

TEST(UkOfsiDamagedTest, ABrokenCellIsADiagnosticAndItsRowIsSkipped) {
  std::string rows = text_row(1, kHeaders) + conlist_row(2, haq({}));
  rows +=
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>99</v></c><c r=\"AJ3\" t=\"inlineStr\"><is>"
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
