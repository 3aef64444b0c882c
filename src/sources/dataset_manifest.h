// vigil-dataset.json: the optional file in a dataset directory that names the dataset.
//   {"id": "ofac_sdn", "title": "...", "authority": "OFAC", "publication_date": "2024-05-03",
//    "note": "...", "kind": "block"}
// Every key is optional; a stated key overrides what the loader would otherwise use. "kind" is
// "block" (the default: a list to screen against) or "allow" (parties already cleared).
#pragma once

#include <optional>
#include <string>

#include "vigil/dataset.h"
#include "vigil/result.h"

namespace vigil::sources {

inline constexpr std::string_view kDatasetManifestName = "vigil-dataset.json";

struct DatasetManifest {
  std::optional<std::string> id;
  std::optional<std::string> title;
  std::optional<std::string> authority;
  std::optional<std::string> publication_date;
  std::optional<std::string> note;
  std::optional<DatasetKind> kind;

  // Overrides the fields of `info` that the manifest states (the id is not touched: it must
  // be known before parsing).
  void apply_to(DatasetInfo& info) const;
};

// Reads a manifest. Malformed JSON, a non-object, a non-string value, an id that is not
// [a-z0-9_-]+ or a kind other than "block" or "allow" is an error naming the file.
Result<DatasetManifest> read_dataset_manifest(const std::string& path);

}  // namespace vigil::sources
