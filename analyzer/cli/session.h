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

// One run of a command: the sources it loaded, the diagnostics they raised,
// and how input errors are reported (a message naming the file, exit 2).
class Session {
 public:
  explicit Session(CommonOptions options);

  // Loads a file; on an input error prints it and returns null.
  const text::SourceText* load(const std::string& path);
  const text::SourceText* find(const std::string& path) const;
  // Loads the lexicon (the shipped one when `directory` is empty); on an error
  // prints it, naming the file and line, and returns nothing.
  std::optional<model::Lexicon> loadLexicon(const std::string& directory);
  std::optional<checks::RulePacks> loadRulePacks();
  // Loads a corpus file that was not asked for: a failure is a warning, not an input error.
  const text::SourceText* loadQuietly(const std::string& path);
  bool colour() const { return colour_; }
  // Reports an input error found after loading (a missing base document, ...): exit status 2.
  void inputError(const InputError& error) { reportInputError(error, true); }
  const Limits& limits() const { return options_.limits; }

  DiagnosticSink& sink() { return sink_; }
  Language language() const { return language_; }
  bool hadInputError() const { return inputErrors_ > 0; }

  // Prints the diagnostics collected so far to stderr, sorted.
  void printDiagnostics() const;
  // 2 after an input error, 1 when a diagnostic reaches `failOn`, else 0.
  int exitStatus(Severity failOn = Severity::error) const;

 private:
  const text::SourceText* read(const std::string& path);
  void reportInputError(const InputError& error, bool withColumn);

  CommonOptions options_;
  Language language_;
  bool colour_;
  int inputErrors_ = 0;
  std::map<std::string, std::unique_ptr<text::SourceText>> sources_;
  DiagnosticSink sink_;
};

}  // namespace rasoat::cli
