#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/report_data.h"

// The parts of the Markdown report, shared by markdown_report.cpp (page,
// summary, matrix, graph) and markdown_findings.cpp (findings, clauses not formalised).
namespace rasoat::report::markdown {

using Cell = std::string;  // already escaped

// A GFM table; every cell already escaped with escapeMarkdownCell.
void writeTable(std::ostream& out, const std::vector<Cell>& header, const std::vector<std::vector<Cell>>& rows);

// The overview of a report on many documents (hasOverview), each document
// linked to the anchor before its heading (documentAnchor).
void writeOverview(std::ostream& out, const ReportData& data, Language language);
std::string documentAnchor(int document);

void writeFinding(std::ostream& out, const FindingView& view, Language language);
void writeNotFormalised(std::ostream& out, const std::vector<UnreadClause>& clauses, Language language);

}  // namespace rasoat::report::markdown
