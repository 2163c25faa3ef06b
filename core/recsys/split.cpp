// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/split.h"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace omni::recsys {

namespace {

// The users that get evaluation cases: all, or a seeded sample of maxEvaluationUsers.
std::vector<bool> evaluatedUsers(int32_t userCount, const SplitOptions& options)
{
    std::vector<bool> chosen(static_cast<size_t>(userCount), options.maxEvaluationUsers <= 0);
    if (options.maxEvaluationUsers <= 0 || options.maxEvaluationUsers >= userCount) {
        chosen.assign(chosen.size(), true);
        return chosen;
    }
    std::vector<UserIndex> users(static_cast<size_t>(userCount));
    for (UserIndex user = 0; user < userCount; ++user)
        users[static_cast<size_t>(user)] = user;
    std::mt19937_64 rng(options.seed);
    // A partial Fisher-Yates shuffle: the first maxEvaluationUsers are a uniform sample.
    for (int i = 0; i < options.maxEvaluationUsers; ++i) {
        std::uniform_int_distribution<int> pick(i, userCount - 1);
        std::swap(users[static_cast<size_t>(i)], users[static_cast<size_t>(pick(rng))]);
        chosen[static_cast<size_t>(users[static_cast<size_t>(i)])] = true;
    }
    return chosen;
}

UserSequence prefix(const UserSequence& sequence, size_t length)
{
    UserSequence part;
    part.items.assign(sequence.items.begin(), sequence.items.begin() + static_cast<std::ptrdiff_t>(length));
    part.times.assign(sequence.times.begin(), sequence.times.begin() + static_cast<std::ptrdiff_t>(length));
    part.weights.assign(sequence.weights.begin(), sequence.weights.begin() + static_cast<std::ptrdiff_t>(length));
    return part;
}

std::vector<ItemIndex> items(const UserSequence& sequence, size_t from, size_t to)
{
    return {sequence.items.begin() + static_cast<std::ptrdiff_t>(from),
            sequence.items.begin() + static_cast<std::ptrdiff_t>(to)};
}

void leaveOneOut(const InteractionData& data, const std::vector<bool>& evaluated, Split& split)
{
    for (UserIndex user = 0; user < data.userCount(); ++user) {
        const UserSequence& sequence = data.sequences[static_cast<size_t>(user)];
        const size_t n = sequence.size();
        if (n < 3) {
            split.train.sequences.push_back(sequence);
            continue;
        }
        split.train.sequences.push_back(prefix(sequence, n - 2));
        if (!evaluated[static_cast<size_t>(user)])
            continue;
        split.validation.push_back({user, items(sequence, 0, n - 2), {sequence.items[n - 2]}});
        split.test.push_back({user, items(sequence, 0, n - 1), {sequence.items[n - 1]}});
    }
}

// The time below which the given share of all interactions lies.
int64_t cutTime(std::vector<int64_t>& times, double share)
{
    if (times.empty())
        return 0;
    const size_t index = std::min(times.size() - 1, static_cast<size_t>(share * static_cast<double>(times.size())));
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(index), times.end());
    return times[index];
}

void temporal(const InteractionData& data, const std::vector<bool>& evaluated, Split& split)
{
    const SplitOptions& options = split.options;
    if (!(options.trainShare > 0 && options.validationShare >= 0 &&
          options.trainShare + options.validationShare < 1))
        throw std::invalid_argument("temporal split: the training and validation shares must be positive and "
                                    "leave room for a test period");
    std::vector<int64_t> times;
    times.reserve(static_cast<size_t>(data.interactionCount()));
    for (const UserSequence& sequence : data.sequences)
        times.insert(times.end(), sequence.times.begin(), sequence.times.end());
    split.validationCut = cutTime(times, options.trainShare);
    split.testCut = std::max(split.validationCut, cutTime(times, options.trainShare + options.validationShare));

    for (UserIndex user = 0; user < data.userCount(); ++user) {
        const UserSequence& sequence = data.sequences[static_cast<size_t>(user)];
        // Sequences are in time order, so each period is a contiguous run.
        const auto timesBegin = sequence.times.begin();
        const size_t trainEnd = static_cast<size_t>(
            std::lower_bound(timesBegin, sequence.times.end(), split.validationCut) - timesBegin);
        const size_t validationEnd =
            static_cast<size_t>(std::lower_bound(timesBegin, sequence.times.end(), split.testCut) - timesBegin);
        split.train.sequences.push_back(prefix(sequence, trainEnd));
        // Without any earlier interaction there is nothing to recommend from.
        if (!evaluated[static_cast<size_t>(user)] || trainEnd == 0)
            continue;
        if (validationEnd > trainEnd)
            split.validation.push_back({user, items(sequence, 0, trainEnd), items(sequence, trainEnd, validationEnd)});
        if (sequence.size() > validationEnd)
            split.test.push_back(
                {user, items(sequence, 0, validationEnd), items(sequence, validationEnd, sequence.size())});
    }
}

} // namespace

const char* splitKindName(SplitKind kind) { return kind == SplitKind::Temporal ? "temporal" : "leave_one_out"; }

bool parseSplitKind(const std::string& name, SplitKind& kind)
{
    if (name == "leave_one_out" || name == "loo")
        kind = SplitKind::LeaveOneOut;
    else if (name == "temporal")
        kind = SplitKind::Temporal;
    else
        return false;
    return true;
}

Split splitInteractions(const InteractionData& data, const SplitOptions& options)
{
    Split split;
    split.options = options;
    split.train.data = &data;
    split.train.sequences.reserve(data.sequences.size());
    const std::vector<bool> evaluated = evaluatedUsers(data.userCount(), options);
    if (options.kind == SplitKind::LeaveOneOut)
        leaveOneOut(data, evaluated, split);
    else
        temporal(data, evaluated, split);
    return split;
}

} // namespace omni::recsys
