#include <cstdio>
#include <cstdlib>

#include "targets.h"

namespace rasoat::fuzz {

void requireThat(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "rasoat fuzz: invariant broken: %s\n", what);
  std::abort();
}

}  // namespace rasoat::fuzz
