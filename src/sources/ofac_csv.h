// OFAC legacy CSV sets: the primary file (sdn.csv / cons_prim.csv) with its optional alias
// (alt.csv), address (add.csv) and remark-overflow (sdn_comments.csv) files, joined on ent_num.
// The remarks column is parsed into model fields (see ofac_remarks.h).
#pragma once

#include <optional>
#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

enum class OfacCsvKind { kPrimary, kAlias, kAddress, kComments };

// Recognises one file of the set from its content (column count and value shapes), not its name.
std::optional<OfacCsvKind> detect_ofac_csv(std::string_view bytes);

struct OfacCsvFiles {
  InputFile primary;
  std::optional<InputFile> aliases;
  std::optional<InputFile> addresses;
  std::optional<InputFile> comments;
};

// Parses a set. Bad records are skipped with a diagnostic; a file that is not OFAC CSV at all
// is an error. Rows of the secondary files whose ent_num is absent from the primary file are
// dropped and counted in a diagnostic.
Result<ParseOutput> parse_ofac_csv(const OfacCsvFiles& files, std::string_view dataset_id);

}  // namespace vigil::sources
