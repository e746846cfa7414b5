#include "cli/amendment_inputs.h"

#include <filesystem>

#include "amend/consolidate.h"
#include "amend/reader.h"
#include "base/input_error.h"
#include "syntax/layout_parser.h"
#include "text/matching.h"

namespace rasoat::cli {

namespace {

namespace fs = std::filesystem;

std::string numberOf(const syntax::Document& document) {
  return document.header.number ? document.header.number->text : "";
}

// Reads the instructions and applies them; the consolidated text is made a
// source of its own so that it parses and checks like any regulation.
std::unique_ptr<AmendedRegulation> consolidate(Session& session, const text::SourceText& base,
                                               const text::SourceText& amending, syntax::Document amendingTree) {
  auto result = std::make_unique<AmendedRegulation>();
  result->base = &base;
  result->amending = &amending;
  result->amendingTree = std::move(amendingTree);
  result->amendment = amend::readAmendment(amending, result->amendingTree, session.sink());
  if (result->amendment.instructions.empty()) {
    session.inputError(
        InputError(amending.path(), {"không tìm thấy câu lệnh sửa đổi, bổ sung, bãi bỏ nào trong văn bản",
                                     "no amending instruction found in the document"}));
    return nullptr;
  }
  auto consolidation = std::make_shared<amend::Consolidation>(amend::consolidate(base, result->amendment));
  try {
    result->consolidated = std::make_unique<text::SourceText>(
        text::SourceText::fromBytes(amend::consolidatedPath(amending.path()), consolidation->text()));
  } catch (const InputError& error) {
    session.inputError(InputError(amending.path(), error.message()));
    return nullptr;
  }
  result->consolidation = std::move(consolidation);
  return result;
}

}  // namespace

void AmendedRegulation::remap(Diagnostic& diagnostic) const {
  const std::string path = consolidated ? consolidated->path() : "";
  auto move = [&](std::string& where, Range& range) {
    if (where != path) return;
    const auto begin = consolidation->originOf(range.begin);
    if (!begin) return;
    const auto end = consolidation->originOf(range.end);
    where = begin->first;
    const Position from = begin->second;
    range = Range{from, end && end->first == where && end->second >= from ? end->second : from};
  };
  move(diagnostic.path, diagnostic.range);
  for (auto& related : diagnostic.related) move(related.path, related.range);
}

std::optional<AmendmentInputs> resolveAmendmentInputs(Session& session, const std::vector<std::string>& files) {
  struct Input {
    std::string path;
    const text::SourceText* source;
    syntax::Document tree;
    bool amending;
    bool used = false;
  };
  std::vector<Input> inputs;
  for (const auto& path : files) {
    const text::SourceText* source = session.load(path);
    if (!source) continue;
    DiagnosticSink ignored;
    syntax::Document tree = syntax::parseLayout(*source, ignored);
    // An amending document has instructions; a new full text titled "(sửa đổi, bổ sung)" has none.
    const bool amending =
        amend::isAmendingDocument(tree) && !amend::readAmendment(*source, tree, ignored).instructions.empty();
    inputs.push_back(Input{path, source, std::move(tree), amending});
  }
  AmendmentInputs result;
  bool ok = true;
  for (auto& input : inputs) {
    if (!input.amending) continue;
    const std::string wanted = amend::amendedNumber(input.tree);
    Input* base = nullptr;
    std::vector<Input*> regulations;
    std::string both;  // two inputs carry the number: which one is in force cannot be told
    for (auto& other : inputs) {
      if (&other == &input || other.amending) continue;
      regulations.push_back(&other);
      if (wanted.empty() || text::matchKey(numberOf(other.tree)) != text::matchKey(wanted)) continue;
      if (base) both = base->path + ", " + other.path;
      base = &other;
    }
    if (!both.empty()) {
      session.inputError(InputError(
          input.path, {"hai tệp cùng mang số " + wanted + " (" + both + "); chỉ đưa vào quy chế đang có hiệu lực",
                       "two files carry number " + wanted + " (" + both + "); give only the regulation in force"}));
      ok = false;
      continue;
    }
    // A draft that names no number amends the one regulation given with it.
    if (!base && wanted.empty() && regulations.size() == 1) base = regulations.front();
    if (!base) {
      if (wanted.empty()) {
        session.inputError(InputError(input.path, {"văn bản sửa đổi, bổ sung không nêu số hiệu quy chế được sửa đổi; "
                                                   "hãy đưa kèm đúng một tệp quy chế đang có hiệu lực",
                                                   "the amending document names no number for the regulation it "
                                                   "amends; give exactly one regulation in force with it"}));
        ok = false;
        continue;
      }
      session.inputError(InputError(
          input.path, {"văn bản sửa đổi, bổ sung Quy chế số " + wanted +
                           " nhưng văn bản đó không có trong các tệp được đưa vào; hãy đưa cả tệp quy chế số " + wanted,
                       "the document amends regulation " + wanted +
                           ", which is not among the files given; give that regulation's file as well"}));
      ok = false;
      continue;
    }
    base->used = true;
    syntax::Document tree = syntax::parseLayout(*input.source, session.sink());
    auto amended = consolidate(session, *base->source, *input.source, std::move(tree));
    if (!amended) {
      ok = false;
      continue;
    }
    result.amended.push_back(std::move(amended));
  }
  for (const auto& input : inputs) {
    if (!input.amending && !input.used) result.regulations.push_back(input.path);
  }
  if (!ok) return std::nullopt;
  return result;
}

std::unique_ptr<AmendedRegulation> amendRegulation(Session& session, const std::string& basePath,
                                                   const std::string& amendingPath) {
  const text::SourceText* base = session.load(basePath);
  const text::SourceText* amending = session.load(amendingPath);
  if (!base || !amending) return nullptr;
  DiagnosticSink ignored;
  const syntax::Document baseTree = syntax::parseLayout(*base, ignored);
  syntax::Document tree = syntax::parseLayout(*amending, session.sink());
  if (!amend::isAmendingDocument(tree)) {
    session.inputError(
        InputError(amendingPath, {"không phải văn bản sửa đổi, bổ sung: tiêu đề cần có dạng \"Sửa đổi, bổ "
                                  "sung một số điều của Quy chế làm việc số ...\"",
                                  "not an amending document: its title should read \"Sửa đổi, bổ sung "
                                  "một số điều của Quy chế làm việc số ...\""}));
    return nullptr;
  }
  const std::string wanted = amend::amendedNumber(tree);
  const std::string have = numberOf(baseTree);
  if (!wanted.empty() && !have.empty() && text::matchKey(wanted) != text::matchKey(have)) {
    session.inputError(InputError(
        amendingPath, {"văn bản sửa đổi Quy chế số " + wanted + ", nhưng " + basePath + " là văn bản số " + have,
                       "the document amends regulation " + wanted + ", but " + basePath + " is number " + have}));
    return nullptr;
  }
  return consolidate(session, *base, *amending, std::move(tree));
}

}  // namespace rasoat::cli
