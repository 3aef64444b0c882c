// Gzip-compressed list files (trade.gov publishes the Consolidated Screening List as
// consolidated.csv.gz), decompressed in memory with a ceiling on the output so that a small
// hostile file cannot expand into gigabytes (a "gzip bomb").
#pragma once

#include <string>
#include <string_view>

#include "vigil/result.h"

namespace vigil::sources {

// The most bytes a list file may decompress to: the largest official list is well under 100 MB.
inline constexpr size_t kMaxDecompressedBytes = size_t{512} << 20;

// True when the bytes start with the gzip magic number (1F 8B) and the deflate method.
bool is_gzip(std::string_view bytes);

// Decompresses every gzip member of `bytes`. A damaged or truncated stream, trailing bytes that
// are not another member, or output beyond `max_bytes` is an error naming `path`.
Result<std::string> gunzip(std::string_view bytes, const std::string& path,
                           size_t max_bytes = kMaxDecompressedBytes);

// The first `max_bytes` of the decompressed content, or as many as decompress cleanly: enough to
// recognise the format. Empty when the stream is damaged from its start.
std::string gunzip_prefix(std::string_view bytes, size_t max_bytes);

}  // namespace vigil::sources
