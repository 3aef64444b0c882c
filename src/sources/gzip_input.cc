#include "sources/gzip_input.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace vigil::sources {
namespace {

// zlib's window bits for "gzip header only, largest window".
constexpr int kGzipWindowBits = 16 + MAX_WBITS;
constexpr size_t kOutputChunk = size_t{1} << 16;

// A zlib inflate stream for gzip members, ended on destruction.
class Inflater {
 public:
  Inflater() { ready_ = inflateInit2(&stream_, kGzipWindowBits) == Z_OK; }
  ~Inflater() {
    if (ready_) inflateEnd(&stream_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  [[nodiscard]] bool ready() const { return ready_; }
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
  bool ready_ = false;
};

// Why inflation stopped, and how far it got.
struct InflateResult {
  int status = Z_OK;    // Z_STREAM_END when every member ended cleanly
  std::string message;  // zlib's reason when status is an error
  bool over_limit = false;
  size_t consumed = 0;  // input bytes used
};

// Inflates members one after another until the input ends, the output reaches `max_bytes`
// (over_limit) or the stream breaks.
InflateResult inflate_members(std::string_view bytes, size_t max_bytes, std::string& out) {
  InflateResult result;
  Inflater inflater;
  if (!inflater.ready()) return {Z_MEM_ERROR, "cannot initialise zlib", false, 0};
  z_stream* stream = &inflater.stream();
  // zlib counts in uInt; feed at most UINT_MAX bytes at a time.
  auto* next = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  size_t left = bytes.size();
  char chunk[kOutputChunk];
  while (true) {
    if (stream->avail_in == 0) {
      const auto feed = static_cast<uInt>(std::min<size_t>(left, UINT_MAX));
      stream->next_in = next;
      stream->avail_in = feed;
      next += feed;
      left -= feed;
    }
    stream->next_out = reinterpret_cast<Bytef*>(chunk);
    stream->avail_out = sizeof chunk;
    const int status = inflate(stream, Z_NO_FLUSH);
    const size_t produced = sizeof chunk - stream->avail_out;
    result.consumed = bytes.size() - left - stream->avail_in;
    if (out.size() + produced > max_bytes) {
      out.append(chunk, max_bytes - out.size());
      result.over_limit = true;
      return result;
    }
    out.append(chunk, produced);
    if (status == Z_STREAM_END) {
      const std::string_view rest = bytes.substr(result.consumed);
      if (!is_gzip(rest)) {
        result.status = Z_STREAM_END;
        return result;
      }
      inflateReset(stream);  // another member follows (concatenated gzip files)
      continue;
    }
    if (status == Z_BUF_ERROR && stream->avail_in == 0 && left == 0) {
      return {Z_BUF_ERROR, "the compressed stream is truncated", false, result.consumed};
    }
    if (status != Z_OK && status != Z_BUF_ERROR) {
      const char* reason = stream->msg != nullptr ? stream->msg : "damaged compressed data";
      return {status, reason, false, result.consumed};
    }
  }
}

}  // namespace

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 3 && bytes[0] == '\x1F' && bytes[1] == '\x8B' && bytes[2] == '\x08';
}

Result<std::string> gunzip(std::string_view bytes, const std::string& path, size_t max_bytes) {
  const auto fail = [&path](std::string message) {
    return make_error(ErrorCode::kMalformed, "gzip: " + std::move(message), Location{path, 0, {}});
  };
  if (!is_gzip(bytes)) return fail("not a gzip stream");
  std::string out;
  const InflateResult result = inflate_members(bytes, max_bytes, out);
  if (result.over_limit) {
    return fail("decompresses to more than " + std::to_string(max_bytes) +
                " bytes; refused as a possible gzip bomb");
  }
  if (result.status != Z_STREAM_END) {
    return fail(result.message + " (after " + std::to_string(result.consumed) +
                " compressed bytes)");
  }
  if (result.consumed != bytes.size()) {
    return fail(std::to_string(bytes.size() - result.consumed) +
                " trailing bytes after the compressed stream");
  }
  return out;
}

std::string gunzip_prefix(std::string_view bytes, size_t max_bytes) {
  std::string out;
  if (is_gzip(bytes)) inflate_members(bytes, max_bytes, out);
  return out;
}

}  // namespace vigil::sources
