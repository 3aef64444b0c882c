#include "sources/un_xml.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>

#include "sources/un_regimes.h"
#include "sources/un_xml_fields.h"

namespace vigil::sources {
namespace {

constexpr std::string_view kDataset = "un_test";

constexpr std::string_view kSample = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" dateGenerated="2026-02-27T00:00:09.554Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>6908757</DATAID>
      <FIRST_NAME>TAHA</FIRST_NAME>
      <SECOND_NAME>IBRAHIM</SECOND_NAME>
      <THIRD_NAME>ABDALLAH BAKR</THIRD_NAME>
      <FOURTH_NAME>AL KHUWAYT</FOURTH_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDi.420</REFERENCE_NUMBER>
      <LISTED_ON>2018-11-19</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT>طه إبراهيم عبد الله بكر الخويط</NAME_ORIGINAL_SCRIPT>
      <GENDER>Male</GENDER>
      <COMMENTS1>Former ISIL governor.
In custody of Iraq since 2019.</COMMENTS1>
      <TITLE><VALUE>Haji</VALUE><VALUE>Mullah</VALUE></TITLE>
      <DESIGNATION><VALUE>Military
        leader</VALUE></DESIGNATION>
      <NATIONALITY><VALUE>Iraq</VALUE><VALUE>former Soviet Union</VALUE></NATIONALITY>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE>2022-05-27</VALUE></LAST_DAY_UPDATED>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Hajji Abdelnasser</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Mullah Taha</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Taha Bakr</ALIAS_NAME>
        <DATE_OF_BIRTH>1966-02-03</DATE_OF_BIRTH><CITY_OF_BIRTH>Mosul</CITY_OF_BIRTH>
        <COUNTRY_OF_BIRTH>Iraq</COUNTRY_OF_BIRTH><NOTE>formerly listed as</NOTE></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><STREET>1 Main St</STREET><CITY>Mosul</CITY>
        <STATE_PROVINCE>Nineveh</STATE_PROVINCE><ZIP_CODE>41001</ZIP_CODE>
        <COUNTRY>Iraq</COUNTRY><NOTE>as of 2019</NOTE></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_ADDRESS><COUNTRY/></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
        <FROM_YEAR>1965</FROM_YEAR><TO_YEAR>1969</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE>
        <YEAR>1964</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
        <DATE>1966-02-03</DATE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
        <NOTE>24/06/1402 (Hijri Calendar)</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE/></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Tall 'Afar</CITY><COUNTRY>Iraq</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY/></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>A1234567</NUMBER>
        <ISSUING_COUNTRY>Iraq</ISSUING_COUNTRY><DATE_OF_ISSUE>2010-01-02</DATE_OF_ISSUE>
        <NOTE>expired</NOTE></INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>
        <TYPE_OF_DOCUMENT2>Italian Fiscal Code:</TYPE_OF_DOCUMENT2><NUMBER>BNSDLA70L14Z352B</NUMBER>
      </INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification
          Number</TYPE_OF_DOCUMENT><NUMBER>99</NUMBER><COUNTRY_OF_ISSUE>Atlantis</COUNTRY_OF_ISSUE>
      </INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
        <NOTE>Tunisian passport number L 191609</NOTE></INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT/>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <ENTITY>
      <DATAID>113457</DATAID>
      <FIRST_NAME>AL-ITIHAAD AL-ISLAMIYA / AIAI</FIRST_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDe.002</REFERENCE_NUMBER>
      <LISTED_ON>2015-04-07-04:00</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT>الاتحاد الاسلامي</NAME_ORIGINAL_SCRIPT>
      <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>OLD NAME</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>AIAI</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><COUNTRY>Somalia</COUNTRY></ENTITY_ADDRESS>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>
)";

InputFile file_of(std::string_view bytes, std::string path = "un.xml") {
  return InputFile{std::move(path), std::string(bytes)};
}

ParseOutput parse_ok(std::string_view bytes) {
  Result<ParseOutput> output = parse_un_xml(file_of(bytes), kDataset);
  EXPECT_TRUE(output.ok()) << output.error().to_string();
  return output.ok() ? std::move(output).value() : ParseOutput{};
}

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

std::vector<std::string> date_strings(const Entity& entity) {
  std::vector<std::string> dates;
  for (const DateValue& date : entity.birth_dates) dates.push_back(date.to_string());
  return dates;
}

TEST(UnXmlDetectTest, RecognisesTheRootElementOnly) {
  EXPECT_TRUE(is_un_xml(kSample));
  EXPECT_FALSE(is_un_xml("<sdnList/>"));
  EXPECT_FALSE(is_un_xml("CONSOLIDATED_LIST"));
  EXPECT_FALSE(is_un_xml(""));
}

TEST(UnXmlTest, ReadsPublicationFacts) {
  const ParseOutput output = parse_ok(kSample);
  EXPECT_EQ(output.info.id, kDataset);
  EXPECT_EQ(output.info.authority, "UN Security Council");
  EXPECT_EQ(output.info.publication_date, "2026-02-27");
  EXPECT_EQ(output.info.entity_count, 2u);
}

TEST(UnXmlTest, PersonNameGivenNamesFirst) {
  const ParseOutput output = parse_ok(kSample);
  const Entity* person = find(output, "6908757");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->id, "un_test:6908757");
  EXPECT_EQ(person->schema, Schema::kPerson);
  const Name& primary = person->names.at(0);
  EXPECT_EQ(primary.kind, NameKind::kPrimary);
  EXPECT_EQ(primary.full, "TAHA IBRAHIM ABDALLAH BAKR AL KHUWAYT");
  EXPECT_EQ(primary.parts.given, "TAHA");
  EXPECT_EQ(primary.parts.middle, "IBRAHIM ABDALLAH BAKR");
  EXPECT_EQ(primary.parts.family, "AL KHUWAYT");
  EXPECT_EQ(primary.parts.title, "Haji");
  EXPECT_EQ(property_values(*person, "title"), (std::vector<std::string>{"Haji", "Mullah"}));
}

