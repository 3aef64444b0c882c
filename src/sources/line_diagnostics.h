// Diagnostics for line-based list files (JSON lines, CSV): every skipped record and every
// warning names the file, the line and the record id, and skipped records are counted.
#pragma once

#include <string>

#include "vigil/dataset.h"

namespace vigil::sources {

class LineDiagnostics {
 public:
  LineDiagnostics(std::string path, ParseOutput& output)
      : path_(std::move(path)), output_(output) {}

  void skip(long line, std::string record_id, std::string message) {
    ++output_.info.skipped_records;
    add(Diagnostic::Severity::kSkippedRecord, line, std::move(record_id), std::move(message));
  }
  void warn(long line, std::string record_id, std::string message) {
    add(Diagnostic::Severity::kWarning, line, std::move(record_id), std::move(message));
  }
  // One diagnostic for `records` records skipped for the same reason (a summary, no line).
  void skip_all(size_t records, std::string message) {
    output_.info.skipped_records += records;
    add(Diagnostic::Severity::kSkippedRecord, 0, {}, std::move(message));
  }
  // A warning about the whole file (a summary), with no line.
  void warn_file(std::string message) { warn(0, {}, std::move(message)); }

  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  void add(Diagnostic::Severity severity, long line, std::string record_id, std::string message) {
    output_.diagnostics.push_back(
        Diagnostic{severity, std::move(message), Location{path_, line, std::move(record_id)}});
  }

  std::string path_;
  ParseOutput& output_;
};

}  // namespace vigil::sources
