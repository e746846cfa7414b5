#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace rasoat::fuzz {

// One fuzz target: a plain function over arbitrary bytes, shared by two
// drivers: the libFuzzer entry point (libfuzzer_driver.cpp, RASOAT_FUZZ=ON)
// and the replay test of tests/fuzz/regressions/<name>/ (replay_main.cpp).
// A body returns normally on every input, however hostile; a crash, an
// uncaught exception, a sanitizer report or a broken invariant (requireThat)
// is a bug in the analyser.
struct Target {
  std::string_view name;
  std::string_view covers;
  void (*body)(const std::uint8_t* data, std::size_t size);
  // Loads what the body keeps for the whole process (lexicon, rule packs, the
  // parent regulation) before the first input, so that this one-off cost is
  // not counted in the first input's time limit.
  void (*init)() = nullptr;
};

std::span<const Target> allTargets();
const Target* findTarget(std::string_view name);

// Aborts with a message when an invariant of the analyser's output is broken
// (libFuzzer keeps the input; the replay test fails).
void requireThat(bool condition, const char* what);

// The bodies (one file each).
void normaliserBody(const std::uint8_t* data, std::size_t size);
void layoutBody(const std::uint8_t* data, std::size_t size);
void clauseBody(const std::uint8_t* data, std::size_t size);
void modelBody(const std::uint8_t* data, std::size_t size);
void checkBody(const std::uint8_t* data, std::size_t size);
void wordBody(const std::uint8_t* data, std::size_t size);
void loadLexicon();
void loadCheckInputs();

}  // namespace rasoat::fuzz
