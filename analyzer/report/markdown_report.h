#pragma once

#include <ostream>

#include "report/report_data.h"

namespace rasoat::report {

// The report in Markdown (GFM): the same sections as the HTML page, the matrix
// as a table, the graph as a list of its edges, every clause side by side in a
// table. Every piece of document text is escaped (pipes included).
void writeMarkdownReport(std::ostream& out, const ReportData& data, Language language);

}  // namespace rasoat::report
