#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <antlr4-runtime.h>

namespace rasoat::syntax {

// The DFA edges one thread has followed, from a state on a symbol (a lexer's
// character class representative, or a parser's token type). DFA states live
// as long as the process (ANTLR keeps them in the static DFA of the generated
// recognizer), so their addresses are stable keys.
//
// Looked up for every character lexed and every token predicted: open
// addressing in a power-of-two table (a multiply and a mask, no division, no
// node per edge), where std::unordered_map cost about a tenth of `rasoat
// parse`. The number of edges is bounded by the states times the symbols of
// the grammars, so the table only grows to that.
class EdgeTable {
 public:
  antlr4::dfa::DFAState* find(const antlr4::dfa::DFAState* from, std::size_t symbol) const {
    for (std::size_t at = slotOf(from, symbol);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[at];
      if (slot.from == nullptr) return nullptr;
      if (slot.from == from && slot.symbol == symbol) return slot.to;
    }
  }

  void set(const antlr4::dfa::DFAState* from, std::size_t symbol, antlr4::dfa::DFAState* to) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    place(from, symbol, to);
  }

 private:
  struct Slot {
    const antlr4::dfa::DFAState* from = nullptr;
    std::size_t symbol = 0;
    antlr4::dfa::DFAState* to = nullptr;
  };

  std::size_t slotOf(const antlr4::dfa::DFAState* from, std::size_t symbol) const {
    const auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(from));
    const std::uint64_t mixed = (bits ^ (symbol * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::size_t>(mixed >> 32) & (slots_.size() - 1);
  }

  void place(const antlr4::dfa::DFAState* from, std::size_t symbol, antlr4::dfa::DFAState* to) {
    for (std::size_t at = slotOf(from, symbol);; at = (at + 1) & (slots_.size() - 1)) {
      Slot& slot = slots_[at];
      if (slot.from == nullptr) {
        slot = Slot{from, symbol, to};
        ++used_;
        return;
      }
      if (slot.from == from && slot.symbol == symbol) {
        slot.to = to;
        return;
      }
    }
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    used_ = 0;
    for (const Slot& slot : old) {
      if (slot.from != nullptr) place(slot.from, slot.symbol, slot.to);
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  std::size_t used_ = 0;
};

}  // namespace rasoat::syntax
