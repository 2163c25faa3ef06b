// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/segments.h"

#include "profile/rfm.h"

namespace omni::recsys {

std::unordered_map<int64_t, std::string> rfmSegments(const store::Store& store)
{
    const std::vector<profile::Segment> byId = profile::segmentsByCustomerId(store);
    std::unordered_map<int64_t, std::string> segments;
    segments.reserve(byId.size());
    for (size_t id = 1; id < byId.size(); ++id) // index 0 is no customer
        segments.emplace(static_cast<int64_t>(id), profile::segmentName(byId[id]));
    return segments;
}

} // namespace omni::recsys
