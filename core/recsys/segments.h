// SPDX-License-Identifier: GPL-3.0-or-later
// The customer segments the recommenders use for segment popularity: the profile's RFM segments.
#pragma once

#include "store/store.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace omni::recsys {

// Customer id -> RFM segment name ("champions", "at_risk", ... "prospect" for non-buyers).
std::unordered_map<int64_t, std::string> rfmSegments(const store::Store& store);

} // namespace omni::recsys
