// The libFuzzer entry point of the `word` target alone: it needs only the
// input stage, so that its fuzz build compiles a fraction of the analyser.
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rasoat::fuzz::wordBody(data, size);
  return 0;
}
