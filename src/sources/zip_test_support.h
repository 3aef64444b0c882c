// Tests only: writes small ZIP archives and XLSX workbooks in memory, so the ZIP and XLSX
// readers can be tested on exact, hand-made bytes (stored or deflated entries, lying sizes,
// encrypted flags, damaged parts).
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::sources::testing {

struct TestZipEntry {
  std::string name;
  std::string data;
  bool deflate = true;
  // When set, the archive claims this uncompressed size instead of the true one.
  uint64_t declared_size = 0;
  bool encrypted_flag = false;
};

inline void put16(std::string& out, uint32_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>((value >> 8) & 0xFF);
}

inline void put32(std::string& out, uint32_t value) {
  put16(out, value & 0xFFFF);
  put16(out, value >> 16);
}

inline std::string raw_deflate(std::string_view data) {
  z_stream stream{};
  deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

// A ZIP archive with these entries, in order.
inline std::string make_zip(const std::vector<TestZipEntry>& entries) {
  constexpr uint32_t kLocalSignature = 0x04034b50;
  constexpr uint32_t kCentralSignature = 0x02014b50;
  constexpr uint32_t kEndSignature = 0x06054b50;
  constexpr uint32_t kVersion = 20;
  constexpr uint32_t kDosDate = 0x21;  // 1980-01-01
  std::string archive;
  std::string directory;
  for (const TestZipEntry& entry : entries) {
    const std::string body = entry.deflate ? raw_deflate(entry.data) : entry.data;
    const auto crc =
        static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(entry.data.data()),
                                    static_cast<uInt>(entry.data.size())));
    const auto size =
        static_cast<uint32_t>(entry.declared_size != 0 ? entry.declared_size : entry.data.size());
    const uint32_t method = entry.deflate ? 8 : 0;
    const uint32_t flags = entry.encrypted_flag ? 1 : 0;
    const auto offset = static_cast<uint32_t>(archive.size());
    const auto write_common = [&](std::string& out) {
      put16(out, kVersion);
      put16(out, flags);
      put16(out, method);
      put16(out, 0);
      put16(out, kDosDate);
      put32(out, crc);
      put32(out, static_cast<uint32_t>(body.size()));
      put32(out, size);
      put16(out, static_cast<uint32_t>(entry.name.size()));
      put16(out, 0);
    };
    put32(archive, kLocalSignature);
    write_common(archive);
    archive += entry.name;
    archive += body;

    put32(directory, kCentralSignature);
    put16(directory, kVersion);
    write_common(directory);
    put16(directory, 0);  // comment
    put16(directory, 0);  // disk
    put16(directory, 0);  // internal attributes
    put32(directory, 0);  // external attributes
    put32(directory, offset);
    directory += entry.name;
  }
  const auto directory_offset = static_cast<uint32_t>(archive.size());
  archive += directory;
  put32(archive, kEndSignature);
  put16(archive, 0);
  put16(archive, 0);
  put16(archive, static_cast<uint32_t>(entries.size()));
  put16(archive, static_cast<uint32_t>(entries.size()));
  put32(archive, static_cast<uint32_t>(directory.size()));
  put32(archive, directory_offset);
  put16(archive, 0);
  return archive;
}

constexpr std::string_view kSpreadsheetNamespace =
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// The parts of a small workbook; empty optional parts are left out of the archive.
struct TestWorkbook {
  std::vector<std::pair<std::string, std::string>> sheets;  // name, <sheetData> content
  std::string shared_strings;                               // <si> elements
  std::string number_formats;                               // <numFmt> elements
  std::vector<unsigned> cell_format_ids = {0};              // numFmtId of each cellXfs <xf>
  bool date1904 = false;
};

inline std::string make_xlsx(const TestWorkbook& workbook) {
  const std::string ns(kSpreadsheetNamespace);
  const std::string relationship_ns =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string sheets;
  std::string relationships;
  std::vector<TestZipEntry> entries;
  entries.push_back({"[Content_Types].xml", "<Types/>", true, 0, false});
  entries.push_back({"_rels/.rels",
                     "<Relationships><Relationship Id=\"rId1\" Type=\"" + relationship_ns +
                         "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                     true, 0, false});
  for (size_t i = 0; i < workbook.sheets.size(); ++i) {
    const std::string id = "rId" + std::to_string(i + 10);
    const std::string part = "worksheets/sheet" + std::to_string(i + 1) + ".xml";
    sheets += "<sheet name=\"" + workbook.sheets[i].first + "\" sheetId=\"" +
              std::to_string(i + 1) + "\" r:id=\"" + id + "\"/>";
    relationships += "<Relationship Id=\"" + id + "\" Type=\"" + relationship_ns +
                     "/worksheet\" Target=\"" + part + "\"/>";
    entries.push_back({"xl/" + part,
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns +
                           "\"><sheetData>" + workbook.sheets[i].second +
                           "</sheetData></worksheet>",
                       true, 0, false});
  }
  relationships +=
      "<Relationship Id=\"rId2\" Type=\"" + relationship_ns + "/styles\" Target=\"styles.xml\"/>";
  std::string formats;
  for (unsigned id : workbook.cell_format_ids) {
    formats += "<xf numFmtId=\"" + std::to_string(id) + "\"/>";
  }
  entries.push_back({"xl/styles.xml",
                     "<styleSheet xmlns=\"" + ns + "\"><numFmts>" + workbook.number_formats +
                         "</numFmts><cellXfs>" + formats + "</cellXfs></styleSheet>",
                     true, 0, false});
  if (!workbook.shared_strings.empty()) {
    relationships += "<Relationship Id=\"rId3\" Type=\"" + relationship_ns +
                     "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>";
    entries.push_back({"xl/sharedStrings.xml",
                       "<sst xmlns=\"" + ns + "\">" + workbook.shared_strings + "</sst>", true, 0,
                       false});
  }
  entries.push_back({"xl/workbook.xml",
                     "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + relationship_ns +
                         "\"><workbookPr" + (workbook.date1904 ? " date1904=\"1\"" : "") +
                         "/><sheets>" + sheets + "</sheets></workbook>",
                     true, 0, false});
  entries.push_back({"xl/_rels/workbook.xml.rels",
                     "<Relationships>" + relationships + "</Relationships>", true, 0, false});
  return make_zip(entries);
}

inline std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

// "<c r=\"B2\" t=\"inlineStr\"><is><t>text</t></is></c>": a text cell without a shared string.
inline std::string inline_cell(std::string_view reference, std::string_view text) {
  return "<c r=\"" + std::string(reference) + "\" t=\"inlineStr\"><is><t>" + xml_escape(text) +
         "</t></is></c>";
}

// A row of inline text cells from column A on; empty texts leave the cell out.
inline std::string text_row(long number, const std::vector<std::string>& texts) {
  std::string row = "<row r=\"" + std::to_string(number) + "\">";
  for (size_t column = 0; column < texts.size(); ++column) {
    if (texts[column].empty()) continue;
    std::string reference;
    for (size_t n = column + 1; n > 0; n = (n - 1) / 26) {
      reference.insert(reference.begin(), static_cast<char>('A' + (n - 1) % 26));
    }
    row += inline_cell(reference + std::to_string(number), texts[column]);
  }
  return row + "</row>";
}

}  // namespace vigil::sources::testing
