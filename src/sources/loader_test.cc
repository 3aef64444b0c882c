#include "sources/loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace vigil::sources {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUnList =
    "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL>"
    "<DATAID>7</DATAID><FIRST_NAME>A</FIRST_NAME><SECOND_NAME>B</SECOND_NAME>"
    "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
constexpr std::string_view kOfacList =
    "<sdnList><sdnEntry><uid>9</uid><lastName>ACME</lastName><sdnType>Entity</sdnType>"
    "</sdnEntry></sdnList>";

class LoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("vigil_loader_test_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string write(const std::string& relative, std::string_view bytes) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  std::string dir(const std::string& relative) const { return (root_ / relative).string(); }

  fs::path root_;
};

TEST_F(LoaderTest, LoadsASingleXmlFileWithDefaults) {
  const std::string path = write("un/consolidated.xml", kUnList);
  const Result<std::vector<ParseOutput>> loaded = load_sources({path});
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->size(), 1u);
  const DatasetInfo& info = loaded->front().info;
  EXPECT_EQ(info.id, "un_sc");
  EXPECT_EQ(info.title, "UN Security Council Consolidated List");
  EXPECT_EQ(info.authority, "UN Security Council");
  EXPECT_EQ(info.publication_date, "2026-02-27");
  EXPECT_EQ(info.entity_count, 1u);
  ASSERT_EQ(info.files.size(), 1u);
  EXPECT_EQ(info.files[0].path, path);
  EXPECT_EQ(info.files[0].format, "un_xml");
  EXPECT_EQ(info.files[0].bytes, kUnList.size());
  EXPECT_EQ(info.files[0].sha256.size(), 64u);
  EXPECT_GT(info.load_seconds, 0);
  EXPECT_EQ(loaded->front().entities[0].id, "un_sc:7");
}

TEST_F(LoaderTest, OfacXmlIdFollowsTheFileName) {
  write("a/consolidated.xml", kOfacList);
  write("b/sdn.xml", kOfacList);
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("a"), dir("b")});
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].info.id, "ofac_cons");
  EXPECT_EQ((*loaded)[0].entities[0].id, "ofac_cons:9");
  EXPECT_EQ((*loaded)[1].info.id, "ofac_sdn");
}

TEST_F(LoaderTest, ManifestNamesTheDatasetAndItsEntities) {
  write("custom/list.xml", kOfacList);
  write("custom/vigil-dataset.json",
        R"({"id": "my_list", "title": "Mine", "authority": "Me", "publication_date": "2020-01-02",
            "note": "test"})");
  write("custom/README.md", "# not a list");
  write("custom/notes.txt", "not a list either");
  write("custom/.hidden", "ignored");
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("custom")});
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->size(), 1u);
  const ParseOutput& output = loaded->front();
  EXPECT_EQ(output.info.id, "my_list");
  EXPECT_EQ(output.info.title, "Mine");
  EXPECT_EQ(output.info.authority, "Me");
  EXPECT_EQ(output.info.publication_date, "2020-01-02");
  EXPECT_EQ(output.info.note, "test");
  EXPECT_EQ(output.info.files.size(), 1u);
  EXPECT_EQ(output.entities.at(0).id, "my_list:9");
  EXPECT_EQ(output.entities.at(0).dataset, "my_list");
}

TEST_F(LoaderTest, MalformedManifestIsAnErrorNamingIt) {
  write("custom/list.xml", kOfacList);
  const std::string manifest = write("custom/vigil-dataset.json", "{\"id\": ");
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("custom")});
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().where.file, manifest);
  EXPECT_NE(loaded.error().message.find("malformed JSON"), std::string::npos);

  write("custom/vigil-dataset.json", "{\"id\": 5}");
  EXPECT_FALSE(load_sources({dir("custom")}).ok());
  write("custom/vigil-dataset.json", "{\"id\": \"Bad Id\"}");
  EXPECT_FALSE(load_sources({dir("custom")}).ok());
}

TEST_F(LoaderTest, GarbageFileIsAnErrorNamingIt) {
  write("mixed/consolidated.xml", kUnList);
  const std::string garbage = write("mixed/garbage.bin", "\x01\x02 definitely not a list");
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("mixed")});
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kFormat);
  EXPECT_EQ(loaded.error().where.file, garbage);
  EXPECT_NE(loaded.error().to_string().find("unrecognised list format"), std::string::npos);
}

TEST_F(LoaderTest, MalformedXmlFailsTheWholeLoad) {
  write("good/consolidated.xml", kUnList);
  const std::string bad = write("bad/sdn.xml", "<sdnList><sdnEntry>\n<uid>1</uid>");
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("good"), dir("bad")});
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().where.file, bad);
  EXPECT_EQ(loaded.error().code, ErrorCode::kMalformed);
}

TEST_F(LoaderTest, MissingPathIsNotFound) {
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("absent")});
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(loaded.error().where.file, dir("absent"));
  EXPECT_FALSE(load_sources({}).ok());
}

TEST_F(LoaderTest, EmptyDirectoryIsAnError) {
  fs::create_directories(root_ / "empty" / "sub");
  write("empty/README.md", "nothing here");
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("empty")});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message.find("no list files"), std::string::npos);
}

