// SPDX-License-Identifier: GPL-3.0-or-later
// Short review texts in English or Chinese whose tone matches the star rating and whose details
// match the product's category (fit for clothes, battery for electronics, freshness for food).
#pragma once

#include "store/sample/random.h"

#include <string>

namespace omni::store::sample {

struct ReviewContext {
    int rating = 5; // 1..5
    int category = 0; // index into catalogVocabulary()
    bool chinese = true;
    bool returned = false; // the order was sent back
    bool delivered = true; // shipped to the customer (not carried home from the store)
};

std::string reviewText(const ReviewContext& context, Rng& rng);

} // namespace omni::store::sample
