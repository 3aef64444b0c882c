#include "screen/entity_filter.h"

#include <gtest/gtest.h>

namespace vigil::screen {
namespace {

std::shared_ptr<const Entity> entity(std::string dataset, std::vector<std::string> programs) {
  auto e = std::make_shared<Entity>();
  e->dataset = std::move(dataset);
  for (std::string& program : programs) e->sanctions.push_back({"", program, "", "", ""});
  return e;
}

class EntityFilterTest : public ::testing::Test {
 protected:
  EntityFilterTest()
      : catalog_({entity("ofac_sdn", {"IRAN-HR", "SDGT"}),  // 0
                  entity("ofac_sdn", {"SDGT"}),             // 1
                  entity("un_sc", {"DPRK"}),                // 2
                  entity("us_csl", {})}) {}                 // 3

  std::vector<uint32_t> allowed(const ListSelection& query) {
    const auto filter = catalog_.resolve(query);
    EXPECT_TRUE(filter.ok()) << filter.error().to_string();
    std::vector<uint32_t> out;
    for (uint32_t e = 0; e < 4; ++e) {
      if (filter->allows(e)) out.push_back(e);
    }
    return out;
  }

  EntityCatalog catalog_;
};

TEST_F(EntityFilterTest, NoFilterAllowsEverything) {
  const auto filter = catalog_.resolve(ListSelection{});
  ASSERT_TRUE(filter.ok());
  EXPECT_TRUE(filter->allows_all());
  EXPECT_EQ(allowed(ListSelection{}), (std::vector<uint32_t>{0, 1, 2, 3}));
}

TEST_F(EntityFilterTest, DatasetsIncludedAndExcluded) {
  ListSelection only;
  only.datasets = {"OFAC_SDN", "un_sc"};  // any case
  EXPECT_EQ(allowed(only), (std::vector<uint32_t>{0, 1, 2}));
  ListSelection all_but;
  all_but.exclude_datasets = {"us_csl"};
  EXPECT_EQ(allowed(all_but), (std::vector<uint32_t>{0, 1, 2}));
  ListSelection both;
  both.datasets = {"ofac_sdn", "un_sc"};
  both.exclude_datasets = {"un_sc"};
  EXPECT_EQ(allowed(both), (std::vector<uint32_t>{0, 1}));
}

TEST_F(EntityFilterTest, ProgramsIncludedAndExcluded) {
  ListSelection only;
  only.programs = {"iran-hr"};
  EXPECT_EQ(allowed(only), (std::vector<uint32_t>{0}));
  // Excluding SDGT drops the party listed under SDGT alone, not the one also under IRAN-HR,
  // nor the entity with no program.
  ListSelection all_but;
  all_but.exclude_programs = {"SDGT"};
  EXPECT_EQ(allowed(all_but), (std::vector<uint32_t>{0, 2, 3}));
  ListSelection with_dataset;
  with_dataset.programs = {"SDGT", "DPRK"};
  with_dataset.datasets = {"un_sc"};
  EXPECT_EQ(allowed(with_dataset), (std::vector<uint32_t>{2}));
}

TEST_F(EntityFilterTest, UnknownNamesAreErrorsThatSayWhatIsLoaded) {
  ListSelection dataset;
  dataset.datasets = {"eu_fsf"};
  const auto bad_dataset = catalog_.resolve(dataset);
  ASSERT_FALSE(bad_dataset.ok());
  EXPECT_NE(bad_dataset.error().to_string().find("eu_fsf"), std::string::npos);
  EXPECT_NE(bad_dataset.error().to_string().find("ofac_sdn, un_sc, us_csl"), std::string::npos);
  ListSelection program;
  program.exclude_programs = {"IRAN-H"};
  const auto bad_program = catalog_.resolve(program);
  ASSERT_FALSE(bad_program.ok());
  EXPECT_NE(bad_program.error().to_string().find("'IRAN-H'"), std::string::npos);
}

}  // namespace
}  // namespace vigil::screen
