#pragma once

#include <string>

namespace rasoat::input {

// Counter values as office programs show them in automatic numbering.
// Roman numerals (1–3999, else decimal).
std::string romanNumeral(int value, bool upper);
// Letters as Word and LibreOffice repeat them: a … z, aa … zz, aaa … (1 and up, else decimal).
std::string repeatedLetters(int value, bool upper);

}  // namespace rasoat::input
