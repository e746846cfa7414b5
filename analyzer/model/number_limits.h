#pragma once

#include <optional>

#include "base/limits.h"
#include "base/localized_text.h"
#include "model/model.h"

namespace rasoat::model {

// A number that is over the limits on magnitude or decimal places, and the
// message that says which ("10^400 tỷ đồng", "0,0000000001").
struct NumberOverLimit {
  LocalizedText message;
};

std::optional<NumberOverLimit> numberOverLimits(const Quantity& quantity, const Limits& limits);
std::optional<NumberOverLimit> numberOverLimits(const Provision& provision, const Limits& limits);
std::optional<NumberOverLimit> numberOverLimits(const Parameter& parameter, const Limits& limits);

}  // namespace rasoat::model
