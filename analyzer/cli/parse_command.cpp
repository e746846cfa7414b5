#include "cli/parse_command.h"

#include <iostream>

#include <fmt/format.h>

#include "cli/help_text.h"
#include "cli/output_target.h"
#include "report/json_findings.h"
#include "report/json_output.h"
#include "report/terminal_text.h"
#include "syntax/tree_json.h"

namespace rasoat::cli {

namespace {

struct ParseOptions {
  std::vector<std::string> files;
  std::string format = "json";
  std::string output;
};

void printSummaryLine(std::ostream& out, const syntax::Document& document, Language language) {
  const syntax::UnitCounts counts = syntax::countUnits(document.root);
  const std::string number = document.header.number ? document.header.number->text : "-";
  const std::string title = document.title ? document.title->text : "";
  out << report::terminalSafe(document.path) << "  [" << report::terminalSafe(number) << "]  "
      << report::terminalSafe(title) << "\n";
  if (language == Language::vi) {
    out << fmt::format("    {} chương, {} mục, {} điều, {} khoản, {} điểm, {} căn cứ, {} tham chiếu\n", counts.chapters,
                       counts.sections, counts.articles, counts.clauses, counts.points, document.bases.size(),
                       counts.references);
  } else {
    out << fmt::format("    {} chapters, {} sections, {} articles, {} clauses, {} points, {} bases, {} references\n",
                       counts.chapters, counts.sections, counts.articles, counts.clauses, counts.points,
                       document.bases.size(), counts.references);
  }
}

void printTotals(std::ostream& out, const std::vector<syntax::Document>& documents, Language language) {
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
  out << fmt::format(fmt::runtime(format), documents.size(), total.chapters, total.articles, total.clauses,
                     total.points, bases);
}

int runParse(const ParseOptions& options, const CommonOptions& common) {
  Session session(common);
  OutputTarget output(session.language());
  if (!output.open(options.output, options.files)) return kUsageOrInputError;
  std::ostream& out = output.stream();
  std::vector<syntax::Document> documents;
  std::vector<const text::SourceText*> sources;
  for (const std::string& path : options.files) {
    if (auto* document = session.workspace().open(path, driver::Depth::tree, driver::Role::checked)) {
      documents.push_back(std::move(document->tree));
      sources.push_back(document->source);
    }
  }
  if (options.format == "summary") {
    for (const auto& document : documents) printSummaryLine(out, document, session.language());
    printTotals(out, documents, session.language());
  } else if (!documents.empty()) {
    auto treeJson = [&](std::size_t index) {
      nlohmann::ordered_json tree = syntax::toJson(documents[index]);
      if (!sources[index]->readingNotes().empty())
        tree["readingNotes"] = report::readingNotesJson(sources[index]->readingNotes(), session.language());
      return tree;
    };
    nlohmann::ordered_json json;
    if (options.files.size() == 1) {
      json = treeJson(0);
    } else {
      json = nlohmann::ordered_json::array();
      for (std::size_t index = 0; index < documents.size(); ++index) json.push_back(treeJson(index));
    }
    report::writeJson(out, json);
  }
  session.printDiagnostics();
  if (!output.finish(!session.hadInputError())) return kUsageOrInputError;
  return session.exitStatus();
}

}  // namespace

void addParseCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand("parse", say(common, "In cây cú pháp của quy chế (JSON hoặc tóm tắt)",
                                                      "Print the syntax tree of regulations as JSON (or a summary)"));
  command->add_option("files", options->files, say(common, "Các tệp quy chế", "Regulation files"))->required();
  command
      ->add_option("--format", options->format,
                   say(common, "json (mặc định) hoặc summary", "json (default) or summary"))
      ->check(CLI::IsMember({"json", "summary"}));
  command->add_option("--output,-o", options->output,
                      say(common, "Ghi vào tệp này (trọn vẹn hoặc không ghi) thay cho đầu ra chuẩn",
                          "Write to this file (whole or not at all) instead of stdout"));
  command->callback([options, &common, &status] { status = runParse(*options, common); });
}

}  // namespace rasoat::cli
