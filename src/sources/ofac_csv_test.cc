#include "sources/ofac_csv.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vigil::sources {
namespace {

// One primary row the way OFAC writes it: quoted text, "-0- " for null, CRLF.
std::string row(std::string_view ent_num, std::string_view name, std::string_view type,
                std::string_view programs, std::string_view remarks = "-0- ",
                std::string_view vessel = "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ") {
  const auto quoted = [](std::string_view text) {
    return text == "-0- " ? std::string(text) : "\"" + std::string(text) + "\"";
  };
  return std::string(ent_num) + "," + quoted(name) + "," + quoted(type) + "," + quoted(programs) +
         "," + std::string(vessel) + "," + quoted(remarks) + "\r\n";
}

const Entity* find(const ParseOutput& out, std::string_view source_id) {
  const auto it = std::find_if(out.entities.begin(), out.entities.end(),
                               [source_id](const Entity& e) { return e.source_id == source_id; });
  return it == out.entities.end() ? nullptr : &*it;
}

size_t count_severity(const ParseOutput& out, Diagnostic::Severity severity) {
  return static_cast<size_t>(
      std::count_if(out.diagnostics.begin(), out.diagnostics.end(),
                    [severity](const Diagnostic& d) { return d.severity == severity; }));
}

ParseOutput parse_ok(const OfacCsvFiles& files) {
  auto parsed = parse_ofac_csv(files, "t");
  EXPECT_TRUE(parsed.ok()) << parsed.error().to_string();
  return parsed.ok() ? std::move(parsed).value() : ParseOutput{};
}

TEST(OfacCsvTest, DetectsEachKindFromContent) {
  EXPECT_EQ(detect_ofac_csv(row("36", "AEROCARIBBEAN AIRLINES", "-0- ", "CUBA")),
            OfacCsvKind::kPrimary);
  EXPECT_EQ(detect_ofac_csv(row("7", "KHATIB, Esmail", "individual", "IFSR")),
            OfacCsvKind::kPrimary);
  EXPECT_EQ(detect_ofac_csv("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"), OfacCsvKind::kAlias);
  EXPECT_EQ(detect_ofac_csv("36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n"), OfacCsvKind::kAddress);
  EXPECT_EQ(detect_ofac_csv("17016,\"tive Date\"\r\n"), OfacCsvKind::kComments);
}

TEST(OfacCsvTest, DetectionRefusesOtherFiles) {
  EXPECT_FALSE(detect_ofac_csv("").has_value());
  EXPECT_FALSE(detect_ofac_csv("\x1A").has_value());
  EXPECT_FALSE(detect_ofac_csv("id,name\n1,x\n").has_value());
  EXPECT_FALSE(detect_ofac_csv("<?xml version='1.0'?><sdnList/>").has_value());
  EXPECT_FALSE(detect_ofac_csv(row("36", "X", "spaceship", "CUBA")).has_value());
  EXPECT_FALSE(detect_ofac_csv("36,12,\"alias\",\"X\",-0- \r\n").has_value());
  EXPECT_FALSE(detect_ofac_csv("36,x,-0- ,\"Havana\",\"Cuba\",-0- \r\n").has_value());
  EXPECT_FALSE(detect_ofac_csv("1,2,3\n").has_value());
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise += static_cast<char>((i * 7919 + 1) % 256);
  EXPECT_FALSE(detect_ofac_csv(noise).has_value());
}

TEST(OfacCsvTest, PrimaryColumnsBecomeModelFields) {
  OfacCsvFiles files;
  files.primary = {
      "sdn.csv",
      row("39017", "KHATIB, Esmail Seyed", "individual", "IFSR] [IRAN-HR] [CYBER2] [NEW-EO99999",
          "DOB 1960 to 1961; nationality Iran; Gender Male.",
          "\"Minister of Intelligence\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ") +
          row("15036", "ARTAVIL", "vessel", "IRAN", "MMSI 572469210; Vessel Flag Iran.",
              "-0- ,\"T2EU4\",\"Crude/Oil Products "
              "Tanker\",\"99,144\",\"56,068\",\"Iran\",\"NITC\"") +
          row("306", "BANCO NACIONAL DE CUBA", "-0- ", "CUBA", "a.k.a. 'BNC'.") +
          row("15431", "EP-GOM", "aircraft", "SDGT", "Aircraft Model IL76-TD.")};
  const ParseOutput out = parse_ok(files);
  ASSERT_EQ(out.entities.size(), 4U);
  EXPECT_EQ(out.info.id, "t");
  EXPECT_EQ(out.info.authority, "OFAC");
  EXPECT_EQ(out.info.entity_count, 4U);
  EXPECT_TRUE(out.diagnostics.empty());

  const Entity& person = out.entities[0];
  EXPECT_EQ(person.id, "t:39017");
  EXPECT_EQ(person.dataset, "t");
  EXPECT_EQ(person.source_id, "39017");
  EXPECT_EQ(person.schema, Schema::kPerson);
  EXPECT_EQ(person.names[0].full, "Esmail Seyed KHATIB");
  EXPECT_EQ(person.names[0].parts.given, "Esmail");
  EXPECT_EQ(person.names[0].parts.middle, "Seyed");
  EXPECT_EQ(person.names[0].parts.title, "Minister of Intelligence");
  EXPECT_EQ(person.properties[0].key, "title");
  ASSERT_EQ(person.sanctions.size(), 4U);
  EXPECT_EQ(person.sanctions[0].authority, "OFAC");
  EXPECT_EQ(person.sanctions[0].program, "IFSR");
  EXPECT_EQ(person.sanctions[0].legal_basis, "Iranian Financial Sanctions Regulations, 31 CFR 561");
  EXPECT_EQ(person.sanctions[1].legal_basis, "E.O. 13553");
  EXPECT_EQ(person.sanctions[2].legal_basis, "E.O. 13694 as amended by E.O. 13757");
  EXPECT_EQ(person.sanctions[3].legal_basis, "E.O. 99999");  // named by the program tag
  EXPECT_EQ(person.remarks, "DOB 1960 to 1961; nationality Iran; Gender Male.");
  EXPECT_EQ(person.gender, Gender::kMale);
  EXPECT_NE(person.content_hash, 0U);

  const Entity& vessel = out.entities[1];
  EXPECT_EQ(vessel.schema, Schema::kVessel);
  EXPECT_EQ(vessel.names[0].full, "ARTAVIL");
  ASSERT_EQ(vessel.identifiers.size(), 2U);
  EXPECT_EQ(vessel.identifiers[0].type, IdentifierType::kCallSign);
  EXPECT_EQ(vessel.identifiers[0].value, "T2EU4");
  EXPECT_EQ(vessel.identifiers[1].type, IdentifierType::kMmsi);
  std::vector<std::string> keys;
  for (const Property& p : vessel.properties) keys.push_back(p.key + "=" + p.value);
  // The flag stated in the column and again in the remarks is kept once.
  EXPECT_EQ(keys, (std::vector<std::string>{"vessel_type=Crude/Oil Products Tanker",
                                            "vessel_tonnage=99,144", "vessel_grt=56,068",
                                            "vessel_owner=NITC", "vessel_flag=Iran",
                                            "vessel_flag_code=IR"}));
  EXPECT_EQ(vessel.countries, std::vector<std::string>{"IR"});

  EXPECT_EQ(out.entities[2].schema, Schema::kOrganization);
  EXPECT_EQ(out.entities[2].names[1].full, "BNC");
  EXPECT_EQ(out.entities[2].names[1].kind, NameKind::kWeakAlias);
  EXPECT_EQ(out.entities[3].schema, Schema::kAircraft);
}

TEST(OfacCsvTest, AliasesAddressesAndLinksJoinOnEntNum) {
  OfacCsvFiles files;
  files.primary = {"sdn.csv", row("12111", "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY", "-0- ",
                                  "SDGT", "a.k.a. 'MOIS'.") +
                                  row("39017", "KHATIB, Esmail", "individual", "IRAN-HR",
                                      "Linked To: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY.")};
  files.aliases = InputFile{"alt.csv",
                            "39017,60868,\"aka\",\"KHATIB, Seyed Esmaeil\",-0- \r\n"
                            "39017,60869,\"fka\",\"OLD, Name\",-0- \r\n"
                            "39017,60870,\"nka\",\"NEW, Name\",\"a note\"\r\n"
                            "99999,1,\"aka\",\"LATER, Designation\",-0- \r\n\x1A"};
  files.addresses = InputFile{"add.csv",
                              "39017,58163,-0- ,-0- ,\"Iran\",-0- \r\n"
                              "12111,1,\"Street 1\",\"Tehran\",\"Iran\",-0- \r\n"
                              "12111,2,-0- ,-0- ,-0- ,-0- \r\n"
                              "99999,2,-0- ,\"X\",\"Iraq\",-0- \r\n"
                              "99998,3,-0- ,\"Y\",\"Iraq\",-0- \r\n"};
  const ParseOutput out = parse_ok(files);
  const Entity* khatib = find(out, "39017");
  ASSERT_NE(khatib, nullptr);
  ASSERT_EQ(khatib->names.size(), 4U);
  EXPECT_EQ(khatib->names[1].full, "Seyed Esmaeil KHATIB");
  EXPECT_EQ(khatib->names[1].kind, NameKind::kAlias);
  EXPECT_EQ(khatib->names[1].parts.family, "KHATIB");
  EXPECT_EQ(khatib->names[2].kind, NameKind::kFormer);
  EXPECT_EQ(khatib->names[3].kind, NameKind::kAlias);
  ASSERT_EQ(khatib->addresses.size(), 1U);
  EXPECT_EQ(khatib->addresses[0].country, "IR");
  EXPECT_EQ(khatib->addresses[0].country_name, "Iran");
  EXPECT_EQ(khatib->countries, std::vector<std::string>{"IR"});
  ASSERT_EQ(khatib->relations.size(), 1U);
  EXPECT_EQ(khatib->relations[0].target_id, "t:12111");
  const Entity* mois = find(out, "12111");
  ASSERT_EQ(mois->addresses.size(), 1U);  // an address row with no address is no address
  EXPECT_EQ(mois->addresses[0].to_string(), "Street 1, Tehran, Iran");
  // Rows of later designations: one summary per file, not one per row.
  ASSERT_EQ(out.diagnostics.size(), 2U);
  EXPECT_EQ(out.diagnostics[0].where.file, "alt.csv");
  EXPECT_NE(out.diagnostics[0].message.find("1 of 4 rows dropped"), std::string::npos);
  EXPECT_NE(out.diagnostics[1].message.find("2 of 5 rows dropped"), std::string::npos);
  EXPECT_EQ(out.info.skipped_records, 0U);
}

TEST(OfacCsvTest, BadRecordsAreSkippedWithFileAndLine) {
  OfacCsvFiles files;
  files.primary = {"sdn.csv", row("36", "AEROCARIBBEAN AIRLINES", "-0- ", "CUBA") +
                                  "x,\"BROKEN\"\r\n" + row("x37", "NO NUMBER", "-0- ", "CUBA") +
                                  row("38", "-0- ", "-0- ", "CUBA") +
                                  row("36", "DUPLICATE", "-0- ", "CUBA") +
                                  row("39", "ODD TYPE", "entity", "CUBA")};
  const ParseOutput out = parse_ok(files);
  ASSERT_EQ(out.entities.size(), 2U);
  EXPECT_EQ(out.entities[0].names[0].full, "AEROCARIBBEAN AIRLINES");
  EXPECT_EQ(out.entities[1].schema, Schema::kUnknown);
  EXPECT_EQ(out.info.skipped_records, 4U);
  ASSERT_EQ(out.diagnostics.size(), 5U);
  std::vector<long> lines;
  for (const Diagnostic& d : out.diagnostics) {
    EXPECT_EQ(d.where.file, "sdn.csv");
    lines.push_back(d.where.line);
  }
  EXPECT_EQ(lines, (std::vector<long>{2, 3, 4, 5, 6}));
  EXPECT_EQ(count_severity(out, Diagnostic::Severity::kWarning), 1U);  // the odd type
}

TEST(OfacCsvTest, AnUnterminatedQuoteLosesOneRecordOnly) {
  OfacCsvFiles files;
  files.primary = {"sdn.csv", row("1", "FIRST", "-0- ", "CUBA") +
                                  "2,\"BROKEN,-0- ,\"CUBA\",-0- \r\n" +
                                  row("3", "THIRD", "-0- ", "CUBA")};
  const ParseOutput out = parse_ok(files);
  ASSERT_EQ(out.entities.size(), 2U);
  EXPECT_EQ(out.entities[1].names[0].full, "THIRD");
  EXPECT_EQ(out.info.skipped_records, 1U);
}

TEST(OfacCsvTest, NotOfacIsAnErrorNamingTheFile) {
  OfacCsvFiles files;
  files.primary = {"x.csv", "hello,world\n"};
  auto parsed = parse_ofac_csv(files, "t");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code, ErrorCode::kFormat);
  EXPECT_EQ(parsed.error().where.file, "x.csv");

