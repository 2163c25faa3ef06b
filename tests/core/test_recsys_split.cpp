// SPDX-License-Identifier: GPL-3.0-or-later
// Splits: leave-one-out and global temporal, checked on crafted data and, for leakage, on random
// logs: no validation or test interaction (nor anything after it) is ever in the training data.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/split.h"

#include <algorithm>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

OMNI_TEST(leave_one_out_on_crafted_sequences)
{
    const InteractionData data = makeInteractions({{0, 1, 2, 3}, {4, 5}, {5, 6, 7}}, 8);
    const Split split = splitInteractions(data, {});
    OMNI_CHECK(split.train.data == &data);
    OMNI_CHECK_EQ(split.train.userCount(), 3);
    OMNI_CHECK(split.train.sequences[0].items == std::vector<ItemIndex>({0, 1}));
    OMNI_CHECK(split.train.sequences[1].items == std::vector<ItemIndex>({4, 5})); // too short: training only
    OMNI_CHECK(split.train.sequences[2].items == std::vector<ItemIndex>({5}));
    OMNI_CHECK_EQ(split.train.sequences[0].times.size(), 2u);

    OMNI_CHECK_EQ(split.validation.size(), 2u);
    OMNI_CHECK_EQ(split.test.size(), 2u);
    OMNI_CHECK_EQ(split.validation[0].user, 0);
    OMNI_CHECK(split.validation[0].history == std::vector<ItemIndex>({0, 1}));
    OMNI_CHECK(split.validation[0].targets == std::vector<ItemIndex>({2}));
    OMNI_CHECK(split.test[0].history == std::vector<ItemIndex>({0, 1, 2}));
    OMNI_CHECK(split.test[0].targets == std::vector<ItemIndex>({3}));
    OMNI_CHECK_EQ(split.test[1].user, 2);
    OMNI_CHECK(split.test[1].targets == std::vector<ItemIndex>({7}));
    OMNI_CHECK_EQ(split.train.interactionCount(), 5);
}

OMNI_TEST(leave_one_out_never_leaks)
{
    const InteractionData data = randomInteractions(300, 50, 12, 11);
    const Split split = splitInteractions(data, {});
    int64_t held = 0;
    for (size_t c = 0; c < split.test.size(); ++c) {
        const EvaluationCase& test = split.test[c];
        const EvaluationCase& validation = split.validation[c];
        OMNI_CHECK_EQ(test.user, validation.user);
        const UserSequence& full = data.sequences[static_cast<size_t>(test.user)];
        const UserSequence& train = split.train.sequences[static_cast<size_t>(test.user)];
        // Training is a strict prefix that stops before the validation interaction...
        OMNI_CHECK_EQ(train.size() + 2, full.size());
        OMNI_CHECK(std::equal(train.items.begin(), train.items.end(), full.items.begin()));
        // ...and before the times of both held-out interactions.
        for (const int64_t ts : train.times)
            OMNI_CHECK(ts <= full.times[full.size() - 2]);
        OMNI_CHECK(validation.targets[0] == full.items[full.size() - 2]);
        OMNI_CHECK(test.targets[0] == full.items[full.size() - 1]);
        // Histories end right before their targets.
        OMNI_CHECK_EQ(validation.history.size(), full.size() - 2);
        OMNI_CHECK_EQ(test.history.size(), full.size() - 1);
        held += 2;
    }
    OMNI_CHECK_EQ(split.train.interactionCount() + held, data.interactionCount());
}

OMNI_TEST(temporal_split_cuts_in_time)
{
    const InteractionData data = randomInteractions(200, 40, 15, 5);
    SplitOptions options;
    options.kind = SplitKind::Temporal;
    options.trainShare = 0.6;
    options.validationShare = 0.2;
    const Split split = splitInteractions(data, options);
    OMNI_CHECK(split.validationCut > 0);
    OMNI_CHECK(split.testCut >= split.validationCut);
    int64_t beforeCut = 0;
    for (const UserSequence& sequence : data.sequences)
        beforeCut += std::count_if(sequence.times.begin(), sequence.times.end(),
                                   [&](int64_t ts) { return ts < split.validationCut; });
    // Training is exactly everything before the first cut, about 60 % of all interactions.
    OMNI_CHECK_EQ(split.train.interactionCount(), beforeCut);
    const double share = static_cast<double>(beforeCut) / static_cast<double>(data.interactionCount());
    OMNI_CHECK(share > 0.5 && share <= 0.6);
    for (const UserSequence& train : split.train.sequences)
        for (const int64_t ts : train.times)
            OMNI_CHECK(ts < split.validationCut);

    auto checkCases = [&](const std::vector<EvaluationCase>& cases, int64_t from, int64_t to) {
        for (const EvaluationCase& one : cases) {
            const UserSequence& full = data.sequences[static_cast<size_t>(one.user)];
            OMNI_CHECK(!one.history.empty());
            OMNI_CHECK(!one.targets.empty());
            // History then targets are consecutive pieces of the user's sequence: the history's
            // interactions lie before `from`, the targets' in [from, to).
            OMNI_CHECK(std::equal(one.history.begin(), one.history.end(), full.items.begin()));
            for (size_t i = 0; i < one.history.size(); ++i)
                OMNI_CHECK(full.times[i] < from);
            for (size_t i = 0; i < one.targets.size(); ++i) {
                const size_t position = one.history.size() + i;
                OMNI_CHECK(full.items[position] == one.targets[i]);
                OMNI_CHECK(full.times[position] >= from && full.times[position] < to);
            }
        }
    };
    OMNI_CHECK(!split.validation.empty());
    OMNI_CHECK(!split.test.empty());
    checkCases(split.validation, split.validationCut, split.testCut);
    checkCases(split.test, split.testCut, INT64_MAX);
}

OMNI_TEST(temporal_split_rejects_impossible_shares)
{
    const InteractionData data = makeInteractions({{0, 1, 2}}, 3);
    SplitOptions options;
    options.kind = SplitKind::Temporal;
    options.trainShare = 0.9;
    options.validationShare = 0.2;
    OMNI_CHECK_THROWS(splitInteractions(data, options), std::invalid_argument);
}

OMNI_TEST(evaluation_users_are_a_seeded_sample)
{
    const InteractionData data = randomInteractions(500, 30, 10, 3);
    SplitOptions options;
    options.maxEvaluationUsers = 50;
    options.seed = 9;
    const Split a = splitInteractions(data, options);
    const Split b = splitInteractions(data, options);
    options.seed = 10;
    const Split c = splitInteractions(data, options);
    auto users = [](const Split& split) {
        std::vector<UserIndex> list;
        for (const EvaluationCase& one : split.test)
            list.push_back(one.user);
        return list;
    };
    OMNI_CHECK(users(a) == users(b));
    OMNI_CHECK(users(a) != users(c));
    // At most 50 users are drawn; those with fewer than 3 interactions yield no case.
    OMNI_CHECK(a.test.size() <= 50u && a.test.size() > 30u);
    // Training still has every user.
    OMNI_CHECK_EQ(a.train.userCount(), 500);
}
