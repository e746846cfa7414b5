#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

namespace rasoat::report {

// Writes `json` as the JSON commands print it: indented by two spaces, UTF-8
// as is, invalid UTF-8 replaced (U+FFFD), and a newline after it. The same
// bytes as `out << json.dump(2, ' ', false, replace) << "\n"`, written by
// nlohmann's own serializer through a buffer instead of into one string of
// the whole output first (megabytes for `rasoat model` on a large regulation,
// each page touched afresh; docs/performance.md).
void writeJson(std::ostream& out, const nlohmann::ordered_json& json);

}  // namespace rasoat::report
