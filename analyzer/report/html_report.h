#pragma once

#include <ostream>

#include "report/report_data.h"

namespace rasoat::report {

// The report as one self-contained HTML page: inline CSS (with a print
// stylesheet), the graph as inline SVG, no script, no external resource (a
// Content-Security-Policy forbids any). Every piece of document text is escaped.
void writeHtmlReport(std::ostream& out, const ReportData& data, Language language);

}  // namespace rasoat::report
