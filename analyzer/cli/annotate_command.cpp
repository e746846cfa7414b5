#include "cli/annotate_command.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "base/input_error.h"
#include "checks/runner.h"
#include "cli/checked_documents.h"
#include "cli/help_text.h"
#include "cli/output_file.h"
#include "input/format.h"
#include "report/docx_comments.h"
#include "report/finding_positions.h"
#include "report/fingerprint.h"
#include "report/odt_comments.h"
#include "report/report_words.h"
#include "report/terminal_text.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

struct AnnotateOptions : DocumentInputs {
  std::string draft;
  std::string output;
  std::string minSeverity = "info";
};

Severity severityOf(const std::string& name) {
  if (name == "error") return Severity::error;
  if (name == "warning") return Severity::warning;
  return Severity::info;
}

// The lower-case extension of a path, without the dot.
std::string extensionOf(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

// Why a file cannot be annotated: comments need a Word or OpenDocument file's paragraphs.
LocalizedText notAnnotated(input::Format format) {
  if (format == input::Format::text) {
    return {
        "annotate thêm ghi chú vào tệp Word (.docx) hoặc LibreOffice (.odt); một tệp văn bản (.qc, .txt) không "
        "chứa được ghi chú: dùng rasoat check",
        "annotate adds comments to a Word (.docx) or LibreOffice (.odt) file; a text file (.qc, .txt) cannot hold "
        "comments: use rasoat check"};
  }
  if (format == input::Format::pdf || format == input::Format::doc) {
    return {"annotate chỉ ghi tệp .docx hoặc .odt: hãy dùng bản .docx của văn bản (một tệp .doc: lưu thành .docx)",
            "annotate writes .docx and .odt files only: use the .docx of the document (a .doc: save it as .docx)"};
  }
  return {"annotate chỉ ghi tệp .docx hoặc .odt; tệp này là " + std::string(input::formatName(format)),
          "annotate writes .docx and .odt files only; this file is " + std::string(input::formatName(format))};
}

struct Draft {
  std::string bytes;  // empty: the reader will say why the file cannot be read
  input::Format format = input::Format::docx;
};

// The draft's bytes, as the reader will read them; nothing (the error said)
// when it is not a file annotate can give back with comments, or when the
// output would be of the other format (an .odt annotated as .odt, a .docx as .docx).
std::optional<Draft> readDraft(const std::string& path, const std::string& output, Session& session) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    session.inputError(InputError(path, {"annotate nhận một tệp .docx hoặc .odt, không phải thư mục",
                                         "annotate takes one .docx or .odt file, not a directory"}));
    return std::nullopt;
  }
  const auto size = fs::file_size(path, error);
  const Limits& limits = session.limits();
  if (!error && size > std::max(limits.maxFileBytes, limits.maxDocumentBytes)) return Draft{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Draft{};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  Draft draft{std::move(buffer).str(), input::Format::docx};
  draft.format = input::detectFormat(draft.bytes);
  if (draft.format != input::Format::docx && draft.format != input::Format::odt) {
    session.inputError(InputError(path, notAnnotated(draft.format)));
    return std::nullopt;
  }
  const std::string kind(input::formatName(draft.format));
  const std::string other = draft.format == input::Format::docx ? "odt" : "docx";
  // "-o x.pdf" would hold a Word package under a name that says otherwise.
  if (extensionOf(output) != kind) {
    session.inputError(InputError(
        output, {fmt::format("tệp vào là .{0}: bản có ghi chú cũng là .{0} (-o TỆP.{0}); muốn .{1} thì lưu tệp vào "
                             "thành .{1} trước; rasoat không ghi ra dạng khác",
                             kind, other),
                 fmt::format("the input is a .{0}: the annotated copy is a .{0} too (-o FILE.{0}); for a .{1}, save "
                             "the input as .{1} first; rasoat writes no other format",
                             kind, other)}));
    return std::nullopt;
  }
  return draft;
}

