#include "sources/ofac_xml.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>

namespace vigil::sources {
namespace {

constexpr std::string_view kDataset = "ofac_test";

// An sdn.xml-shaped document covering every part of the schema the parser reads.
constexpr std::string_view kSample = R"(<?xml version="1.0" standalone="yes"?>
<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
  <publshInformation>
    <Publish_Date>01/08/2026</Publish_Date>
    <Record_Count>3</Record_Count>
  </publshInformation>
  <sdnEntry>
    <uid>9639</uid>
    <firstName>Ismail Abdul Salah</firstName>
    <lastName>HANIYA</lastName>
    <title>Senior HAMAS Leader</title>
    <sdnType>Individual</sdnType>
    <remarks>(Linked To: HAMAS)</remarks>
    <programList><program>SDGT</program><program>IRAN-EO99999</program></programList>
    <idList>
      <id><uid>1</uid><idType>Passport</idType><idNumber>A 123-456</idNumber>
        <idCountry>Iran</idCountry><issueDate>01 Jan 2010</issueDate>
        <expirationDate>01 Jan 2020</expirationDate></id>
      <id><uid>2</uid><idType>Digital Currency Address - XBT</idType>
        <idNumber>1AbCdEf</idNumber></id>
      <id><uid>3</uid><idType>Gender</idType><idNumber>Male</idNumber></id>
      <id><uid>4</uid><idType>Secondary sanctions risk:</idType>
        <idNumber>section 1(b) of Executive Order 13224</idNumber></id>
      <id><uid>5</uid><idType>Moroccan Personal ID No.</idType><idNumber>E 99</idNumber></id>
      <id><uid>6</uid><idType>Kennzeichen</idType><idNumber>K-1</idNumber></id>
      <id><uid>7</uid><idType>Listing Date (EO 14024 Directive 3):</idType>
        <idNumber>24 Feb 2022</idNumber></id>
    </idList>
    <akaList>
      <aka><uid>9150</uid><type>a.k.a.</type><category>strong</category>
        <lastName>HANIYYA</lastName><firstName>Ismaeel</firstName></aka>
      <aka><uid>9151</uid><type>a.k.a.</type><category>weak</category>
        <lastName>ABU AL-ABD</lastName></aka>
      <aka><uid>9152</uid><type>f.k.a.</type><category>strong</category>
        <lastName>HANIYEH, Ismail</lastName></aka>
    </akaList>
    <addressList>
      <address><uid>10</uid><address1>Street 1</address1><address2>Block 2</address2>
        <city>Gaza</city><stateOrProvince>North</stateOrProvince><postalCode>999</postalCode>
        <country>Palestinian</country></address>
    </addressList>
    <nationalityList><nationality><uid>11</uid><country>Palestinian</country>
      <mainEntry>true</mainEntry></nationality></nationalityList>
    <citizenshipList><citizenship><uid>12</uid><country>Atlantis</country>
      <mainEntry>true</mainEntry></citizenship></citizenshipList>
    <dateOfBirthList>
      <dateOfBirthItem><uid>13</uid><dateOfBirth>1962</dateOfBirth></dateOfBirthItem>
      <dateOfBirthItem><uid>14</uid><dateOfBirth>circa 1951</dateOfBirth></dateOfBirthItem>
      <dateOfBirthItem><uid>15</uid><dateOfBirth>not a date</dateOfBirth></dateOfBirthItem>
    </dateOfBirthList>
    <placeOfBirthList><placeOfBirthItem><uid>16</uid><placeOfBirth>Shati</placeOfBirth>
      </placeOfBirthItem></placeOfBirthList>
  </sdnEntry>
  <sdnEntry>
    <uid>20</uid>
    <lastName>SEA STAR</lastName>
    <sdnType>Vessel</sdnType>
    <programList><program>IRAN</program></programList>
    <idList>
      <id><uid>21</uid><idType>Vessel Registration Identification</idType>
        <idNumber>IMO 9187629</idNumber></id>
      <id><uid>22</uid><idType>MMSI</idType><idNumber>572469210</idNumber></id>
    </idList>
    <vesselInfo>
      <callSign>9HA1234</callSign><vesselType>Crude Oil Tanker</vesselType>
      <vesselFlag>Panama</vesselFlag><vesselOwner>NITC</vesselOwner>
      <tonnage>150000</tonnage><grossRegisteredTonnage>81000</grossRegisteredTonnage>
    </vesselInfo>
  </sdnEntry>
  <sdnEntry>
    <uid>30</uid>
    <lastName>VTB BANK, PJSC</lastName>
    <sdnType>Entity</sdnType>
    <idList>
      <id><uid>31</uid><idType>SWIFT/BIC</idType><idNumber>VTBRRUMM</idNumber></id>
      <id><uid>32</uid><idType>Organization Established Date</idType>
        <idNumber>17 Oct 1990</idNumber></id>
      <id><uid>33</uid><idType>Legal Entity Number</idType><idNumber>253400V1H6ART1UQ0N98</idNumber></id>
      <id><uid>34</uid><idType>Nationality of Registration</idType><idNumber>Russia</idNumber></id>
    </idList>
  </sdnEntry>
</sdnList>
)";

InputFile file_of(std::string_view bytes, std::string path = "test.xml") {
  return InputFile{std::move(path), std::string(bytes)};
}

ParseOutput parse_ok(std::string_view bytes) {
  Result<ParseOutput> output = parse_ofac_xml(file_of(bytes), kDataset);
  EXPECT_TRUE(output.ok()) << output.error().to_string();
  return output.ok() ? std::move(output).value() : ParseOutput{};
}

const Entity* find(const ParseOutput& output, std::string_view source_id) {
  for (const Entity& entity : output.entities) {
    if (entity.source_id == source_id) return &entity;
  }
  return nullptr;
}

const Identifier* find_identifier(const Entity& entity, IdentifierType type) {
  for (const Identifier& identifier : entity.identifiers) {
    if (identifier.type == type) return &identifier;
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

TEST(OfacXmlDetectTest, RecognisesTheRootElementOnly) {
  EXPECT_TRUE(is_ofac_xml(kSample));
  EXPECT_TRUE(is_ofac_xml("\xEF\xBB\xBF<!-- c --><sdnList/>"));
  EXPECT_TRUE(is_ofac_xml("<?xml version='1.0'?>\n<x:sdnList xmlns:x='u'></x:sdnList>"));
  EXPECT_FALSE(is_ofac_xml("<CONSOLIDATED_LIST/>"));
  EXPECT_FALSE(is_ofac_xml("<sdnListing/>"));
  EXPECT_FALSE(is_ofac_xml("ent_num,SDN_Name\n"));
  EXPECT_FALSE(is_ofac_xml(""));
  EXPECT_FALSE(is_ofac_xml("<sdnList"));
}

TEST(OfacXmlTest, ReadsPublicationFacts) {
  const ParseOutput output = parse_ok(kSample);
  EXPECT_EQ(output.info.id, kDataset);
  EXPECT_EQ(output.info.authority, "OFAC");
  EXPECT_EQ(output.info.publication_date, "2026-01-08");
  EXPECT_EQ(output.info.entity_count, 3u);
  EXPECT_EQ(output.info.skipped_records, 0u);
}

TEST(OfacXmlTest, PersonNamesAreInNaturalOrderWithParts) {
  const ParseOutput output = parse_ok(kSample);
  const Entity* person = find(output, "9639");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->id, "ofac_test:9639");
  EXPECT_EQ(person->dataset, kDataset);
  EXPECT_EQ(person->schema, Schema::kPerson);
  ASSERT_EQ(person->names.size(), 4u);
  const Name& primary = person->names[0];
  EXPECT_EQ(primary.kind, NameKind::kPrimary);
  EXPECT_EQ(primary.full, "Ismail Abdul Salah HANIYA");
  EXPECT_EQ(primary.parts.given, "Ismail");
  EXPECT_EQ(primary.parts.middle, "Abdul Salah");
  EXPECT_EQ(primary.parts.family, "HANIYA");
  EXPECT_EQ(primary.script, "Latn");
  EXPECT_EQ(person->names[1].full, "Ismaeel HANIYYA");
  EXPECT_EQ(person->names[1].kind, NameKind::kAlias);
  EXPECT_EQ(person->names[2].full, "ABU AL-ABD");
  EXPECT_EQ(person->names[2].kind, NameKind::kWeakAlias);
  EXPECT_TRUE(person->names[2].parts.family.empty());
  EXPECT_EQ(person->names[3].full, "Ismail HANIYEH");
  EXPECT_EQ(person->names[3].parts.family, "HANIYEH");
  EXPECT_EQ(person->names[3].kind, NameKind::kFormer);
}

TEST(OfacXmlTest, OrganisationNameIsLastNameOnlyAndKeepsCommas) {
  const ParseOutput output = parse_ok(kSample);
  const Entity* bank = find(output, "30");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->schema, Schema::kOrganization);
  ASSERT_EQ(bank->names.size(), 1u);
  EXPECT_EQ(bank->names[0].full, "VTB BANK, PJSC");
  EXPECT_TRUE(bank->names[0].parts.family.empty());
}

TEST(OfacXmlTest, IdentifiersAreTypedAndFactsBecomeProperties) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "9639");
  const Identifier* passport = find_identifier(person, IdentifierType::kPassport);
  ASSERT_NE(passport, nullptr);
  EXPECT_EQ(passport->value, "A 123-456");
  EXPECT_EQ(passport->normalised, "A123456");
  EXPECT_EQ(passport->label, "Passport");
  EXPECT_EQ(passport->issued, "01 Jan 2010");
  EXPECT_EQ(passport->expires, "01 Jan 2020");
  const Identifier* wallet = find_identifier(person, IdentifierType::kCryptoWallet);
  ASSERT_NE(wallet, nullptr);
  EXPECT_EQ(wallet->label, "XBT");
  EXPECT_EQ(wallet->normalised, "1AbCdEf");
  const Identifier* national = find_identifier(person, IdentifierType::kNationalId);
  ASSERT_NE(national, nullptr);
  EXPECT_EQ(national->label, "Moroccan Personal ID No.");
  const Identifier* other = find_identifier(person, IdentifierType::kOther);
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(other->label, "Kennzeichen");
  EXPECT_EQ(other->value, "K-1");
  EXPECT_EQ(person.identifiers.size(), 4u);  // gender and notices are not identifiers

  EXPECT_EQ(person.gender, Gender::kMale);
  EXPECT_EQ(property_values(person, "secondary_sanctions_risk"),
            std::vector<std::string>{"section 1(b) of Executive Order 13224"});
  EXPECT_EQ(property_values(person, "sanctions_information"),
            std::vector<std::string>{"Listing Date (EO 14024 Directive 3): 24 Feb 2022"});
  EXPECT_EQ(property_values(person, "position"), std::vector<std::string>{"Senior HAMAS Leader"});

  const Entity& bank = *find(output, "30");
  ASSERT_NE(find_identifier(bank, IdentifierType::kBic), nullptr);
  EXPECT_EQ(find_identifier(bank, IdentifierType::kLei)->value, "253400V1H6ART1UQ0N98");
  EXPECT_EQ(property_values(bank, "established_date"), std::vector<std::string>{"17 Oct 1990"});
  EXPECT_EQ(property_values(bank, "registration_country"), std::vector<std::string>{"Russia"});
}

