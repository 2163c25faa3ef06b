// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"
#include "store/records.h"

#include <vector>

namespace omni::store {

class ReviewRepository {
public:
    explicit ReviewRepository(const Database& db);

    int64_t insert(const Review& review);
    std::vector<Review> forProduct(int64_t productId) const; // newest first
    int64_t count() const;

private:
    const Database& db_;
    ChannelRepository channels_;
    Statement insert_;
};

} // namespace omni::store
