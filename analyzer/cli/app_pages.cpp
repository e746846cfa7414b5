#include "cli/app_pages.h"

#include <iostream>
#include <set>
#include <sstream>
#include <string_view>
#include <vector>

#include "cli/help_text.h"

namespace rasoat::cli {
namespace {

std::vector<const CLI::App*> commandsOf(const CLI::App& app) {
  std::vector<const CLI::App*> commands;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) commands.push_back(command);
  return commands;
}

// Options a user sees in the help: named, not hidden (CLI11 hides an empty group).
std::vector<const CLI::Option*> visibleOptions(const CLI::App& app, bool positional) {
  return app.get_options([positional](const CLI::Option* option) {
    return !option->get_group().empty() && option->get_positional() == positional;
  });
}

// Text as roff reads it: backslashes and hyphens escaped, no line opening with a dot.
std::string roff(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

std::string optionSpelling(const CLI::Option& option) {
  std::string names;
  for (const std::string& name : option.get_snames()) names += (names.empty() ? "" : ", ") + ("-" + name);
  for (const std::string& name : option.get_lnames()) names += (names.empty() ? "" : ", ") + ("--" + name);
  std::string spelling = "\\fB" + roff(names) + "\\fR";
  if (option.get_type_size() > 0 && !option.get_type_name().empty())
    spelling += " \\fI" + roff(option.get_type_name()) + "\\fR";
  return spelling;
}

void writeOptions(std::ostream& out, const std::vector<const CLI::Option*>& options) {
  for (const CLI::Option* option : options) {
    out << ".TP\n" << optionSpelling(*option) << "\n" << roff(option->get_description()) << "\n";
  }
}

std::string usageOf(const CLI::App& command) {
  std::string usage = "\\fBrasoat " + roff(command.get_name()) + "\\fR [\\fIOPTIONS\\fR]";
  for (const CLI::Option* positional : visibleOptions(command, true)) {
    usage += " \\fI" + roff(positional->get_name(true)) + "\\fR";
    if (positional->get_items_expected_max() > 1) usage += "...";
  }
  return usage;
}

void writeCommand(std::ostream& out, const CLI::App& command) {
  out << ".SS \"rasoat " << roff(command.get_name()) << "\"\n"
      << usageOf(command) << "\n.PP\n"
      << roff(command.get_description()) << "\n";
  writeOptions(out, visibleOptions(command, true));
  writeOptions(out, visibleOptions(command, false));
}

void writeClosingSections(std::ostream& out, const CommonOptions& common, const std::string& rulesDirectory) {
  out << ".SH " << say(common, "MÔI TRƯỜNG", "ENVIRONMENT") << "\n.TP\n\\fBRASOAT_RULES\\fR\n"
      << roff(say(common, "Thư mục quy tắc (lexicon/, checks/, packs/, review/) thay cho thư mục đã cài.",
                  "The rules directory (lexicon/, checks/, packs/, review/) to read instead of the installed one."))
      << "\n.TP\n\\fBNO_COLOR\\fR\n"
      << roff(say(common, "Không tô màu khi --color là auto.", "No colour when --color is auto.")) << "\n";
  out << ".SH " << say(common, "TỆP", "FILES") << "\n.TP\n\\fI" << roff(rulesDirectory) << "\\fR\n"
      << roff(say(common, "Từ vựng, giải thích các mã kiểm tra, bộ quy tắc.",
                  "The lexicon, the checks' explanations and the rule packs."))
      << "\n.TP\n\\fIrasoat.yaml\\fR\n"
      << roff(say(common, "Thiết lập của dự án, tìm trong thư mục của tệp và các thư mục cha.",
                  "Project settings, looked up in the file's directory and above."))
      << "\n";
  out << ".SH " << say(common, "TRẠNG THÁI THOÁT", "EXIT STATUS") << "\n";
  out << ".TP\n0\n" << roff(say(common, "Thành công, không có gì để báo.", "Success, nothing to report.")) << "\n";
  out << ".TP\n1\n"
      << roff(say(common, "Có phát hiện: lỗi cú pháp (parse), phát hiện từ mức --fail-on trở lên (check).",
                  "Findings: syntax errors (parse), a finding at or above --fail-on (check)."))
      << "\n";
  out << ".TP\n2\n"
      << roff(say(common, "Lỗi cách dùng hoặc lỗi đầu vào (tệp không có, không đọc được, quá giới hạn...).",
                  "A usage or input error (a missing or unreadable file, a limit exceeded, ...)."))
      << "\n";
}

}  // namespace

std::string manPage(const CLI::App& app, const CommonOptions& common, const std::string& rulesDirectory) {
  std::ostringstream out;
  out << ".TH RASOAT 1 \"\" \"rasoat " << kVersion << "\" \"rasoat\"\n";
  // The help's title is "rasoat — what it is": the NAME line wants only what it is.
  std::string what = app.get_description();
  if (const auto dash = what.find("— "); dash != std::string::npos) what.erase(0, dash + 4);
  out << ".SH " << say(common, "TÊN", "NAME") << "\nrasoat \\- " << roff(what) << "\n";
  out << ".SH " << say(common, "CÚ PHÁP", "SYNOPSIS") << "\n\\fBrasoat\\fR [\\fI" << say(common, "TÙY CHỌN", "OPTIONS")
      << "\\fR] \\fI" << say(common, "LỆNH", "COMMAND") << "\\fR ...\n";
  out << ".SH " << say(common, "TÙY CHỌN CHUNG", "GLOBAL OPTIONS") << "\n";
  out << roff(say(common, "Đặt trước hoặc sau lệnh.", "Given before or after the command.")) << "\n";
  writeOptions(out, visibleOptions(app, false));
  out << ".SH " << say(common, "CÁC LỆNH", "COMMANDS") << "\n";
  for (const CLI::App* command : commandsOf(app)) writeCommand(out, *command);
  writeClosingSections(out, common, rulesDirectory);
  return out.str();
}

std::string bashCompletion(const CLI::App& app) {
  std::ostringstream out;
  std::string globals;
  for (const CLI::Option* option : visibleOptions(app, false))
    for (const std::string& name : option->get_lnames()) globals += " --" + name;
  std::string commands;
  for (const CLI::App* command : commandsOf(app)) commands += " " + command->get_name();
  out << "# bash completion for rasoat (made by `rasoat --print-bash-completion`)\n"
      << "_rasoat() {\n"
      << "  local current=${COMP_WORDS[COMP_CWORD]} command= word\n"
      << "  for word in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do\n"
      << "    case \" " << commands.substr(1) << " \" in *\" $word \"*) command=$word; break ;; esac\n"
      << "  done\n"
      << "  local options=\"" << globals.substr(globals.empty() ? 0 : 1) << "\"\n"
      << "  case $command in\n";
  for (const CLI::App* command : commandsOf(app)) {
    std::string names;
    for (const CLI::Option* option : visibleOptions(*command, false)) {
      for (const std::string& name : option->get_snames()) names += " -" + name;
      for (const std::string& name : option->get_lnames()) names += " --" + name;
    }
    out << "    " << command->get_name() << ") options=\"$options" << names << "\" ;;\n";
  }
  out << "    '') COMPREPLY=($(compgen -W \"" << commands.substr(1) << " $options\" -- \"$current\")); return ;;\n"
      << "  esac\n"
      << "  if [[ $current == -* ]]; then\n"
      << "    COMPREPLY=($(compgen -W \"$options\" -- \"$current\"))\n"
      << "  else\n"
      << "    COMPREPLY=($(compgen -f -- \"$current\"))\n"
      << "  fi\n"
      << "}\n"
      << "complete -o filenames -F _rasoat rasoat\n";
  return out.str();
}

bool printPageAsked(const CLI::App& app, const CommonOptions& common, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--print-man-page") {
      const bool given = i + 1 < argc && argv[i + 1][0] != '-';
      std::cout << manPage(app, common, given ? argv[i + 1] : "/usr/share/rasoat/rules");
      return true;
    }
    if (word == "--print-bash-completion") {
      std::cout << bashCompletion(app);
      return true;
    }
  }
  return false;
}

}  // namespace rasoat::cli
