// Exit codes scripts can rely on (documented in README.md and `vigil --help`).
#pragma once

#include <string>

namespace vigil::cli {

inline constexpr int kExitOk = 0;            // done; for screen: no match at or above threshold
inline constexpr int kExitMatch = 1;         // screen: at least one match at or above threshold
inline constexpr int kExitUsage = 2;         // bad command line
inline constexpr int kExitDataError = 3;     // a list or input file could not be read or parsed
inline constexpr int kExitInternal = 4;      // a bug: please report it
inline constexpr int kExitTargetMissed = 5;  // eval: a --require-* target was not met
// update: a dataset was not updated (download failed, or its files were refused); the version
// in service before stays in service.
inline constexpr int kExitUpdateIncomplete = 6;

// Thrown inside a command to end it with an exit code and a message on stderr.
struct CommandError {
  int exit_code;
  std::string message;
};

}  // namespace vigil::cli
