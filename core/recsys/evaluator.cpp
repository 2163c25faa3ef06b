// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/evaluator.h"

#include "recsys/top_k.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <random>

namespace omni::recsys {

namespace {

constexpr float kMasked = -std::numeric_limits<float>::infinity();

// A case ready to score: its query, its targets after masking, and the items it masks.
struct PreparedCase {
    Query query;
    std::vector<ItemIndex> targets;
};

bool prepare(const EvaluationCase& source, const TrainingSet& train, bool excludeHistory, PreparedCase& prepared)
{
    prepared.query.history = source.history;
    prepared.query.user = source.user;
    prepared.query.segment = train.data ? train.data->segmentOf(source.user) : kNoSegment;
    prepared.targets.clear();
    for (const ItemIndex target : source.targets) {
        const bool known = std::find(prepared.targets.begin(), prepared.targets.end(), target) != prepared.targets.end();
        const bool seen = excludeHistory &&
                          std::find(source.history.begin(), source.history.end(), target) != source.history.end();
        if (!known && !seen)
            prepared.targets.push_back(target);
    }
    return !prepared.targets.empty();
}

// Up to count items drawn uniformly without replacement among those neither masked nor targets.
// The generator is seeded per case, so the draw does not depend on batch sizes or case order.
std::vector<ItemIndex> sampleNegatives(int count, int32_t itemCount, const std::vector<uint8_t>& excluded,
                                       uint64_t seed, const EvaluationCase& source, size_t caseIndex)
{
    int32_t eligible = 0;
    for (const uint8_t out : excluded)
        eligible += out ? 0 : 1;
    std::vector<ItemIndex> negatives;
    if (eligible <= count) {
        for (ItemIndex item = 0; item < itemCount; ++item)
            if (!excluded[static_cast<size_t>(item)])
                negatives.push_back(item);
        return negatives;
    }
    std::seed_seq sequence{static_cast<uint32_t>(seed), static_cast<uint32_t>(seed >> 32),
                           static_cast<uint32_t>(source.user), static_cast<uint32_t>(caseIndex)};
    std::mt19937 rng(sequence);
    std::uniform_int_distribution<ItemIndex> pick(0, itemCount - 1);
    std::vector<uint8_t> taken(excluded);
    while (static_cast<int>(negatives.size()) < count) {
        const ItemIndex item = pick(rng);
        if (taken[static_cast<size_t>(item)])
            continue;
        taken[static_cast<size_t>(item)] = 1;
        negatives.push_back(item);
    }
    return negatives;
}

} // namespace

EvaluationResult evaluate(const Recommender& model, const std::vector<EvaluationCase>& cases,
                          const TrainingSet& train, const EvaluationOptions& options, const runtime::JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    const int32_t items = model.itemCount();
    const std::vector<double> percentiles = popularityPercentiles(train.itemCounts());
    MetricAccumulator full(options.ks, items, percentiles);
    MetricAccumulator sampled(options.ks, items);
    const int maxK = options.ks.empty() ? 0 : *std::max_element(options.ks.begin(), options.ks.end());
    const size_t batch = static_cast<size_t>(std::max(1, options.batchSize));

    EvaluationResult result;
    std::vector<PreparedCase> prepared;
    std::vector<size_t> sourceIndex;
    std::vector<Query> queries;
    std::vector<float> scores;
    std::vector<uint8_t> masked(static_cast<size_t>(items), 0);
    const std::string stage = "evaluating";
    size_t next = 0;
    while (next < cases.size()) {
        job.step(static_cast<int64_t>(next), static_cast<int64_t>(cases.size()), stage);
        prepared.clear();
        sourceIndex.clear();
        for (; next < cases.size() && prepared.size() < batch; ++next) {
            PreparedCase one;
            if (prepare(cases[next], train, options.excludeHistory, one)) {
                prepared.push_back(std::move(one));
                sourceIndex.push_back(next);
            } else {
                ++result.skipped;
            }
        }
        if (prepared.empty())
            continue;
        queries.clear();
        for (const PreparedCase& one : prepared)
            queries.push_back(one.query);
        scores.assign(queries.size() * static_cast<size_t>(items), 0.0f);
        model.scoreBatch(queries.data(), queries.size(), scores.data());

        for (size_t i = 0; i < prepared.size(); ++i) {
            const PreparedCase& one = prepared[i];
            float* row = scores.data() + i * static_cast<size_t>(items);
            if (options.excludeHistory)
                for (const ItemIndex item : one.query.history) {
                    masked[static_cast<size_t>(item)] = 1;
                    row[item] = kMasked;
                }
            full.addCase(rankTargets(row, items, one.targets, masked));
            std::vector<ItemIndex> top;
            for (const ScoredItem& best : topK(row, items, maxK))
                top.push_back(best.item);
            full.addTopList(top);
            if (options.sampledNegatives > 0) {
                std::vector<uint8_t> excluded(masked);
                for (const ItemIndex item : one.query.history)
                    excluded[static_cast<size_t>(item)] = 1; // also when the history is not masked
                for (const ItemIndex target : one.targets)
                    excluded[static_cast<size_t>(target)] = 1;
                const std::vector<ItemIndex> negatives = sampleNegatives(
                    options.sampledNegatives, items, excluded, options.seed, cases[sourceIndex[i]], sourceIndex[i]);
                sampled.addCase(rankTargetsAmong(row, one.targets, negatives));
            }
            for (const ItemIndex item : one.query.history)
                masked[static_cast<size_t>(item)] = 0;
        }
        result.cases += static_cast<int64_t>(prepared.size());
    }
    job.step(static_cast<int64_t>(cases.size()), static_cast<int64_t>(cases.size()), stage);
    result.full = full.result();
    if (options.sampledNegatives > 0)
        result.sampled = sampled.result();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

std::function<double(const Recommender&)> makeValidator(const std::vector<EvaluationCase>& cases,
                                                        const TrainingSet& train, const EvaluationOptions& options,
                                                        const runtime::JobContext& job)
{
    EvaluationOptions validation = options;
    validation.ks = {10};
    validation.sampledNegatives = 0;
    return [&cases, &train, &job, validation](const Recommender& model) {
        const EvaluationResult result = evaluate(model, cases, train, validation, job);
        return result.full.atK.empty() ? 0.0 : result.full.atK.front().ndcg;
    };
}

} // namespace omni::recsys
