// Document-level facts of the model: number, kind, level, organisation, date,
// term, citations.
#include <filesystem>

#include <fmt/format.h>

#include "model/model_builder.h"
#include "text/matching.h"

namespace rasoat::model {

namespace {

bool contains(const std::string& haystack, const char* needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

Level levelOfOrganisation(const std::string& name) {
  const std::string key = " " + text::matchKey(name) + " ";
  if (contains(key, " chi bộ ")) return Level::cell;
  if (contains(key, " phường ") || contains(key, " xã ") || contains(key, " thị trấn ") || contains(key, " đặc khu ")) {
    return Level::commune;
  }
  if (contains(key, " quận ") || contains(key, " huyện ") || contains(key, " thị xã ") || contains(key, " quận ủy ") ||
      contains(key, " huyện ủy ") || contains(key, " thị ủy ")) {
    return Level::district;
  }
  if (contains(key, " tỉnh ") || contains(key, " thành phố ") || contains(key, " tỉnh ủy ") ||
      contains(key, " thành ủy ")) {
    return Level::province;
  }
  if (contains(key, " trung ương ")) return Level::central;
  return Level::unknown;
}

void fillDocumentInfo(const syntax::Document& document, DocumentModel& model) {
  model.path = document.path;
  model.number =
      document.header.number ? document.header.number->text : std::filesystem::path(document.path).filename().string();
  const std::string title = document.title ? text::matchKey(document.title->text) : "";
  model.kind = contains(title, "sửa đổi") || contains(title, "bổ sung") ? DocumentKind::amendment
               : contains(title, "mẫu")                                 ? DocumentKind::modelRegulation
               : document.title && document.title->kind == "Quy chế"    ? DocumentKind::regulation
                                                                        : DocumentKind::other;
  model.organisation = document.title ? document.title->committee : "";
  model.level = levelOfOrganisation(model.organisation);
  if (model.level == Level::unknown && !document.header.organisations.empty()) {
    model.level = levelOfOrganisation(document.header.organisations.back());
  }
  if (document.header.date) {
    const auto& date = *document.header.date;
    model.date = fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
  }
  if (document.title) {
    model.termFrom = document.title->termFrom;
    model.termTo = document.title->termTo;
  }
  for (const auto& basis : document.bases) {
    if (basis.number)
      model.cites.push_back(Citation{basis.number->text, basis.kind, basis.range});
    else if (basis.kind == "Điều lệ Đảng")
      model.cites.push_back(Citation{"Điều lệ Đảng", basis.kind, basis.range});
  }
}

}  // namespace rasoat::model