// The findings of the checks on the draft, located (unit, paragraph) as check reports them.
std::vector<Diagnostic> draftFindings(const AnnotateOptions& options, const checks::RulePacks& packs,
                                      Session& session) {
  const auto& documents = session.workspace().documents();
  const checks::Selection selection(options.select, options.ignore);
  checks::runChecksInParallel(documents, session.workspace().lexicon(), packs, selection, session.sink(),
                              threadCount(options.jobs), nullptr, nullptr);
  std::vector<Diagnostic> findings = selectedFindings(session, selection);
  report::locateFindings(
      findings,
      [&documents](const std::string& path) -> const syntax::Document* {
        for (const auto& document : documents) {
          if (document->tree.path == path) return &document->tree;
        }
        return nullptr;
      },
      [&session](const std::string& path) { return session.find(path); });
  return findings;
}

// "Điều 7 khoản 2"; another document's clause with its file name; a paragraph when no unit holds it.
std::string relatedUnit(const RelatedLocation& related, const std::string& draftPath, const Session& session) {
  std::string unit;
  for (const auto& document : session.workspace().documents()) {
    if (document->tree.path == related.path) unit = report::unitPathAt(document->tree.root, related.range.begin.line);
  }
  const bool vi = session.language() == Language::vi;
  if (unit.empty() && related.range.begin.line > 0) {
    const text::SourceText* source = session.find(related.path);
    const int paragraph = source ? source->paragraphOfLine(related.range.begin.line) : 0;
    const bool document = source && !source->documentFormat().empty();
    if (paragraph > 0)
      unit = fmt::format("{} {}", document ? (vi ? "đoạn" : "paragraph") : (vi ? "dòng" : "line"), paragraph);
  }
  if (related.path == draftPath) return unit;
  const std::string file = fs::path(related.path).filename().string();
  return unit.empty() ? file : file + ", " + unit;
}

// One comment per finding on the draft that check reports (rasoat.yaml
// `accept:` and --baseline leave theirs out) from --min-severity; the
// findings commented in `annotated`. Nothing after an error, which is said.
std::optional<std::vector<report::WordComment>> commentsOnDraft(const AnnotateOptions& options,
                                                                const checks::RulePacks& packs,
                                                                const std::string& draftPath, Session& session,
                                                                std::vector<Diagnostic>& annotated) {
  const report::FindingIdentities identities(session.workspace().documents());
  const std::optional<TriagedFindings> triaged =
      acceptFindings(options.accepting, draftFindings(options, packs, session), identities,
                     inputPaths(options, session.workspace()), session.language());
  if (!triaged) return std::nullopt;
  const Severity least = severityOf(options.minSeverity);
  std::vector<report::WordComment> comments;
  for (const Diagnostic& finding : triaged->reported) {
    if (finding.severity == Severity::note) continue;  // said on stderr, not a comment
    if (finding.path != draftPath || static_cast<int>(finding.severity) > static_cast<int>(least)) continue;
    comments.push_back(report::findingComment(finding, session.language(), [&](const RelatedLocation& related) {
      return relatedUnit(related, draftPath, session);
    }));
    annotated.push_back(finding);
  }
  return comments;
}

// Whether the draft still has the bytes read at first: the comments go on
// the paragraphs of the text that was checked.
bool unchangedSince(const std::string& path, const std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream now;
  now << in.rdbuf();
  return in && std::move(now).str() == bytes;
}

void printSummary(const std::string& draft, const std::string& output, const std::vector<Diagnostic>& annotated,
                  Language language) {
  int counts[3] = {0, 0, 0};
  for (const auto& finding : annotated) ++counts[static_cast<int>(finding.severity)];
  const LocalizedText line{fmt::format("{}: {} ghi chú ({} lỗi, {} cảnh báo, {} thông tin) ghi vào {}", draft,
                                       annotated.size(), counts[0], counts[1], counts[2], output),
                           fmt::format("{}: {} comments ({} errors, {} warnings, {} infos) written to {}", draft,
                                       annotated.size(), counts[0], counts[1], counts[2], output)};
  std::cerr << report::terminalSafe(line.in(language)) << "\n";
}

