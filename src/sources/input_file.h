// A list file's bytes and the name used for it in diagnostics.
#pragma once

#include <string>

#include "vigil/result.h"

namespace vigil::sources {

struct InputFile {
  std::string path;   // as given by the user; used in every diagnostic
  std::string bytes;  // the whole file, undecoded
};

// Reads a whole file. Refuses files over `max_bytes` with a clear error.
Result<InputFile> read_input_file(const std::string& path, size_t max_bytes = size_t{1} << 31);

// Lower-case hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace vigil::sources
