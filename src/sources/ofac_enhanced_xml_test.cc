// The OFAC Enhanced XML parser on small documents in the published structure (element names as
// in CONS_ENHANCED.XML, invented parties): every name form, date form, relation and the
// errors a damaged file must give.
#include "sources/ofac_enhanced_xml.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "sources/list_format.h"
#include "sources/zip_test_support.h"

namespace vigil::sources {
namespace {

using Strings = std::vector<std::string>;

constexpr std::string_view kHead =
    R"(<?xml version="1.0" encoding="utf-8"?>
<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
  <publicationInfo><dataAsOf>2025-01-10T00:00:00</dataAsOf></publicationInfo>
  <referenceValues>
    <referenceValue refId="11077"><type>COUNTRY</type><value>Iraq</value><isoCode>IQ</isoCode></referenceValue>
    <referenceValue refId="91021"><type>COUNTRY</type><value>Palestinian</value><isoCode>PS</isoCode></referenceValue>
  </referenceValues>
  <entities>
)";
constexpr std::string_view kTail = "  </entities>\n</sanctionsData>\n";

std::string name_xml(std::string_view attributes, std::string_view translations) {
  return "<name>" + std::string(attributes) + "<translations>" + std::string(translations) +
         "</translations></name>";
}

std::string latin_person(std::string_view first, std::string_view last) {
  return "<translation><isPrimary>true</isPrimary><script>Latin</script><formattedFirstName>" +
         std::string(first) + "</formattedFirstName><formattedLastName>" + std::string(last) +
         "</formattedLastName><nameParts><namePart><type>Last Name</type><value>" +
         std::string(last) + "</value></namePart><namePart><type>First Name</type><value>" +
         std::string(first) + "</value></namePart></nameParts></translation>";
}

std::string written(std::string_view full, bool primary = true) {
  return std::string("<translation><isPrimary>") + (primary ? "true" : "false") +
         "</isPrimary><formattedLastName>" + std::string(full) +
         "</formattedLastName><formattedFullName>" + std::string(full) +
         "</formattedFullName></translation>";
}

constexpr std::string_view kPrimary =
    "<isPrimary>true</isPrimary><isLowQuality>false</isLowQuality>";
constexpr std::string_view kStrongAka =
    "<isPrimary>false</isPrimary><aliasType>A.K.A.</aliasType><isLowQuality>false</isLowQuality>";
constexpr std::string_view kWeakAka =
    "<isPrimary>false</isPrimary><aliasType>A.K.A.</aliasType><isLowQuality>true</isLowQuality>";
constexpr std::string_view kFormer =
    "<isPrimary>false</isPrimary><aliasType>F.K.A.</aliasType><isLowQuality>false</isLowQuality>";

std::string birth_date(std::string_view text, std::string_view first, std::string_view last,
                       bool approximate) {
  return "<feature><type>Birthdate</type><value>" + std::string(text) +
         "</value><valueDate><fromDateBegin>" + std::string(first) +
         "</fromDateBegin><fromDateEnd>" + std::string(first) + "</fromDateEnd><toDateBegin>" +
         std::string(last) + "</toDateBegin><toDateEnd>" + std::string(last) +
         "</toDateEnd><isApproximate>" + (approximate ? "true" : "false") +
         "</isApproximate></valueDate><isPrimary>true</isPrimary></feature>";
}

const std::string kPerson =
    R"(<entity id="101"><generalInfo><identityId>1</identityId><entityType>Individual</entityType>
      <remarks>Test remark.</remarks></generalInfo>
      <sanctionsLists>
        <sanctionsList datePublished="2006-04-12">Non-SDN Palestinian Legislative Council List</sanctionsList>
        <sanctionsList datePublished="2014-10-10">Consolidated List</sanctionsList>
      </sanctionsLists>
      <sanctionsPrograms><sanctionsProgram>SDGT</sanctionsProgram></sanctionsPrograms>
      <sanctionsTypes><sanctionsType>Reject</sanctionsType></sanctionsTypes>
      <legalAuthorities><legalAuthority>Executive Order 13224 (Terrorism)</legalAuthority></legalAuthorities>
      <names>)" +
    name_xml(kPrimary, latin_person("Karim Hassan", "TESTALI")) +
    name_xml(kStrongAka, latin_person("Kareem", "TESTALLI")) +
    name_xml(kWeakAka, written("Abu Test")) +
    name_xml(kStrongAka, written("Karim TESTALI") + written("كريم التستالي", false)) +
    R"(</names>
      <addresses><address><country refId="91021">Palestinian</country><translations><translation>
        <isPrimary>true</isPrimary><addressParts>
        <addressPart><type>ADDRESS1</type><value>1 Test Street</value></addressPart>
        <addressPart><type>CITY</type><value>Gaza</value></addressPart>
      </addressParts></translation></translations></address></addresses>
      <features>)" +
    birth_date("12 May 1970", "1970-05-12", "1970-05-12", false) +
    birth_date("circa 1968", "1968-01-01", "1968-12-31", true) +
    birth_date("1960 to 1962", "1960-01-01", "1962-12-31", false) +
    R"(<feature><type>Place of Birth</type><value>Baghdad, Iraq</value></feature>
        <feature><type>Nationality Country</type><value>Iraq</value><valueRefId>11077</valueRefId></feature>
        <feature><type>Gender</type><value>Male</value></feature>
        <feature><type>Website</type><value>www.test.example</value><comments>personal site</comments></feature>
      </features>
      <identityDocuments><identityDocument><type>Passport</type><documentNumber>A 123-4567</documentNumber>
        <isValid>true</isValid><issuingCountry refId="11077">Iraq</issuingCountry></identityDocument>
      </identityDocuments>
      <relationships>
        <relationship><type>Associate Of</type><relatedEntity entityId="102">TEST COMPANY</relatedEntity></relationship>
        <relationship><type>Owned or Controlled By</type><relatedEntity entityId="999">ELSEWHERE HOLDING</relatedEntity></relationship>
      </relationships>
    </entity>
)";

