// How vigil asks its memory allocator to behave. Loading the lists touches ~450 MB in many
// small blocks: in 4 KiB pages that is ~100,000 page faults, half the start time on a virtual
// machine, and an allocator that hands freed blocks back to the kernel at once faults them in
// again for the next. So memory comes in transparent huge pages, and freed memory is kept a
// while (docs/performance.md).
#pragma once

namespace vigil::cli {

// First thing in main(). With jemalloc (the Release build), the settings are compiled in
// (`malloc_conf`) and nothing is done here; with glibc's allocator (sanitizer builds), vigil
// restarts itself once with GLIBC_TUNABLES asking for huge pages, then keeps freed memory.
// VIGIL_HUGE_PAGES=0 turns glibc's huge pages off (e.g. under valgrind); with jemalloc,
// MALLOC_CONF=thp:never does.
void configure_allocator(char** argv);

}  // namespace vigil::cli