  files.primary = {"sdn.csv", row("1", "X", "-0- ", "CUBA")};
  files.aliases = InputFile{"alt.csv", "1,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n"};
  parsed = parse_ofac_csv(files, "t");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().where.file, "alt.csv");
}

TEST(OfacCsvTest, EmptySecondaryFilesAreNoAliasesOrAddresses) {
  OfacCsvFiles files;
  files.primary = {"sdn.csv", row("1", "X", "-0- ", "CUBA")};
  files.aliases = InputFile{"alt.csv", "\x1A"};
  files.addresses = InputFile{"add.csv", ""};
  files.comments = InputFile{"sdn_comments.csv", "\r\n"};
  const ParseOutput out = parse_ok(files);
  EXPECT_EQ(out.entities.size(), 1U);
  EXPECT_TRUE(out.diagnostics.empty());
}

TEST(OfacCsvTest, RemarkOverflowContinuesCutRemarks) {
  // Remarks of exactly OFAC's 1000 characters, cut inside a quoted name.
  std::string cut = "Linked To: A; ";
  while (cut.size() < 900) cut += "a.k.a. 'X" + std::to_string(cut.size()) + "'; ";
  const std::string tail = "a.k.a. 'SNOWSJ";
  cut += std::string(1000 - cut.size() - tail.size() - 2, 'P') + "; " + tail;
  ASSERT_EQ(cut.size(), 1000U);
  OfacCsvFiles files;
  files.primary = {"sdn.csv",
                   row("1", "A", "-0- ", "CUBA") + row("28263", "B", "-0- ", "DPRK3", cut)};
  files.comments = InputFile{"sdn_comments.csv", "28263,\"OHN'; Linked To: A.\"\r\n"};
  const ParseOutput out = parse_ok(files);
  const Entity* e = find(out, "28263");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->remarks, cut + "OHN'; Linked To: A.");
  EXPECT_EQ(e->names.back().full, cut.substr(cut.rfind('\'') + 1) + "OHN");
  EXPECT_EQ(e->relations.size(), 1U);  // the two "Linked To: A" facts are one relation
  EXPECT_TRUE(out.diagnostics.empty());
}