TEST(OfacXmlTest, ProgramsBecomeOneSanctionEach) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "9639");
  ASSERT_EQ(person.sanctions.size(), 2u);
  EXPECT_EQ(person.sanctions[0].authority, "OFAC");
  EXPECT_EQ(person.sanctions[0].program, "SDGT");
  EXPECT_EQ(person.sanctions[0].legal_basis, "E.O. 13224");
  // A program OFAC's table lacks still names the order it carries.
  EXPECT_EQ(person.sanctions[1].program, "IRAN-EO99999");
  EXPECT_EQ(person.sanctions[1].legal_basis, "E.O. 99999");
  EXPECT_TRUE(find(output, "30")->sanctions.empty());
}

TEST(OfacXmlTest, ReadsAddressesPlacesRemarksAndRelations) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "9639");
  ASSERT_EQ(person.addresses.size(), 1u);
  EXPECT_EQ(person.addresses[0].street, "Street 1, Block 2");
  EXPECT_EQ(person.addresses[0].city, "Gaza");
  EXPECT_EQ(person.addresses[0].region, "North");
  EXPECT_EQ(person.addresses[0].postal_code, "999");
  EXPECT_EQ(person.addresses[0].country_name, "Palestinian");
  EXPECT_EQ(person.birth_places, std::vector<std::string>{"Shati"});
  EXPECT_EQ(person.remarks, "(Linked To: HAMAS)");
  ASSERT_EQ(person.relations.size(), 1u);
  EXPECT_EQ(person.relations[0].kind, RelationKind::kLinkedTo);
  EXPECT_EQ(person.relations[0].target_name, "HAMAS");
  // An unknown citizenship is kept as text rather than dropped.
  EXPECT_TRUE(person.citizenships.empty());
  EXPECT_EQ(property_values(person, "citizenship"), std::vector<std::string>{"Atlantis"});
}

