// What the XML list parsers share: namespace-agnostic element access, whitespace clean-up,
// and turning pugixml's byte offsets into the line numbers a user can open the file at.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "sources/input_file.h"
#include "vigil/result.h"

namespace vigil::sources::xml {

// The element name without its namespace prefix: "ns:sdnEntry" -> "sdnEntry".
std::string_view local_name(const pugi::xml_node& node);

// The first child element with this local name, or an empty node.
pugi::xml_node child(const pugi::xml_node& node, std::string_view name);

// The element's text with runs of white space collapsed to one space and the ends trimmed.
std::string text(const pugi::xml_node& node);
std::string child_text(const pugi::xml_node& node, std::string_view name);

// The element's text with only the ends trimmed (remarks keep their line breaks).
std::string raw_text(const pugi::xml_node& node);

std::string collapse_spaces(std::string_view text);

// True when the document's first element (after the prolog, comments and DOCTYPE) has this
// local name. Looks only at the start of the bytes, so it is cheap on any input.
bool root_element_is(std::string_view bytes, std::string_view name);

// Maps byte offsets to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view bytes);
  [[nodiscard]] long line_of(ptrdiff_t offset) const;

 private:
  std::vector<size_t> line_starts_;
};

// Parses the file into `document`. On malformed XML returns an error naming the file, the line
// and pugixml's reason.
std::optional<Error> load_document(const InputFile& file, pugi::xml_document& document);

// For a document that declares no encoding or UTF-8: an error naming the line of the first
// byte that is not well-formed UTF-8 (XML makes such a document not well formed; pugixml does
// not check). nullopt when the bytes are valid or another encoding is declared.
std::optional<Error> check_utf8(const InputFile& file);

// What every list parser does first: checks the bytes are UTF-8 (check_utf8), parses them
// into `document` (load_document) and checks the root element's local name is `root_element`.
// The error for another root names the list: "not <list_name>: the root element is <x>,
// expected <root_element>".
Result<pugi::xml_node> load_list_root(const InputFile& file, pugi::xml_document& document,
                                      std::string_view root_element, std::string_view list_name);

// "/sdnList/sdnEntry[12]": where an element is, for diagnostics.
std::string element_path(const pugi::xml_node& node);

// The location of an element: file, line and path.
Location locate(const InputFile& file, const LineIndex& lines, const pugi::xml_node& node);

// Collects a parser's diagnostics, each located at an element. The line index is built on the
// first diagnostic only, so a clean file pays nothing for it.
class DiagnosticSink {
 public:
  DiagnosticSink(const InputFile& file, std::vector<Diagnostic>& out) : file_(file), out_(out) {}

  void warn(const pugi::xml_node& node, std::string message);
  void skip_record(const pugi::xml_node& node, std::string message);
  [[nodiscard]] size_t skipped() const { return skipped_; }

 private:
  void add(Diagnostic::Severity severity, const pugi::xml_node& node, std::string message);

  const InputFile& file_;
  std::vector<Diagnostic>& out_;
  std::optional<LineIndex> lines_;
  size_t skipped_ = 0;
};

}  // namespace vigil::sources::xml
