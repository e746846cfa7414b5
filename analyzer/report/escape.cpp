#include "report/escape.h"

namespace rasoat::report {

namespace {

bool isDroppedControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}

// Shared by the two Markdown forms; `lineBreak` replaces a newline. Each
// character is HTML-escaped or backslash-escaped, never both: "&#39;" must
// stay an entity, not become "&\#39;".
std::string markdown(std::string_view text, std::string_view lineBreak) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '#':
        out += '\\';
        out += c;
        break;
      case '\n': out += lineBreak; break;
      default: out += escapeHtml(std::string_view(&c, 1));
    }
  }
  return out;
}

}  // namespace

std::string escapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (!isDroppedControl(static_cast<unsigned char>(c))) out += c;
    }
  }
  return out;
}

std::string escapeMarkdownCell(std::string_view text) {
  return markdown(text, "<br>");
}

std::string escapeMarkdown(std::string_view text) {
  return markdown(text, "\n");
}

std::string escapeCsvField(std::string_view text) {
  std::string field(text);
  const bool formula = !field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '@' ||
                                          (field[0] == '-' && field.size() > 1 && field[1] != ' '));
  if (formula) field.insert(field.begin(), '\'');
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace rasoat::report

namespace rasoat::report {

std::string xmlSafeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t' && c != '\n') || byte == 0x7f) continue;
    out += c;
  }
  return out;
}

}  // namespace rasoat::report
