#include "sources/ofac_names.h"

#include "model/written_name.h"

namespace vigil::sources {

Name make_ofac_name(std::string_view written, Schema schema, NameKind kind) {
  Name name = model::name_from_family_first(written, schema);
  name.kind = kind;
  name.script = "Latn";  // OFAC publishes its lists in ASCII
  return name;
}

}  // namespace vigil::sources