TEST(UnXmlTest, NativeScriptAndAliases) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "6908757");
  ASSERT_EQ(person.names.size(), 5u);
  EXPECT_EQ(person.names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(person.names[1].script, "Arab");
  EXPECT_EQ(person.names[2].full, "Hajji Abdelnasser");
  EXPECT_EQ(person.names[2].kind, NameKind::kAlias);
  EXPECT_EQ(person.names[3].kind, NameKind::kWeakAlias);
  EXPECT_EQ(person.names[4].kind, NameKind::kAlias);
  EXPECT_EQ(property_values(person, "alias_note"),
            std::vector<std::string>{"Taha Bakr: formerly listed as"});
  const Entity& organisation = *find(output, "113457");
  EXPECT_EQ(organisation.schema, Schema::kOrganization);
  ASSERT_EQ(organisation.names.size(), 4u);
  EXPECT_EQ(organisation.names[0].full, "AL-ITIHAAD AL-ISLAMIYA / AIAI");
  EXPECT_TRUE(organisation.names[0].parts.given.empty());
  EXPECT_EQ(organisation.names[2].kind, NameKind::kFormer);
}

TEST(UnXmlTest, SanctionReferenceAndFacts) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "6908757");
  ASSERT_EQ(person.sanctions.size(), 1u);
  EXPECT_EQ(person.sanctions[0].authority, "UN Security Council");
  EXPECT_EQ(person.sanctions[0].program, "Al-Qaida");
  EXPECT_EQ(person.sanctions[0].legal_basis, "UNSCR 1267/1989/2253");
  EXPECT_EQ(person.sanctions[0].listed_on, "2018-11-19");
  EXPECT_EQ(property_values(person, "un_reference_number"), std::vector<std::string>{"QDi.420"});
  EXPECT_EQ(person.identifiers.at(0).label, "UN reference number");
  EXPECT_EQ(person.identifiers.at(0).value, "QDi.420");
  EXPECT_EQ(person.gender, Gender::kMale);
  EXPECT_EQ(person.remarks, "Former ISIL governor.\nIn custody of Iraq since 2019.");
  EXPECT_EQ(property_values(person, "position"), std::vector<std::string>{"Military leader"});
  EXPECT_EQ(property_values(person, "last_updated"), std::vector<std::string>{"2022-05-27"});
  // A listing date with a time zone ("2015-04-07-04:00") keeps its date.
  EXPECT_EQ(find(output, "113457")->sanctions.at(0).listed_on, "2015-04-07");
}

