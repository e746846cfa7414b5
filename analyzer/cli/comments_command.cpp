#include "cli/comments_command.h"

#include "cli/help_text.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "base/input_error.h"
#include "cli/checked_documents.h"
#include "cli/output_file.h"
#include "report/synthesis_writers.h"
#include "report/terminal_text.h"
#include "review/office_copy.h"
#include "review/reviewed_copy.h"
#include "review/sheet_reader.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

struct CommentsOptions : DocumentInputs {
  std::string draft;
  std::vector<std::string> reviewed;
  std::string output;
  std::string format;  // text | json | md | html | docx | xlsx; empty: from the output's extension
};

const char* const kFormats[] = {"text", "json", "md", "html", "docx", "xlsx"};

std::string lowerExtension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == "htm") return "html";
  if (extension == "markdown") return "md";
  if (extension == "txt") return "text";
  return extension;
}

// The format named by --format, else by the output's extension (text on stdout).
std::string formatOf(const CommentsOptions& options, Language language, std::string& error) {
  if (!options.format.empty()) return options.format;
  if (options.output.empty()) return "text";
  std::string extension = lowerExtension(options.output);
  for (const char* format : kFormats) {
    if (extension == format) return extension;
  }
  error = options.output + (language == Language::en
                                ? ": cannot tell the format from the extension; use .md, .html, .docx, .xlsx, .json "
                                  "or .txt, or --format"
                                : ": không biết ghi theo dạng nào từ phần mở rộng của tên tệp; hãy dùng .md, .html, "
                                  ".docx, .xlsx, .json hoặc .txt, hoặc --format");
  return "";
}

std::string writeSynthesis(const review::Synthesis& synthesis, const std::string& format, Language language,
                           std::ostream& out) {
  if (format == "text") report::writeSynthesisText(synthesis, language, out);
  if (format == "json") report::writeSynthesisJson(synthesis, language, out);
  if (format == "md") report::writeSynthesisMarkdown(synthesis, language, out);
  if (format == "html") report::writeSynthesisHtml(synthesis, language, out);
  if (format == "xlsx") return report::writeSynthesisXlsx(synthesis, language, out);
  if (format == "docx") return report::writeSynthesisDocx(synthesis, language, out);
  return "";
}

// Everything the reviewers sent that could be read, placed on the draft.
struct Gathered {
  std::vector<std::unique_ptr<std::vector<review::ReviewItem>>> sheets;  // stable addresses
  std::vector<std::unique_ptr<review::ReviewedCopy>> copies;
  std::vector<review::PlacedItem> placed;
  std::vector<std::string> skipped;
};

// The files given so far by their bytes: the same file named twice, or a
// byte-identical copy of one, would merge every entry twice.
class SeenFiles {
 public:
  // The earlier file with the same bytes as `path`, else "" (and `path` is remembered).
  std::string duplicateOf(const std::string& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error || size > kMaxCompared) return "";
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) return "";
    for (const auto& [earlier, content] : files_) {
      if (content == bytes) return earlier;
    }
    files_.emplace_back(path, std::move(bytes));
    return "";
  }

 private:
  static constexpr std::uintmax_t kMaxCompared = std::uintmax_t{64} * 1024 * 1024;
  std::vector<std::pair<std::string, std::string>> files_;
};

LocalizedText duplicateWarning(const std::string& earlier) {
  return {"giống hệt " + earlier + " (cùng một tệp hoặc một bản sao): bỏ qua, không gộp hai lần",
          "the same bytes as " + earlier + " (one file given twice, or a copy): skipped, not merged twice"};
}

void printError(const std::string& path, const LocalizedText& message, Language language) {
  std::cerr << report::terminalSafe(path) << ": error: " << report::terminalSafe(message.in(language)) << "\n";
}

void gatherSheet(const std::string& path, const review::SheetHeadings& headings, const review::UnitIndex& index,
                 Gathered& gathered) {
  auto items = std::make_unique<std::vector<review::ReviewItem>>(review::readSheet(path, headings));
  for (const auto& item : *items) {
    const review::IndexedUnit& unit = index.named(item.unitText);
    std::optional<std::string> wording;
    if (item.wording) wording = item.wording->text;
    gathered.placed.push_back(review::PlacedItem{&item, &unit, wording});
  }
  gathered.sheets.push_back(std::move(items));
}

