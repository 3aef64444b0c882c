// One designated party of the UK OFSI Consolidated List: the rows that share a Group ID (one
// per name, times each birth date and address), folded into one entity.
#pragma once

#include <span>
#include <string_view>

#include "sources/uk_ofsi_columns.h"
#include "sources/xlsx_table.h"
#include "vigil/entity.h"

namespace vigil::sources::uk_ofsi {

struct GroupContext {
  const Columns& columns;
  std::string_view dataset_id;
  xlsx::RowDiagnostics& diagnostics;
};

// Reads a group. REQUIRES: `rows` is not empty and every row has `group_id` as its Group ID.
// content_hash is left to the caller.
Entity read_group(std::span<const xlsx::Row* const> rows, std::string_view group_id,
                  GroupContext& context);

}  // namespace vigil::sources::uk_ofsi
