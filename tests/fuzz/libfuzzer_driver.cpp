// The libFuzzer entry point of one target, chosen at build time
// (RASOAT_FUZZ_TARGET, see CMakeLists.txt).
#include <cstdio>
#include <cstdlib>

#include "targets.h"

namespace {

const rasoat::fuzz::Target& target() {
  static const rasoat::fuzz::Target* found = [] {
    const rasoat::fuzz::Target* named = rasoat::fuzz::findTarget(RASOAT_FUZZ_TARGET);
    if (!named) {
      std::fprintf(stderr, "rasoat fuzz: no target named %s\n", RASOAT_FUZZ_TARGET);
      std::abort();
    }
    return named;
  }();
  return *found;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (target().init) target().init();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  target().body(data, size);
  return 0;
}
