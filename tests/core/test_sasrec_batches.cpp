// SPDX-License-Identifier: GPL-3.0-or-later
// SASRec's training batches: every user once per epoch, rows of next-item targets right-aligned
// in a batch only as wide as its longest row, negatives never from the user's own items.
#include "check.h"

#include "recsys/sasrec_batches.h"

#include <algorithm>
#include <set>

using namespace omni;
using namespace omni::recsys;

namespace {

std::vector<UserSequence> sequencesOf(const std::vector<std::vector<ItemIndex>>& items)
{
    std::vector<UserSequence> sequences;
    for (const auto& list : items) {
        UserSequence sequence;
        for (size_t t = 0; t < list.size(); ++t)
            sequence.push(list[t], static_cast<int64_t>(t), 1.0f);
        sequences.push_back(sequence);
    }
    return sequences;
}

} // namespace

OMNI_TEST(one_row_holds_the_next_item_targets_right_aligned)
{
    const std::vector<UserSequence> sequences = sequencesOf({ { 4, 7, 9 }, { 1, 2, 3, 5, 8 } });
    BatchingOptions options;
    options.maxLength = 3;
    options.batchSize = 8;
    options.negativesPerPosition = 2;
    const SequenceBatcher batcher(sequences, 10, options);
    store::sample::Rng rng(1);
    SequenceBatch batch;
    batcher.fill({ 0, 1 }, rng, batch);
    OMNI_CHECK_EQ(batch.rows, int64_t { 2 });
    OMNI_CHECK_EQ(batch.width, int64_t { 3 }); // user 1 has 4 transitions, cut to the newest 3
    // Tokens are item + 1, 0 pads on the left.
    const std::vector<int64_t> tokens = { 0, 5, 8, 3, 4, 6 };
    OMNI_CHECK(batch.tokens == tokens);
    const std::vector<int64_t> positions = { 1, 2, 3, 4, 5 };
    OMNI_CHECK(batch.positions == positions);
    const std::vector<int64_t> targets = { 8, 10, 4, 6, 9 };
    OMNI_CHECK(batch.targets == targets);
    OMNI_CHECK_EQ(batch.negatives.size(), size_t { 10 });
    for (size_t i = 0; i < batch.negatives.size(); ++i) {
        const int64_t token = batch.negatives[i];
        const auto& own = sequences[i < 4 ? 0 : 1].items; // 2 positions x 2 negatives for user 0
        OMNI_CHECK(token >= 1 && token <= 10);
        OMNI_CHECK(std::find(own.begin(), own.end(), static_cast<ItemIndex>(token - 1)) == own.end());
    }
    OMNI_CHECK_EQ(batcher.positionsPerEpoch(), int64_t { 5 });
}

OMNI_TEST(an_epoch_has_every_user_once_in_narrow_batches)
{
    std::vector<std::vector<ItemIndex>> items;
    store::sample::Rng lengths(3);
    for (int u = 0; u < 100; ++u) {
        std::vector<ItemIndex> list;
        const int length = static_cast<int>(lengths.between(1, 60)); // some users have one item only
        for (int t = 0; t < length; ++t)
            list.push_back(static_cast<ItemIndex>((u + t) % 50));
        items.push_back(list);
    }
    const std::vector<UserSequence> sequences = sequencesOf(items);
    BatchingOptions options;
    options.maxLength = 40;
    options.batchSize = 16;
    const SequenceBatcher batcher(sequences, 50, options);
    store::sample::Rng rng(9);
    const auto plan = batcher.planEpoch(rng);
    std::multiset<int32_t> seen;
    int64_t cells = 0, positions = 0;
    SequenceBatch batch;
    for (const auto& users : plan) {
        OMNI_CHECK(users.size() <= 16);
        seen.insert(users.begin(), users.end());
        batcher.fill(users, rng, batch);
        cells += batch.rows * batch.width;
        positions += static_cast<int64_t>(batch.positions.size());
    }
    OMNI_CHECK_EQ(seen.size(), batcher.trainableUsers());
    for (int32_t user : seen) {
        OMNI_CHECK_EQ(seen.count(user), size_t { 1 });
        OMNI_CHECK(sequences[static_cast<size_t>(user)].size() >= 2);
    }
    OMNI_CHECK_EQ(positions, batcher.positionsPerEpoch());
    // Grouping by length keeps padding small: random batches of these lengths waste about half.
    OMNI_CHECK(static_cast<double>(positions) / static_cast<double>(cells) > 0.8);

    // Another epoch draws another order.
    const auto second = batcher.planEpoch(rng);
    OMNI_CHECK(second != plan);
}
