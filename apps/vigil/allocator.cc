#include "allocator.h"

#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

#ifdef VIGIL_JEMALLOC
// Read by jemalloc when it starts: arenas and metadata in transparent huge pages. Freed pages
// go back to the kernel after jemalloc's default ten seconds, which a command that screens and
// exits never waits for, and which lets a server's old lists go after a reload.
extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc's interface
const char* malloc_conf = "thp:always,metadata_thp:always";
}
#endif

namespace vigil::cli {

#ifdef VIGIL_JEMALLOC

void configure_allocator(char** /*argv*/) {}  // MALLOC_CONF=thp:never overrides malloc_conf

#else

void configure_allocator(char** argv) {
  const char* opt_out = std::getenv("VIGIL_HUGE_PAGES");
  if (opt_out == nullptr || std::strcmp(opt_out, "0") != 0) {
    // glibc reads GLIBC_TUNABLES only at start: so vigil starts itself again, once.
    constexpr const char* kTunable = "glibc.malloc.hugetlb";
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables == nullptr || std::strstr(tunables, kTunable) == nullptr) {
      std::string value = std::string(kTunable) + "=1";
      if (tunables != nullptr && *tunables != '\0') value = std::string(tunables) + ":" + value;
      if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) == 0) {
        ::execv("/proc/self/exe", argv);  // returns only on failure: carry on without
      }
    }
  }
  // glibc hands each freed block back to the kernel at once: keep freed memory instead.
  constexpr int kMegabyte = 1 << 20;
  mallopt(M_MMAP_THRESHOLD, 32 * kMegabyte);
  mallopt(M_TRIM_THRESHOLD, 512 * kMegabyte);
  mallopt(M_TOP_PAD, 64 * kMegabyte);
}

#endif

}  // namespace vigil::cli
