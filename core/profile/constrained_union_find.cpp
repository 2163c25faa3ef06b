// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/constrained_union_find.h"

#include <numeric>
#include <utility>

namespace omni::profile {

ConstrainedUnionFind::ConstrainedUnionFind(size_t count) : parent_(count), size_(count, 1)
{
    std::iota(parent_.begin(), parent_.end(), 0U);
}

size_t ConstrainedUnionFind::find(size_t item)
{
    uint32_t root = static_cast<uint32_t>(item);
    while (parent_[root] != root)
        root = parent_[root];
    // Path compression keeps later finds near constant time on chains of accounts.
    auto current = static_cast<uint32_t>(item);
    while (parent_[current] != root)
        current = std::exchange(parent_[current], root);
    return root;
}

void ConstrainedUnionFind::forbid(size_t a, size_t b)
{
    forbidden_[static_cast<uint32_t>(find(a))].push_back(static_cast<uint32_t>(b));
    forbidden_[static_cast<uint32_t>(find(b))].push_back(static_cast<uint32_t>(a));
}

ConstrainedUnionFind::Outcome ConstrainedUnionFind::unite(size_t a, size_t b)
{
    auto rootA = static_cast<uint32_t>(find(a));
    auto rootB = static_cast<uint32_t>(find(b));
    if (rootA == rootB)
        return Outcome::AlreadyTogether;
    // forbid() records both directions, so one side's list is enough to check.
    const auto listA = forbidden_.find(rootA);
    const auto listB = forbidden_.find(rootB);
    const bool useA = listA != forbidden_.end() &&
                      (listB == forbidden_.end() || listA->second.size() <= listB->second.size());
    if (useA) {
        for (uint32_t item : listA->second)
            if (find(item) == rootB)
                return Outcome::Forbidden;
    } else if (listB != forbidden_.end()) {
        for (uint32_t item : listB->second)
            if (find(item) == rootA)
                return Outcome::Forbidden;
    }

    if (size_[rootA] < size_[rootB])
        std::swap(rootA, rootB);
    parent_[rootB] = rootA;
    size_[rootA] += size_[rootB];
    if (auto moved = forbidden_.find(rootB); moved != forbidden_.end()) {
        std::vector<uint32_t> items = std::move(moved->second);
        forbidden_.erase(moved);
        auto& target = forbidden_[rootA];
        target.insert(target.end(), items.begin(), items.end());
    }
    return Outcome::Joined;
}

} // namespace omni::profile
