#include "sources/ofac_zipped_xml.h"

#include <optional>

#include "model/ascii.h"
#include "sources/zip_archive.h"

namespace vigil::sources {
namespace {

bool is_xml_name(std::string_view name) { return model::lower(name).ends_with(".xml"); }

// The name of the archive's only XML member; an error when there is none or several.
Result<std::string> single_xml_member(const ZipArchive& archive, const std::string& path) {
  std::optional<std::string> found;
  for (const ZipEntry& entry : archive.entries()) {
    if (!is_xml_name(entry.name)) continue;
    if (found) {
      return make_error(ErrorCode::kFormat,
                        "the ZIP archive holds several XML files (" + *found + ", " + entry.name +
                            "); expected one OFAC XML publication",
                        Location{path, 0, {}});
    }
    found = entry.name;
  }
  if (!found) {
    return make_error(ErrorCode::kFormat, "the ZIP archive holds no XML file",
                      Location{path, 0, {}});
  }
  return *found;
}

}  // namespace

std::string zipped_xml_prefix(std::string_view bytes, uint64_t max_bytes) {
  if (!has_zip_signature(bytes)) return {};
  Result<ZipArchive> archive = ZipArchive::open(bytes, {});
  if (!archive.ok()) return {};
  const Result<std::string> member = single_xml_member(*archive, {});
  if (!member.ok()) return {};
  Result<std::string> prefix = archive->extract_prefix(*member, max_bytes);
  return prefix.ok() ? std::move(prefix).value() : std::string();
}

Result<InputFile> unzip_single_xml(const InputFile& archive_file) {
  Result<ZipArchive> archive = ZipArchive::open(archive_file.bytes, archive_file.path);
  if (!archive.ok()) return archive.error();
  const Result<std::string> member = single_xml_member(*archive, archive_file.path);
  if (!member.ok()) return member.error();
  Result<std::string> bytes = archive->extract(*member, kMaxZippedXmlBytes);
  if (!bytes.ok()) return bytes.error();
  return InputFile{archive_file.path + "!/" + *member, std::move(bytes).value()};
}

}  // namespace vigil::sources
