#include "sources/own_list.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "sources/list_format.h"
#include "sources/loader.h"

namespace vigil::sources {
namespace {

// The examples of docs/own-lists.md, loaded through the public loader.
constexpr const char* kBlocklistDir = VIGIL_TEST_DATA_DIR "/lists/internal_blocklist";
constexpr const char* kAllowListDir = VIGIL_TEST_DATA_DIR "/lists/cleared_parties";

ParseOutput load_one(const std::string& path) {
  Result<std::vector<ParseOutput>> loaded = load_sources({path});
  EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
  if (!loaded.ok() || loaded->size() != 1) return {};
  return std::move(loaded->front());
}

ParseOutput parse_csv(std::string_view bytes) {
  Result<ParseOutput> parsed = parse_own_list_csv(InputFile{"own.csv", std::string(bytes)}, "own");
  EXPECT_TRUE(parsed.ok()) << parsed.error().to_string();
  return parsed.ok() ? std::move(parsed).value() : ParseOutput{};
}

ParseOutput parse_json(std::string_view bytes) {
  Result<ParseOutput> parsed =
      parse_own_list_json(InputFile{"own.jsonl", std::string(bytes)}, "own");
  EXPECT_TRUE(parsed.ok()) << parsed.error().to_string();
  return parsed.ok() ? std::move(parsed).value() : ParseOutput{};
}

std::vector<std::string> property_values(const Entity& entity, std::string_view key) {
  std::vector<std::string> values;
  for (const Property& property : entity.properties) {
    if (property.key == key) values.push_back(property.value);
  }
  return values;
}

bool has_diagnostic(const ParseOutput& output, long line, std::string_view text) {
  return std::any_of(output.diagnostics.begin(), output.diagnostics.end(),
                     [&](const Diagnostic& d) {
                       return d.where.line == line && d.message.find(text) != std::string::npos;
                     });
}

TEST(OwnListDetectTest, FromTheHeaderOrTheFirstLine) {
  EXPECT_TRUE(is_own_list_csv("id,name\n1,Ivan\n"));
  EXPECT_TRUE(is_own_list_csv("\xEF\xBB\xBF Name ,ID,Comment\r\n"));  // BOM, case, spaces
  EXPECT_FALSE(is_own_list_csv("id,full_name\n"));
  EXPECT_FALSE(is_own_list_csv("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\n"));
  EXPECT_FALSE(is_own_list_csv(""));
  EXPECT_TRUE(is_own_list_json("{\"id\": 1, \"name\": \"Ivan\"}\n"));
  EXPECT_FALSE(
      is_own_list_json("{\"id\": \"x\", \"schema\": \"Person\", \"name\": \"A\", "
                       "\"properties\": {}}"));
  EXPECT_FALSE(is_own_list_json("{\"name\": \"Ivan\"}"));
  EXPECT_FALSE(is_own_list_json("id,name\n"));
  EXPECT_EQ(detect_list_format("id,name\n1,Ivan\n"), ListFormat::kOwnListCsv);
  EXPECT_EQ(detect_list_format("{\"id\": \"1\", \"name\": \"Ivan\"}"), ListFormat::kOwnListJson);
  EXPECT_EQ(format_id(ListFormat::kOwnListCsv), "own_list_csv");
  EXPECT_EQ(format_id(ListFormat::kOwnListJson), "own_list_json");
}

TEST(OwnListTest, TheDocumentedBlocklistLoads) {
  const ParseOutput output = load_one(kBlocklistDir);
  EXPECT_EQ(output.info.id, "internal_blocklist");
  EXPECT_EQ(output.info.title, "Example Bank internal blocklist");
  EXPECT_EQ(output.info.kind, DatasetKind::kBlock);
  EXPECT_EQ(output.info.files.at(0).format, "own_list_csv");
  EXPECT_EQ(output.info.skipped_records, 0u);
  EXPECT_TRUE(output.diagnostics.empty()) << output.diagnostics.front().to_string();
  ASSERT_EQ(output.entities.size(), 4u);

  const Entity& sidorov = output.entities[0];
  EXPECT_EQ(sidorov.id, "internal_blocklist:c-0001");
  EXPECT_EQ(sidorov.schema, Schema::kPerson);
  ASSERT_EQ(sidorov.names.size(), 3u);
  EXPECT_EQ(sidorov.names[0].full, "Ivan Petrovich SIDOROV");
  EXPECT_EQ(sidorov.names[1].kind, NameKind::kAlias);
  EXPECT_EQ(sidorov.names[2].full, "Иван Петрович Сидоров");
  EXPECT_EQ(sidorov.names[2].script, "Cyrl");
  EXPECT_EQ(sidorov.names[2].kind, NameKind::kNativeScript);
  EXPECT_EQ(sidorov.birth_dates.at(0).to_string(), "1970-05-12");
  EXPECT_EQ(sidorov.nationalities, std::vector<std::string>{"RU"});
  EXPECT_EQ(sidorov.countries, (std::vector<std::string>{"RU", "CY"}));
  ASSERT_EQ(sidorov.identifiers.size(), 2u);
  EXPECT_EQ(sidorov.identifiers[0].type, IdentifierType::kPassport);
  EXPECT_EQ(sidorov.identifiers[0].value, "7512345678");
  EXPECT_EQ(sidorov.identifiers[0].country, "RU");
  EXPECT_EQ(sidorov.identifiers[1].type, IdentifierType::kEmail);
  EXPECT_EQ(sidorov.sanctions.at(0).program, "FRAUD-2023");
  EXPECT_EQ(sidorov.remarks, "Chargeback fraud ring, case 2023-114");

  const Entity& vessel = output.entities[2];
  EXPECT_EQ(vessel.schema, Schema::kVessel);
  EXPECT_EQ(vessel.names.at(1).full, "SEA PEARL");
  EXPECT_EQ(vessel.identifiers.at(0).type, IdentifierType::kImo);
  EXPECT_EQ(vessel.identifiers.at(1).type, IdentifierType::kMmsi);
  // A ';' in notes is kept: notes is one text, not a list.
  EXPECT_EQ(output.entities[3].remarks, "Former contractor; access revoked");
  EXPECT_EQ(output.entities[3].birth_dates.at(0).to_string(), "1980");
}

TEST(OwnListTest, TheDocumentedAllowListRecordsItsKind) {
  const ParseOutput output = load_one(kAllowListDir);
  EXPECT_EQ(output.info.id, "cleared_parties");
  EXPECT_EQ(output.info.kind, DatasetKind::kAllow);
  EXPECT_EQ(output.info.files.at(0).format, "own_list_json");
  ASSERT_EQ(output.entities.size(), 2u);
  EXPECT_EQ(output.entities[0].identifiers.at(0).country, "GB");
  const Entity& acme = output.entities[1];
  EXPECT_EQ(acme.schema, Schema::kOrganization);
  EXPECT_EQ(acme.names.size(), 3u);
  EXPECT_EQ(acme.countries, (std::vector<std::string>{"GB", "NL"}));
  EXPECT_EQ(acme.identifiers.at(0).type, IdentifierType::kRegistration);  // a string, not a list
}

TEST(OwnListTest, DefaultIdWithoutAManifest) {
  Result<ParseOutput> parsed = parse_own_list_csv(InputFile{"x.csv", "id,name\n1,A\n"}, "own_list");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->info.id, "own_list");
  EXPECT_EQ(parsed->entities.at(0).id, "own_list:1");
}

TEST(OwnListTest, CsvEntriesThatCannotBeReadAreReportedByLine) {
  const ParseOutput output = parse_csv(
      "ID,Name,Type,DOB,Nationality,Identifiers,Gender,Colour\n"
      "1,Good Name,person,1970,RU,passport:X1,male,red\n"
      ",No Id,,,,,,\n"
      "3,,person,,,,,\n"
      "1,Duplicate,,,,,,\n"
      "5,Bad Values,spaceship,sometime,Narnia,shoe:44;imo:9321483:ZZ,robot\n"
      "6,Too Many,,,,,,,extra\n"
      "7,Caf\xe9 Owner\n");
  ASSERT_EQ(output.entities.size(), 4u);
  EXPECT_EQ(output.info.skipped_records, 3u);
  EXPECT_TRUE(has_diagnostic(output, 1, "column \"Colour\" is not an own list column"));
  EXPECT_TRUE(has_diagnostic(output, 3, "without an id"));
  EXPECT_TRUE(has_diagnostic(output, 4, "without a name"));
  EXPECT_TRUE(has_diagnostic(output, 5, "duplicate id 1"));
  EXPECT_TRUE(has_diagnostic(output, 6, "unknown type 'spaceship'"));
  EXPECT_TRUE(has_diagnostic(output, 6, "birth_date 'sometime' is not a date"));
  EXPECT_TRUE(has_diagnostic(output, 6, "nationality 'Narnia' is not a country"));
  EXPECT_TRUE(has_diagnostic(output, 6, "unknown identifier type \"shoe\""));
  EXPECT_TRUE(has_diagnostic(output, 6, "identifier country 'ZZ' is not a country"));
  EXPECT_TRUE(has_diagnostic(output, 6, "unknown gender 'robot'"));
  EXPECT_TRUE(has_diagnostic(output, 7, "more fields than the header has columns"));
  EXPECT_TRUE(has_diagnostic(output, 8, "not UTF-8"));
  const Entity& bad = output.entities[1];
  EXPECT_EQ(bad.schema, Schema::kUnknown);
  EXPECT_EQ(property_values(bad, "birth_date"), std::vector<std::string>{"sometime"});
  EXPECT_EQ(property_values(bad, "nationality"), std::vector<std::string>{"Narnia"});
  EXPECT_EQ(property_values(bad, "identifier"), std::vector<std::string>{"shoe:44"});
  ASSERT_EQ(bad.identifiers.size(), 1u);
  EXPECT_EQ(bad.identifiers[0].note, "ZZ");
  EXPECT_EQ(output.entities[0].gender, Gender::kMale);
  EXPECT_EQ(output.entities[3].names.at(0).full, "Caf\xc3\xa9 Owner");
  for (const Entity& entity : output.entities) {
    EXPECT_EQ(entity.content_hash, compute_content_hash(entity));
  }
}

TEST(OwnListTest, JsonLinesTakeListsOrSemicolonTexts) {
  const ParseOutput output = parse_json(
      "{\"id\": 17, \"name\": \"Ann LEE\", \"aliases\": \"A. Lee; Annie Lee\", "
      "\"weak_aliases\": [\"Nan\"], \"programs\": [\"P1\", \"P2\"], \"colour\": \"red\"}\n"
      "\n"
      "[1, 2]\n"
      "{\"id\": \"b\", \"name\": [\"not\", \"text\"]}\n"
      "{\"id\": \"c\", \"name\": \"Cut\n"
      "{\"id\": \"d\", \"name\": \"Dee\", \"aliases\": [\"ok\", 5]}\n");
  ASSERT_EQ(output.entities.size(), 2u);
  const Entity& ann = output.entities[0];
  EXPECT_EQ(ann.source_id, "17");
  ASSERT_EQ(ann.names.size(), 4u);
  EXPECT_EQ(ann.names[2].full, "Annie Lee");
  EXPECT_EQ(ann.names[3].kind, NameKind::kWeakAlias);
  EXPECT_EQ(ann.sanctions.size(), 2u);
  EXPECT_TRUE(has_diagnostic(output, 1, "\"colour\" is not an own list key"));
  EXPECT_TRUE(has_diagnostic(output, 3, "not a JSON object"));
  EXPECT_TRUE(has_diagnostic(output, 4, "\"name\" is not text"));
  EXPECT_TRUE(has_diagnostic(output, 4, "without a name"));
  EXPECT_TRUE(has_diagnostic(output, 5, "not valid JSON"));
  EXPECT_TRUE(has_diagnostic(output, 6, "\"aliases\" holds a value that is not text"));
  EXPECT_EQ(output.info.skipped_records, 3u);
}

TEST(OwnListTest, OtherContentIsAFormatError) {
  EXPECT_EQ(parse_own_list_csv(InputFile{"x.csv", "a,b\n"}, "own").error().code,
            ErrorCode::kFormat);
  EXPECT_EQ(parse_own_list_csv(InputFile{"x.csv", ""}, "own").error().where.file, "x.csv");
  EXPECT_FALSE(parse_own_list_json(InputFile{"x.jsonl", "{\"name\": \"A\"}"}, "own").ok());
  EXPECT_FALSE(parse_own_list_json(InputFile{"x.jsonl", ""}, "own").ok());
}

TEST(OwnListTest, DamagedFilesNeverCrash) {
  for (const char* path : {VIGIL_TEST_DATA_DIR "/lists/internal_blocklist/blocklist.csv",
                           VIGIL_TEST_DATA_DIR "/lists/cleared_parties/cleared.jsonl"}) {
    Result<InputFile> file = read_input_file(path);
    ASSERT_TRUE(file.ok());
    const std::string& bytes = file->bytes;
    const bool csv = is_own_list_csv(bytes);
    const auto parse = [csv](std::string text) {
      InputFile input{"damaged", std::move(text)};
      return csv ? parse_own_list_csv(input, "own") : parse_own_list_json(input, "own");
    };
    for (size_t cut = 0; cut < bytes.size(); cut += 23) (void)parse(bytes.substr(0, cut));
    std::mt19937 random(5);
    for (int round = 0; round < 200; ++round) {
      std::string damaged = bytes;
      for (int flips = 0; flips < 8; ++flips) {
        damaged[random() % damaged.size()] = static_cast<char>(random());
      }
      (void)parse(damaged);
    }
  }
  // An unterminated quote: the file is warned about.
  const ParseOutput quoted = parse_csv("id,name\n1,\"Open quote\n2,Two\n");
  EXPECT_FALSE(quoted.diagnostics.empty());
}

TEST(OwnListTest, ABadKindInTheManifestIsAnError) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("vigil_own_list_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "list.csv") << "id,name\n1,A\n";
  std::ofstream(dir / "vigil-dataset.json") << R"({"kind": "maybe"})";
  const Result<std::vector<ParseOutput>> loaded = load_sources({dir.string()});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message.find("\"kind\" must be \"block\" or \"allow\""),
            std::string::npos);
  std::ofstream(dir / "vigil-dataset.json") << R"({"kind": "allow"})";
  const Result<std::vector<ParseOutput>> allowed = load_sources({dir.string()});
  ASSERT_TRUE(allowed.ok()) << allowed.error().to_string();
  EXPECT_EQ(allowed->front().info.id, "own_list");
  EXPECT_EQ(allowed->front().info.title, "Own list");
  EXPECT_EQ(allowed->front().info.kind, DatasetKind::kAllow);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vigil::sources
