// Issue #3 acceptance on the real embedded lists: queries in other scripts find the Latin list
// entries, and the UN entries that carry their name in its original script
// (NAME_ORIGINAL_SCRIPT) match in both scripts.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "sources/loader.h"
#include "vigil/screener.h"

namespace vigil {
namespace {

class CrossScriptTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = sources::load_sources(sources::default_source_paths());
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    screener_ = Screener::build(std::move(loaded.value())).value();
  }
  static void TearDownTestSuite() { screener_.reset(); }

  // The match of entity `id` among the results for `name`, if it is returned at all.
  static std::optional<Match> match_of(const std::string& name, const std::string& id) {
    Query q;
    q.group_parties = false;
    q.name = name;
    q.limit = 20;
    auto result = screener_->screen(q);
    EXPECT_TRUE(result.ok()) << name;
    if (!result.ok()) return std::nullopt;
    for (const Match& m : result->matches) {
      if (m.entity->id == id) return m;
    }
    return std::nullopt;
  }

  static const Name* native_name(const Entity& entity) {
    const auto it = std::find_if(entity.names.begin(), entity.names.end(),
                                 [](const Name& n) { return n.kind == NameKind::kNativeScript; });
    return it == entity.names.end() ? nullptr : &*it;
  }

  static std::shared_ptr<const Screener> screener_;
};
std::shared_ptr<const Screener> CrossScriptTest::screener_;

// UN entities with their name in Arabic letters (Arabic, and a Pashto name with its own
// letter) and in Cyrillic.
constexpr std::pair<const char*, const char*> kUnOriginalScript[] = {
    {"un_sc:111923", "Arab"},   // AIMAN MUHAMMED RABI AL-ZAWAHIRI
    {"un_sc:6908061", "Arab"},  // SAIF-AL-DIN FULAYYIH HASSAN TAHA AL-RAWI
    {"un_sc:111109", "Arab"},   // ABDUL RAHMAN AHMAD HOTTAK
    {"un_sc:6908405", "Arab"},  // MUHAMMAD OMAR ZADRAN
    {"un_sc:2960872", "Cyrl"},  // DOKU KHAMATOVICH UMAROV
    {"un_sc:6908488", "Cyrl"},  // ISLAM SEIT-UMAROVICH ATABIEV
};

TEST_F(CrossScriptTest, UnParserKeepsOriginalScriptNamesAsNamesOfTheEntity) {
  for (const auto& [id, script] : kUnOriginalScript) {
    const auto entity = screener_->find_entity(id);
    ASSERT_TRUE(entity) << id;
    const Name* native = native_name(*entity);
    ASSERT_NE(native, nullptr) << id;
    EXPECT_EQ(native->script, script) << id;
    EXPECT_FALSE(native->full.empty()) << id;
  }
}

TEST_F(CrossScriptTest, UnEntriesMatchInBothScripts) {
  for (const auto& [id, script] : kUnOriginalScript) {
    const auto entity = screener_->find_entity(id);
    ASSERT_TRUE(entity) << id;
    const Name* native = native_name(*entity);
    const Name* latin = entity->primary_name();
    ASSERT_TRUE(native != nullptr && latin != nullptr) << id;
    for (const std::string& query : {native->full, latin->full}) {
      const auto m = match_of(query, id);
      ASSERT_TRUE(m) << query << " does not find " << id;
      EXPECT_TRUE(m->is_match) << query << " scored " << m->score;
    }
    // Each name of the entity matches the other, across the scripts.
    Query query;
    query.group_parties = false;
    query.name = native->full;
    query.schema = entity->schema;
    const auto across = screener_->compare(query, latin->full, entity->schema);
    ASSERT_TRUE(across.ok());
    EXPECT_TRUE(across->is_match) << native->full << " vs " << latin->full << " scored "
                                  << across->score;
  }
}

TEST_F(CrossScriptTest, OriginalScriptVariantsFindTheUnEntry) {
  constexpr std::pair<const char*, const char*> kVariants[] = {
      {"ايمن محمد ربيع الظواهري", "un_sc:111923"},   // no hamza
      {"ایمن محمد ربیع الظواهری", "un_sc:111923"},   // Persian keyboard
      {"الظواهري، أيمن محمد ربيع", "un_sc:111923"},  // family name first
      {"Доку Умаров", "un_sc:2960872"},
      {"АТАБИЕВ Ислам Сеит-Умарович", "un_sc:6908488"},
  };
  for (const auto& [query, id] : kVariants) {
    const auto m = match_of(query, id);
    ASSERT_TRUE(m) << query << " does not find " << id;
    EXPECT_TRUE(m->is_match) << query << " scored " << m->score;
  }
}

// Entries with Latin names only, found from their names in Arabic, Persian, Cyrillic, Chinese
// and Korean letters.
TEST_F(CrossScriptTest, OtherScriptsFindLatinOnlyEntries) {
  constexpr std::pair<const char*, const char*> kQueries[] = {
      {"محمد جواد ظريف", "ofac_sdn:26950"},               // Mohammad Javad ZARIF
      {"بشار الأسد", "ofac_sdn:12735"},                   // Bashar AL-ASSAD
      {"حسن نصرالله", "ofac_sdn:2686"},                   // Hasan NASRALLAH
      {"Пригожин Евгений Викторович", "ofac_sdn:21171"},  // Yevgeniy Viktorovich PRIGOZHIN
      {"Дерипаска Олег", "ofac_sdn:24283"},               // Oleg Vladimirovich DERIPASKA
      {"李方伟", "ofac_sdn:11447"},                       // LI Fangwei
      {"김정은", "ofac_sdn:20157"},                       // KIM Jong Un
      {"김여정", "ofac_sdn:21444"},                       // KIM Yo Jong
      {"최룡해", "ofac_sdn:23213"},                       // CHOE Ryong Hae
  };
  for (const auto& [query, id] : kQueries) {
    const auto m = match_of(query, id);
    ASSERT_TRUE(m) << query << " does not find " << id;
    EXPECT_TRUE(m->is_match) << query << " scored " << m->score;
  }
}

// Other people's names in the same scripts do not alert on these entries.
TEST_F(CrossScriptTest, OtherNamesInOtherScriptsDoNotMatch) {
  constexpr std::pair<const char*, const char*> kTraps[] = {
      {"محمد جواد لاريجاني", "ofac_sdn:26950"},  // another Mohammad Javad
      {"Пригожин Игорь Петрович", "ofac_sdn:21171"},
      {"김정일", "ofac_sdn:20157"},  // Kim Jong Il is not Kim Jong Un
      {"李方", "ofac_sdn:11447"},
      {"ايمن محمد ربيع الزيات", "un_sc:111923"},
  };
  for (const auto& [query, id] : kTraps) {
    const auto m = match_of(query, id);
    EXPECT_FALSE(m && m->is_match) << query << " matched " << id << " at " << m->score;
  }
}

}  // namespace
}  // namespace vigil