TEST(OfacCsvTest, OverflowFromAnotherPublicationIsNotAppended) {
  const std::string last = "Listing Date (EO 14024 Directive 3)";
  const std::string cut = "Gender Male; " + std::string(1000 - 15 - last.size(), 'P') + "; " + last;
  ASSERT_EQ(cut.size(), 1000U);
  OfacCsvFiles files;
  files.primary = {"sdn.csv", row("17018", "BANK", "-0- ", "RUSSIA-EO14024", cut) +
                                  row("2", "SHORT", "-0- ", "CUBA", "Gender Male.")};
  files.comments = InputFile{"sdn_comments.csv",
                             "17018,\"ive 2): 24 Feb 2022; Effective Date.\"\r\n"
                             "2,\"more.\"\r\n"
                             "3,\"absent.\"\r\n"};
  const ParseOutput out = parse_ok(files);
  const Entity* e = find(out, "17018");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->remarks.find("ive 2)"), std::string::npos);
  EXPECT_EQ(find(out, "2")->remarks, "Gender Male.");
  ASSERT_EQ(out.diagnostics.size(), 2U);
  EXPECT_EQ(out.diagnostics[0].where.element, "17018");
  EXPECT_EQ(out.diagnostics[0].where.line, 1);
  EXPECT_NE(out.diagnostics[1].message.find("2 of 3 remark-overflow rows not used: 1 name an "
                                            "ent_num absent"),
            std::string::npos)
      << out.diagnostics[1].message;
}