const std::string kCompany =
    R"(<entity id="102"><generalInfo><entityType>Entity</entityType></generalInfo>
      <sanctionsPrograms><sanctionsProgram>RUSSIA-EO14024</sanctionsProgram></sanctionsPrograms>
      <names>)" +
    name_xml(kPrimary, written("TEST COMPANY") + written("ТЕСТ КОМПАНИЯ", false)) +
    name_xml(kFormer, written("OLD TEST COMPANY")) + R"(</names>
      <features><feature><type>Organization Established Date</type><value>17 Oct 1990</value></feature></features>
    </entity>
)";

std::string document_of(std::string_view entities) {
  return std::string(kHead) + std::string(entities) + std::string(kTail);
}

Result<ParseOutput> parse(std::string bytes, std::string path = "enhanced.xml") {
  return parse_ofac_enhanced_xml(InputFile{std::move(path), std::move(bytes)}, "ofac_test");
}

const Entity& only(const ParseOutput& output, std::string_view source_id) {
  for (const Entity& entity : output.entities) {
    if (entity.source_id == source_id) return entity;
  }
  throw std::runtime_error("no entity " + std::string(source_id));
}

std::vector<std::string> property_values(const Entity& entity, std::string_view key) {
  std::vector<std::string> values;
  for (const Property& property : entity.properties) {
    if (property.key == key) values.push_back(property.value);
  }
  return values;
}

TEST(OfacEnhancedDetectTest, BareOrZippedAlone) {
  const std::string bare = document_of(kCompany);
  EXPECT_TRUE(is_ofac_enhanced_xml(bare));
  EXPECT_EQ(detect_list_format(bare), ListFormat::kOfacEnhancedXml);
  const std::string zipped = testing::make_zip({{"CONS_ENHANCED.XML", bare}});
  EXPECT_EQ(detect_list_format(zipped), ListFormat::kOfacEnhancedXml);
  EXPECT_EQ(format_id(ListFormat::kOfacEnhancedXml), "ofac_enhanced_xml");
  // Two XML members, or a member in another format, are not this format.
  EXPECT_FALSE(is_ofac_enhanced_xml(testing::make_zip({{"a.xml", bare}, {"b.xml", bare}})));
  EXPECT_FALSE(is_ofac_enhanced_xml(testing::make_zip({{"sdn.xml", "<sdnList/>"}})));
  EXPECT_FALSE(is_ofac_enhanced_xml("<sanctionsData/>"));  // no Enhanced namespace
  EXPECT_FALSE(is_ofac_enhanced_xml(""));
}

