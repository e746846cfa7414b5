#pragma once

#include <ostream>
#include <string>

#include "report/report_data.h"

namespace rasoat::report {

// The report as a Word document ready to print (docx_writer.h, the writer the
// comparison table uses): a title block, the summary, per document the
// authority matrix, the delegation and reporting relations, every finding with
// its clauses side by side, and the clauses not formalised; A4 landscape for
// the wide matrix. Returns an error message (English), empty on success.
std::string writeDocxReport(std::ostream& out, const ReportData& data, Language language);

}  // namespace rasoat::report