TEST(OfacXmlTest, CountriesAreResolvedToIsoCodes) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "9639");
  EXPECT_EQ(person.nationalities, std::vector<std::string>{"PS"});
  EXPECT_EQ(person.addresses[0].country, "PS");
  EXPECT_EQ(find_identifier(person, IdentifierType::kPassport)->country, "IR");
  const Entity& bank = *find(output, "30");
  EXPECT_EQ(bank.countries, std::vector<std::string>{"RU"});
}

TEST(OfacXmlTest, BirthDatesAreParsedAndBadOnesKeptWithAWarning) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& person = *find(output, "9639");
  ASSERT_EQ(person.birth_dates.size(), 2u);
  EXPECT_EQ(person.birth_dates[0].to_string(), "1962");
  EXPECT_EQ(person.birth_dates[1].to_string(), "~1951");
  EXPECT_TRUE(person.birth_dates[1].circa);
  EXPECT_EQ(property_values(person, "birth_date"), std::vector<std::string>{"not a date"});
  ASSERT_EQ(output.diagnostics.size(), 1u);
  EXPECT_EQ(output.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_NE(output.diagnostics[0].message.find("not a date"), std::string::npos);
  EXPECT_GT(output.diagnostics[0].where.line, 0);
}

TEST(OfacXmlTest, VesselInfoBecomesIdentifiersPropertiesAndOwner) {
  const ParseOutput output = parse_ok(kSample);
  const Entity& vessel = *find(output, "20");
  EXPECT_EQ(vessel.schema, Schema::kVessel);
  EXPECT_EQ(find_identifier(vessel, IdentifierType::kImo)->value, "IMO 9187629");
  EXPECT_EQ(find_identifier(vessel, IdentifierType::kMmsi)->value, "572469210");
  EXPECT_EQ(find_identifier(vessel, IdentifierType::kCallSign)->value, "9HA1234");
  EXPECT_EQ(property_values(vessel, "vessel_type"), std::vector<std::string>{"Crude Oil Tanker"});
  EXPECT_EQ(property_values(vessel, "vessel_flag"), std::vector<std::string>{"Panama"});
  EXPECT_EQ(property_values(vessel, "vessel_owner"), std::vector<std::string>{"NITC"});
  EXPECT_EQ(property_values(vessel, "vessel_tonnage"), std::vector<std::string>{"150000"});
  EXPECT_EQ(property_values(vessel, "vessel_grt"), std::vector<std::string>{"81000"});
  ASSERT_EQ(vessel.relations.size(), 1u);
  EXPECT_EQ(vessel.relations[0].kind, RelationKind::kOwnedBy);
  EXPECT_EQ(vessel.countries, std::vector<std::string>{"PA"});
}

