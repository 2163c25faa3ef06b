// SPDX-License-Identifier: GPL-3.0-or-later
// Turning catalogue fields into ItemFeatures: title words and price bands.
#pragma once

#include "recsys/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace omni::recsys {

// Lower-case ASCII words of at least two characters, without common English stop words and
// without pure numbers, sorted and unique. Non-ASCII bytes (e.g. a Chinese title) split words.
std::vector<std::string> titleTokens(std::string_view title);

// The price band (0 .. kPriceBands-1) of every price: quantiles of the catalogue's own prices, so
// "band 4" means "among the dearest fifth of this shop". Prices <= 0 (unknown) get -1.
std::vector<int> priceBands(const std::vector<double>& prices);

} // namespace omni::recsys