TEST(OfacCsvTest, ContentHashIsDeterministicAndSeesChanges) {
  OfacCsvFiles files;
  files.primary = {"sdn.csv", row("1", "X", "-0- ", "CUBA", "a.k.a. 'Y'.")};
  const uint64_t first = parse_ok(files).entities[0].content_hash;
  EXPECT_EQ(parse_ok(files).entities[0].content_hash, first);
  files.primary = {"sdn.csv", row("1", "X", "-0- ", "CUBA", "a.k.a. 'Z'.")};
  EXPECT_NE(parse_ok(files).entities[0].content_hash, first);
}

TEST(OfacCsvTest, ArbitraryBytesNeverCrash) {
  const std::string good = row("1", "X", "-0- ", "CUBA");
  for (int seed = 0; seed < 64; ++seed) {
    std::string bytes = good;
    for (int i = 0; i < 3000; ++i) bytes += static_cast<char>((i * 7919 + seed * 31) % 256);
    OfacCsvFiles files;
    files.primary = {"fuzz.csv", bytes};
    files.aliases = InputFile{"alt.csv", bytes.substr(good.size())};
    files.comments = InputFile{"c.csv", "1,\"" + bytes};
    EXPECT_NO_THROW((void)parse_ofac_csv(files, "t"));
  }
}

}  // namespace
}  // namespace vigil::sources
