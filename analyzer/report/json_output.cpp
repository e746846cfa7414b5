#include "report/json_output.h"

#include <array>
#include <cstring>
#include <memory>

namespace rasoat::report {

namespace {

// nlohmann's output adapter for a stream, with a buffer: its own
// (output_stream_adapter) calls put() or write() on the stream for every
// piece the serializer writes, a character or a few at a time.
class BufferedStreamAdapter : public nlohmann::detail::output_adapter_protocol<char> {
 public:
  explicit BufferedStreamAdapter(std::ostream& out) : out_(out) {}
  BufferedStreamAdapter(const BufferedStreamAdapter&) = delete;
  BufferedStreamAdapter& operator=(const BufferedStreamAdapter&) = delete;
  BufferedStreamAdapter(BufferedStreamAdapter&&) = delete;
  BufferedStreamAdapter& operator=(BufferedStreamAdapter&&) = delete;
  ~BufferedStreamAdapter() override { flush(); }

  void write_character(char c) override {
    if (used_ == buffer_.size()) flush();
    buffer_[used_++] = c;
  }

  void write_characters(const char* text, std::size_t length) override {
    if (length > buffer_.size() - used_) flush();
    if (length >= buffer_.size()) {
      out_.write(text, static_cast<std::streamsize>(length));
      return;
    }
    std::memcpy(buffer_.data() + used_, text, length);
    used_ += length;
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  std::ostream& out_;
  std::array<char, 1 << 16> buffer_{};
  std::size_t used_ = 0;
};

}  // namespace

void writeJson(std::ostream& out, const nlohmann::ordered_json& json) {
  auto adapter = std::make_shared<BufferedStreamAdapter>(out);
  {
    nlohmann::detail::serializer<nlohmann::ordered_json> serializer(adapter, ' ',
                                                                    nlohmann::ordered_json::error_handler_t::replace);
    // What dump(2, ' ', false, replace) does, into the adapter.
    serializer.dump(json, true, false, 2);
  }
  adapter->flush();
  out << '\n';
}

}  // namespace rasoat::report