int runAnnotate(AnnotateOptions options, CommonOptions common, const CLI::App& app) {
  options.files = {options.draft};
  if (!applyProjectConfig(options, common, app, nullptr)) return kUsageOrInputError;
  Session session(common);
  const std::optional<Draft> given = readDraft(options.draft, options.output, session);
  if (!given) return kUsageOrInputError;
  const std::optional<checks::RulePacks> packs = loadCheckInputs(options, session);
  if (!packs || given->bytes.empty()) return kUsageOrInputError;
  // Refused before the checks run: the output is never the draft, nor any document read.
  auto file = std::make_unique<OutputFile>(options.output, inputPaths(options, session.workspace()));
  if (!file->ok()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(file->message().in(session.language())) << "\n";
    return kUsageOrInputError;
  }
  const checks::CheckedDocument* draft = nullptr;
  for (const auto& document : session.workspace().documents()) {
    if (document->checked && !draft) draft = document.get();
  }
  if (!draft) return kUsageOrInputError;
  const std::string draftPath = draft->source->path();

  // How the file was read (tracked changes accepted or not) is said, not commented.
  for (const LocalizedText& note : draft->source->readingNotes()) {
    std::cerr << report::terminalSafe(draftPath) << ": note: " << report::terminalSafe(note.in(session.language()))
              << "\n";
  }
  std::vector<Diagnostic> annotated;
  const std::optional<std::vector<report::WordComment>> comments =
      commentsOnDraft(options, *packs, draftPath, session, annotated);
  if (!comments) return kUsageOrInputError;
  if (session.hadInputError()) return kUsageOrInputError;

  if (!unchangedSince(options.draft, given->bytes)) {
    session.inputError(InputError(draftPath, {"tệp thay đổi trong khi đang kiểm tra; hãy chạy lại",
                                              "the file changed while it was checked; run again"}));
    return kUsageOrInputError;
  }
  try {
    const report::CommentAuthor author{"rasoat", "RS", report::commentDateNow()};
    file->stream() << (given->format == input::Format::odt
                           ? report::annotateOdt(draftPath, given->bytes, *comments, author, session.limits())
                           : report::annotateDocx(draftPath, given->bytes, *comments, author, session.limits()));
  } catch (const InputError& error) {
    session.inputError(error);
    return kUsageOrInputError;
  }
  if (!file->commit()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(file->message().in(session.language())) << "\n";
    return kUsageOrInputError;
  }
  printSummary(draftPath, options.output, annotated, session.language());
  return kSuccess;
}

}  // namespace

void addAnnotateCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<AnnotateOptions>();
  CLI::App* command = app.add_subcommand(
      "annotate",
      say(common,
          "Ghi các phát hiện vào bản Word (.docx, hoặc .odt) thành ghi chú (comment) trên đoạn của từng khoản; văn "
          "bản giữ nguyên",
          "Write the findings into the Word file (.docx, or .odt) as comments on the paragraph of each clause; the "
          "text is left as it is"));
  command
      ->add_option("draft", options->draft,
                   say(common, "Bản dự thảo .docx (hoặc .odt)", "The draft, a .docx (or .odt) file"))
      ->required();
  command
      ->add_option("--output,-o", options->output,
                   say(common, "Bản có ghi chú, cùng định dạng (trọn vẹn hoặc không ghi; không được trùng tệp vào)",
                       "The annotated copy, in the same format (whole or not at all; never the input)"))
      ->required();
  command
      ->add_option("--min-severity,--severity", options->minSeverity,
                   say(common, "Ghi chú cho phát hiện từ mức: info (mặc định: mọi phát hiện), warning, error",
                       "Comment on findings from this severity: info (default: every finding), warning, error"))
      ->check(CLI::IsMember({"error", "warning", "info"}));
  addDocumentInputOptions(*command, *options, common);
  command->add_option("--baseline", options->accepting.baseline,
                      say(common, "Không ghi chú các phát hiện đã có trong tệp baseline này",
                          "No comment on the findings recorded in this baseline file"));
  command->callback([options, &app, &common, &status] { status = runAnnotate(*options, common, app); });
}

}  // namespace rasoat::cli
