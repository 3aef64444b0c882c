#include "model/entity_codec.h"

#include <gtest/gtest.h>

#include "screen/json.h"
#include "sources/loader.h"

namespace vigil::model {
namespace {

// The real embedded lists (OFAC, UN, UK OFSI, Canada, Australia, US CSL), whose entities
// carry every kind of field (addresses, identifiers, relations, properties).
std::vector<Entity> real_entities() {
  const std::vector<std::string> paths = sources::default_source_paths();
  auto loaded = sources::load_sources(paths);
  EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
  std::vector<Entity> entities;
  if (!loaded.ok()) return entities;
  for (ParseOutput& output : loaded.value()) {
    for (Entity& entity : output.entities) entities.push_back(std::move(entity));
  }
  return entities;
}

TEST(EntityCodecTest, RealEntitiesRoundTripEveryField) {
  const std::vector<Entity> entities = real_entities();
  ASSERT_GT(entities.size(), 20000U);
  for (const Entity& original : entities) {
    BinaryWriter out;
    write_entity(out, original);
    BinaryReader in(out.bytes());
    Entity decoded;
    ASSERT_TRUE(read_entity(in, decoded)) << original.id;
    EXPECT_TRUE(in.at_end()) << original.id;
    // content_hash covers every field but itself; the JSON shows the fields a user sees.
    EXPECT_EQ(compute_content_hash(decoded), compute_content_hash(original)) << original.id;
    EXPECT_EQ(decoded.content_hash, original.content_hash) << original.id;
    EXPECT_EQ(screen::to_json(decoded), screen::to_json(original)) << original.id;
    BinaryWriter again;
    write_entity(again, decoded);
    EXPECT_EQ(again.bytes(), out.bytes()) << original.id;
  }
}

TEST(EntityCodecTest, TruncatedOrCorruptRecordsFailWithoutCrashing) {
  const std::vector<Entity> entities = real_entities();
  ASSERT_FALSE(entities.empty());
  BinaryWriter out;
  write_entity(out, entities.front());
  const std::string bytes = out.bytes();
  for (size_t size = 0; size < bytes.size(); ++size) {
    BinaryReader in(std::string_view(bytes).substr(0, size));
    Entity decoded;
    EXPECT_FALSE(read_entity(in, decoded) && in.at_end()) << size;
  }
  // A damaged byte anywhere decodes to something or fails; never reads out of range.
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0xA5);
    BinaryReader in(damaged);
    Entity decoded;
    (void)read_entity(in, decoded);
  }
}

TEST(EntityCodecTest, DatasetInfoRoundTrips) {
  DatasetInfo info;
  info.id = "ofac_sdn";
  info.title = "OFAC SDN";
  info.kind = DatasetKind::kAllow;
  info.files.push_back({"sdn.csv", "ofac_csv_primary", 123, "ab12"});
  info.entity_count = 5;
  info.skipped_records = 1;
  info.load_seconds = 0.5;
  BinaryWriter out;
  write_dataset_info(out, info);
  BinaryReader in(out.bytes());
  DatasetInfo decoded;
  ASSERT_TRUE(read_dataset_info(in, decoded));
  EXPECT_EQ(screen::to_json(decoded), screen::to_json(info));
  EXPECT_EQ(decoded.kind, DatasetKind::kAllow);
  EXPECT_EQ(decoded.load_seconds, 0.5);
}

}  // namespace
}  // namespace vigil::model
