#pragma once

#include <string>
#include <string_view>

namespace rasoat::report {

// Text bound for a terminal (the compiler-style output, summaries). Document
// text and file names are hostile: a control character (C0 but tab, DEL, C1)
// could move the cursor or recolour the screen, and a bidirectional control
// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) could show a line's
// text in another order than it is read, and U+2028, U+2029 break lines. Each is shown as "<U+202E>"; a tab
// becomes a space; a byte that is not UTF-8 (a file name) is shown as "<0xFF>".
std::string terminalSafe(std::string_view text);
std::u32string terminalSafe(std::u32string_view text);

// Whether the code point is one terminalSafe() makes visible.
bool isTerminalUnsafe(char32_t codePoint);

// Valid UTF-8 for the JSON and SARIF writers: every byte that is not part of
// a valid sequence becomes U+FFFD (file names are bytes, not text).
std::string validUtf8(std::string_view bytes);

}  // namespace rasoat::report