TEST(OfacXmlTest, ContentHashIsSetLastAndStable) {
  const ParseOutput first = parse_ok(kSample);
  const ParseOutput second = parse_ok(kSample);
  for (size_t i = 0; i < first.entities.size(); ++i) {
    EXPECT_NE(first.entities[i].content_hash, 0u);
    EXPECT_EQ(first.entities[i].content_hash, compute_content_hash(first.entities[i]));
    EXPECT_EQ(first.entities[i].content_hash, second.entities[i].content_hash);
  }
}

TEST(OfacXmlTest, EntryWithoutUidIsSkippedWithItsPathAndLine) {
  const std::string bytes =
      "<sdnList>\n<sdnEntry><uid>1</uid><lastName>A</lastName><sdnType>Entity</sdnType>"
      "</sdnEntry>\n<sdnEntry>\n<lastName>B</lastName></sdnEntry>\n"
      "<sdnEntry><uid>1</uid><lastName>C</lastName></sdnEntry>\n</sdnList>";
  const ParseOutput output = parse_ok(bytes);
  ASSERT_EQ(output.entities.size(), 1u);
  EXPECT_EQ(output.info.skipped_records, 2u);
  ASSERT_EQ(output.diagnostics.size(), 2u);
  const Diagnostic& missing = output.diagnostics[0];
  EXPECT_EQ(missing.severity, Diagnostic::Severity::kSkippedRecord);
  EXPECT_EQ(missing.where.file, "test.xml");
  EXPECT_EQ(missing.where.line, 3);
  EXPECT_EQ(missing.where.element, "/sdnList/sdnEntry[2]");
  EXPECT_NE(output.diagnostics[1].message.find("duplicate uid"), std::string::npos);
}

