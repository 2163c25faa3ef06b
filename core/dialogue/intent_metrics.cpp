// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/intent_metrics.h"

namespace omni::dialogue {

IntentMetrics computeIntentMetrics(const std::vector<std::pair<Intent, Intent>>& expectedPredicted)
{
    IntentMetrics metrics;
    for (const auto& [expected, predicted] : expectedPredicted) {
        ++metrics.confusion[static_cast<size_t>(expected)][static_cast<size_t>(predicted)];
        ++metrics.total;
        metrics.correct += expected == predicted;
    }
    metrics.accuracy = metrics.total > 0 ? static_cast<double>(metrics.correct) / metrics.total : 0.0;
    double f1Sum = 0;
    int withSupport = 0;
    for (Intent intent : allIntents()) {
        const auto c = static_cast<size_t>(intent);
        PerIntentMetrics row;
        row.intent = intent;
        const int truePositives = metrics.confusion[c][c];
        for (size_t other = 0; other < static_cast<size_t>(kIntentCount); ++other) {
            row.support += metrics.confusion[c][other];
            row.predicted += metrics.confusion[other][c];
        }
        row.precision = row.predicted > 0 ? static_cast<double>(truePositives) / row.predicted : 0.0;
        row.recall = row.support > 0 ? static_cast<double>(truePositives) / row.support : 0.0;
        row.f1 = row.precision + row.recall > 0 ? 2 * row.precision * row.recall / (row.precision + row.recall) : 0.0;
        if (row.support > 0) {
            f1Sum += row.f1;
            ++withSupport;
        }
        metrics.perIntent.push_back(row);
    }
    metrics.macroF1 = withSupport > 0 ? f1Sum / withSupport : 0.0;
    return metrics;
}

} // namespace omni::dialogue
