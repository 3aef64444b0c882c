// The DFAT Consolidated List parser: a hand-made workbook in DFAT's published layout (the
// 19-column header, a numbered Reference row and its lettered alias rows, dates as Excel
// serials or text), the real list of February 2026 through the public loader, and damaged
// copies of it.
#include "sources/au_dfat.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <map>

#include "sources/entity_test_support.h"
#include "sources/list_format.h"
#include "sources/loader.h"
#include "sources/zip_test_support.h"

namespace vigil::sources {
namespace {

using testing::inline_cell;
using testing::text_row;
using Strings = testing::Strings;
using testing::dates_of;
using testing::names_of;
using testing::properties_of;

const Strings kHeaders = {"Reference",
                          "Name of Individual or Entity",
                          "Type",
                          "Name Type",
                          "Alias Strength",
                          "Date of Birth",
                          "Place of Birth",
                          "Citizenship",
                          "Address",
                          "Additional Information",
                          "Listing Information",
                          "IMO Number",
                          "Committees",
                          "Control Date",
                          "Instrument of Designation",
                          "Targeted Financial Sanction",
                          "Travel Ban",
                          "Arms Embargo",
                          "Maritime Restriction"};

constexpr unsigned kDateStyle = 1;   // numFmtId 14, a day-precision date
constexpr unsigned kMonthStyle = 2;  // numFmtId 17, "mmm-yy"

// Cells as DFAT writes them: numbers, dates as serials, measures as booleans.
std::string number_cell(std::string_view reference, std::string_view value, unsigned style = 0) {
  return "<c r=\"" + std::string(reference) + "\" s=\"" + std::to_string(style) + "\"><v>" +
         std::string(value) + "</v></c>";
}
std::string boolean_cell(std::string_view reference, bool value) {
  return "<c r=\"" + std::string(reference) + "\" t=\"b\"><v>" + (value ? "1" : "0") + "</v></c>";
}

struct DfatRow {
  std::string reference;  // a number cell when all digits
  std::string name;
  std::string type;
  std::string name_type;
  std::string strength;
  std::string birth_date;  // text; see birth_serial
  std::string birth_serial;
  std::string place;
  std::string citizenship;
  std::string address;
  std::string additional;
  std::string listing;
  std::string imo;
  std::string committees;
  std::string control_serial;
  std::string instrument;
  std::array<bool, 4> measures{};
};

std::string dfat_row(long n, const DfatRow& r) {
  const std::string row = std::to_string(n);
  const bool numeric =
      !r.reference.empty() && std::all_of(r.reference.begin(), r.reference.end(),
                                          [](char c) { return c >= '0' && c <= '9'; });
  std::string xml = "<row r=\"" + row + "\">";
  xml += numeric ? number_cell("A" + row, r.reference) : inline_cell("A" + row, r.reference);
  const auto text = [&](std::string_view column, const std::string& value) {
    if (!value.empty()) xml += inline_cell(std::string(column) + row, value);
  };
  text("B", r.name);
  text("C", r.type);
  text("D", r.name_type);
  text("E", r.strength);
  if (!r.birth_serial.empty()) xml += number_cell("F" + row, r.birth_serial, kDateStyle);
  text("F", r.birth_date);
  text("G", r.place);
  text("H", r.citizenship);
  text("I", r.address);
  text("J", r.additional);
  text("K", r.listing);
  if (!r.imo.empty()) xml += number_cell("L" + row, r.imo);
  text("M", r.committees);
  if (!r.control_serial.empty()) xml += number_cell("N" + row, r.control_serial, kDateStyle);
  text("O", r.instrument);
  const std::array<std::string_view, 4> columns = {"P", "Q", "R", "S"};
  for (size_t i = 0; i < columns.size(); ++i) {
    xml += boolean_cell(std::string(columns[i]) + row, r.measures[i]);
  }
  return xml + "</row>";
}

DfatRow hassan(std::string reference, std::string name, std::string name_type,
               std::string strength = {}) {
  DfatRow row;
  row.reference = std::move(reference);
  row.name = std::move(name);
  row.type = "Individual";
  row.name_type = std::move(name_type);
  row.strength = std::move(strength);
  row.birth_serial = "23864";
  row.place = "a) Kandahar, Afghanistan b) Kabul";
  row.citizenship = "Afghanistan, Pakistan";
  row.address = "a) Kabul, Afghanistan\xC2\xA0 b) Quetta, Pakistan (previous address)";
  row.additional = "TAi.999. Title: Mullah. Website: http://example.af";
  row.listing = "Listed by UN 1267 Committee on 25 January 2001 (amended on 9 July 2007)";
  row.committees = "1988 (Taliban)";
  row.control_serial = "46058";
  row.instrument = "Charter of the United Nations (Sanctions—the Taliban) Regulation 2013";
  row.measures = {true, true, true, false};
  return row;
}

std::string sample_list() {
  std::string rows = text_row(1, kHeaders);
  long n = 2;
  rows += dfat_row(n++, hassan("1", "Mohammad HASSAN", "Primary Name"));
  rows += dfat_row(n++, hassan("1a", "Muhammad Hasan", "Alias", "Strong"));
  rows += dfat_row(n++, hassan("1b", "The Mullah", "Alias", "Weak"));
  rows += dfat_row(n++, hassan("1c", "محمد حسن", "Original Script"));
  DfatRow petrov;
  petrov.reference = "2";
  petrov.name = "Ivan PETROV";
  petrov.type = "Individual";
  petrov.name_type = "Primary Name";
  petrov.birth_date =
      "1/02/1960, 1961,\xC2\xA0"
      "Approximately 1965";
  petrov.citizenship = "Russia";
  petrov.committees = "Autonomous (Russia)";
  petrov.listing = "Autonomous Sanctions Amendment (No. 1) Instrument 2025";
  petrov.instrument = petrov.listing;
  petrov.control_serial = "45000";
  rows += dfat_row(n++, petrov);
  petrov.reference = "2a";
  petrov.name = "Iwan Petrow";
  petrov.name_type = "Alias";
  petrov.birth_date = "10/061962";
  rows += dfat_row(n++, petrov);
  DfatRow vessel;
  vessel.reference = "3";
  vessel.name = "NOCTIS";
  vessel.type = "Vessel";
  vessel.name_type = "Primary Name";
  vessel.imo = "9258868";
  vessel.additional = "Previous names include ASHER";
  vessel.committees = "Autonomous (Vessels)";
  vessel.control_serial = "45826";
  vessel.measures = {false, false, false, true};
  rows += dfat_row(n++, vessel);
  DfatRow unnumbered;
  unnumbered.reference = "abc";
  unnumbered.name = "No Reference";
  rows += dfat_row(n++, unnumbered);
  DfatRow nameless;
  nameless.reference = "4";
  nameless.type = "Entity";
  rows += dfat_row(n++, nameless);
  testing::TestWorkbook workbook;
  workbook.cell_format_ids = {0, 14, 17};
  workbook.sheets.push_back({"Consolidated List", rows});
  return testing::make_xlsx(workbook);
}

ParseOutput parse_ok(const std::string& bytes) {
  Result<ParseOutput> output = parse_au_dfat(InputFile{"dfat.xlsx", bytes}, "au_dfat");
  EXPECT_TRUE(output.ok()) << output.error().to_string();
  return output.ok() ? std::move(output).value() : ParseOutput{};
}

TEST(AuDfatTest, IsDetectedFromItsContent) {
  const std::string bytes = sample_list();
  EXPECT_TRUE(is_au_dfat_xlsx(bytes));
  EXPECT_EQ(detect_list_format(bytes), ListFormat::kAuDfatXlsx);
  EXPECT_EQ(format_id(ListFormat::kAuDfatXlsx), "au_dfat_xlsx");
  testing::TestWorkbook other;
  other.sheets.push_back({"Data", text_row(1, {"Reference", "Name"})});
  const std::string not_dfat = testing::make_xlsx(other);
  EXPECT_FALSE(is_au_dfat_xlsx(not_dfat));
  EXPECT_FALSE(detect_list_format(not_dfat));
  EXPECT_NE(unrecognised_format_reason(not_dfat).find("header row"), std::string::npos);
}

TEST(AuDfatTest, GroupsLetteredRowsUnderTheirReference) {
  const ParseOutput output = parse_ok(sample_list());
  EXPECT_EQ(output.info.id, "au_dfat");
  EXPECT_EQ(output.info.authority, "Australia DFAT");
  EXPECT_EQ(output.info.publication_date, "2026-02-05");  // the latest Control Date
  ASSERT_EQ(output.entities.size(), 3U);
  EXPECT_EQ(output.info.skipped_records, 2U);
  std::string all;
  for (const Diagnostic& diagnostic : output.diagnostics) all += diagnostic.to_string() + "\n";
  ASSERT_EQ(output.diagnostics.size(), 3U) << all;
  EXPECT_EQ(output.diagnostics[0].where.element, "Consolidated List row 9");
  EXPECT_NE(output.diagnostics[0].message.find("without a Reference number"), std::string::npos);
  EXPECT_EQ(output.diagnostics[1].where.element, "Consolidated List row 7");
  EXPECT_NE(output.diagnostics[1].message.find("'10/061962'"), std::string::npos);
  EXPECT_EQ(output.diagnostics[2].message, "Reference 4 has no name");
}

TEST(AuDfatTest, ReadsAnIndividualFieldByField) {
  const ParseOutput output = parse_ok(sample_list());
  const Entity* e = testing::find_entity(output, "1");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "au_dfat:1");
  EXPECT_EQ(e->schema, Schema::kPerson);
  EXPECT_EQ(e->names.front().full, "Mohammad HASSAN");
  EXPECT_EQ(e->names.front().kind, NameKind::kPrimary);
  EXPECT_EQ(names_of(*e, NameKind::kAlias), Strings{"Muhammad Hasan"});
  EXPECT_EQ(names_of(*e, NameKind::kWeakAlias), Strings{"The Mullah"});
  EXPECT_EQ(names_of(*e, NameKind::kNativeScript), Strings{"محمد حسن"});
  EXPECT_EQ(e->names.back().script, "Arab");
  EXPECT_EQ(dates_of(*e), Strings{"1965-05-02"});
  EXPECT_EQ(e->birth_places, (Strings{"Kandahar, Afghanistan", "Kabul"}));
  EXPECT_EQ(e->citizenships, (Strings{"AF", "PK"}));
  ASSERT_EQ(e->addresses.size(), 2U);
  EXPECT_EQ(e->addresses[0].street, "Kabul");
  EXPECT_EQ(e->addresses[0].country, "AF");
  EXPECT_EQ(e->addresses[1].street, "Quetta");
  EXPECT_EQ(e->addresses[1].country, "PK");
  EXPECT_EQ(e->addresses[1].note, "previous address");
  EXPECT_EQ(e->countries, (Strings{"AF", "PK"}));
  EXPECT_NE(testing::find_identifier(*e, IdentifierType::kOther, "TAi.999"), nullptr);
  EXPECT_NE(testing::find_identifier(*e, IdentifierType::kWebsite, "http://example.af"), nullptr);
  EXPECT_EQ(properties_of(*e, "un_reference_number"), Strings{"TAi.999"});
  ASSERT_EQ(e->sanctions.size(), 1U);
  EXPECT_EQ(e->sanctions[0].authority, "Australia DFAT");
  EXPECT_EQ(e->sanctions[0].program, "1988 (Taliban)");
  EXPECT_EQ(e->sanctions[0].legal_basis,
            "Charter of the United Nations (Sanctions—the Taliban) Regulation 2013");
  EXPECT_EQ(e->sanctions[0].listed_on, "2001-01-25");
  EXPECT_EQ(properties_of(*e, "control_date"), Strings{"2026-02-05"});
  EXPECT_EQ(properties_of(*e, "sanction_measure"),
            (Strings{"Targeted Financial Sanction", "Travel Ban", "Arms Embargo"}));
  EXPECT_EQ(e->remarks, "TAi.999. Title: Mullah. Website: http://example.af");
  EXPECT_NE(e->content_hash, 0U);
}

TEST(AuDfatTest, ReadsTextDatesAndVessels) {
  const ParseOutput output = parse_ok(sample_list());
  const Entity* petrov = testing::find_entity(output, "2");
  ASSERT_NE(petrov, nullptr);
  EXPECT_EQ(dates_of(*petrov), (Strings{"1960-02-01", "1961", "~1965"}));
  EXPECT_EQ(properties_of(*petrov, "birth_date"), Strings{"10/061962"});
  EXPECT_EQ(petrov->citizenships, Strings{"RU"});
  EXPECT_EQ(petrov->sanctions[0].listed_on, "");

  const Entity* vessel = testing::find_entity(output, "3");
  ASSERT_NE(vessel, nullptr);
  EXPECT_EQ(vessel->schema, Schema::kVessel);
  EXPECT_EQ(names_of(*vessel, NameKind::kFormer), Strings{"ASHER"});
  const Identifier* imo = testing::find_identifier(*vessel, IdentifierType::kImo, "9258868");
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->label, "IMO Number");
  EXPECT_EQ(properties_of(*vessel, "sanction_measure"), Strings{"Maritime Restriction"});
}

TEST(AuDfatTest, AWorkbookWithoutTheHeaderIsAnError) {
  testing::TestWorkbook workbook;
  workbook.sheets.push_back({"Sheet1", text_row(1, {"Reference", "Type"})});
  const Result<ParseOutput> output =
      parse_au_dfat(InputFile{"other.xlsx", testing::make_xlsx(workbook)}, "au_dfat");
  ASSERT_FALSE(output.ok());
  EXPECT_EQ(output.error().code, ErrorCode::kFormat);
  EXPECT_NE(output.error().to_string().find("other.xlsx: sheet 'Sheet1'"), std::string::npos)
      << output.error().to_string();
}

}  // namespace
}  // namespace vigil::sources
