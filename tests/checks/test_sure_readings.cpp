// Errors and warnings only from sure readings (docs/check.md, "What a finding rests on").
#include <catch2/catch.hpp>

#include "support/model_helpers.h"

using namespace rasoat::testing;

TEST_CASE("a negation before the power verb is grammar: a prohibition, read and sure", "[checks][sure]") {
  const auto model = clauseModel("Thường trực không quyết định công tác dân vận.");
  REQUIRE(model.provisions.size() == 1);
  CHECK(model.provisions[0].deontic == rasoat::model::Deontic::prohibition);
  CHECK(model.provisions[0].reading.sure);
  CHECK(model.provisions[0].reading.notUnderstood.empty());
  const auto plain = clauseModel("Thường trực quyết định công tác dân vận.");
  REQUIRE(plain.provisions.size() == 1);
  CHECK(plain.provisions[0].reading.sure);
  CHECK(plain.provisions[0].reading.notUnderstood.empty());
}

TEST_CASE("a statement that opens with its negation is read, hence sure", "[checks][sure]") {
  const auto model =
      clauseModel("Không giao cho Thường trực quyết định công tác dân vận.", "Trách nhiệm của Ban Thường vụ");
  for (const auto& provision : model.provisions) CHECK(provision.reading.notUnderstood.empty());
}
