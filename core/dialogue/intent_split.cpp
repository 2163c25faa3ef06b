// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/intent_split.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <utility>

namespace omni::dialogue::detail {

namespace {

// Indices of the examples per (intent, language), each group shuffled by the seed; groups in a
// fixed order (std::map), so the split depends only on the examples and the seed.
std::vector<std::vector<size_t>> shuffledGroups(const std::vector<IntentExample>& examples, uint64_t seed)
{
    std::map<std::pair<int, std::string>, std::vector<size_t>> groups;
    for (size_t i = 0; i < examples.size(); ++i)
        groups[{static_cast<int>(examples[i].intent), examples[i].lang}].push_back(i);
    std::mt19937_64 rng(seed ^ 0x5EEDCA11B4A7E5ull);
    std::vector<std::vector<size_t>> out;
    for (auto& [key, members] : groups) {
        std::shuffle(members.begin(), members.end(), rng);
        out.push_back(std::move(members));
    }
    return out;
}

} // namespace

CalibrationSplit splitForCalibration(const std::vector<IntentExample>& examples, double share, uint64_t seed)
{
    CalibrationSplit split;
    std::vector<bool> heldOut(examples.size(), false);
    if (share > 0)
        for (const std::vector<size_t>& group : shuffledGroups(examples, seed)) {
            const auto n = static_cast<long>(group.size());
            const long take = std::min(n - 1, std::lround(share * static_cast<double>(n)));
            for (long k = 0; k < take; ++k)
                heldOut[group[static_cast<size_t>(k)]] = true;
        }
    for (size_t i = 0; i < examples.size(); ++i)
        (heldOut[i] ? split.calibration : split.training).push_back(examples[i]);
    return split;
}

std::vector<int> stratifiedFolds(const std::vector<IntentExample>& examples, int folds, uint64_t seed)
{
    std::vector<int> fold(examples.size(), 0);
    if (folds < 1)
        return fold;
    int next = 0;
    for (const std::vector<size_t>& group : shuffledGroups(examples, seed))
        for (size_t index : group) {
            fold[index] = next;
            next = (next + 1) % folds;
        }
    return fold;
}

} // namespace omni::dialogue::detail
