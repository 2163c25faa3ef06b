// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/copy_evaluation.h"

#include "recsys/store_training.h"
#include "store/product_repository.h"
#include "text/copy_corpus.h"
#include "text/copy_training.h"
#include "text/facts/candidate_ranking.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

namespace omni::text {

std::optional<double> jsonNumberMember(const std::string& json, const std::string& key)
{
    const std::string quoted = "\"" + key + "\"";
    size_t at = json.find(quoted);
    if (at == std::string::npos)
        return std::nullopt;
    at = json.find(':', at + quoted.size());
    if (at == std::string::npos)
        return std::nullopt;
    const char* start = json.c_str() + at + 1;
    char* end = nullptr;
    const double value = std::strtod(start, &end);
    if (end == start)
        return std::nullopt;
    return value;
}

CopyEvaluation evaluateCopyGeneration(const store::Store& store, const CopyGenerator& generator,
                                      const CopyEvaluationOptions& options, const runtime::JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    CopyEvaluation evaluation;
    // The split the model was trained with, to evaluate on products it has not seen.
    double heldOutShare = 0;
    uint64_t seed = 0;
    if (generator.modelId())
        if (const auto record = recsys::findModel(store, generator.modelId(), kCopyModelKind)) {
            evaluation.heldOutPerplexity = jsonNumberMember(record->metricsJson, "held_out_perplexity");
            heldOutShare = jsonNumberMember(record->metricsJson, "held_out_share").value_or(0);
            seed = static_cast<uint64_t>(jsonNumberMember(record->metricsJson, "seed").value_or(0));
        }

    std::vector<int64_t> heldOut, seen;
    for (const store::ProductSummary& summary : store::ProductRepository(store.db()).listSummaries())
        (heldOutShare > 0 && isHeldOutProduct(summary.product.id, heldOutShare, seed) ? heldOut : seen)
            .push_back(summary.product.id);
    std::vector<int64_t> chosen;
    for (const std::vector<int64_t>* group : {&heldOut, &seen})
        for (const int64_t id : *group)
            if (static_cast<int>(chosen.size()) < options.products) {
                chosen.push_back(id);
                if (group == &heldOut)
                    ++evaluation.heldOutProducts;
            }
    evaluation.products = static_cast<int>(chosen.size());

    double firstTokenSum = 0;
    double tokensPerSecondSum = 0;
    const int64_t total = static_cast<int64_t>(chosen.size() * options.languages.size());
    for (const int64_t productId : chosen)
        for (const CopyLanguage language : options.languages) {
            job.step(evaluation.requests, total, "evaluating copy");
            CopySettings settings;
            settings.language = language;
            settings.style = options.style;
            settings.tone = options.tone;
            settings.candidates = options.candidates;
            settings.sampler = options.sampler;
            settings.guardNumbers = options.guardNumbers;
            const CopyResult result = generator.generate(store, productId, settings, job);
            ++evaluation.requests;
            for (const CopyCandidate& candidate : result.candidates) {
                ++evaluation.candidates;
                if (candidate.check.clean())
                    ++evaluation.cleanCandidates;
            }
            evaluation.plannedFactsPerDescription += static_cast<double>(result.plan.facts.size());
            if (!result.candidates.empty()) {
                const CopyCandidate& best = result.candidates.front();
                int covered = 0;
                for (const PlannedFact& fact : result.plan.facts)
                    if (statesPlannedFact(best.text, fact, language))
                        ++covered;
                evaluation.coveredFactsPerDescription += covered;
                if (!best.rejected) {
                    ++evaluation.acceptedRequests;
                    if (!best.check.clean())
                        ++evaluation.acceptedWithUnsupportedClaims;
                }
            }
            firstTokenSum += result.secondsToFirstToken;
            evaluation.worstSecondsToFirstToken = std::max(evaluation.worstSecondsToFirstToken, result.secondsToFirstToken);
            tokensPerSecondSum += result.tokensPerSecond;
        }
    if (evaluation.requests > 0) {
        evaluation.plannedFactsPerDescription /= evaluation.requests;
        evaluation.coveredFactsPerDescription /= evaluation.requests;
        evaluation.meanSecondsToFirstToken = firstTokenSum / evaluation.requests;
        evaluation.meanTokensPerSecond = tokensPerSecondSum / evaluation.requests;
    }
    evaluation.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return evaluation;
}

} // namespace omni::text
