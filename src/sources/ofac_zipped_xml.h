// OFAC ships some XML publications zipped (CONS_ENHANCED.ZIP, SDN_ENHANCED.ZIP): an archive
// holding one XML file. This finds and extracts that file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sources/input_file.h"
#include "vigil/result.h"

namespace vigil::sources {

// The largest XML member extracted (OFAC's largest XML publication is a few hundred MB).
inline constexpr uint64_t kMaxZippedXmlBytes = uint64_t{1} << 30;

// The first bytes of the archive's only XML member, for format detection; empty when the
// bytes are no readable ZIP archive or it holds no XML member or more than one.
std::string zipped_xml_prefix(std::string_view bytes, uint64_t max_bytes);

// The archive's only XML member as an InputFile named "<archive>!/<member>", so that every
// diagnostic names both. Errors name the archive: damaged, no XML member, several, too large.
Result<InputFile> unzip_single_xml(const InputFile& archive);

}  // namespace vigil::sources
