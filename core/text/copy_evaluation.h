// SPDX-License-Identifier: GPL-3.0-or-later
// The copy generator's quality figures, as `omniconsole-cli copy-eval` and docs/benchmarks.md
// report them: the model's held-out perplexity (measured when it was trained), the share of
// candidates with zero unsupported claims, the planned facts the best candidate states per
// description, and whether every accepted (best non-rejected) candidate is free of unsupported
// claims; with time to first token and tokens per second. Products the model did not train on
// (its held-out products) are evaluated first. Torch-free.
#pragma once

#include "runtime/job.h"
#include "store/store.h"
#include "text/copy_generator.h"

#include <optional>
#include <string>
#include <vector>

namespace omni::text {

struct CopyEvaluationOptions {
    int products = 20;
    int candidates = 4;
    std::vector<CopyLanguage> languages = {CopyLanguage::English, CopyLanguage::Chinese};
    CopyStyle style = CopyStyle::WebDescription;
    CopyTone tone = CopyTone::Neutral;
    SamplerSettings sampler;
    bool guardNumbers = true; // CopySettings::guardNumbers
};

struct CopyEvaluation {
    std::optional<double> heldOutPerplexity; // from the model's training record; none for a GPT-2 file
    int products = 0;
    int heldOutProducts = 0;  // of those, products the model's training held out
    int requests = 0;         // products x languages
    int candidates = 0;
    int cleanCandidates = 0;  // zero unsupported claims
    int acceptedRequests = 0; // requests whose best candidate is not rejected
    int acceptedWithUnsupportedClaims = 0; // must be 0
    double plannedFactsPerDescription = 0; // mean over requests
    double coveredFactsPerDescription = 0; // planned facts the best candidate states, mean over requests
    double meanSecondsToFirstToken = 0;
    double worstSecondsToFirstToken = 0;
    double meanTokensPerSecond = 0;
    double seconds = 0;

    double cleanShare() const { return candidates > 0 ? static_cast<double>(cleanCandidates) / candidates : 0; }
};

CopyEvaluation evaluateCopyGeneration(const store::Store& store, const CopyGenerator& generator,
                                      const CopyEvaluationOptions& options, const runtime::JobContext& job);

// A number member of a flat JSON object such as the models table's metrics_json, or none.
std::optional<double> jsonNumberMember(const std::string& json, const std::string& key);

} // namespace omni::text
