#include <string>
#include <string_view>

#include "model/clause_reader.h"
#include "model/model_builder.h"
#include "support.h"
#include "targets.h"
#include "text/utf8.h"

namespace rasoat::fuzz {

// One clause as the model builder hands it to the reader: valid UTF-8 (the
// normaliser has checked it), one line (wrapped lines are joined with a space),
// at most kMaxClauseBytes. Every such text is read without crashing.
void clauseBody(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.size() > model::kMaxClauseBytes || text::firstInvalidUtf8(bytes)) return;
  if (bytes.find_first_of("\r\n") != std::string_view::npos) return;
  static const model::ClauseReader reader(shippedLexicon());
  const model::ClauseReading reading = reader.read(std::string(bytes));
  for (const auto& element : reading.elements) {
    requireThat(!text::firstInvalidUtf8(element.text), "an element's text is valid UTF-8");
  }
}

}  // namespace rasoat::fuzz
