#include "driver/amended_regulation.h"

#include "amend/consolidate.h"

namespace rasoat::driver {

void AmendedRegulation::remap(Diagnostic& diagnostic) const {
  const std::string path = consolidated ? consolidated->path() : "";
  auto move = [&](std::string& where, Range& range) {
    if (where != path) return;
    const auto begin = consolidation->originOf(range.begin);
    if (!begin) return;
    const auto end = consolidation->originOf(range.end);
    where = begin->first;
    const Position from = begin->second;
    range = Range{from, end && end->first == where && end->second >= from ? end->second : from};
  };
  move(diagnostic.path, diagnostic.range);
  for (auto& related : diagnostic.related) move(related.path, related.range);
}

}  // namespace rasoat::driver
