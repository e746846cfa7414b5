#pragma once

#include <optional>
#include <string>

namespace rasoat::input {

// How a document with tracked changes is read: with every change accepted
// (the default: the text the drafters are heading for) or as the original
// before the changes (`--original`).
struct ReadOptions {
  bool original = false;
  // Only the changes of this author accepted, every other change rejected
  // (`rasoat comments`: one reviewer's proposals apart from the others'; ""
  // for changes that name no author). Overrides `original`.
  std::optional<std::string> onlyAuthor = std::nullopt;

  // Whether a tracked change by `author` is taken into the text read.
  bool accepts(const std::string& author) const { return onlyAuthor ? *onlyAuthor == author : !original; }
};

}  // namespace rasoat::input
