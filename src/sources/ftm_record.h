// One line of a FollowTheMoney (FtM) JSON lines file as read, before any meaning is given to
// it: {"id": ..., "schema": "Person", "properties": {"name": [...], ...}, "datasets": [...],
// "last_seen": ..., "target": true}. OpenSanctions publishes its data in this form.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sources/line_diagnostics.h"

namespace vigil::sources {

struct FtmProperty {
  std::string name;  // "birthDate"
  std::vector<std::string> values;
};

struct FtmRecord {
  long line = 0;  // 1-based line in the file
  std::string id;
  std::string schema;
  std::vector<FtmProperty> properties;  // in file order
  std::vector<std::string> datasets;
  std::string last_seen;
  std::optional<bool> target;

  // The values of a property; empty when the record does not state it.
  [[nodiscard]] const std::vector<std::string>& values(std::string_view name) const {
    static const std::vector<std::string> kNone;
    for (const FtmProperty& property : properties) {
      if (property.name == name) return property.values;
    }
    return kNone;
  }

  // The first value of a property; empty when the record does not state it.
  [[nodiscard]] std::string_view first(std::string_view name) const {
    const std::vector<std::string>& all = values(name);
    return all.empty() ? std::string_view() : std::string_view(all.front());
  }
};

// What the FtM reader reports besides entities: per-record warnings, and once per file the
// properties and schemas it did not read, with how often each occurred.
struct FtmReport {
  LineDiagnostics& diagnostics;
  std::map<std::string, size_t> unread_properties;  // "Person:religion" -> 3
  std::map<std::string, size_t> unread_schemas;     // "Document" -> 2

  void unread(const FtmRecord& record, const FtmProperty& property) {
    ++unread_properties[record.schema + ":" + property.name];
  }
};

}  // namespace vigil::sources
