#include "sources/ofac_csv.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "sources/input_file.h"

namespace vigil::sources {
namespace {

InputFile file(const std::string& path) {
  auto read = read_input_file(path);
  EXPECT_TRUE(read.ok()) << path;
  return read.ok() ? read.value() : InputFile{path, ""};
}

const Entity* find(const ParseOutput& out, std::string_view source_id) {
  for (const Entity& e : out.entities) {
    if (e.source_id == source_id) return &e;
  }
  return nullptr;
}

TEST(OfacCsvTest, DetectsEachFileFromItsContent) {
  const std::string dir = VIGIL_SOURCE_DATA_DIR "/lists/ofac_sdn/";
  EXPECT_EQ(detect_ofac_csv(file(dir + "sdn.csv").bytes), OfacCsvKind::kPrimary);
  EXPECT_EQ(detect_ofac_csv(file(dir + "alt.csv").bytes), OfacCsvKind::kAlias);
  EXPECT_EQ(detect_ofac_csv(file(dir + "add.csv").bytes), OfacCsvKind::kAddress);
  EXPECT_EQ(detect_ofac_csv(file(dir + "sdn_comments.csv").bytes), OfacCsvKind::kComments);
  EXPECT_FALSE(detect_ofac_csv("id,name\n1,x\n").has_value());
  EXPECT_FALSE(detect_ofac_csv("").has_value());
  EXPECT_FALSE(detect_ofac_csv("<?xml version='1.0'?><sdnList/>").has_value());
}

class DefaultSdnTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = VIGIL_SOURCE_DATA_DIR "/lists/ofac_sdn/";
    OfacCsvFiles files{file(dir + "sdn.csv"), file(dir + "alt.csv"), file(dir + "add.csv"),
                       file(dir + "sdn_comments.csv")};
    auto parsed = parse_ofac_csv(files, "ofac_sdn");
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    output_ = new ParseOutput(std::move(parsed.value()));
  }
  static void TearDownTestSuite() { delete output_; }
  static ParseOutput* output_;
};
ParseOutput* DefaultSdnTest::output_ = nullptr;

TEST_F(DefaultSdnTest, EveryPrimaryRecordBecomesAnEntity) {
  EXPECT_EQ(output_->entities.size(), 14965U);
  EXPECT_EQ(output_->info.skipped_records, 0U);
}

TEST_F(DefaultSdnTest, KhatibHasEveryFact) {
  const Entity* e = find(*output_, "39017");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "ofac_sdn:39017");
  EXPECT_EQ(e->schema, Schema::kPerson);
  EXPECT_EQ(e->names[0].full, "Esmail KHATIB");
  EXPECT_EQ(e->names[0].parts.family, "KHATIB");
  EXPECT_EQ(e->names[0].parts.given, "Esmail");
  const bool has_alias = std::any_of(e->names.begin(), e->names.end(), [](const Name& n) {
    return n.full == "Seyed Esmaeil KHATIB" && n.kind == NameKind::kAlias;
  });
  EXPECT_TRUE(has_alias);
  std::vector<std::string> programs;
  for (const Sanction& s : e->sanctions) programs.push_back(s.program);
  EXPECT_EQ(programs, (std::vector<std::string>{"IFSR", "IRAN-HR", "CYBER2"}));
  EXPECT_EQ(e->sanctions[1].legal_basis, "E.O. 13553");
  ASSERT_EQ(e->birth_dates.size(), 1U);
  EXPECT_EQ(e->birth_dates[0].to_string(), "1960/1961");
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"IR"});
  EXPECT_EQ(e->gender, Gender::kMale);
  ASSERT_EQ(e->relations.size(), 1U);
  EXPECT_EQ(e->relations[0].target_id, "ofac_sdn:12111");
  ASSERT_FALSE(e->addresses.empty());
  EXPECT_EQ(e->addresses[0].country, "IR");
  EXPECT_NE(e->content_hash, 0U);
}

TEST_F(DefaultSdnTest, VesselsWalletsAndWeakAliases) {
  size_t imo = 0, wallets = 0, weak = 0, vessels = 0;
  for (const Entity& e : output_->entities) {
    vessels += e.schema == Schema::kVessel ? 1 : 0;
    for (const Identifier& i : e.identifiers) {
      imo += i.type == IdentifierType::kImo ? 1 : 0;
      wallets += i.type == IdentifierType::kCryptoWallet ? 1 : 0;
    }
    for (const Name& n : e.names) weak += n.kind == NameKind::kWeakAlias ? 1 : 0;
  }
  EXPECT_GT(vessels, 500U);
  EXPECT_GT(imo, 800U);
  EXPECT_GT(wallets, 200U);
  EXPECT_GT(weak, 3000U);
  const Entity* mois = find(*output_, "12111");
  ASSERT_NE(mois, nullptr);
  const bool vevak = std::any_of(mois->names.begin(), mois->names.end(), [](const Name& n) {
    return n.full == "VEVAK" && n.kind == NameKind::kWeakAlias;
  });
  EXPECT_TRUE(vevak);
}

TEST(OfacCsvTest, SelfConsistent2021Set) {
  const std::string dir = VIGIL_TEST_DATA_DIR "/ofac_sdn_2021_07/";
  OfacCsvFiles files{file(dir + "sdn.csv"), file(dir + "alt.csv"), file(dir + "add.csv"),
                     file(dir + "sdn_comments.csv")};
  auto parsed = parse_ofac_csv(files, "ofac_sdn");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->entities.size(), 8976U);
}

TEST(OfacCsvTest, BadRecordsAreSkippedWithTheirLine) {
  OfacCsvFiles files;
  files.primary = {
      "sdn.csv",
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
      "x,\"BROKEN\"\r\n"
      "37,\"\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"};
  auto parsed = parse_ofac_csv(files, "t");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->entities.size(), 1U);
  EXPECT_EQ(parsed->info.skipped_records, 2U);
  ASSERT_FALSE(parsed->diagnostics.empty());
  EXPECT_EQ(parsed->diagnostics[0].where.line, 2);
  EXPECT_EQ(parsed->diagnostics[0].where.file, "sdn.csv");
}

TEST(OfacCsvTest, NotOfacIsAnError) {
  OfacCsvFiles files;
  files.primary = {"x.csv", "hello,world\n"};
  auto parsed = parse_ofac_csv(files, "t");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().where.file, "x.csv");
}

TEST(OfacCsvTest, TruncatedFileKeepsWhatItCan) {
  const std::string dir = VIGIL_SOURCE_DATA_DIR "/lists/ofac_sdn/";
  InputFile whole = file(dir + "sdn.csv");
  for (size_t cut : {size_t{100}, whole.bytes.size() / 3, whole.bytes.size() - 7}) {
    OfacCsvFiles files;
    files.primary = {"cut.csv", whole.bytes.substr(0, cut)};
    auto parsed = parse_ofac_csv(files, "t");
    ASSERT_TRUE(parsed.ok());
    EXPECT_LE(parsed->entities.size(), 14965U);
  }
}

}  // namespace
}  // namespace vigil::sources
