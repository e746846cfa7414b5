#pragma once

namespace rasoat::input {

// How a document with tracked changes is read: with every change accepted
// (the default: the text the drafters are heading for) or as the original
// before the changes (`--original`).
struct ReadOptions {
  bool original = false;
};

}  // namespace rasoat::input
