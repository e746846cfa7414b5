#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/limits.h"
#include "input/read_options.h"
#include "input/rendering.h"

namespace rasoat::input {

// The first stage: a document as an office holds it, known by its content,
// turned into the text the analyser reads (one line per paragraph). Nothing
// for plain text (.qc, .txt): its bytes are decoded by the text stage.
// Throws InputError naming the file: a broken or hostile archive, a PDF
// without text, a .doc without LibreOffice, a zip that is not a document.
std::optional<Rendering> readOffice(const std::string& path, std::string_view bytes, const Limits& limits,
                                    const ReadOptions& options);

}  // namespace rasoat::input
