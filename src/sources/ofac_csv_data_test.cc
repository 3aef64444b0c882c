// The OFAC legacy CSV parser on the real files: the embedded default SDN set (primary records
// of 2024-05-03 joined with alias, address and overflow rows of 2025-12) and a self-consistent
// set of 2021-07.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "sources/input_file.h"
#include "sources/ofac_csv.h"

namespace vigil::sources {
namespace {

InputFile file(const std::string& path) {
  auto read = read_input_file(path);
  EXPECT_TRUE(read.ok()) << path;
  return read.ok() ? std::move(read).value() : InputFile{path, ""};
}

OfacCsvFiles sdn_set(const std::string& dir) {
  return {file(dir + "sdn.csv"), file(dir + "alt.csv"), file(dir + "add.csv"),
          file(dir + "sdn_comments.csv")};
}

const Entity* find(const ParseOutput& out, std::string_view source_id) {
  const auto it = std::find_if(out.entities.begin(), out.entities.end(),
                               [source_id](const Entity& e) { return e.source_id == source_id; });
  return it == out.entities.end() ? nullptr : &*it;
}

bool has_name(const Entity& e, std::string_view full, NameKind kind) {
  return std::any_of(e.names.begin(), e.names.end(),
                     [&](const Name& n) { return n.full == full && n.kind == kind; });
}

const Identifier* identifier(const Entity& e, IdentifierType type, std::string_view value) {
  const auto it =
      std::find_if(e.identifiers.begin(), e.identifiers.end(),
                   [&](const Identifier& i) { return i.type == type && i.value == value; });
  return it == e.identifiers.end() ? nullptr : &*it;
}

std::string property(const Entity& e, std::string_view key) {
  for (const Property& p : e.properties) {
    if (p.key == key) return p.value;
  }
  return {};
}

class OfacCsvDefaultSetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto parsed = parse_ofac_csv(sdn_set(VIGIL_SOURCE_DATA_DIR "/lists/ofac_sdn/"), "ofac_sdn");
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    output_ = new ParseOutput(std::move(parsed).value());
  }
  static void TearDownTestSuite() {
    delete output_;
    output_ = nullptr;
  }
  static const ParseOutput& out() { return *output_; }

 private:
  static ParseOutput* output_;
};
ParseOutput* OfacCsvDefaultSetTest::output_ = nullptr;

TEST_F(OfacCsvDefaultSetTest, DetectsEachFileFromItsContent) {
  const std::string dir = VIGIL_SOURCE_DATA_DIR "/lists/ofac_sdn/";
  EXPECT_EQ(detect_ofac_csv(file(dir + "sdn.csv").bytes), OfacCsvKind::kPrimary);
  EXPECT_EQ(detect_ofac_csv(file(dir + "alt.csv").bytes), OfacCsvKind::kAlias);
  EXPECT_EQ(detect_ofac_csv(file(dir + "add.csv").bytes), OfacCsvKind::kAddress);
  EXPECT_EQ(detect_ofac_csv(file(dir + "sdn_comments.csv").bytes), OfacCsvKind::kComments);
}

TEST_F(OfacCsvDefaultSetTest, EveryPrimaryRecordBecomesAnEntity) {
  EXPECT_EQ(out().entities.size(), 14965U);
  EXPECT_EQ(out().info.entity_count, 14965U);
  EXPECT_EQ(out().info.skipped_records, 0U);
  EXPECT_EQ(out().info.authority, "OFAC");
  std::map<Schema, size_t> schemas;
  for (const Entity& e : out().entities) ++schemas[e.schema];
  EXPECT_EQ(schemas[Schema::kPerson], 6854U);
  EXPECT_EQ(schemas[Schema::kOrganization], 6884U);
  EXPECT_EQ(schemas[Schema::kVessel], 851U);
  EXPECT_EQ(schemas[Schema::kAircraft], 376U);
  EXPECT_EQ(schemas[Schema::kUnknown], 0U);
}

// The two files are from different publications: what did not join is said once per file.
TEST_F(OfacCsvDefaultSetTest, DiagnosticsSayWhatDidNotJoin) {
  std::map<std::string, size_t> per_file;
  for (const Diagnostic& d : out().diagnostics) {
    EXPECT_EQ(d.severity, Diagnostic::Severity::kWarning) << d.to_string();
    ++per_file[d.where.file.substr(d.where.file.rfind('/') + 1)];
  }
  EXPECT_EQ(per_file["alt.csv"], 1U);
  EXPECT_EQ(per_file["add.csv"], 1U);
  EXPECT_EQ(per_file["sdn_comments.csv"], 2U);  // one overflow that does not fit, one summary
  EXPECT_EQ(per_file["sdn.csv"], 1U);           // one cut remark without its overflow
}

