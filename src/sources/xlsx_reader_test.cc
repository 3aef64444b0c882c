#include "sources/xlsx_reader.h"

#include <gtest/gtest.h>

#include <array>

#include "sources/xlsx_cells.h"
#include "sources/xlsx_table.h"
#include "sources/zip_test_support.h"

namespace vigil::sources::xlsx {
namespace {

using testing::make_xlsx;
using testing::make_zip;
using testing::TestWorkbook;

// Shared strings: plain, rich text in runs, with a phonetic run to leave out, with an escaped
// carriage return and leading spaces kept by xml:space.
constexpr std::string_view kSharedStrings =
    "<si><t>Name</t></si>"
    "<si><r><rPr><b/></rPr><t>Rich </t></r><r><t>text</t></r></si>"
    "<si><t>Kanji</t><rPh sb=\"0\" eb=\"1\"><t>kana</t></rPh></si>"
    "<si><t>line_x000D_break</t></si>"
    "<si><t xml:space=\"preserve\">  spaced </t></si>";

TestWorkbook sample_workbook() {
  TestWorkbook workbook;
  workbook.shared_strings = std::string(kSharedStrings);
  workbook.number_formats = "<numFmt numFmtId=\"164\" formatCode=\"dd/MM/yyyy\"/>";
  // Style 0 General, 1 custom day format, 2 "mmm-yy", 3 a time.
  workbook.cell_format_ids = {0, 164, 17, 20};
  workbook.sheets.push_back(
      {"Data",
       "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
       "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
       "<c r=\"D2\" t=\"s\"><v>4</v></c></row>"
       "<row r=\"4\"><c r=\"A4\"><v>1963</v></c><c r=\"B4\" s=\"1\"><v>46058</v></c>"
       "<c r=\"C4\" s=\"2\"><v>23864</v></c><c r=\"D4\" s=\"3\"><v>0.5</v></c>"
       "<c r=\"E4\" t=\"b\"><v>1</v></c><c r=\"F4\" t=\"e\"><v>#N/A</v></c>"
       "<c r=\"G4\" t=\"str\"><f>A1</f><v>Name</v></c>"
       "<c r=\"H4\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"
       "<c r=\"I4\"/></row>"
       // Neither rows nor cells need a reference: they follow the previous one.
       "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c><v>7</v></c></row>"});
  workbook.sheets.push_back({"Second", testing::text_row(1, {"only", "", "here"})});
  return workbook;
}

Sheet read_ok(const std::string& bytes, SheetRequest request = {}) {
  Result<Sheet> sheet = read_sheet(bytes, "book.xlsx", request);
  EXPECT_TRUE(sheet.ok()) << sheet.error().to_string();
  return sheet.ok() ? std::move(sheet).value() : Sheet{};
}

TEST(XlsxReaderTest, ColumnReferences) {
  EXPECT_EQ(column_index("A1"), 0U);
  EXPECT_EQ(column_index("Z9"), 25U);
  EXPECT_EQ(column_index("AA10"), 26U);
  EXPECT_EQ(column_index("AJ18800"), 35U);
  EXPECT_EQ(column_index("XFD1"), kMaxColumns - 1);
  EXPECT_FALSE(column_index("XFE1"));
  EXPECT_FALSE(column_index("ZZZZZZZZ1"));
  EXPECT_FALSE(column_index("1A"));
  EXPECT_FALSE(column_index("a1"));
  EXPECT_FALSE(column_index("A1x"));
  for (size_t column : {0U, 25U, 26U, 701U, 702U, 16383U}) {
    EXPECT_EQ(column_index(column_name(column) + "1"), column) << column_name(column);
  }
  EXPECT_EQ(column_name(27), "AB");
}

TEST(XlsxReaderTest, SerialDates) {
  const auto iso = [](double serial, bool date1904 = false) {
    const std::optional<PartialDate> date = serial_date(serial, date1904);
    return date ? date->to_iso() : std::string("none");
  };
  EXPECT_EQ(iso(1), "1900-01-01");
  EXPECT_EQ(iso(59), "1900-02-28");
  EXPECT_EQ(iso(60), "none");  // Excel's 29 February 1900, which never was
  EXPECT_EQ(iso(61), "1900-03-01");
  EXPECT_EQ(iso(25569), "1970-01-01");
  EXPECT_EQ(iso(46058), "2026-02-05");
  EXPECT_EQ(iso(46058.75), "2026-02-05");
  EXPECT_EQ(iso(2958465), "9999-12-31");
  EXPECT_EQ(iso(2958466), "none");
  EXPECT_EQ(iso(0), "none");
  EXPECT_EQ(iso(-1), "none");
  EXPECT_EQ(iso(0, true), "1904-01-01");
  EXPECT_EQ(iso(44561, true), "2026-01-01");
}

TEST(XlsxReaderTest, DatePrecisionOfNumberFormats) {
  EXPECT_EQ(date_precision(14, ""), DatePrecision::kDay);
  EXPECT_EQ(date_precision(15, ""), DatePrecision::kDay);
  EXPECT_EQ(date_precision(17, ""), DatePrecision::kMonth);
  EXPECT_EQ(date_precision(20, ""), DatePrecision::kNone);  // h:mm
  EXPECT_EQ(date_precision(0, ""), DatePrecision::kNone);
  EXPECT_EQ(date_precision(164, "dd/MM/yyyy"), DatePrecision::kDay);
  EXPECT_EQ(date_precision(165, "mmm yyyy"), DatePrecision::kMonth);
  EXPECT_EQ(date_precision(166, "yyyy"), DatePrecision::kYear);
  EXPECT_EQ(date_precision(167, "h:mm:ss"), DatePrecision::kNone);
  EXPECT_EQ(date_precision(168, "[Red]0.00;\"day\"0"), DatePrecision::kNone);
  EXPECT_EQ(date_precision(169, "\\d0.0"), DatePrecision::kNone);
  EXPECT_EQ(date_precision(170, "[$-409]d-mmm-yy;@"), DatePrecision::kDay);
}

TEST(XlsxReaderTest, DecodesOoxmlEscapes) {
  EXPECT_EQ(decode_escapes("a_x000D_b"), "a\rb");
  EXPECT_EQ(decode_escapes("_x005F_x000D_"), "_x000D_");
  EXPECT_EQ(decode_escapes("_x00E9_"), "\xC3\xA9");
  EXPECT_EQ(decode_escapes("_x00ZZ_ and _x00"), "_x00ZZ_ and _x00");
}

TEST(XlsxReaderTest, ReadsEveryKindOfCellAtItsColumn) {
  const Sheet sheet = read_ok(make_xlsx(sample_workbook()));
  EXPECT_EQ(sheet.name, "Data");
  EXPECT_FALSE(sheet.date1904);
  EXPECT_TRUE(sheet.diagnostics.empty());
  ASSERT_EQ(sheet.rows.size(), 4U);

  const Row& first = sheet.rows[0];
  EXPECT_EQ(first.number, 1);
  EXPECT_EQ(first.at(0).text, "Name");
  EXPECT_EQ(first.at(1).type, CellType::kEmpty);  // the gap keeps C1 in column C
  EXPECT_EQ(first.at(2).text, "Rich text");
  EXPECT_EQ(first.at(99).type, CellType::kEmpty);

  const Row& second = sheet.rows[1];
  EXPECT_EQ(second.at(0).text, "Kanji");
  EXPECT_EQ(second.at(1).text, "line\rbreak");
  EXPECT_EQ(second.at(3).text, "  spaced ");
  EXPECT_EQ(cell_text(second, 3), "spaced");

  const Row& fourth = sheet.rows[2];
  EXPECT_EQ(fourth.number, 4);
  EXPECT_EQ(fourth.at(0).type, CellType::kNumber);
  EXPECT_EQ(fourth.at(0).text, "1963");
  EXPECT_EQ(fourth.at(0).date_format, DatePrecision::kNone);
  EXPECT_FALSE(cell_date(fourth.at(0), false));
  EXPECT_EQ(cell_number(fourth.at(0)), 1963.0);
  EXPECT_EQ(cell_date(fourth.at(1), false)->to_iso(), "2026-02-05");
  EXPECT_EQ(cell_date(fourth.at(2), false)->to_iso(), "1965-05");  // "mmm-yy" hides the day
  EXPECT_FALSE(cell_date(fourth.at(3), false));                    // a time of day
  EXPECT_EQ(fourth.at(4).type, CellType::kBoolean);
  EXPECT_EQ(fourth.at(4).text, "1");
  EXPECT_EQ(fourth.at(5).type, CellType::kError);
  EXPECT_EQ(fourth.at(5).text, "#N/A");
  EXPECT_EQ(fourth.at(6).text, "Name");  // a formula's cached value
  EXPECT_EQ(fourth.at(7).text, "inline");
  EXPECT_EQ(fourth.cells.size(), 8U);  // the empty I4 adds nothing

  const Row& fifth = sheet.rows[3];
  EXPECT_EQ(fifth.number, 5);
  EXPECT_EQ(fifth.at(0).text, "x");
  EXPECT_EQ(fifth.at(1).text, "7");
}

TEST(XlsxReaderTest, ReadsASheetByName) {
  const std::string bytes = make_xlsx(sample_workbook());
  const Sheet sheet = read_ok(bytes, SheetRequest{"Second", 0});
  EXPECT_EQ(sheet.name, "Second");
  ASSERT_EQ(sheet.rows.size(), 1U);
  EXPECT_EQ(sheet.rows[0].at(2).text, "here");

  const Result<Sheet> missing = read_sheet(bytes, "book.xlsx", SheetRequest{"Third", 0});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message.find("'Data', 'Second'"), std::string::npos)
      << missing.error().to_string();
}

TEST(XlsxReaderTest, ReadsOnlyTheFirstRowsWhenAsked) {
  const Sheet head = read_ok(make_xlsx(sample_workbook()), SheetRequest{{}, 2});
  ASSERT_EQ(head.rows.size(), 2U);
  EXPECT_EQ(head.rows[1].at(0).text, "Kanji");
}

TEST(XlsxReaderTest, UsesThe1904DateSystemWhenTheWorkbookSaysSo) {
  TestWorkbook workbook = sample_workbook();
  workbook.date1904 = true;
  const Sheet sheet = read_ok(make_xlsx(workbook));
  EXPECT_TRUE(sheet.date1904);
  EXPECT_EQ(cell_date(sheet.rows[2].at(1), sheet.date1904)->to_iso(), "2030-02-06");
}

TEST(XlsxReaderTest, BadCellsAreSkippedWithADiagnostic) {
  TestWorkbook workbook;
  workbook.shared_strings = "<si><t>one</t></si>";
  workbook.sheets.push_back({"S",
                             "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c>"
                             "<c r=\"B1\" t=\"s\"><v>x</v></c><c r=\"1C\"><v>1</v></c>"
                             "<c r=\"D1\" t=\"z\"><v>1</v></c><c r=\"E1\" t=\"s\"><v>0</v></c>"
                             "</row><row r=\"0\"><c><v>1</v></c></row>"});
  const Sheet sheet = read_ok(make_xlsx(workbook));
  ASSERT_EQ(sheet.rows.size(), 1U);
  EXPECT_EQ(sheet.rows[0].at(4).text, "one");
  ASSERT_EQ(sheet.diagnostics.size(), 5U);
  EXPECT_EQ(sheet.diagnostics[0].where.element, "S!A1");
  EXPECT_NE(sheet.diagnostics[0].message.find("shared string index '5' out of range"),
            std::string::npos);
  EXPECT_EQ(sheet.diagnostics[0].where.file, "book.xlsx");
  EXPECT_NE(sheet.diagnostics[2].message.find("bad cell reference"), std::string::npos);
  EXPECT_NE(sheet.diagnostics[3].message.find("unknown cell type 'z'"), std::string::npos);
  EXPECT_NE(sheet.diagnostics[4].message.find("row number out of range"), std::string::npos);
}

TEST(XlsxReaderTest, MalformedSheetXmlIsAnErrorNamingThePartAndLine) {
  TestWorkbook workbook;
  workbook.sheets.push_back({"S", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>"});
  const Result<Sheet> sheet = read_sheet(make_xlsx(workbook), "bad.xlsx", {});
  ASSERT_FALSE(sheet.ok());
  EXPECT_EQ(sheet.error().code, ErrorCode::kMalformed);
  EXPECT_EQ(sheet.error().where.file, "bad.xlsx");
  EXPECT_EQ(sheet.error().where.element, "xl/worksheets/sheet1.xml line 1");
  EXPECT_NE(sheet.error().message.find("mismatched tag"), std::string::npos)
      << sheet.error().to_string();
}

TEST(XlsxReaderTest, AZipWithoutAWorkbookIsNotAnXlsx) {
  const std::string zip = make_zip({{"readme.txt", "hello", true, 0, false}});
  EXPECT_FALSE(is_xlsx(zip));
  EXPECT_FALSE(is_xlsx("not a zip"));
  EXPECT_TRUE(is_xlsx(make_xlsx(sample_workbook())));
  const Result<Sheet> sheet = read_sheet(zip, "plain.zip", {});
  ASSERT_FALSE(sheet.ok());
  EXPECT_EQ(sheet.error().code, ErrorCode::kFormat);
  EXPECT_NE(sheet.error().message.find("not an XLSX workbook"), std::string::npos);
}

TEST(XlsxReaderTest, FindsTheHeaderRowAndItsColumns) {
  const std::string bytes = make_xlsx(sample_workbook());
  const std::array<std::string_view, 2> headers = {"Kanji", "spaced"};
  const std::array<std::string_view, 1> absent = {"Nope"};
  EXPECT_TRUE(has_header_row(bytes, headers, 2));
  EXPECT_FALSE(has_header_row(bytes, headers, 1));
  EXPECT_FALSE(has_header_row(bytes, absent, 5));
  EXPECT_FALSE(has_header_row("garbage", headers, 5));
  const Sheet sheet = read_ok(bytes);
  ASSERT_EQ(find_header_row(sheet, headers), 1U);
  const ColumnMap columns(sheet.rows[1]);
  EXPECT_EQ(columns.find("spaced"), 3U);
  EXPECT_FALSE(columns.find("Nope"));
  EXPECT_EQ(columns.missing(absent).size(), 1U);
  EXPECT_EQ(quoted_headers(headers), "'Kanji', 'spaced'");
}

TEST(XlsxReaderTest, ReadsTheHeadOfTheRealOfsiWorkbook) {
  const Result<InputFile> file =
      read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/uk_ofsi/ConList.xlsx");
  ASSERT_TRUE(file.ok()) << file.error().to_string();
  const Sheet head = read_ok(file->bytes, SheetRequest{{}, 3});
  EXPECT_EQ(head.name, "Data");
  ASSERT_EQ(head.rows.size(), 3U);
  EXPECT_EQ(head.rows[0].at(0).text, "Last Updated");
  EXPECT_EQ(head.rows[0].at(1).text, "14/04/2025");
  EXPECT_EQ(head.rows[1].at(0).text, "Name 6");
  EXPECT_EQ(head.rows[1].at(*column_index("AJ2")).text, "Group ID");
  EXPECT_EQ(head.rows[2].at(0).text, "MITHOO");
}

}  // namespace
}  // namespace vigil::sources::xlsx
