#include "cli/progress_line.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

namespace rasoat::cli {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kQuietFor = std::chrono::milliseconds(1000);
constexpr auto kRedrawEvery = std::chrono::milliseconds(200);

// The progress line on the terminal now (one run at a time).
std::atomic<ProgressLine*> active{nullptr};

// How long a run stays quiet before its progress is drawn: a second, or what
// RASOAT_PROGRESS_AFTER_MS says (the tests set 0: how long a run lasts
// depends on the machine, what the line looks like must not).
std::chrono::milliseconds quietFor() {
  const char* setting = std::getenv("RASOAT_PROGRESS_AFTER_MS");
  if (!setting || !*setting) return kQuietFor;
  char* end = nullptr;
  const long value = std::strtol(setting, &end, 10);
  if (*end != '\0' || value < 0) return kQuietFor;
  return std::chrono::milliseconds(value);
}

}  // namespace

ProgressLine::ProgressLine(Language language)
    : language_(language), terminal_(isatty(STDERR_FILENO) == 1), quietFor_(quietFor()), started_(Clock::now()) {
  if (!terminal_) return;
  active = this;
  ticker_ = std::thread([this] { tick(); });
}

ProgressLine::~ProgressLine() {
  if (!terminal_) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    erase();
  }
  wake_.notify_all();
  ticker_.join();
  active = nullptr;
}

void ProgressLine::update(std::size_t done, std::size_t total) {
  total_ = total;
  done_ = done;
}

void ProgressLine::clearForMessage() {
  ProgressLine* line = active;
  if (!line) return;
  std::lock_guard<std::mutex> lock(line->mutex_);
  line->erase();
}

void ProgressLine::tick() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (wake_.wait_for(lock, quietFor_, [this] { return stopping_; })) return;
  while (!stopping_) {
    draw();
    wake_.wait_for(lock, kRedrawEvery, [this] { return stopping_; });
  }
}

// Under the mutex.
void ProgressLine::draw() {
  const double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  const std::size_t total = total_, done = done_;
  std::string text;
  if (total == 0)
    text = language_ == Language::vi ? fmt::format("đang đọc văn bản ({:.1f} giây)", seconds)
                                     : fmt::format("reading the documents ({:.1f} s)", seconds);
  else
    text = language_ == Language::vi ? fmt::format("đã kiểm tra {}/{} văn bản ({:.1f} giây)", done, total, seconds)
                                     : fmt::format("checked {}/{} documents ({:.1f} s)", done, total, seconds);
  std::fputs(("\r\x1b[2K" + text).c_str(), stderr);
  std::fflush(stderr);
  shown_ = true;
}

// Under the mutex.
void ProgressLine::erase() {
  if (!shown_) return;
  std::fputs("\r\x1b[2K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace rasoat::cli
