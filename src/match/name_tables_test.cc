#include "match/name_tables.h"

#include <gtest/gtest.h>

namespace vigil::match {
namespace {

// A small, well-formed set of tables; each test breaks one of them.
struct Texts {
  std::string particles =
      "article\tal, el\ncompound_prefix\tabdal, abdul, abdur, abd al\n"
      "compound_suffix\taldin, uddin, ud din\n"
      "patronymic_suffix\tvich, ovich, evich, ovych\n"
      "connector\tas\n";
  std::string honorifics = "sayyid, seyed, sayed\ndr\n";
  std::string legal_forms = "llc\tllc, ooo, limited liability company\njsc\tas\n";
  std::string given_names = "sergey, sergei, serhiy\nrahman, rehman\n";
  std::string nicknames = "sergey\tseryozha\n";

  [[nodiscard]] NameTableSources sources() const {
    return {{"particles.tsv", particles},
            {"honorifics.tsv", honorifics},
            {"legal_forms.tsv", legal_forms},
            {"given_names.tsv", given_names},
            {"nicknames.tsv", nicknames}};
  }
};

NameTables build(const Texts& texts) {
  auto tables = NameTables::build(texts.sources());
  EXPECT_TRUE(tables.ok()) << tables.error().to_string();
  return std::move(tables.value());
}

std::string build_error(const Texts& texts) {
  const auto tables = NameTables::build(texts.sources());
  return tables.ok() ? "built" : tables.error().to_string();
}

TEST(NameTablesTest, EmbeddedTablesAreWellFormed) {
  const auto tables = NameTables::build(embedded_name_table_sources());
  ASSERT_TRUE(tables.ok()) << tables.error().to_string();
  EXPECT_GT(tables->size(), 500U);
  EXPECT_EQ(embedded_name_table_sources().particles.path, "data/names/particles.tsv");
}

TEST(NameTablesTest, ClassesAndCanonicalSpellings) {
  const NameTables t = build(Texts{});
  EXPECT_EQ(t.classify("al"), TokenClass::kParticle);
  EXPECT_EQ(t.classify("abdul"), TokenClass::kParticle);
  EXPECT_EQ(t.classify("seyed"), TokenClass::kHonorific);
  EXPECT_EQ(t.classify("ooo"), TokenClass::kLegalForm);
  EXPECT_EQ(t.classify("uddin"), TokenClass::kName);
  EXPECT_EQ(t.classify("sergei"), TokenClass::kName);
  EXPECT_TRUE(t.is_given_name("sergei"));
  EXPECT_FALSE(t.is_given_name("seryozha"));
  EXPECT_EQ(t.classify("x5"), TokenClass::kNumber);
  EXPECT_EQ(t.canonical("el"), "al");
  EXPECT_EQ(t.canonical("sayed"), "sayyid");
  EXPECT_EQ(t.canonical("ooo"), "llc");
  EXPECT_EQ(t.canonical("serhiy"), "sergey");
  EXPECT_EQ(t.canonical("seryozha"), "sergey");  // a nickname joins its name's class
  EXPECT_FALSE(t.canonical("dr"));               // a row of one spelling is no class
  EXPECT_FALSE(t.canonical("ovich"));            // affixes are not tokens
  EXPECT_TRUE(t.is_compound_prefix("abdur"));
  EXPECT_FALSE(t.is_compound_prefix("abd al"));
}

TEST(NameTablesTest, ALegalFormMayAlsoBeAParticleAndWins) {
  const NameTables t = build(Texts{});
  EXPECT_EQ(t.classify("as"), TokenClass::kLegalForm);
  EXPECT_EQ(t.canonical("as"), "jsc");
}

TEST(NameTablesTest, Compounds) {
  const NameTables t = build(Texts{});
  EXPECT_EQ(t.compound_canonical("abdulrahman"), "abdalrahman");
  EXPECT_EQ(t.compound_canonical("abdurrahman"), "abdalrahman");
  EXPECT_EQ(t.compound_canonical("abdurahman"), "abdalrahman");   // the article's r restored
  EXPECT_EQ(t.compound_canonical("abdulrehman"), "abdalrahman");  // the rest canonicalised
  EXPECT_EQ(t.compound_canonical("nasiruddin"), "nasiraldin");
  EXPECT_EQ(t.compound_canonical("sergeevich"), "sergeyvich");
  EXPECT_EQ(t.compound_canonical("serhiyovych"), "sergeyvich");
  EXPECT_EQ(t.compound_canonical("ivanovich"), "");  // stem not a known given name
  EXPECT_EQ(t.compound_canonical("abdul"), "");
  EXPECT_EQ(t.compound_canonical("abdula"), "");  // too little after the prefix
}

TEST(NameTablesTest, Phrases) {
  const NameTables t = build(Texts{});
  const std::vector<std::string> words = {"x", "limited", "liability", "compani", "abd", "al"};
  EXPECT_EQ(t.phrase_at(words, 1, true), (std::pair<size_t, std::string_view>{3, "llc"}));
  EXPECT_EQ(t.phrase_at(words, 1, false).first, 0U);  // legal forms only when asked
  EXPECT_EQ(t.phrase_at(words, 4, false), (std::pair<size_t, std::string_view>{2, "abdal"}));
  EXPECT_EQ(t.phrase_at(words, 0, true).first, 0U);
  EXPECT_EQ(t.phrase_at(words, 5, true).first, 0U);
  EXPECT_EQ(t.phrase_at(words, 9, true).first, 0U);
}

// Every kind of mistake in a table stops the build with the file and line of the mistake.
TEST(NameTablesTest, MalformedTablesNameFileAndLine) {
  const auto expect_error = [](const Texts& texts, std::string_view wanted) {
    const std::string error = build_error(texts);
    EXPECT_TRUE(error.starts_with(wanted)) << "got: " << error << "\nwanted: " << wanted;
  };
  Texts texts;
  texts.particles = "article\tal\nprefix\tabd\n";
  expect_error(texts, "particles.tsv:2: unknown role \"prefix\"");
  texts = Texts{};
  texts.honorifics = "sayyid, seyed\nseyed\n";
  expect_error(texts, "honorifics.tsv:2: \"seyed\" is already in honorifics.tsv:1");
  texts = Texts{};
  texts.given_names = "sergey, sergei\nsayed\n";
  expect_error(texts, "given_names.tsv:2: \"sayed\" is already in honorifics.tsv:1");
  texts = Texts{};
  texts.nicknames = "aleksandr\tsasha\n";
  expect_error(texts, "nicknames.tsv:1: \"aleksandr\" is not a spelling of given_names.tsv");
  texts = Texts{};
  texts.nicknames = "sergey\tserhiy\n";
  expect_error(texts, "nicknames.tsv:1: \"serhiy\" is already in given_names.tsv:1");
  texts = Texts{};
  texts.legal_forms = "llc\tlimited liability company, llc\n";
  expect_error(texts, "legal_forms.tsv:1: the first spelling of a row");
  texts = Texts{};
  texts.legal_forms = "llc\tllc\nllc\tLTD\n";
  expect_error(texts, "legal_forms.tsv:2: spelling \"LTD\" is not in normalised form");
  texts = Texts{};
  texts.nicknames = "# nothing\n";
  expect_error(texts, "nicknames.tsv: the table has no rows");
}

// A few entries of each embedded table, read the way the matcher reads them.
TEST(NameTablesTest, EmbeddedTablesKnowTheirEntries) {
  const NameTables& t = default_name_tables();
  EXPECT_EQ(t.classify("ibn"), TokenClass::kParticle);
  EXPECT_EQ(t.canonical("ibn"), "bin");
  EXPECT_EQ(t.classify("seyyed"), TokenClass::kHonorific);
  EXPECT_EQ(t.canonical("syed"), "sayyid");
  EXPECT_EQ(t.classify("hojjatoleslam"), TokenClass::kHonorific);
  EXPECT_EQ(t.classify("oao"), TokenClass::kLegalForm);
  EXPECT_EQ(t.canonical("oao"), t.canonical("pjsc"));
  EXPECT_EQ(t.canonical("hossein"), "hussein");
  EXPECT_EQ(t.canonical("oleksandr"), "aleksandr");
  EXPECT_EQ(t.canonical("sasha"), "aleksandr");
  EXPECT_TRUE(t.is_given_name("husayn"));
  EXPECT_FALSE(t.is_given_name("sasha"));  // a nickname
  EXPECT_FALSE(t.is_given_name("al"));
  EXPECT_EQ(t.compound_canonical("nasreddine"), t.compound_canonical("nasruddin"));
  EXPECT_EQ(t.compound_canonical("ruhollah"), t.compound_canonical("ruhullah"));
  const std::vector<std::string> words = {"hojjat", "al", "islam", "ali"};
  EXPECT_EQ(t.phrase_at(words, 0, false), (std::pair<size_t, std::string_view>{3, "hojatoleslam"}));
  const std::vector<std::string> company = {"otrytoe", "aktsionernoe", "obshchestvo"};
  EXPECT_EQ(t.phrase_at(company, 0, true), (std::pair<size_t, std::string_view>{3, "ojsc"}));
}

TEST(NameTablesTest, DefaultTablesAnswerTheShorthands) {
  EXPECT_EQ(classify_token("al"), TokenClass::kParticle);
  EXPECT_EQ(classify_token("ltd"), TokenClass::kLegalForm);
  EXPECT_EQ(canonical_token("mohammed"), "muhammad");
  EXPECT_TRUE(is_legal_form("llc"));
  EXPECT_FALSE(is_legal_form("ali"));
}

}  // namespace
}  // namespace vigil::match