// A reviewed copy: read as a regulation, aligned with the draft; skipped
// (and said) when it is another document. A Word copy gives its comments and
// each author's tracked changes apart. False when it cannot be read.
bool gatherCopy(const std::string& path, Session& session, const syntax::Document& draft,
                const review::UnitIndex& index, Gathered& gathered) {
  const std::size_t errors = session.inputErrors().size();
  const checks::CheckedDocument* copy = session.workspace().open(path, driver::Depth::tree, driver::Role::context);
  if (!copy) {
    // The reason was said on stderr by the session; the table says it too.
    const LocalizedText why = session.inputErrors().size() > errors
                                  ? session.inputErrors().back().message()
                                  : LocalizedText{"không đọc được tệp", "the file cannot be read"};
    gathered.skipped.push_back(path + ": " + why.in(session.language()));
    return false;
  }
  auto read = std::make_unique<review::ReviewedCopy>();
  if (copy->source->documentFormat() == "docx" || copy->source->documentFormat() == "odt") {
    try {
      review::readOfficeCopy(path, draft, index, session.limits(), session.language(), *read);
    } catch (const InputError& failure) {
      printError(failure.path(), failure.message(), session.language());
      gathered.skipped.push_back(path + ": " + failure.message().in(session.language()));
      return false;
    }
  } else {
    review::readCopy(draft, index, copy->tree, path, session.language(), *read);
  }
  if (read->paired < review::kMinimumPaired) {
    const int share = static_cast<int>(read->paired * 100);
    const LocalizedText why{"không phải bản góp ý của dự thảo này (chỉ " + std::to_string(share) +
                                "% điều, khoản khớp với dự thảo): bỏ qua",
                            "not a reviewed copy of this draft (only " + std::to_string(share) +
                                "% of its units align with the draft): skipped"};
    std::cerr << report::terminalSafe(path) << ": warning: " << report::terminalSafe(why.in(session.language()))
              << "\n";
    gathered.skipped.push_back(path + ": " + why.in(session.language()));
    return true;
  }
  gathered.placed.insert(gathered.placed.end(), read->placed.begin(), read->placed.end());
  gathered.copies.push_back(std::move(read));
  return true;
}

