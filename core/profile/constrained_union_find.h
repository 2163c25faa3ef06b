// SPDX-License-Identifier: GPL-3.0-or-later
// Union-find over accounts with "cannot link" pairs: an analyst's split keeps two accounts apart
// however many automatic rules would join them, even through a chain of other accounts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace omni::profile {

class ConstrainedUnionFind {
public:
    enum class Outcome { Joined, AlreadyTogether, Forbidden };

    explicit ConstrainedUnionFind(size_t count);

    size_t find(size_t item);
    bool together(size_t a, size_t b) { return find(a) == find(b); }
    // From now on the sets of a and b may never be joined. They must not be together already.
    void forbid(size_t a, size_t b);
    // Joins the sets of a and b unless a forbidden pair would end up in one set.
    Outcome unite(size_t a, size_t b);

private:
    std::vector<uint32_t> parent_;
    std::vector<uint32_t> size_;
    // Set root -> items that no member of the set may join; a split is rare, so this stays small.
    std::unordered_map<uint32_t, std::vector<uint32_t>> forbidden_;
};

} // namespace omni::profile
