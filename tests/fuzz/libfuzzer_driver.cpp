// The libFuzzer entry point of one target, chosen at build time
// (RASOAT_FUZZ_TARGET, see CMakeLists.txt).
#include <cstdio>
#include <cstdlib>

#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rasoat::fuzz::Target* target = [] {
    const rasoat::fuzz::Target* found = rasoat::fuzz::findTarget(RASOAT_FUZZ_TARGET);
    if (!found) {
      std::fprintf(stderr, "rasoat fuzz: no target named %s\n", RASOAT_FUZZ_TARGET);
      std::abort();
    }
    return found;
  }();
  target->body(data, size);
  return 0;
}