TEST(OfacEnhancedParseTest, NamesEveryKindAndScript) {
  const Result<ParseOutput> output = parse(document_of(kPerson + kCompany));
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  EXPECT_EQ(output->info.publication_date, "2025-01-10");
  EXPECT_EQ(output->entities.size(), 2u);
  EXPECT_TRUE(output->diagnostics.empty());
  const Entity& person = only(*output, "101");
  EXPECT_EQ(person.id, "ofac_test:101");
  EXPECT_EQ(person.schema, Schema::kPerson);
  ASSERT_EQ(person.names.size(), 5u);
  EXPECT_EQ(person.names[0].full, "Karim Hassan TESTALI");
  EXPECT_EQ(person.names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(person.names[0].parts.given, "Karim");
  EXPECT_EQ(person.names[0].parts.middle, "Hassan");
  EXPECT_EQ(person.names[0].parts.family, "TESTALI");
  EXPECT_EQ(person.names[1].kind, NameKind::kAlias);
  EXPECT_EQ(person.names[2].full, "Abu Test");
  EXPECT_EQ(person.names[2].kind, NameKind::kWeakAlias);
  EXPECT_EQ(person.names[4].full, "كريم التستالي");
  EXPECT_EQ(person.names[4].kind, NameKind::kNativeScript);
  EXPECT_EQ(person.names[4].script, "Arab");
  const Entity& company = only(*output, "102");
  EXPECT_EQ(company.schema, Schema::kOrganization);
  ASSERT_EQ(company.names.size(), 3u);
  EXPECT_EQ(company.names[1].kind, NameKind::kNativeScript);
  EXPECT_EQ(company.names[1].script, "Cyrl");
  EXPECT_EQ(company.names[2].kind, NameKind::kFormer);
  EXPECT_EQ(property_values(company, "established_date"), Strings{"17 Oct 1990"});
  EXPECT_EQ(company.sanctions.at(0).legal_basis, "E.O. 14024");
}

TEST(OfacEnhancedParseTest, DatesPlacesCountriesAndDocuments) {
  const Result<ParseOutput> output = parse(document_of(kPerson));
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  const Entity& person = only(*output, "101");
  ASSERT_EQ(person.birth_dates.size(), 3u);
  EXPECT_EQ(person.birth_dates[0].to_string(), "1970-05-12");
  EXPECT_EQ(person.birth_dates[0].original, "12 May 1970");
  EXPECT_EQ(person.birth_dates[1].to_string(), "~1968");
  EXPECT_EQ(person.birth_dates[2].to_string(), "1960/1962");
  EXPECT_EQ(person.birth_places, Strings{"Baghdad, Iraq"});
  EXPECT_EQ(person.nationalities, Strings{"IQ"});
  EXPECT_EQ(person.gender, Gender::kMale);
  ASSERT_EQ(person.addresses.size(), 1u);
  EXPECT_EQ(person.addresses[0].to_string(), "1 Test Street, Gaza, Palestinian");
  EXPECT_EQ(person.addresses[0].country, "PS");
  ASSERT_EQ(person.identifiers.size(), 2u);
  EXPECT_EQ(person.identifiers[0].type, IdentifierType::kWebsite);
  EXPECT_EQ(person.identifiers[0].note, "personal site");
  const Identifier& passport = person.identifiers[1];
  EXPECT_EQ(passport.type, IdentifierType::kPassport);
  EXPECT_EQ(passport.normalised, "A1234567");
  EXPECT_EQ(passport.country, "IQ");
  EXPECT_EQ(person.remarks, "Test remark.");
}

TEST(OfacEnhancedParseTest, SanctionsListsAndRelations) {
  const Result<ParseOutput> output = parse(document_of(kPerson + kCompany));
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  const Entity& person = only(*output, "101");
  ASSERT_EQ(person.sanctions.size(), 1u);
  EXPECT_EQ(person.sanctions[0].authority, "OFAC");
  EXPECT_EQ(person.sanctions[0].program, "SDGT");
  EXPECT_EQ(person.sanctions[0].legal_basis, "E.O. 13224");
  EXPECT_EQ(person.sanctions[0].listed_on, "2006-04-12");  // the earliest list date
  EXPECT_EQ(property_values(person, "sanctions_list"),
            (Strings{"Non-SDN Palestinian Legislative Council List", "Consolidated List"}));
  EXPECT_EQ(property_values(person, "legal_authority"),
            Strings{"Executive Order 13224 (Terrorism)"});
  EXPECT_EQ(property_values(person, "sanctions_type"), Strings{"Reject"});
  ASSERT_EQ(person.relations.size(), 2u);
  EXPECT_EQ(person.relations[0].kind, RelationKind::kAssociateOf);
  EXPECT_EQ(person.relations[0].target_id, "ofac_test:102");
  EXPECT_EQ(person.relations[1].kind, RelationKind::kOwnedBy);
  EXPECT_EQ(person.relations[1].target_id, "");  // entity 999 is not in this file
  EXPECT_EQ(person.relations[1].target_name, "ELSEWHERE HOLDING");
}

TEST(OfacEnhancedParseTest, ZippedFileParsesAsTheBareOne) {
  const std::string bare = document_of(kPerson + kCompany);
  const Result<ParseOutput> from_zip =
      parse(testing::make_zip({{"CONS_ENHANCED.XML", bare}}), "CONS_ENHANCED.ZIP");
  ASSERT_TRUE(from_zip.ok()) << from_zip.error().to_string();
  const Result<ParseOutput> from_xml = parse(bare);
  ASSERT_TRUE(from_xml.ok());
  ASSERT_EQ(from_zip->entities.size(), from_xml->entities.size());
  for (size_t i = 0; i < from_zip->entities.size(); ++i) {
    EXPECT_EQ(from_zip->entities[i].content_hash, from_xml->entities[i].content_hash);
  }
}

TEST(OfacEnhancedDamagedTest, RecordsWithoutIdOrNameAreSkippedWithTheirLine) {
  const std::string no_id = R"(<entity><generalInfo><entityType>Entity</entityType></generalInfo>
      <names>)" + name_xml(kPrimary, written("NO ID COMPANY")) +
                            "</names></entity>\n";
  const std::string no_name =
      R"(<entity id="103"><generalInfo><entityType>Entity</entityType></generalInfo></entity>)";
  const Result<ParseOutput> output = parse(document_of(kCompany + no_id + no_name + kCompany));
  ASSERT_TRUE(output.ok()) << output.error().to_string();
  EXPECT_EQ(output->entities.size(), 1u);
  EXPECT_EQ(output->info.skipped_records, 3u);
  ASSERT_EQ(output->diagnostics.size(), 3u);
  EXPECT_NE(output->diagnostics[0].to_string().find("enhanced.xml:"), std::string::npos);
  EXPECT_NE(output->diagnostics[0].message.find("without an id"), std::string::npos);
  EXPECT_NE(output->diagnostics[1].message.find("103 has no name"), std::string::npos);
  EXPECT_NE(output->diagnostics[2].message.find("duplicate entity id 102"), std::string::npos);
  EXPECT_GT(output->diagnostics[1].where.line, output->diagnostics[0].where.line);
}

