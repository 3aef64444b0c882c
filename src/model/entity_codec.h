// A compact binary form of the entity model, for the compiled snapshot: every field, in
// declaration order, through the bounds-checked BinaryWriter/BinaryReader. Decoding a
// damaged record fails (the reader says where); it never reads out of range.
#pragma once

#include "model/binary_io.h"
#include "vigil/dataset.h"
#include "vigil/entity.h"

namespace vigil::model {

void write_entity(BinaryWriter& out, const Entity& entity);
// REQUIRES: `entity` default-constructed. False when the bytes are not a whole entity.
bool read_entity(BinaryReader& in, Entity& entity);

// The dataset facts a snapshot keeps (everything in DatasetInfo).
void write_dataset_info(BinaryWriter& out, const DatasetInfo& info);
bool read_dataset_info(BinaryReader& in, DatasetInfo& info);

}  // namespace vigil::model