TEST(UnXmlTest, NationalitiesResolveAndUnknownOnesAreKept) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "6908757");
  EXPECT_EQ(person.nationalities, std::vector<std::string>{"IQ"});
  EXPECT_EQ(property_values(person, "nationality"),
            std::vector<std::string>{"former Soviet Union"});
}

TEST(UnXmlTest, BirthDatesExactApproximateAndRanges) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "6908757");
  // Document order: the alias's date comes first; the record's equal date is not repeated.
  EXPECT_EQ(date_strings(person), (std::vector<std::string>{"1966-02-03", "1965/1969", "~1964"}));
  EXPECT_EQ(person.birth_dates[1].original, "1965 to 1969");
  EXPECT_EQ(person.birth_dates[2].original, "circa 1964");
  // The Hijri date is not read as a Gregorian one; it is kept as text with a warning.
  EXPECT_EQ(property_values(person, "birth_date"),
            std::vector<std::string>{"24/06/1402 (Hijri Calendar)"});
  ASSERT_EQ(output.diagnostics.size(), 1u);
  EXPECT_NE(output.diagnostics[0].where.element.find("INDIVIDUAL_DATE_OF_BIRTH[4]"),
            std::string::npos);
}

TEST(UnXmlTest, PlacesAddressesAndDocuments) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "6908757");
  EXPECT_EQ(person.birth_places, (std::vector<std::string>{"Mosul, Iraq", "Tall 'Afar, Iraq"}));
  ASSERT_EQ(person.addresses.size(), 1u);
  EXPECT_EQ(person.addresses[0].to_string(), "1 Main St, Mosul, Nineveh 41001, Iraq");
  EXPECT_EQ(person.addresses[0].country, "IQ");
  EXPECT_EQ(person.addresses[0].note, "as of 2019");
  EXPECT_EQ(person.countries, std::vector<std::string>{"IQ"});

  ASSERT_EQ(person.identifiers.size(), 4u);  // the reference number and three documents
  const Identifier& passport = person.identifiers[1];
  EXPECT_EQ(passport.type, IdentifierType::kPassport);
  EXPECT_EQ(passport.value, "A1234567");
  EXPECT_EQ(passport.country, "IQ");
  EXPECT_EQ(passport.issued, "2010-01-02");
  EXPECT_EQ(passport.note, "expired");
  EXPECT_EQ(person.identifiers[2].type, IdentifierType::kTaxId);
  EXPECT_EQ(person.identifiers[2].label, "Italian Fiscal Code");
  EXPECT_EQ(person.identifiers[3].type, IdentifierType::kNationalId);
  EXPECT_EQ(person.identifiers[3].label, "National Identification Number");
  EXPECT_EQ(person.identifiers[3].note, "Atlantis");
  EXPECT_EQ(property_values(person, "document"),
            std::vector<std::string>{"Passport: Tunisian passport number L 191609"});
}

TEST(UnXmlTest, ContentHashIsSet) {
  const ParseOutput output = parse_ok(kSample);
  for (const Entity& entity : output.entities) {
    EXPECT_NE(entity.content_hash, 0u);
    EXPECT_EQ(entity.content_hash, compute_content_hash(entity));
  }
}

TEST(UnXmlTest, RecordsWithoutIdOrNameAreSkipped) {
  const ParseOutput output = parse_ok(
      "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL>\n"
      "<INDIVIDUAL><DATAID>2</DATAID></INDIVIDUAL>\n"
      "<INDIVIDUAL><DATAID>3</DATAID><FIRST_NAME>C</FIRST_NAME></INDIVIDUAL>\n"
      "</INDIVIDUALS></CONSOLIDATED_LIST>");
  ASSERT_EQ(output.entities.size(), 1u);
  EXPECT_EQ(output.info.skipped_records, 2u);
  ASSERT_EQ(output.diagnostics.size(), 2u);
  EXPECT_EQ(output.diagnostics[0].where.element, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]");
  EXPECT_EQ(output.diagnostics[0].where.line, 3);
  EXPECT_NE(output.diagnostics[1].message.find("no name"), std::string::npos);
}

