#include <catch2/catch.hpp>

#include "support/model_helpers.h"

// Found by the hostile inputs: an article heading without a title made the
// clause reader hand ANTLR an empty token list, which aborted the process.
TEST_CASE("articles and clauses with no text are read without error", "[model][hostile]") {
  const auto model = rasoat::testing::modelOf(
      "Chương I\nĐiều 1.\nĐiều 2.\n1.\na)\nĐiều 3. A\n1. Ban Thường vụ quyết định công tác dân vận.\n");
  CHECK(model.provisions.size() == 1);
  CHECK(model.formalisedCount() == 1);
}