TEST(OfacEnhancedDamagedTest, FatalErrorsNameTheFileAndLine) {
  const std::string bare = document_of(kPerson);
  const Result<ParseOutput> truncated = parse(bare.substr(0, bare.size() / 2));
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.error().to_string().find("enhanced.xml:"), std::string::npos);

  std::string bad_utf8 = bare;
  bad_utf8.insert(bare.find("Test remark"), "\xC3\x28");
  const Result<ParseOutput> invalid = parse(bad_utf8);
  ASSERT_FALSE(invalid.ok());
  EXPECT_NE(invalid.error().to_string().find("UTF-8"), std::string::npos)
      << invalid.error().to_string();
  EXPECT_GT(invalid.error().where.line, 1);

  const Result<ParseOutput> no_entities = parse(
      "<sanctionsData xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/"
      "PublicationPreview/exports/ENHANCED_XML\"><publicationInfo/></sanctionsData>");
  ASSERT_FALSE(no_entities.ok());
  EXPECT_NE(no_entities.error().message.find("no <entities>"), std::string::npos);
}

TEST(OfacEnhancedDamagedTest, DamagedArchivesAreClearErrors) {
  const std::string zipped = testing::make_zip({{"CONS_ENHANCED.XML", document_of(kPerson)}});
  for (size_t size : {size_t{4}, size_t{30}, zipped.size() / 2, zipped.size() - 10}) {
    const Result<ParseOutput> output = parse(zipped.substr(0, size), "cut.zip");
    ASSERT_FALSE(output.ok()) << size;
    EXPECT_NE(output.error().to_string().find("cut.zip"), std::string::npos)
        << output.error().to_string();
  }
  const Result<ParseOutput> empty_archive =
      parse(testing::make_zip({{"readme.txt", "x"}}), "e.zip");
  ASSERT_FALSE(empty_archive.ok());
  EXPECT_NE(empty_archive.error().message.find("no XML file"), std::string::npos);
  const std::string truncated_member = document_of(kPerson).substr(0, 900);
  const Result<ParseOutput> cut_xml =
      parse(testing::make_zip({{"CONS_ENHANCED.XML", truncated_member}}), "c.zip");
  ASSERT_FALSE(cut_xml.ok());
  EXPECT_NE(cut_xml.error().to_string().find("c.zip!/CONS_ENHANCED.XML:"), std::string::npos)
      << cut_xml.error().to_string();
}

}  // namespace
}  // namespace vigil::sources
