// Text files compiled into the binary at build time (cmake/embed_text_files.cmake), so that it
// needs no data file at run time.
#pragma once

#include <span>
#include <string_view>

namespace vigil {

struct EmbeddedFile {
  std::string_view path;  // relative to the source tree ("data/names/particles.tsv")
  std::string_view text;  // the file's bytes
};

// The name-part tables of data/names/ (particles, honorifics, legal forms, given names,
// nicknames), generated from the .tsv files when the library is built.
std::span<const EmbeddedFile> embedded_name_tables();

}  // namespace vigil
