#include "cli/progress_line.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace rasoat::cli {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kQuietFor = std::chrono::seconds(1);
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

}  // namespace

ProgressLine::ProgressLine(Language language)
    : language_(language), terminal_(isatty(STDERR_FILENO) == 1), started_(Clock::now()) {}

ProgressLine::~ProgressLine() {
  // Erase the line, so that the findings and the summary start clean.
  if (shown_) std::fputs("\r\x1b[2K", stderr);
}

void ProgressLine::update(std::size_t done, std::size_t total) {
  if (!terminal_) return;
  const auto now = Clock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  if (now - started_ < kQuietFor || (shown_ && now - lastShown_ < kRedrawEvery && done < total)) return;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  const std::string line =
      language_ == Language::vi
          ? fmt::format("\r\x1b[2Kđã kiểm tra {}/{} văn bản ({:.1f} giây)", done, total, seconds)
          : fmt::format("\r\x1b[2Kchecked {}/{} documents ({:.1f} s)", done, total, seconds);
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  shown_ = true;
  lastShown_ = now;
}

}  // namespace rasoat::cli