TEST(OfacXmlTest, RecordCountMismatchIsAWarning) {
  const ParseOutput output = parse_ok(
      "<sdnList><publshInformation><Record_Count>5</Record_Count></publshInformation>"
      "<sdnEntry><uid>1</uid><lastName>A</lastName><sdnType>Entity</sdnType></sdnEntry>"
      "</sdnList>");
  ASSERT_EQ(output.diagnostics.size(), 1u);
  EXPECT_NE(output.diagnostics[0].message.find("Record_Count"), std::string::npos);
}

TEST(OfacXmlTest, TruncatedDocumentIsAnErrorWithFileLineAndReason) {
  const std::string truncated(kSample.substr(0, kSample.size() / 2));
  const Result<ParseOutput> output = parse_ofac_xml(file_of(truncated, "sdn.xml"), kDataset);
  ASSERT_FALSE(output.ok());
  EXPECT_EQ(output.error().code, ErrorCode::kMalformed);
  EXPECT_EQ(output.error().where.file, "sdn.xml");
  EXPECT_GT(output.error().where.line, 1);
  EXPECT_NE(output.error().message.find("not well-formed XML"), std::string::npos);
}

TEST(OfacXmlTest, MismatchedTagReportsItsLine) {
  const Result<ParseOutput> output = parse_ofac_xml(
      file_of("<sdnList>\n<sdnEntry>\n<uid>1</uid>\n</sdnEntri>\n</sdnList>"), kDataset);
  ASSERT_FALSE(output.ok());
  EXPECT_EQ(output.error().where.line, 4);
}

TEST(OfacXmlTest, OtherDocumentsAreFormatErrors) {
  const Result<ParseOutput> output = parse_ofac_xml(file_of("<CONSOLIDATED_LIST/>"), kDataset);
  ASSERT_FALSE(output.ok());
  EXPECT_EQ(output.error().code, ErrorCode::kFormat);
  EXPECT_NE(output.error().message.find("CONSOLIDATED_LIST"), std::string::npos);
}

TEST(OfacXmlTest, HostileInputNeverCrashes) {
  EXPECT_FALSE(parse_ofac_xml(file_of(""), kDataset).ok());
  EXPECT_FALSE(parse_ofac_xml(file_of("just text"), kDataset).ok());
  std::mt19937 random(42);
  for (int round = 0; round < 200; ++round) {
    std::string bytes(static_cast<size_t>(random() % 512), '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    if (round % 2 == 0) bytes = "<sdnList><sdnEntry><uid>1</uid>" + bytes;
    (void)parse_ofac_xml(file_of(bytes), kDataset);
  }
  for (size_t cut = 0; cut < kSample.size(); cut += 97) {
    (void)parse_ofac_xml(file_of(kSample.substr(0, cut)), kDataset);
  }
}

TEST(OfacXmlTest, DeepNestingIsHandled) {
  constexpr int kDepth = 200000;
  std::string bytes = "<sdnList><sdnEntry><uid>1</uid><lastName>A</lastName><remarks>";
  for (int i = 0; i < kDepth; ++i) bytes += "<a>";
  for (int i = 0; i < kDepth; ++i) bytes += "</a>";
  bytes += "</remarks></sdnEntry></sdnList>";
  const ParseOutput output = parse_ok(bytes);
  EXPECT_EQ(output.entities.size(), 1u);
}

class OfacXmlRealFileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<InputFile> file =
        read_input_file(VIGIL_SOURCE_DATA_DIR "/lists/ofac_cons/consolidated.xml");
    ASSERT_TRUE(file.ok()) << file.error().to_string();
    const auto start = std::chrono::steady_clock::now();
    Result<ParseOutput> parsed = parse_ofac_xml(*file, "ofac_cons");
    seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    output_ = new ParseOutput(std::move(parsed).value());
  }
  static void TearDownTestSuite() { delete output_; }

  static ParseOutput* output_;
  static double seconds_;
};
ParseOutput* OfacXmlRealFileTest::output_ = nullptr;
double OfacXmlRealFileTest::seconds_ = 0;

