#include "cli/help_text.h"

#include <regex>
#include <vector>

#include <fmt/format.h>

namespace rasoat::cli {
namespace {

bool english(const CommonOptions& common) {
  return common.language == "en";
}

// CLI11's own usage errors, in Vietnamese. Each pattern is CLI11 2.x's English
// message (the library's output, not regulation wording); the Vietnamese
// template uses the same captured parts. An error with no pattern keeps its
// detail after a Vietnamese lead.
struct ErrorPattern {
  const char* english;
  const char* vietnamese;
};

const std::vector<ErrorPattern>& errorPatterns() {
  static const std::vector<ErrorPattern> patterns = {
      {R"(^The following arguments? (?:was|were) not expected: (.*)$)", "đối số thừa, không dùng được: $1"},
      {R"(^A subcommand is required$)", "thiếu lệnh"},
      {R"(^(.*) is required$)", "thiếu $1 (bắt buộc)"},
      {R"(^(.*): (.*) not in \{(.*)\}$)", "$1: giá trị '$2' không hợp lệ; chọn một trong: $3"},
      {R"(^Could not convert: (.*) = (.*)$)", "$1: không đọc được giá trị '$2'"},
      {R"(^The value (.*) is not an allowed value for (.*)$)", "$2: giá trị '$1' không hợp lệ"},
      {R"(^Expected exactly (\d+) arguments? to (.*), got (\d+)$)", "$2 cần đúng $1 giá trị, nhận được $3"},
      {R"(^(.*): (\d+) required (.*) missing$)", "$1: thiếu giá trị"},
      {R"(^(.*): Value (.*) not in range (.*)$)", "$1: giá trị $2 nằm ngoài khoảng cho phép $3"},
      {R"(^(.*): Value (.*) could not be converted$)", "$1: không đọc được giá trị '$2'"},
  };
  return patterns;
}

std::string vietnameseError(const std::string& message) {
  for (const auto& pattern : errorPatterns()) {
    const std::regex expression(pattern.english);
    if (std::regex_match(message, expression)) return std::regex_replace(message, expression, pattern.vietnamese);
  }
  return "lỗi cách dùng: " + message;
}

std::vector<std::string> commandNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(command->get_name());
  return names;
}

// The first word of the command line that is neither an option nor an
// option's value: the command the user meant.
std::string commandWord(const CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word.empty() || word.front() != '-') return word;
    if (word.find('=') != std::string::npos) continue;
    const CLI::Option* option = app.get_option_no_throw(word);
    if (option != nullptr && option->get_type_size() > 0) ++i;  // its value
  }
  return "";
}

}  // namespace

std::string languageOfArguments(int argc, const char* const* argv) {
  std::string language = "vi";
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--lang" && i + 1 < argc) language = argv[i + 1];
    if (word.substr(0, 7) == "--lang=") language = std::string(word.substr(7));
  }
  return language == "en" ? "en" : "vi";
}

std::string say(const CommonOptions& common, std::string_view vi, std::string_view en) {
  return std::string(english(common) ? en : vi);
}

void localiseHelp(CLI::App& app, const CommonOptions& common) {
  // Before the help flag: options take the default group when they are made.
  app.option_defaults()->group(say(common, "Tùy chọn", "Options"));
  app.set_help_flag("-h,--help", say(common, "In trợ giúp này rồi thoát", "Print this help message and exit"));
  if (english(common)) return;
  auto formatter = app.get_formatter();
  formatter->label("Usage", "Cách dùng");
  formatter->label("OPTIONS", "TÙY CHỌN");
  formatter->label("SUBCOMMAND", "LỆNH");
  formatter->label("SUBCOMMANDS", "LỆNH");
  formatter->label("Positionals", "Tham số");
  formatter->label("Options", "Tùy chọn");
  formatter->label("Subcommands", "Các lệnh");
  formatter->label("REQUIRED", "BẮT BUỘC");
  formatter->label("TEXT", "CHUỖI");
  formatter->label("UINT", "SỐ");
  formatter->label("INT", "SỐ");
  formatter->label("Needs", "Cần");
  formatter->label("Excludes", "Loại trừ");
}

void addDocumentInputOptions(CLI::App& command, DocumentInputs& inputs, const CommonOptions& common) {
  command
      .add_option("--against", inputs.against,
                  say(common, "Văn bản cấp trên để đối chiếu (ngoài các văn bản được trích dẫn)",
                      "Higher-level documents to check against (besides those cited)"))
      ->allow_extra_args(false);
  command
      .add_option("--corpus", inputs.corpus,
                  say(common, "Thư mục tìm văn bản được trích dẫn (mặc định: thư mục của các tệp)",
                      "Directories where cited documents are looked up (default: the files' directories)"))
      ->allow_extra_args(false);
  command
      .add_option("--select", inputs.select,
                  say(common, "Chỉ các mã hoặc tiền tố này (O001, O, S00), cách nhau bởi dấu phẩy",
                      "Only these codes or prefixes (O001, O, S00), comma-separated"))
      ->delimiter(',')
      ->allow_extra_args(false);
  command
      .add_option("--ignore", inputs.ignore,
                  say(common, "Bỏ qua các mã hoặc tiền tố này, cách nhau bởi dấu phẩy",
                      "Skip these codes or prefixes, comma-separated"))
      ->delimiter(',')
      ->allow_extra_args(false);
  command.add_option("--jobs,-j", inputs.jobs,
                     say(common, "Số văn bản kiểm tra song song (mặc định: bằng số lõi)",
                         "Documents checked in parallel (default: one per core)"));
  command.add_option("--lexicon", inputs.lexiconDirectory,
                     say(common, "Thư mục từ vựng (YAML)", "Directory of lexicon YAML files"));
}

std::string usageErrorMessage(const CLI::App& app, const CLI::ParseError& error, const CommonOptions& common, int argc,
                              const char* const* argv) {
  const std::vector<std::string> names = commandNames(app);
  const std::string listed = fmt::format("{}", fmt::join(names, ", "));
  const std::string word = commandWord(app, argc, argv);
  const bool knownCommand = std::find(names.begin(), names.end(), word) != names.end();
  if (!word.empty() && !knownCommand) {
    return english(common) ? fmt::format("unknown command '{}'; the commands are: {}", word, listed)
                           : fmt::format("không có lệnh '{}'; các lệnh: {}", word, listed);
  }
  const std::string help = knownCommand ? "rasoat " + word + " --help" : "rasoat --help";
  if (word.empty()) {
    return english(common) ? fmt::format("a command is required: {} (see {})", listed, help)
                           : fmt::format("thiếu lệnh: {} (xem {})", listed, help);
  }
  const std::string detail = english(common) ? error.what() : vietnameseError(error.what());
  return english(common) ? fmt::format("{} (see {})", detail, help) : fmt::format("{} (xem {})", detail, help);
}

}  // namespace rasoat::cli
