// The server's text files compiled into the binary (cmake/embed_text_files.cmake).
#pragma once

#include <span>

#include "match/embedded_files.h"

namespace vigil {

// data/openapi.json.
std::span<const EmbeddedFile> embedded_server_files();

}  // namespace vigil