TEST(UnXmlTest, UnknownListTypeIsKeptWithAWarning) {
  const ParseOutput output = parse_ok(
      "<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>X</FIRST_NAME>"
      "<UN_LIST_TYPE>Narnia</UN_LIST_TYPE></ENTITY></ENTITIES></CONSOLIDATED_LIST>");
  ASSERT_EQ(output.entities.size(), 1u);
  EXPECT_EQ(output.entities[0].sanctions.at(0).program, "Narnia");
  EXPECT_TRUE(output.entities[0].sanctions.at(0).legal_basis.empty());
  EXPECT_EQ(output.diagnostics.size(), 1u);
}

TEST(UnXmlTest, MalformedDocumentsAreErrorsWithLines) {
  const std::string truncated(kSample.substr(0, kSample.size() * 2 / 3));
  const Result<ParseOutput> output = parse_un_xml(file_of(truncated), kDataset);
  ASSERT_FALSE(output.ok());
  EXPECT_EQ(output.error().code, ErrorCode::kMalformed);
  EXPECT_EQ(output.error().where.file, "un.xml");
  EXPECT_GT(output.error().where.line, 1);
  EXPECT_FALSE(parse_un_xml(file_of(""), kDataset).ok());
  EXPECT_EQ(parse_un_xml(file_of("<sdnList/>"), kDataset).error().code, ErrorCode::kFormat);
}

TEST(UnXmlTest, HostileInputNeverCrashes) {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::string bytes(static_cast<size_t>(random() % 512), '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    if (round % 2 == 0) bytes = "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>" + bytes;
    (void)parse_un_xml(file_of(bytes), kDataset);
  }
  for (size_t cut = 0; cut < kSample.size(); cut += 61) {
    (void)parse_un_xml(file_of(kSample.substr(0, cut)), kDataset);
  }
  std::string deep =
      "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
      "<FIRST_NAME>A</FIRST_NAME><COMMENTS1>";
  for (int i = 0; i < 200000; ++i) deep += "<x>";
  for (int i = 0; i < 200000; ++i) deep += "</x>";
  deep += "</COMMENTS1></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
  EXPECT_EQ(parse_ok(deep).entities.size(), 1u);
}

TEST(UnRegimesTest, MapsEveryListTypeOfTheConsolidatedList) {
  EXPECT_EQ(un_legal_basis("DPRK"), "UNSCR 1718");
  EXPECT_EQ(un_legal_basis("Taliban"), "UNSCR 1988");
  EXPECT_EQ(un_legal_basis("GB"), "UNSCR 2048");
  EXPECT_EQ(un_legal_basis("Unknown"), "");
}

TEST(UnXmlFieldsTest, DocumentTypes) {
  EXPECT_EQ(un_xml::un_document_type("Numéro de passeport"), IdentifierType::kPassport);
  EXPECT_EQ(un_xml::un_document_type("Número de pasaporte"), IdentifierType::kPassport);
  EXPECT_EQ(un_xml::un_document_type("United States Social Security Number:"),
            IdentifierType::kNationalId);
  EXPECT_EQ(un_xml::un_document_type("Birth certificate"), IdentifierType::kOther);
  EXPECT_EQ(un_xml::iso_date_prefix("2015-04-07-04:00"), "2015-04-07");
  EXPECT_EQ(un_xml::iso_date_prefix("2015-4-7"), "");
}

class UnXmlRealFileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<InputFile> file = read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/un_sc/consolidated.xml");
    ASSERT_TRUE(file.ok()) << file.error().to_string();
    const auto start = std::chrono::steady_clock::now();
    Result<ParseOutput> parsed = parse_un_xml(*file, "un_sc");
    seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    output_ = new ParseOutput(std::move(parsed).value());
  }
  static void TearDownTestSuite() { delete output_; }

  static ParseOutput* output_;
  static double seconds_;
};
ParseOutput* UnXmlRealFileTest::output_ = nullptr;
double UnXmlRealFileTest::seconds_ = 0;

