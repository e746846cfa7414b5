#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/localized_text.h"

namespace rasoat::text {

// The encodings a Vietnamese regulation may come in besides UTF-8: UTF-16
// (Word's "Unicode text"), and the pre-Unicode ones offices still hold.
enum class Encoding { utf8, utf16le, utf16be, tcvn3, vni, windows1258 };

// How the encoding is named to the user ("TCVN3 (ABC, phông .VnTime)").
LocalizedText encodingName(Encoding encoding);

// Decoders. The single-byte ones never fail: a byte the encoding does not
// assign is read as Windows-1252 (what Windows showed under the font, e.g.
// the curly quotes Word writes), or U+FFFD.
std::u32string decodeTcvn3(std::string_view bytes);
std::u32string decodeVni(std::string_view bytes);
std::u32string decodeWindows1258(std::string_view bytes);
// Nothing when the code units are not valid UTF-16 (a lone surrogate, an odd length).
std::optional<std::u32string> decodeUtf16(std::string_view bytes, bool bigEndian);

// Encoders, for tests and fixtures. TCVN3 has no capital letters with a tone
// mark (offices used the ".VnTimeH" font for them): they are written lower
// case, as the font stores them. Nothing when a character has no code.
std::optional<std::string> encodeTcvn3(std::u32string_view text);
std::optional<std::string> encodeVni(std::u32string_view text);

// The byte of a character under Windows-1252 (what a legacy byte became when
// a program took it for Windows-1252); nothing for other characters.
std::optional<unsigned char> windows1252Byte(char32_t c);

}  // namespace rasoat::text