TEST_F(LoaderTest, ContainerDirectoryLoadsEachSubdirectoryInOrder) {
  write("all/b_un/consolidated.xml", kUnList);
  write("all/a_ofac/consolidated.xml", kOfacList);
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("all")});
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].info.id, "ofac_cons");
  EXPECT_EQ((*loaded)[1].info.id, "un_sc");
}

TEST_F(LoaderTest, DirectoryWithTwoListsLoadsBothUnlessAManifestNamesOne) {
  write("two/consolidated.xml", kUnList);
  write("two/sdn.xml", kOfacList);
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("two")});
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(loaded->size(), 2u);
  write("two/vigil-dataset.json", R"({"id": "both"})");
  const Result<std::vector<ParseOutput>> named = load_sources({dir("two")});
  ASSERT_FALSE(named.ok());
  EXPECT_NE(named.error().message.find("holds 2"), std::string::npos);
}

TEST_F(LoaderTest, SameDatasetIdTwiceIsAnError) {
  write("one/consolidated.xml", kUnList);
  write("two/consolidated.xml", kUnList);
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("one"), dir("two")});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message.find("'un_sc' is loaded twice"), std::string::npos);
}

TEST_F(LoaderTest, CsvPartsWithoutAPrimaryAreAnError) {
  const fs::path alt = fs::path(VIGIL_SOURCE_DATA_DIR) / "lists" / "ofac_sdn" / "alt.csv";
  fs::create_directories(root_ / "csv");
  fs::copy_file(alt, root_ / "csv" / "alt.csv");
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir("csv")});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message.find("primary"), std::string::npos);
}

TEST(DefaultDataTest, EnvironmentOverridesTheDataDirectory) {
  const char* saved = std::getenv("VIGIL_DATA_DIR");
  const std::string previous = saved == nullptr ? "" : saved;
  ::setenv("VIGIL_DATA_DIR", VIGIL_SOURCE_DATA_DIR, 1);
  EXPECT_EQ(default_data_dir(), VIGIL_SOURCE_DATA_DIR);
  const std::vector<std::string> paths = default_source_paths();
  std::vector<std::string> names;
  for (const std::string& path : paths) names.push_back(fs::path(path).filename().string());
  EXPECT_EQ(names, (std::vector<std::string>{"au_dfat", "ca_sema", "ofac_cons", "ofac_sdn",
                                             "uk_ofsi", "un_sc", "us_csl"}));
  ::unsetenv("VIGIL_DATA_DIR");
  EXPECT_FALSE(default_data_dir().empty());
  if (saved != nullptr) ::setenv("VIGIL_DATA_DIR", previous.c_str(), 1);
}

TEST(DefaultDataTest, LoadsTheEmbeddedLists) {
  const auto start = std::chrono::steady_clock::now();
  const Result<std::vector<ParseOutput>> loaded = load_sources({VIGIL_SOURCE_DATA_DIR "/lists"});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->size(), 7u);
  const auto dataset = [&](std::string_view id) -> const DatasetInfo& {
    for (const ParseOutput& output : *loaded) {
      if (output.info.id == id) return output.info;
    }
    ADD_FAILURE() << "no dataset " << id;
    return loaded->front().info;
  };
  const DatasetInfo& cons = dataset("ofac_cons");
  const DatasetInfo& sdn = dataset("ofac_sdn");
  const DatasetInfo& un = dataset("un_sc");
  EXPECT_EQ(cons.id, "ofac_cons");
  EXPECT_EQ(cons.title, "OFAC Consolidated Sanctions List (non-SDN)");
  EXPECT_EQ(cons.entity_count, 442u);
  EXPECT_EQ(cons.publication_date, "2026-01-08");
  EXPECT_EQ(sdn.id, "ofac_sdn");
  EXPECT_EQ(sdn.publication_date, "2024-05-03");
  EXPECT_FALSE(sdn.note.empty());
  EXPECT_GT(sdn.entity_count, 10000u);
  EXPECT_EQ(sdn.files.size(), 4u);
  EXPECT_EQ(un.id, "un_sc");
  EXPECT_EQ(un.entity_count, 1003u);
  EXPECT_EQ(dataset("uk_ofsi").entity_count, 4688u);
  EXPECT_EQ(dataset("uk_ofsi").publication_date, "2025-04-14");
  EXPECT_EQ(dataset("ca_sema").entity_count, 4759u);
  EXPECT_EQ(dataset("au_dfat").entity_count, 3811u);
  EXPECT_EQ(dataset("us_csl").entity_count, 14159u);
  for (const ParseOutput& output : *loaded) {
    EXPECT_EQ(output.entities.size(), output.info.entity_count);
    for (const SourceFile& file : output.info.files) EXPECT_EQ(file.sha256.size(), 64u);
    std::cout << output.info.id << ": " << output.info.entity_count << " entities, "
              << output.info.skipped_records << " skipped, " << output.info.load_seconds * 1000
              << " ms\n";
  }
  std::cout << "all three loaded in " << seconds * 1000 << " ms\n";
}

}  // namespace
}  // namespace vigil::sources
