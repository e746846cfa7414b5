#include "support.h"
#include "targets.h"

namespace rasoat::fuzz {

// The normaliser either refuses the bytes with an InputError or gives lines and
// a matching copy whose every code point maps back into the original text.
void normaliserBody(const std::uint8_t* data, std::size_t size) {
  const auto source = sourceOf(data, size);
  if (!source) return;
  requireThat(source->lineCount() >= 1, "a text has at least one line");
  const auto& matching = source->matching();
  for (std::size_t i = 0; i <= matching.size(); ++i) {
    requireInside(*source, source->originOf(i), "every matching code point maps into the original");
  }
  for (int line = 1; line <= source->lineCount(); ++line) {
    const auto length = static_cast<int>(source->line(line).size());
    requireThat(source->slice(line, 1, length + 1) == source->lineUtf8(line), "a whole-line slice is the line");
  }
  (void)source->matchingUtf8();
}

}  // namespace rasoat::fuzz
