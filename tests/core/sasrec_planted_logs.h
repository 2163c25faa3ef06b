// SPDX-License-Identifier: GPL-3.0-or-later
// Small planted interaction logs and training settings for the SASRec tests: orders that only a
// sequential model can learn (the next item follows from the last one, or from the one before).
#pragma once

#include "recsys/interaction_data.h"
#include "recsys/training.h"
#include "recsys/training_set.h"
#include "store/sample/random.h"

#include <memory>
#include <string>
#include <vector>

namespace omni::test {

using recsys::ItemIndex;

// A log whose sequences follow a rule, with its InteractionData and TrainingSet.
struct PlantedLog {
    recsys::InteractionData data;
    recsys::TrainingSet train;


    PlantedLog(int32_t items, const std::vector<std::vector<ItemIndex>>& sequences)
    {
        for (int32_t i = 0; i < items; ++i)
            data.itemKeys.push_back("i" + std::to_string(i));
        for (size_t u = 0; u < sequences.size(); ++u) {
            data.userKeys.push_back("u" + std::to_string(u));
            recsys::UserSequence sequence;
            for (size_t t = 0; t < sequences[u].size(); ++t)
                sequence.push(sequences[u][t], static_cast<int64_t>(t), 1.0f);
            data.sequences.push_back(sequence);
        }
        data.sourceId = "planted";
        train.data = &data;
        train.sequences = data.sequences;
    }
};

// Item i is always followed by item i + 1 (mod items): every item is equally popular, and each is
// followed by exactly one item, which depends only on the LAST item.
inline std::unique_ptr<PlantedLog> successorLog(int32_t items = 30, int users = 240)
{
    store::sample::Rng rng(7);
    std::vector<std::vector<ItemIndex>> sequences;
    for (int u = 0; u < users; ++u) {
        const auto start = static_cast<ItemIndex>(rng.below(static_cast<uint64_t>(items)));
        const int length = static_cast<int>(rng.between(6, 14));
        std::vector<ItemIndex> sequence;
        for (int t = 0; t < length; ++t)
            sequence.push_back((start + t) % items);
        sequences.push_back(sequence);
    }
    return std::make_unique<PlantedLog>(items, sequences);
}

// Triples (trigger t, random filler, partner of t): after "t, filler" comes t's partner, so the
// prediction depends on the item BEFORE the last one. Triggers are items 0..9, partners 10..19
// (partner of t = t + 10), fillers 20..39.
constexpr int32_t kTriggers = 10;
constexpr int32_t kSkipItems = 40;

inline ItemIndex partnerOf(ItemIndex trigger)
{
    return trigger + kTriggers;
}

inline std::unique_ptr<PlantedLog> skipLog(int users = 300)
{
    store::sample::Rng rng(11);
    std::vector<std::vector<ItemIndex>> sequences;
    for (int u = 0; u < users; ++u) {
        std::vector<ItemIndex> sequence;
        const int triples = static_cast<int>(rng.between(2, 4));
        for (int t = 0; t < triples; ++t) {
            const auto trigger = static_cast<ItemIndex>(rng.below(kTriggers));
            sequence.push_back(trigger);
            sequence.push_back(static_cast<ItemIndex>(20 + rng.below(20)));
            sequence.push_back(partnerOf(trigger));
        }
        sequences.push_back(sequence);
    }
    return std::make_unique<PlantedLog>(kSkipItems, sequences);
}

// A small, quick, deterministic SASRec training (one thread, no early stopping).
inline recsys::TrainOptions smallOptions(int epochs)
{
    recsys::TrainOptions options;
    recsys::Hyperparameters& hyper = options.hyper;
    hyper.dimension = 32;
    hyper.blocks = 2;
    hyper.heads = 1;
    hyper.maxLength = 12;
    hyper.dropout = 0.1;
    hyper.learningRate = 0.01;
    hyper.batchSize = 64;
    hyper.epochs = epochs;
    hyper.seed = 3;
    options.device = runtime::DevicePreference::Cpu;
    options.cpuThreads = 1; // deterministic sums, and the tests share two cores
    options.patience = 0;
    return options;
}

} // namespace omni::test
