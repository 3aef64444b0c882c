#include "vigil/result.h"

namespace vigil {
namespace {

std::string prefix(const Location& where) {
  std::string out;
  if (!where.file.empty()) {
    out += where.file;
    if (where.line > 0) out += ":" + std::to_string(where.line);
    out += ": ";
  }
  if (!where.element.empty()) out += where.element + ": ";
  return out;
}

}  // namespace

std::string Error::to_string() const { return prefix(where) + message; }

std::string Diagnostic::to_string() const {
  const char* kind = severity == Severity::kSkippedRecord ? "skipped record: " : "warning: ";
  return prefix(where) + kind + message;
}

}  // namespace vigil
