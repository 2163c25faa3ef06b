// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring without LibTorch: an utterance has about a hundred n-grams and the network a few
// thousand multiply-adds, so plain loops answer in microseconds, with no autograd, no tensor
// allocation and no thread pool — and predict() stays safe to call while another thread trains.
#include "dialogue/intent_network.h"

#include "dialogue/char_ngrams.h"

#include <algorithm>
#include <cmath>

namespace omni::dialogue::detail {

IntentLogits IntentNetwork::logits(std::string_view text) const
{
    const int dim = width();
    std::vector<double> pooled(static_cast<size_t>(dim), 0.0);
    const std::vector<int64_t> features = charNgramFeatures(text, buckets);
    for (int64_t feature : features) {
        const float* row = embedding.data() + feature * dim;
        for (int k = 0; k < dim; ++k)
            pooled[static_cast<size_t>(k)] += row[k];
    }
    if (!features.empty())
        for (double& value : pooled)
            value /= static_cast<double>(features.size());

    IntentLogits out{};
    if (hidden == 0) {
        for (int c = 0; c < kIntentCount; ++c)
            out[static_cast<size_t>(c)] = pooled[static_cast<size_t>(c)] + outBias[static_cast<size_t>(c)];
        return out;
    }
    for (int k = 0; k < dim; ++k)
        pooled[static_cast<size_t>(k)] = std::tanh(pooled[static_cast<size_t>(k)] + hiddenBias[static_cast<size_t>(k)]);
    for (int c = 0; c < kIntentCount; ++c) {
        double sum = outBias[static_cast<size_t>(c)];
        const float* weights = outWeight.data() + static_cast<size_t>(c) * static_cast<size_t>(dim);
        for (int k = 0; k < dim; ++k)
            sum += weights[k] * pooled[static_cast<size_t>(k)];
        out[static_cast<size_t>(c)] = sum;
    }
    return out;
}

IntentPrediction rankedPrediction(const IntentLogits& logits, double temperature)
{
    const double t = temperature > 0 ? temperature : 1.0;
    double top = logits[0] / t;
    for (double value : logits)
        top = std::max(top, value / t);
    std::array<double, kIntentCount> probabilities{};
    double sum = 0;
    for (size_t c = 0; c < logits.size(); ++c) {
        probabilities[c] = std::exp(logits[c] / t - top);
        sum += probabilities[c];
    }
    IntentPrediction prediction;
    prediction.ranked.reserve(kIntentCount);
    for (size_t c = 0; c < logits.size(); ++c)
        prediction.ranked.push_back({static_cast<Intent>(c), probabilities[c] / sum});
    // Stable: ties keep enum order, so the ranking is the same on every run.
    std::stable_sort(prediction.ranked.begin(), prediction.ranked.end(),
                     [](const IntentScore& a, const IntentScore& b) { return a.probability > b.probability; });
    return prediction;
}

IntentPrediction IntentNetwork::predict(std::string_view text) const
{
    return rankedPrediction(logits(text), temperature);
}

double fitTemperature(const std::vector<IntentLogits>& logits, const std::vector<int>& labels)
{
    if (logits.empty() || logits.size() != labels.size())
        return 1.0;
    const auto nll = [&](double logT) {
        const double t = std::exp(logT);
        double total = 0;
        for (size_t i = 0; i < logits.size(); ++i) {
            double top = logits[i][0] / t;
            for (double value : logits[i])
                top = std::max(top, value / t);
            double sum = 0;
            for (double value : logits[i])
                sum += std::exp(value / t - top);
            total += top + std::log(sum) - logits[i][static_cast<size_t>(labels[i])] / t;
        }
        return total;
    };
    // NLL is unimodal in log T for fixed logits; golden-section search to 1e-4 in log T.
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    double low = std::log(1.0 / 20), high = std::log(20.0);
    double a = high - ratio * (high - low), b = low + ratio * (high - low);
    double fa = nll(a), fb = nll(b);
    while (high - low > 1e-4) {
        if (fa < fb) {
            high = b;
            b = a;
            fb = fa;
            a = high - ratio * (high - low);
            fa = nll(a);
        } else {
            low = a;
            a = b;
            fa = fb;
            b = low + ratio * (high - low);
            fb = nll(b);
        }
    }
    return std::exp((low + high) / 2);
}

} // namespace omni::dialogue::detail
