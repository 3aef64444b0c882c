// One entry of an own list (CSV row or JSON line) as read, and the entity made from it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sources/line_diagnostics.h"
#include "vigil/entity.h"

namespace vigil::sources {

struct OwnListEntry {
  long line = 0;
  std::string id;
  std::string type;
  std::string name;
  std::string gender;
  std::string notes;
  std::vector<std::string> aliases;
  std::vector<std::string> weak_aliases;
  std::vector<std::string> birth_dates;
  std::vector<std::string> nationalities;
  std::vector<std::string> countries;
  std::vector<std::string> identifiers;
  std::vector<std::string> programs;
};

// A column (or JSON key) of the format and where its values go: one text, or a list.
struct OwnListColumn {
  std::string_view name;
  std::string OwnListEntry::*text = nullptr;
  std::vector<std::string> OwnListEntry::*list = nullptr;
};

// The column called `name` (lower case; "dob" is birth_date); nullopt when not a column.
std::optional<OwnListColumn> own_list_column(std::string_view name);

// Sets a column's value from the text as written: a list column splits it on ';'.
void set_own_list_value(OwnListEntry& entry, const OwnListColumn& column, std::string_view text);

// The entity for an entry; nullopt (with a skipped-record diagnostic) when it has no id or no
// name. Values that cannot be read are kept as properties with a warning.
std::optional<Entity> own_list_entity(const OwnListEntry& entry, std::string_view dataset_id,
                                      LineDiagnostics& diagnostics);

}  // namespace vigil::sources
