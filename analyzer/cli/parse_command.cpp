#include "cli/parse_command.h"

#include <iostream>

#include <fmt/format.h>

#include "syntax/layout_parser.h"
#include "syntax/tree_json.h"

namespace rasoat::cli {

namespace {

struct ParseOptions {
  std::vector<std::string> files;
  std::string format = "json";
};

void printSummaryLine(const syntax::Document& document, Language language) {
  const syntax::UnitCounts counts = syntax::countUnits(document.root);
  const std::string number = document.header.number ? document.header.number->text : "-";
  const std::string title = document.title ? document.title->text : "";
  std::cout << document.path << "  [" << number << "]  " << title << "\n";
  if (language == Language::vi) {
    std::cout << fmt::format("    {} chương, {} mục, {} điều, {} khoản, {} điểm, {} căn cứ, {} tham chiếu\n",
                             counts.chapters, counts.sections, counts.articles, counts.clauses, counts.points,
                             document.bases.size(), counts.references);
  } else {
    std::cout << fmt::format(
        "    {} chapters, {} sections, {} articles, {} clauses, {} points, {} bases, {} references\n", counts.chapters,
        counts.sections, counts.articles, counts.clauses, counts.points, document.bases.size(), counts.references);
  }
}

void printTotals(const std::vector<syntax::Document>& documents, Language language) {
  syntax::UnitCounts total;
  std::size_t bases = 0;
  for (const auto& document : documents) {
    const auto counts = syntax::countUnits(document.root);
    total.chapters += counts.chapters;
    total.articles += counts.articles;
    total.clauses += counts.clauses;
    total.points += counts.points;
    bases += document.bases.size();
  }
  const char* format = language == Language::vi
                           ? "Tổng: {} văn bản, {} chương, {} điều, {} khoản, {} điểm, {} căn cứ\n"
                           : "Total: {} documents, {} chapters, {} articles, {} clauses, {} points, {} bases\n";
  std::cout << fmt::format(fmt::runtime(format), documents.size(), total.chapters, total.articles, total.clauses,
                           total.points, bases);
}

int runParse(const ParseOptions& options, const CommonOptions& common) {
  Session session(common);
  std::vector<syntax::Document> documents;
  for (const std::string& path : options.files) {
    if (const text::SourceText* source = session.load(path))
      documents.push_back(syntax::parseLayout(*source, session.sink()));
  }
  if (options.format == "summary") {
    for (const auto& document : documents) printSummaryLine(document, session.language());
    printTotals(documents, session.language());
  } else if (!documents.empty()) {
    nlohmann::ordered_json json;
    if (options.files.size() == 1) {
      json = syntax::toJson(documents.front());
    } else {
      json = nlohmann::ordered_json::array();
      for (const auto& document : documents) json.push_back(syntax::toJson(document));
    }
    std::cout << json.dump(2) << "\n";
  }
  session.printDiagnostics();
  return session.exitStatus();
}

}  // namespace

void addParseCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand("parse", "Print the syntax tree of regulations as JSON (or a summary)");
  command->add_option("files", options->files, "Regulation files (.qc)")->required();
  command->add_option("--format", options->format, "json (default) or summary")
      ->check(CLI::IsMember({"json", "summary"}));
  command->callback([options, &common, &status] { status = runParse(*options, common); });
}

}  // namespace rasoat::cli