TEST_F(UnXmlRealFileTest, ParsesEveryRecord) {
  ASSERT_NE(output_, nullptr);
  EXPECT_EQ(output_->info.publication_date, "2026-02-27");
  size_t people = 0;
  size_t organisations = 0;
  for (const Entity& entity : output_->entities) {
    people += entity.schema == Schema::kPerson ? 1 : 0;
    organisations += entity.schema == Schema::kOrganization ? 1 : 0;
    EXPECT_EQ(entity.sanctions.size(), 1u) << entity.id;
    EXPECT_FALSE(entity.sanctions[0].legal_basis.empty()) << entity.id;
    EXPECT_EQ(entity.sanctions[0].listed_on.size(), 10u) << entity.id;
  }
  EXPECT_EQ(people, 730u);
  EXPECT_EQ(organisations, 273u);
  EXPECT_EQ(output_->info.skipped_records, 0u);
  std::map<std::string, int> warnings;
  for (const Diagnostic& diagnostic : output_->diagnostics) {
    EXPECT_EQ(diagnostic.severity, Diagnostic::Severity::kWarning) << diagnostic.to_string();
    ++warnings[diagnostic.message.substr(0, diagnostic.message.find('\''))];
  }
  // The only warnings are birth dates the UN states in words ("30-35 years old", Hijri dates).
  EXPECT_LE(output_->diagnostics.size(), 10u);
  for (const auto& [message, count] : warnings) std::cout << count << " x " << message << "\n";
  std::cout << "consolidated.xml (UN) parsed in " << seconds_ * 1000 << " ms\n";
}

TEST_F(UnXmlRealFileTest, SpotChecks) {
  ASSERT_NE(output_, nullptr);
  const Entity* zawahiri = find(*output_, "111923");
  ASSERT_NE(zawahiri, nullptr);
  EXPECT_EQ(zawahiri->names[0].full, "AIMAN MUHAMMED RABI AL-ZAWAHIRI");
  EXPECT_EQ(zawahiri->names[0].parts.family, "AL-ZAWAHIRI");
  EXPECT_EQ(zawahiri->names[0].parts.title, "Doctor");
  EXPECT_EQ(zawahiri->names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(zawahiri->names[1].script, "Arab");
  EXPECT_EQ(zawahiri->nationalities, std::vector<std::string>{"EG"});
  ASSERT_EQ(zawahiri->birth_dates.size(), 1u);
  EXPECT_EQ(zawahiri->birth_dates[0].to_string(), "1951-06-19");
  EXPECT_EQ(zawahiri->birth_places, std::vector<std::string>{"Giza, Egypt"});
  ASSERT_GE(zawahiri->identifiers.size(), 3u);
  EXPECT_EQ(zawahiri->identifiers[1].type, IdentifierType::kPassport);
  EXPECT_EQ(zawahiri->identifiers[1].value, "1084010");
  EXPECT_EQ(zawahiri->identifiers[1].country, "EG");

  const Entity* umarov = find(*output_, "2960872");
  ASSERT_NE(umarov, nullptr);
  EXPECT_EQ(umarov->names[0].parts.middle, "KHAMATOVICH");
  EXPECT_EQ(umarov->names[0].parts.family, "UMAROV");
  EXPECT_EQ(umarov->names[1].script, "Cyrl");
  EXPECT_EQ(umarov->nationalities, std::vector<std::string>{"RU"});
  EXPECT_EQ(umarov->birth_dates.size(), 4u);  // alias dates repeat the record's own

  const Entity* iran = find(*output_, "110446");
  ASSERT_NE(iran, nullptr);
  EXPECT_EQ(iran->sanctions[0].program, "Iran");
  EXPECT_EQ(iran->sanctions[0].listed_on, "2007-03-24");
  EXPECT_EQ(iran->birth_places, std::vector<std::string>{"Abadan, Iran (Islamic Republic of)"});
}

}  // namespace
}  // namespace vigil::sources
