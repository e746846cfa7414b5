#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic_sink.h"
#include "base/input_error.h"
#include "base/limits.h"
#include "checks/check.h"
#include "driver/reporter.h"
#include "driver/workspace.h"
#include "model/lexicon.h"
#include "report/text_diagnostics.h"
#include "text/source_text.h"

namespace rasoat::cli {

// Exit statuses of every command.
enum ExitStatus { kSuccess = 0, kFindings = 1, kUsageOrInputError = 2 };

// Options every command shares.
struct CommonOptions {
  std::string language = "vi";
  std::string colour = "auto";  // auto | always | never
  Limits limits;                // --max-* options and rasoat.yaml `limits:`
  input::ReadOptions reading;   // --original: documents with tracked changes read before the changes
};

// One run of a command: its workspace (the documents it read, through the
// driver, and the diagnostics they raised) and how what the workspace says is
// printed: input errors as a message naming the file (exit 2), warnings and
// notes about the corpus on stderr.
class Session : public driver::Reporter {
 public:
  explicit Session(CommonOptions options);

  driver::Workspace& workspace() { return workspace_; }
  const driver::Workspace& workspace() const { return workspace_; }
  const text::SourceText* find(const std::string& path) const { return workspace_.find(path); }
  // Loads the lexicon (the shipped one when `directory` is empty); on an error
  // prints it, naming the file and line, and returns nothing.
  std::optional<model::Lexicon> loadLexicon(const std::string& directory);
  std::optional<checks::RulePacks> loadRulePacks();
  // Whether text written to `fd` is coloured: --color always/never, else
  // (auto) only on a terminal, never when NO_COLOR is set or TERM is "dumb".
  bool colourFor(int fd) const;
  // driver::Reporter: printed on stderr; an input error makes the exit status 2.
  void inputError(const InputError& error) override { reportInputError(error, true); }
  void warning(const std::string& path, const LocalizedText& message) override;
  void note(const std::string& path, const LocalizedText& message) override;
  const Limits& limits() const { return options_.limits; }

  DiagnosticSink& sink() { return workspace_.sink(); }
  Language language() const { return language_; }
  bool hadInputError() const { return inputErrors_ > 0; }
  // The input errors said so far, in order: a batch report lists the files
  // it could not read.
  const std::vector<InputError>& inputErrors() const { return errors_; }

  // Prints the diagnostics collected so far to stderr, sorted.
  void printDiagnostics() const;
  // 2 after an input error, 1 when a diagnostic reaches `failOn`, else 0.
  int exitStatus(Severity failOn = Severity::error) const;

 private:
  void reportInputError(const InputError& error, bool withColumn);

  CommonOptions options_;
  Language language_;
  int inputErrors_ = 0;
  std::vector<InputError> errors_;
  driver::Workspace workspace_;
};

}  // namespace rasoat::cli
