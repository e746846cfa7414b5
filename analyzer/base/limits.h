#pragma once

#include <cstddef>

namespace rasoat {

// Every limit on oversized or hostile input, in one place. The command line
// fills it (options, rasoat.yaml) and passes it down to each stage; the
// defaults and messages are listed in docs/limits.md. A limit exists so that
// a pasted megabyte of noise ends in a clear message within seconds instead
// of exhausting time or memory; each can be raised by a user who means it.
struct Limits {
  // Reading (text): over these the file is not read at all (exit 2).
  std::size_t maxFileBytes = std::size_t{2} * 1024 * 1024;  // 80 times the largest regulation of the corpus
  std::size_t maxLineLength = 20000;                        // code points in one line
  // Office documents (input): a .docx/.odt is a zip of XML parts, a .pdf or .doc
  // a binary; over these the file is not read at all (exit 2). The text they
  // hold is then subject to the two limits above.
  std::size_t maxDocumentBytes =
      std::size_t{64} * 1024 * 1024;  // the .docx/.odt/.pdf/.doc file itself, pictures included
  std::size_t maxZipEntries = 10000;  // entries in the archive (a Word file has a few dozen)
  std::size_t maxZipEntryBytes = std::size_t{64} * 1024 * 1024;  // one part once uncompressed
  std::size_t maxZipTotalBytes =
      std::size_t{256} * 1024 * 1024;  // all parts once uncompressed (as the archive declares)
  std::size_t maxZipRatio = 200;       // uncompressed / compressed size of one part over 1 MiB (zip bombs)
  std::size_t maxListNumber = 100000;  // a value of Word's or LibreOffice's automatic numbering
  std::size_t maxPdfPages = 2000;      // pages of a PDF read
  // Layout (syntax): reported as an error at the line; the tree is cut there.
  std::size_t maxNestingDepth = 8;   // numbering levels below an article: khoản 1.2.3 is 3, điểm a) under it 4
  std::size_t maxProvisions = 5000;  // numbered units per document: articles, clauses, points, dash items
  // Numbers (model): a number over these is not read; its clause is not formalised.
  std::size_t maxNumberDigits = 24;  // integer digits after the unit (tỷ = 9 zeros): 10^24 đồng
  std::size_t maxDecimalPlaces = 9;  // digits after the decimal mark
  // Citations (checks): a longer chain of higher-level documents is cut.
  std::size_t maxCitationDepth = 16;
};

}  // namespace rasoat