int runComments(CommentsOptions options, CommonOptions common, const CLI::App& app) {
  options.files = {options.draft};
  if (!applyProjectConfig(options, common, app, nullptr)) return kUsageOrInputError;
  std::string error;
  const Language language = common.language == "en" ? Language::en : Language::vi;
  const std::string format = formatOf(options, language, error);
  if (format.empty()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(error) << "\n";
    return kUsageOrInputError;
  }
  if (options.output.empty() && (format == "xlsx" || format == "docx")) {
    std::cerr << "rasoat: error: a ." << format << " table is written to a file: give -o FILE." << format << "\n";
    return kUsageOrInputError;
  }
  Session session(common);
  review::SheetHeadings headings;
  try {
    headings = review::SheetHeadings::loadDefault();
  } catch (const InputError& failure) {
    printError(failure.path(), failure.message(), language);
    return kUsageOrInputError;
  }
  const std::optional<checks::RulePacks> packs = loadCheckInputs(options, session);
  if (!packs) return kUsageOrInputError;
  const checks::CheckedDocument* draft = nullptr;
  for (const auto& document : session.workspace().documents()) {
    if (document->checked && !draft) draft = document.get();
  }
  if (!draft) return kUsageOrInputError;

  // Nothing is written over an input: the draft, the copies, the corpus.
  std::vector<std::string> inputs = inputPaths(options, session.workspace());
  inputs.insert(inputs.end(), options.reviewed.begin(), options.reviewed.end());
  std::unique_ptr<OutputFile> file;
  if (!options.output.empty()) {
    file = std::make_unique<OutputFile>(options.output, inputs);
    if (!file->ok()) {
      std::cerr << "rasoat: error: " << report::terminalSafe(file->message().in(language)) << "\n";
      return kUsageOrInputError;
    }
  }

  const review::UnitIndex index(draft->tree);
  Gathered gathered;
  bool unreadable = false;
  SeenFiles seen;
  for (const auto& path : options.reviewed) {
    if (const std::string earlier = seen.duplicateOf(path); !earlier.empty()) {
      const std::string why = duplicateWarning(earlier).in(language);
      std::cerr << report::terminalSafe(path) << ": warning: " << report::terminalSafe(why) << "\n";
      gathered.skipped.push_back(path + ": " + why);
      continue;
    }
    if (!review::isSheet(path)) {
      if (!gatherCopy(path, session, draft->tree, index, gathered)) unreadable = true;
      continue;
    }
    try {
      gatherSheet(path, headings, index, gathered);
    } catch (const InputError& failure) {
      const std::string line = failure.position() ? ":" + std::to_string(failure.position()->line) : "";
      std::cerr << report::terminalSafe(failure.path()) << line
                << ": error: " << report::terminalSafe(failure.message().in(language)) << "\n";
      gathered.skipped.push_back(path + line + ": " + failure.message().in(language));
      unreadable = true;
    }
  }

  const checks::Selection selection(options.select, options.ignore);
  const review::ProposalChecker checker(*draft, session.workspace().lexicon(), *packs, selection, session.limits());
  review::Synthesis synthesis = review::buildSynthesis(*draft->source, draft->tree, index, gathered.placed, checker);
  synthesis.skipped = gathered.skipped;

  if (file) {
    error = writeSynthesis(synthesis, format, language, file->stream());
    if (error.empty() && !file->commit()) error = file->message().in(language);
  } else {
    std::ostringstream text;
    error = writeSynthesis(synthesis, format, language, text);
    std::cout << text.str();
  }
  if (!error.empty()) {
    std::cerr << "rasoat: error: " << report::terminalSafe(error) << "\n";
    return kUsageOrInputError;
  }
  return unreadable || session.hadInputError() ? kUsageOrInputError : kSuccess;
}

}  // namespace

void addCommentsCommand(CLI::App& app, CommonOptions& common, int& status) {
  auto options = std::make_shared<CommentsOptions>();
  CLI::App* command = app.add_subcommand(
      "comments", say(common,
                      "Tổng hợp, tiếp thu, giải trình ý kiến góp ý dự thảo: mỗi ý kiến dưới đơn vị của nó, mỗi đề xuất "
                      "được kiểm tra",
                      "Synthesis of reviewers' comments on a draft (tổng hợp, tiếp thu, giải trình): each comment "
                      "under its unit, each proposal checked"));
  command->add_option("draft", options->draft, say(common, "Dự thảo đã gửi lấy ý kiến", "The draft sent out"))
      ->required();
  command
      ->add_option(
          "reviewed", options->reviewed,
          say(common,
              "Những gì người góp ý gửi lại: bảng (.csv, .xlsx: đơn vị, ý kiến, người góp ý, đề xuất), "
              "bản Word/OpenDocument (.docx, .odt) có ghi chú và theo dõi thay đổi, hoặc bản dự thảo đã sửa",
              "What reviewers returned: sheets (.csv, .xlsx: unit, comment, reviewer, wording), Word or "
              "OpenDocument copies (.docx, .odt) with comments and tracked changes, or edited copies of the draft"))
      ->required();
  command->add_option("-o,--output", options->output,
                      say(common, "Tệp kết quả; định dạng theo phần mở rộng: .md, .html, .docx, .xlsx, .json, .txt",
                          "Output file; the format follows its extension: .md, .html, .docx, .xlsx, .json, .txt"));
  command
      ->add_option("--format", options->format,
                   say(common, "text (mặc định), json, md, html, docx hoặc xlsx",
                       "text (default), json, md, html, docx or xlsx"))
      ->check(CLI::IsMember({"text", "json", "md", "html", "docx", "xlsx"}));
  addDocumentInputOptions(*command, *options, common);
  command->callback([options, &app, &common, &status] { status = runComments(*options, common, app); });
}

}  // namespace rasoat::cli
