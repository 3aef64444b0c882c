#include "sources/us_csl_csv.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <array>
#include <iostream>
#include <map>

#include "sources/damaged_input_test_util.h"
#include "sources/loader.h"
#include "sources/us_csl_row.h"

namespace vigil::sources {
namespace {

constexpr std::string_view kDataset = "csl_test";

constexpr std::string_view kHeader =
    "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
    "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,"
    "vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,"
    "source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,"
    "source_information_url,ids\n";

// Rows copied from the 2022 file (consolidated.csv.gz), one per kind of list and cell.
constexpr std::string_view kRows =
    "17291,Specially Designated Nationals (SDN) - Treasury Department,17291,Individual,SDGT,"
    "\"'ABD AL-SALAM, 'Abd al-Malik Muhammad Yusuf 'Uthman\",,,,,,,,,,,,,,,,"
    "http://bit.ly/1I7ipyR,\"'ABD-AL-SALAM, 'Abd al-Malik Muhammad Yusif; 'Umar al-Qatari\","
    ",1989-07-13,JO,,http://bit.ly/1MLgpye,"
    "\"QA, 28940000602, National ID No.; JO, 2014-08-30, 2009-08-31, K475336, Passport; "
    "Male, Gender\"\n"
    "25277,Specially Designated Nationals (SDN) - Treasury Department,25277,Vessel,"
    "NPWMD; IRAN; IFSR,AAJ,,,,,,,,,,Crew/Supply Vessel,,,Iran,,"
    "(Linked To: ISLAMIC REPUBLIC OF IRAN SHIPPING LINES),http://bit.ly/1I7ipyR,,,,,,"
    "http://bit.ly/1MLgpye,\"IMO 8984484, Vessel Registration Identification; Subject to "
    "Secondary Sanctions, Additional Sanctions Information -\"\n"
    "267da7813455168564eaae714f5aa66da0e66c6a,Entity List (EL) - Bureau of Industry and Security,"
    ",,,Mohammad Ghassem Najafi,,\"Unit 705, No. 103, Potbediteley Ave.,, Minsk, BY\","
    "83 FR 48534,2018-09-26,,,For all items subject to the EAR.  (See §744.11 of the EAR),"
    "Presumption of denial.,,,,,,,,http://bit.ly/1L47xrV,\"Mohammad Najafi; and M. G. Najafi\","
    ",,,,http://bit.ly/1L47xrV,\n"
    "34616,Capta List (CAP) - Treasury Department,34616,Entity,RUSSIA-EO14024,"
    "ARIMERO HOLDING LIMITED,,\"Agiou Andreou, 332, Partician Chambers, Limassol, 3035, CY\","
    ",,,,,,,,,,,,(Linked To: PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA),,,,,,,"
    "http://bit.ly/2PqohAD,\"CY, C146742, Registration Number\"\n"
    "34616,Specially Designated Nationals (SDN) - Treasury Department,34616,Entity,"
    "RUSSIA-EO14024,ARIMERO HOLDING LIMITED,,\"Agiou Andreou, 332, Partician Chambers, Limassol,"
    " 3035, CY\",,,,,,,,,,,,,(Linked To: PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA),"
    "http://bit.ly/1I7ipyR,,,,,,http://bit.ly/1MLgpye,\"CY, C146742, Registration Number\"\n";

std::string sample() { return std::string(kHeader) + std::string(kRows); }

std::string gzip(std::string_view text) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&stream, text.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

InputFile file_of(std::string_view bytes, std::string path = "consolidated.csv") {
  return InputFile{std::move(path), std::string(bytes)};
}

ParseOutput parse_ok(std::string_view bytes) {
  Result<ParseOutput> output = parse_us_csl_csv(file_of(bytes), kDataset);
  EXPECT_TRUE(output.ok()) << output.error().to_string();
  return output.ok() ? std::move(output).value() : ParseOutput{};
}

const Entity* find(const std::vector<Entity>& entities, std::string_view source_id) {
  for (const Entity& entity : entities) {
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

using Strings = std::vector<std::string>;

TEST(UsCslDetectTest, RecognisesTheHeaderPlainOrGzipped) {
  EXPECT_TRUE(is_us_csl_csv(sample()));
  EXPECT_TRUE(is_us_csl_csv(gzip(sample())));
  EXPECT_TRUE(is_us_csl_csv("id,source,name,alt_names\r\n"));
  EXPECT_FALSE(is_us_csl_csv("36,AEROCARIBBEAN AIRLINES,-0-,CUBA,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-"));
  EXPECT_FALSE(is_us_csl_csv(gzip("hello,world\n")));
  EXPECT_FALSE(is_us_csl_csv(""));
}

TEST(UsCslRowTest, ListCodesFromTheSourceColumn) {
  EXPECT_EQ(us_csl::csl_list("Entity List (EL) - Bureau of Industry and Security").code, "EL");
  EXPECT_EQ(us_csl::csl_list("Entity List (EL) - Bureau of Industry and Security").agency,
            "Bureau of Industry and Security");
  EXPECT_EQ(us_csl::csl_list("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury "
                             "Department")
                .code,
            "NS-MBS");
  EXPECT_EQ(us_csl::csl_list("Military End User (MEU) List - Bureau of Industry and Security").code,
            "MEU");
  EXPECT_EQ(us_csl::csl_list("Some New List").code, "Some New List");
}

TEST(UsCslCsvTest, TreasuryPersonWithIdsDatesAndAliases) {
  const ParseOutput output = parse_ok(sample());
  EXPECT_EQ(output.info.entity_count, 5u);
  const Entity* person = find(output.entities, "SDN-17291");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->id, "csl_test:SDN-17291");
  EXPECT_EQ(person->schema, Schema::kPerson);
  EXPECT_EQ(person->names[0].full, "'Abd al-Malik Muhammad Yusuf 'Uthman 'ABD AL-SALAM");
  EXPECT_EQ(person->names[0].parts.family, "'ABD AL-SALAM");
  ASSERT_EQ(person->names.size(), 3u);
  EXPECT_EQ(person->names[2].full, "'Umar al-Qatari");
  EXPECT_EQ(property_values(*person, "list"), Strings{"SDN"});
  ASSERT_EQ(person->sanctions.size(), 1u);
  EXPECT_EQ(person->sanctions[0].authority, "Treasury Department");
  EXPECT_EQ(person->sanctions[0].program, "SDGT");
  EXPECT_EQ(person->sanctions[0].legal_basis, "E.O. 13224");
  EXPECT_EQ(person->birth_dates.at(0).to_string(), "1989-07-13");
  EXPECT_EQ(person->nationalities, Strings{"JO"});
  EXPECT_EQ(person->gender, Gender::kMale);
  ASSERT_EQ(person->identifiers.size(), 2u);
  EXPECT_EQ(person->identifiers[0].type, IdentifierType::kNationalId);
  EXPECT_EQ(person->identifiers[0].country, "QA");
  const Identifier& passport = person->identifiers[1];
  EXPECT_EQ(passport.type, IdentifierType::kPassport);
  EXPECT_EQ(passport.value, "K475336");
  EXPECT_EQ(passport.country, "JO");
  EXPECT_EQ(passport.expires, "2014-08-30");
  EXPECT_EQ(passport.issued, "2009-08-31");
}

TEST(UsCslCsvTest, VesselsAndExportListEntries) {
  const ParseOutput output = parse_ok(sample());
  const Entity* vessel = find(output.entities, "SDN-25277");
  ASSERT_NE(vessel, nullptr);
  EXPECT_EQ(vessel->schema, Schema::kVessel);
  EXPECT_EQ(vessel->sanctions.size(), 3u);
  EXPECT_EQ(vessel->identifiers.at(0).type, IdentifierType::kImo);
  EXPECT_EQ(vessel->identifiers.at(0).value, "IMO 8984484");
  EXPECT_EQ(property_values(*vessel, "vessel_flag"), Strings{"Iran"});
  EXPECT_EQ(vessel->countries, Strings{"IR"});
  ASSERT_EQ(vessel->relations.size(), 1u);
  EXPECT_EQ(vessel->relations[0].target_name, "ISLAMIC REPUBLIC OF IRAN SHIPPING LINES");

  const Entity* listed = find(output.entities, "EL-267da7813455168564eaae714f5aa66da0e66c6a");
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(listed->schema, Schema::kUnknown);  // the Entity List does not say
  EXPECT_EQ(listed->names[0].full, "Mohammad Ghassem Najafi");
  ASSERT_EQ(listed->names.size(), 3u);
  EXPECT_EQ(listed->names[2].full, "M. G. Najafi");  // "and M. G. Najafi"
  ASSERT_EQ(listed->sanctions.size(), 1u);
  EXPECT_EQ(listed->sanctions[0].program, "EL");
  EXPECT_EQ(listed->sanctions[0].authority, "Bureau of Industry and Security");
  EXPECT_EQ(listed->sanctions[0].listed_on, "2018-09-26");
  ASSERT_EQ(listed->addresses.size(), 1u);
  EXPECT_EQ(listed->addresses[0].street, "Unit 705, No. 103, Potbediteley Ave., Minsk");
  EXPECT_EQ(listed->addresses[0].country, "BY");
  EXPECT_EQ(property_values(*listed, "federal_register_notice"), Strings{"83 FR 48534"});
  EXPECT_EQ(property_values(*listed, "license_policy"), Strings{"Presumption of denial."});
}

TEST(UsCslCsvTest, OnePartyOnTwoListsIsTwoEntities) {
  const ParseOutput output = parse_ok(sample());
  const Entity* capta = find(output.entities, "CAP-34616");
  const Entity* sdn = find(output.entities, "SDN-34616");
  ASSERT_NE(capta, nullptr);
  ASSERT_NE(sdn, nullptr);
  EXPECT_EQ(property_values(*capta, "list"), Strings{"CAP"});
  EXPECT_EQ(property_values(*sdn, "list"), Strings{"SDN"});
  EXPECT_EQ(capta->identifiers.at(0).type, IdentifierType::kRegistration);
  EXPECT_EQ(capta->addresses.at(0).country, "CY");
}

TEST(UsCslCsvTest, GzippedAndPlainGiveTheSameEntities) {
  const ParseOutput plain = parse_ok(sample());
  Result<ParseOutput> gzipped = parse_us_csl_csv(file_of(gzip(sample())), kDataset);
  ASSERT_TRUE(gzipped.ok()) << gzipped.error().to_string();
  ASSERT_EQ(gzipped->entities.size(), plain.entities.size());
  for (size_t i = 0; i < plain.entities.size(); ++i) {
    EXPECT_EQ(gzipped->entities[i].content_hash, plain.entities[i].content_hash);
  }
}

// A row with these cells set and every other one empty.
std::string csl_row(std::initializer_list<std::pair<us_csl::Column, std::string_view>> cells) {
  std::array<std::string, us_csl::kColumnCount> values;
  for (const auto& [column, value] : cells) values[column] = std::string(value);
  std::string row;
  for (size_t i = 0; i < values.size(); ++i) row += (i == 0 ? "" : ",") + values[i];
  return row + "\n";
}

TEST(UsCslCsvTest, BadRowsAreSkippedWithTheirLine) {
  using namespace us_csl;
  constexpr std::string_view kEl = "Entity List (EL) - Bureau of Industry and Security";
  std::string bytes(kHeader);
  bytes += csl_row({{kId, "1"}, {kSource, kEl}, {kName, "A"}});
  bytes += "2,Entity List (EL) - Bureau,,,,B\n";  // too few cells
  bytes += csl_row({{kSource, kEl}, {kName, "C"}});
  bytes += csl_row({{kId, "1"}, {kSource, kEl}, {kName, "A again"}});
  bytes += csl_row({{kId, "3"}, {kSource, kEl}});
  bytes += csl_row(
      {{kId, "4"}, {kSource, kEl}, {kName, "D"}, {kStartDate, "soon"}, {kDatesOfBirth, "someday"}});
  bytes += csl_row({{kId, "5"}, {kSource, kEl}, {kName, "Caf\xE9"}});
  const ParseOutput output = parse_ok(bytes);
  ASSERT_EQ(output.entities.size(), 3u);
  EXPECT_EQ(output.info.skipped_records, 4u);
  EXPECT_EQ(output.entities[2].names[0].full, "Café");
  std::map<long, std::string> by_line;
  for (const Diagnostic& diagnostic : output.diagnostics) {
    EXPECT_EQ(diagnostic.where.file, "consolidated.csv");
    by_line[diagnostic.where.line] += diagnostic.message + "|";
  }
  EXPECT_NE(by_line[3].find("expected 29 cells"), std::string::npos);
  EXPECT_NE(by_line[4].find("without an _id"), std::string::npos);
  EXPECT_NE(by_line[5].find("repeats list and _id EL-1 of line 2"), std::string::npos);
  EXPECT_NE(by_line[6].find("no name"), std::string::npos);
  EXPECT_NE(by_line[7].find("start_date 'soon' kept as text"), std::string::npos);
  EXPECT_NE(by_line[7].find("date of birth 'someday'"), std::string::npos);
  EXPECT_NE(by_line[8].find("Windows-1252"), std::string::npos);
}

TEST(UsCslCsvTest, DamagedFilesNeverCrash) {
  const std::string compressed = gzip(sample());
  for (const std::string& original : {sample(), compressed}) {
    for (const auto& damaged : testing::damaged_copies(original)) {
      const Result<ParseOutput> output = parse_us_csl_csv(file_of(damaged.bytes), kDataset);
      if (output.ok()) continue;
      EXPECT_EQ(output.error().where.file, "consolidated.csv") << damaged.description;
    }
  }
  const Result<ParseOutput> cut =
      parse_us_csl_csv(file_of(compressed.substr(0, compressed.size() / 2)), kDataset);
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().message.find("gzip"), std::string::npos);
  EXPECT_EQ(parse_us_csl_csv(file_of(""), kDataset).error().code, ErrorCode::kFormat);
  EXPECT_EQ(parse_us_csl_csv(file_of("a,b\n1,2\n"), kDataset).error().code, ErrorCode::kFormat);
}

// The real 2022 file, gzipped as trade.gov publishes it, through the public loader.
class UsCslRealFileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::vector<ParseOutput>> loaded = load_sources({VIGIL_SOURCE_DATA_DIR "/lists/us_csl"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    ASSERT_EQ(loaded->size(), 1u);
    output_ = new ParseOutput(std::move(loaded->front()));
  }
  static void TearDownTestSuite() { delete output_; }
  static ParseOutput* output_;
};
ParseOutput* UsCslRealFileTest::output_ = nullptr;

TEST_F(UsCslRealFileTest, LoadsEveryRow) {
  ASSERT_NE(output_, nullptr);
  const DatasetInfo& info = output_->info;
  EXPECT_EQ(info.id, "us_csl");
  EXPECT_EQ(info.title, "US Consolidated Screening List (trade.gov)");
  EXPECT_EQ(info.files.at(0).format, "us_csl_csv");
  // 14,160 rows: one CAP row is published twice and read once.
  EXPECT_EQ(info.entity_count, 14159u);
  EXPECT_EQ(info.skipped_records, 1u);
  std::map<std::string, size_t> per_list;
  for (const Entity& entity : output_->entities) {
    const std::vector<std::string> list = property_values(entity, "list");
    ASSERT_EQ(list.size(), 1u) << entity.id;
    ++per_list[list[0]];
    EXPECT_FALSE(entity.sanctions.empty()) << entity.id;
  }
  EXPECT_EQ(per_list["SDN"], 10026u);
  EXPECT_EQ(per_list["EL"], 2001u);
  EXPECT_EQ(per_list["DPL"], 462u);
  EXPECT_EQ(per_list["CAP"], 52u);
  EXPECT_EQ(per_list.size(), 13u);
  for (const Diagnostic& diagnostic : output_->diagnostics) {
    std::cout << diagnostic.to_string() << "\n";
  }
  EXPECT_LE(output_->diagnostics.size(), 5u);
}

TEST_F(UsCslRealFileTest, SpotChecks) {
  ASSERT_NE(output_, nullptr);
  const Entity* hajji = find(output_->entities, "SDN-26095");
  ASSERT_NE(hajji, nullptr);
  EXPECT_EQ(hajji->names[0].full, "Hajji 'ABD AL-NASIR");
  EXPECT_EQ(hajji->names.size(), 4u);
  EXPECT_EQ(hajji->names[3].full, "Taha AL-KHUWAYT");
  EXPECT_EQ(hajji->birth_dates.size(), 3u);
  EXPECT_EQ(hajji->birth_places, Strings{"Tall 'Afar, Iraq"});
  EXPECT_EQ(hajji->nationalities, Strings{"IQ"});
  EXPECT_EQ(hajji->addresses.at(0).country, "SY");

  const Entity* ash = find(output_->entities, "DPL-deb7a1d5743a85c354ca1a2c7f2664e2104b32d7");
  ASSERT_NE(ash, nullptr);
  EXPECT_EQ(ash->names[0].full, "I. ASH");
  EXPECT_EQ(ash->sanctions.at(0).program, "DPL");
  EXPECT_EQ(ash->sanctions.at(0).listed_on, "2003-06-19");
  EXPECT_EQ(property_values(*ash, "end_date"), Strings{"2056-06-29"});
  EXPECT_EQ(ash->addresses.at(0).country, "US");

  const Entity* syria = find(output_->entities, "ISN-be960fd7449805b15da6296798cfaa004a96befe");
  ASSERT_NE(syria, nullptr);
  EXPECT_EQ(syria->sanctions.at(0).program, "Chemical and Biological Weapons Act");
  EXPECT_EQ(syria->sanctions.at(0).authority, "State Department");

  EXPECT_NE(find(output_->entities, "SSI-18741"), nullptr);
  EXPECT_NE(find(output_->entities, "SDN-18741"), nullptr);
}

TEST_F(UsCslRealFileTest, DamagedCopiesOfTheRealFileNeverCrash) {
  Result<InputFile> file =
      read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/us_csl/consolidated.csv.gz");
  ASSERT_TRUE(file.ok());
  size_t rejected = 0;
  for (const auto& damaged : testing::damaged_copies(file->bytes)) {
    const Result<ParseOutput> output = parse_us_csl_csv(file_of(damaged.bytes), "us_csl");
    if (output.ok()) continue;
    ++rejected;
    EXPECT_EQ(output.error().where.file, "consolidated.csv") << damaged.description;
  }
  EXPECT_GE(rejected, 9u);  // every truncation of the gzip stream and the empty file
}

}  // namespace
}  // namespace vigil::sources
