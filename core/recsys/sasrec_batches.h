// SPDX-License-Identifier: GPL-3.0-or-later
// Training batches for SASRec, built on the CPU as plain vectors (no torch here).
//
// Each user's sequence becomes one row: the inputs are its items but the last, the targets the
// items one step later (predict the next item at every position), left-padded with 0 to the
// batch's width. Tokens are item index + 1 (0 is padding).
//
// Speed: an epoch's users are grouped into batches of similar length, and a batch is only as wide
// as its longest row, so a batch of short histories costs a fraction of a 200-wide one (attention
// grows with width squared). The model masks padded keys, so grouping changes which rows share a
// batch, never what a row computes. A little noise on the sort key and a shuffled batch order keep
// the batches from being the same every epoch.
#pragma once

#include "recsys/interaction_data.h"
#include "store/sample/random.h"

#include <cstdint>
#include <vector>

namespace omni::recsys {

struct SequenceBatch {
    int64_t rows = 0;
    int64_t width = 0;
    std::vector<int64_t> tokens; // rows x width, left-padded with 0
    std::vector<int64_t> positions; // flat indices (row * width + column) of the inputs that have a next item
    std::vector<int64_t> targets; // the next item's token, one per position
    std::vector<int64_t> negatives; // negativesPerPosition tokens per position, none of them in the user's sequence
};

struct BatchingOptions {
    int maxLength = 200;
    int batchSize = 128;
    int negativesPerPosition = 1; // 0 for the full-softmax loss
    bool groupByLength = true;
};

class SequenceBatcher {
public:
    // sequences must outlive the batcher. Users with fewer than two items have nothing to learn.
    SequenceBatcher(const std::vector<UserSequence>& sequences, int32_t itemCount, BatchingOptions options);

    // The users of one epoch, each once, split into batches.
    std::vector<std::vector<int32_t>> planEpoch(store::sample::Rng& rng) const;
    // Fills batch (reusing its buffers) with the rows of users.
    void fill(const std::vector<int32_t>& users, store::sample::Rng& rng, SequenceBatch& batch) const;

    size_t trainableUsers() const { return users_.size(); }
    // Positions with a target over all users: the number of predictions one epoch trains.
    int64_t positionsPerEpoch() const;

private:
    int64_t rowLength(int32_t user) const;
    int64_t sampleNegative(int32_t user, store::sample::Rng& rng) const;

    const std::vector<UserSequence>& sequences_;
    int32_t itemCount_;
    BatchingOptions options_;
    std::vector<int32_t> users_;
    std::vector<std::vector<int32_t>> sortedItems_; // per user: its distinct items, sorted (negatives avoid them)
};

} // namespace omni::recsys
