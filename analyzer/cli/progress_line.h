#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>

#include "base/localized_text.h"

namespace rasoat::cli {

// The progress of a run on stderr, rewritten in place: "đang đọc văn bản (2.1
// giây)" while the documents are read, then "đã kiểm tra 12/42 văn bản (3.4
// giây)". Shown only when stderr is a terminal (nothing of it in a pipe or a
// file) and only after the run has lasted a second (RASOAT_PROGRESS_AFTER_MS
// sets another wait); erased when the object goes (before the findings are
// printed) and before any other message on stderr (clearForMessage).
class ProgressLine {
 public:
  explicit ProgressLine(Language language);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Thread-safe: called by the threads that check documents.
  void update(std::size_t done, std::size_t total);

  // Erases the line of the progress shown now, if any, so that a message
  // written to stderr starts at the beginning of a line. Call before writing.
  static void clearForMessage();

 private:
  void tick();
  void draw();
  void erase();

  Language language_;
  bool terminal_;
  std::chrono::milliseconds quietFor_;
  std::chrono::steady_clock::time_point started_;
  std::atomic<std::size_t> done_{0};
  std::atomic<std::size_t> total_{0};
  bool shown_ = false;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread ticker_;
};

}  // namespace rasoat::cli