TEST_F(OfacCsvDefaultSetTest, KhatibHasEveryFact) {
  const Entity* e = find(out(), "39017");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "ofac_sdn:39017");
  EXPECT_EQ(e->schema, Schema::kPerson);
  EXPECT_EQ(e->names[0].full, "Esmail KHATIB");
  EXPECT_EQ(e->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(e->names[0].parts.family, "KHATIB");
  EXPECT_EQ(e->names[0].parts.given, "Esmail");
  EXPECT_TRUE(has_name(*e, "Seyed Esmaeil KHATIB", NameKind::kAlias));
  std::vector<std::string> programs;
  for (const Sanction& s : e->sanctions) programs.push_back(s.program);
  EXPECT_EQ(programs, (std::vector<std::string>{"IFSR", "IRAN-HR", "CYBER2"}));
  EXPECT_EQ(e->sanctions[1].legal_basis, "E.O. 13553");
  ASSERT_EQ(e->birth_dates.size(), 1U);
  EXPECT_EQ(e->birth_dates[0].from.year, 1960);
  EXPECT_EQ(e->birth_dates[0].to.year, 1961);
  EXPECT_EQ(e->birth_places, std::vector<std::string>{"Ghayenat, South Khorasan Province, Iran"});
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"IR"});
  EXPECT_EQ(e->gender, Gender::kMale);
  ASSERT_EQ(e->relations.size(), 1U);
  EXPECT_EQ(e->relations[0].target_name, "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY");
  EXPECT_EQ(e->relations[0].target_id, "ofac_sdn:12111");
  ASSERT_EQ(e->addresses.size(), 1U);
  EXPECT_EQ(e->addresses[0].country, "IR");
  EXPECT_EQ(property(*e, "additional_sanctions_information"), "Subject to Secondary Sanctions");
  EXPECT_NE(e->content_hash, 0U);
}

TEST_F(OfacCsvDefaultSetTest, MinistryOfIntelligence) {
  const Entity* e = find(out(), "12111");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schema, Schema::kOrganization);
  EXPECT_TRUE(has_name(*e, "VEVAK", NameKind::kWeakAlias));
  EXPECT_TRUE(has_name(*e, "MOIS", NameKind::kWeakAlias));
  EXPECT_EQ(e->sanctions.size(), 7U);
  EXPECT_EQ(e->sanctions[0].legal_basis, "E.O. 13224");
  EXPECT_EQ(property(*e, "target_type"), "Government Entity");
}

TEST_F(OfacCsvDefaultSetTest, VesselWithImoAndFlags) {
  const Entity* e = find(out(), "15036");  // ARTAVIL
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schema, Schema::kVessel);
  EXPECT_NE(identifier(*e, IdentifierType::kImo, "9187629"), nullptr);
  EXPECT_NE(identifier(*e, IdentifierType::kMmsi, "572469210"), nullptr);
  EXPECT_NE(identifier(*e, IdentifierType::kCallSign, "T2EU4"), nullptr);
  EXPECT_EQ(property(*e, "vessel_flag"), "Iran");
  EXPECT_EQ(property(*e, "vessel_flag_code"), "IR");
  EXPECT_EQ(property(*e, "former_vessel_flag"), "Malta");
  EXPECT_EQ(property(*e, "vessel_type"), "Crude/Oil Products Tanker");
  EXPECT_EQ(property(*e, "vessel_grt"), "56,068");
  EXPECT_TRUE(has_name(*e, "ALPHA", NameKind::kFormer));
  const Entity* ebano = find(out(), "4243");
  ASSERT_NE(ebano, nullptr);
  EXPECT_NE(identifier(*ebano, IdentifierType::kImo, "7406784"), nullptr);
  EXPECT_EQ(ebano->countries, std::vector<std::string>{"PA"});
}

TEST_F(OfacCsvDefaultSetTest, AircraftWithSerialNumber) {
  const Entity* e = find(out(), "15431");  // EP-GOM
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schema, Schema::kAircraft);
  EXPECT_NE(identifier(*e, IdentifierType::kAircraftSerial, "1023409321"), nullptr);
  EXPECT_EQ(property(*e, "aircraft_model"), "IL76-TD");
  EXPECT_EQ(property(*e, "aircraft_operator"), "YAS AIR");
  EXPECT_EQ(property(*e, "aircraft_manufacture_date"), "1992");
  EXPECT_EQ(property(*e, "aircraft_construction_number"), "8401");
  ASSERT_EQ(e->relations.size(), 1U);
  EXPECT_FALSE(e->relations[0].target_id.empty());  // POUYA AIR
}

