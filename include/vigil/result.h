// Result<T>: the value of an operation that can fail in an expected way.
// Expected failures (a malformed record, an unreadable file) are values, not exceptions;
// exceptions are raised only at the edges (CLI, HTTP, Python), each translating in one place.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace vigil {

enum class ErrorCode {
  kIo,         // a file could not be opened or read
  kFormat,     // the bytes are not in any format we know
  kMalformed,  // the format is known but the content breaks it
  kInvalidArgument,
  kNotFound,
  kInternal,
};

// Where an error or diagnostic happened: file, line (1-based, 0 = unknown), element or record.
struct Location {
  std::string file;
  long line = 0;
  std::string element;  // an XML path, a CSV column, a record id
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  Location where;

  // "file:line: element: message" with the empty parts left out.
  [[nodiscard]] std::string to_string() const;
};

// Holds either a T or an Error. REQUIRES: value() only when ok(), error() only when !ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Error> state_;
};

inline Error make_error(ErrorCode code, std::string message, Location where = {}) {
  return Error{code, std::move(message), std::move(where)};
}

// A recoverable problem found while parsing: the record was skipped or a field ignored.
struct Diagnostic {
  enum class Severity { kWarning, kSkippedRecord };
  Severity severity = Severity::kWarning;
  std::string message;
  Location where;

  [[nodiscard]] std::string to_string() const;
};

}  // namespace vigil