TEST_F(OfacXmlRealFileTest, ParsesEveryEntry) {
  ASSERT_NE(output_, nullptr);
  EXPECT_EQ(output_->entities.size(), 442u);
  EXPECT_EQ(output_->info.publication_date, "2026-01-08");
  EXPECT_EQ(output_->info.skipped_records, 0u);
  for (const Diagnostic& diagnostic : output_->diagnostics) ADD_FAILURE() << diagnostic.to_string();
  std::cout << "consolidated.xml parsed in " << seconds_ * 1000 << " ms\n";
}

TEST_F(OfacXmlRealFileTest, SpotChecksAPerson) {
  ASSERT_NE(output_, nullptr);
  const Entity* zahhar = find(*output_, "9647");
  ASSERT_NE(zahhar, nullptr);
  EXPECT_EQ(zahhar->id, "ofac_cons:9647");
  EXPECT_EQ(zahhar->names[0].full, "Mahmoud Khaled ZAHHAR");
  EXPECT_EQ(zahhar->names[0].parts.given, "Mahmoud");
  EXPECT_EQ(zahhar->names[0].parts.middle, "Khaled");
  EXPECT_EQ(zahhar->gender, Gender::kMale);
  EXPECT_EQ(zahhar->nationalities, std::vector<std::string>{"PS"});
  ASSERT_EQ(zahhar->birth_dates.size(), 1u);
  EXPECT_EQ(zahhar->birth_dates[0].to_string(), "1945");
  EXPECT_EQ(zahhar->birth_places, std::vector<std::string>{"Gaza Strip"});
  ASSERT_EQ(zahhar->sanctions.size(), 2u);
  EXPECT_EQ(zahhar->sanctions[1].program, "SDGT");
  ASSERT_EQ(zahhar->relations.size(), 1u);
  EXPECT_EQ(zahhar->relations[0].target_name, "HAMAS");
  // "ZAHAR, Mahmoud" (a weak alias in lastName alone) is turned into natural order.
  EXPECT_EQ(zahhar->names[2].full, "Mahmoud ZAHAR");
  EXPECT_EQ(zahhar->names[2].kind, NameKind::kWeakAlias);
}

TEST_F(OfacXmlRealFileTest, SpotChecksABank) {
  ASSERT_NE(output_, nullptr);
  const Entity* vtb = find(*output_, "17013");
  ASSERT_NE(vtb, nullptr);
  EXPECT_EQ(vtb->schema, Schema::kOrganization);
  EXPECT_EQ(vtb->names[0].full, "VTB BANK PUBLIC JOINT STOCK COMPANY");
  EXPECT_EQ(find_identifier(*vtb, IdentifierType::kBic)->value, "VTBRRUMM");
  EXPECT_EQ(find_identifier(*vtb, IdentifierType::kLei)->value, "253400V1H6ART1UQ0N98");
  const Identifier* tax = find_identifier(*vtb, IdentifierType::kTaxId);
  ASSERT_NE(tax, nullptr);
  EXPECT_EQ(tax->value, "7702070139");
  EXPECT_EQ(tax->country, "RU");
  EXPECT_EQ(property_values(*vtb, "target_type"),
            std::vector<std::string>{"Financial Institution"});
  ASSERT_EQ(vtb->sanctions.size(), 2u);
  EXPECT_EQ(vtb->sanctions[1].legal_basis, "E.O. 14024");

  const Entity* vtb24 = find(*output_, "18719");
  ASSERT_NE(vtb24, nullptr);
  EXPECT_EQ(vtb24->names.back().kind, NameKind::kFormer);
  ASSERT_EQ(vtb24->relations.size(), 1u);
  EXPECT_EQ(vtb24->relations[0].target_name, "VTB BANK PUBLIC JOINT STOCK COMPANY");
  ASSERT_EQ(vtb24->addresses.size(), 1u);
  EXPECT_EQ(vtb24->addresses[0].to_string(), "d. 35 ul. Myasnitskaya, Moscow 101000, Russia");
  EXPECT_EQ(vtb24->addresses[0].country, "RU");
}

TEST_F(OfacXmlRealFileTest, EveryEntryHasANameSchemaAndProgram) {
  ASSERT_NE(output_, nullptr);
  size_t people = 0;
  for (const Entity& entity : output_->entities) {
    EXPECT_FALSE(entity.names.empty()) << entity.id;
    EXPECT_NE(entity.schema, Schema::kUnknown) << entity.id;
    EXPECT_FALSE(entity.sanctions.empty()) << entity.id;
    if (entity.schema == Schema::kPerson) ++people;
  }
  EXPECT_EQ(people, 79u);
}

}  // namespace
}  // namespace vigil::sources