TEST_F(OfacCsvDefaultSetTest, CryptoWalletsAndTheirOverflow) {
  const Entity* lazarus = find(out(), "27307");
  ASSERT_NE(lazarus, nullptr);
  const Identifier* eth = identifier(*lazarus, IdentifierType::kCryptoWallet,
                                     "0x098B716B8Aaf21512996dC57EB0615e2383E2f96");
  ASSERT_NE(eth, nullptr);
  EXPECT_EQ(eth->label, "ETH");
  // 28263's remarks were cut inside a quoted alias; sdn_comments.csv completes them.
  const Entity* cut = find(out(), "28263");
  ASSERT_NE(cut, nullptr);
  EXPECT_TRUE(has_name(*cut, "snowsjohn", NameKind::kWeakAlias));
  ASSERT_FALSE(cut->relations.empty());
  EXPECT_EQ(cut->relations.back().target_name, "LAZARUS GROUP");
  EXPECT_EQ(cut->relations.back().target_id, "ofac_sdn:27307");
}

TEST_F(OfacCsvDefaultSetTest, RemarksBecomeFieldsNotText) {
  std::map<IdentifierType, size_t> identifiers;
  size_t relations = 0, resolved = 0, weak = 0, dates = 0, remarks = 0;
  for (const Entity& e : out().entities) {
    for (const Identifier& i : e.identifiers) ++identifiers[i.type];
    for (const Relation& r : e.relations) {
      ++relations;
      resolved += r.target_id.empty() ? 0 : 1;
    }
    for (const Name& n : e.names) weak += n.kind == NameKind::kWeakAlias ? 1 : 0;
    dates += e.birth_dates.size();
    for (const Property& p : e.properties) remarks += p.key == "remark" ? 1 : 0;
  }
  EXPECT_GE(identifiers[IdentifierType::kImo], 980U);
  EXPECT_GE(identifiers[IdentifierType::kCryptoWallet], 520U);
  EXPECT_GE(identifiers[IdentifierType::kPassport], 2100U);
  EXPECT_GE(identifiers[IdentifierType::kTaxId], 3800U);
  EXPECT_GE(identifiers[IdentifierType::kRegistration], 4700U);
  EXPECT_GE(weak, 3600U);
  EXPECT_GE(dates, 7500U);
  EXPECT_GE(resolved, relations - 20);  // nearly every "Linked To:" names a listed party
  EXPECT_LE(remarks, 300U);             // facts no rule knows stay few
}

TEST(OfacCsvDataTest, SelfConsistent2021Set) {
  auto parsed = parse_ofac_csv(sdn_set(VIGIL_TEST_DATA_DIR "/ofac_sdn_2021_07/"), "ofac_sdn");
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  EXPECT_EQ(parsed->entities.size(), 8976U);
  EXPECT_EQ(parsed->info.skipped_records, 0U);
  EXPECT_TRUE(parsed->diagnostics.empty()) << parsed->diagnostics.front().to_string();
  // 12300's remarks continue in sdn_comments.csv, mid-name.
  const Entity* e = find(*parsed, "12300");
  ASSERT_NE(e, nullptr);
  const bool raiz = std::any_of(e->relations.begin(), e->relations.end(), [](const Relation& r) {
    return r.target_name.starts_with("PROMO RAIZ");
  });
  EXPECT_TRUE(raiz);
}

TEST(OfacCsvDataTest, TruncatedFilesKeepWhatTheyCan) {
  const InputFile whole = file(VIGIL_SOURCE_DATA_DIR "/lists/ofac_sdn/sdn.csv");
  for (size_t cut : {size_t{100}, size_t{5000}, whole.bytes.size() / 3, whole.bytes.size() - 7}) {
    OfacCsvFiles files;
    files.primary = {"cut.csv", whole.bytes.substr(0, cut)};
    auto parsed = parse_ofac_csv(files, "t");
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.error().where.file, "cut.csv");
      continue;
    }
    EXPECT_LE(parsed->entities.size(), 14965U);
    EXPECT_LE(parsed->info.skipped_records, 1U);  // at most the record cut in two
  }
}

}  // namespace
}  // namespace vigil::sources
