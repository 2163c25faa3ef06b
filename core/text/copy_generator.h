// SPDX-License-Identifier: GPL-3.0-or-later
// Product copy generation as the Products page and `omniconsole-cli copy` use it, end to end:
// plan the facts (copy_planner.h) → render the prompt with control tokens (copy_prompt.h) → decode
// several candidates with the KV cache and the sampler, streaming each one's text → fact-check
// every candidate (fact_checker.h) → rank by planned-fact coverage, fluency and diversity.
// Torch-free header: the UI includes it.
#pragma once

#include "runtime/device.h"
#include "runtime/job.h"
#include "store/store.h"
#include "text/copy_types.h"
#include "text/language_model.h"
#include "text/tokenizer.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace omni::text {

struct BrandName; // facts/fact_sheet.h

struct CopySettings {
    CopyLanguage language = CopyLanguage::English;
    CopyStyle style = CopyStyle::WebDescription;
    CopyTone tone = CopyTone::Neutral;
    int candidates = 4;
    int maxTokens = 0; // 0: the style's own budget
    SamplerSettings sampler;
    // Ban tokens that would write a number the product's record does not state (number_guard.h).
    bool guardNumbers = true;
};

struct CopyCandidate {
    std::string text;         // the finished copy: the model's text in its style's form (copy_style.h)
    std::string modelText;    // the model's own words, exactly as streamed to the callback
    int streamIndex = 0;      // the candidate number the stream callback gave these words under
    FactCheck check;
    double meanLogProb = 0;   // fluency: mean log-probability per generated token
    double coverage = 0;      // weighted share of the plan's facts the text states, 0..1
    double diversity = 0;     // 1 - max token-bigram overlap with a better-ranked candidate
    double score = 0;         // what the ranking sorted by
    bool rejected = false;    // unsupported claims: kept for inspection, ranked last, never accepted by default
    std::string rejectReason; // English
    int tokens = 0;
};

struct CopyResult {
    CopyPlan plan;
    std::vector<CopyCandidate> candidates; // best first
    std::string modelLabel;                // "copy_lm v3" / "GPT-2 (user file model.safetensors)"
    std::optional<int64_t> modelId;        // the models row, when the model came from the store
    double secondsToFirstToken = 0;        // from the call to the first token of the first candidate
    double tokensPerSecond = 0;            // generated tokens over the seconds spent decoding them
    int promptTokens = 0;
    int repeatsDropped = 0; // draws that wrote the same text as an earlier candidate (not returned)
};

// Called on the generating thread as text arrives: candidate index and the new whole UTF-8 characters.
using CopyStreamCallback = std::function<void(int candidate, const std::string& textDelta)>;

class CopyGenerator {
public:
    CopyGenerator(std::shared_ptr<const Tokenizer> tokenizer, std::shared_ptr<const LanguageModel> model,
                  std::string modelLabel, std::optional<int64_t> modelId);

    // The store's active copy model (models.kind == kCopyModelKind), or the registered one with
    // this id. Throws std::runtime_error with a clear message when there is none or its file is bad.
    static std::unique_ptr<CopyGenerator> fromStore(const store::Store& store, std::optional<int64_t> modelId,
                                                    runtime::DevicePreference device);
    // A user's GPT-2-architecture model: model.safetensors + vocab.json + merges.txt in one folder
    // (config.json optional). Throws with a message naming the file and what does not fit.
    static std::unique_ptr<CopyGenerator> fromGpt2Folder(const std::string& folder, runtime::DevicePreference device);

    CopyResult generate(const store::Store& store, int64_t productId, const CopySettings& settings,
                        const runtime::JobContext& job, const CopyStreamCallback& onText = {}) const;

    const std::string& modelLabel() const { return modelLabel_; }
    std::optional<int64_t> modelId() const { return modelId_; }
    const LanguageModel& model() const { return *model_; }
    const Tokenizer& tokenizer() const { return *tokenizer_; }

    // True for the shop's own models (control-token prompts), false for a GPT-2 (plain-text prompt).
    bool usesControlTokens() const;

private:
    std::vector<TokenId> promptFor(const CopyPlan& plan, const std::string& productTitle) const;
    // The catalogue's brands (other brands are unsupported claims), read once per store and
    // product count rather than on every call: reading a large catalogue costs more than a
    // candidate's first token.
    std::shared_ptr<const std::vector<BrandName>> catalogBrandsOf(const store::Store& store) const;

    std::shared_ptr<const Tokenizer> tokenizer_;
    std::shared_ptr<const LanguageModel> model_;
    std::string modelLabel_;
    std::optional<int64_t> modelId_;
    mutable std::mutex brandsMutex_;
    mutable std::string brandsKey_;
    mutable std::shared_ptr<const std::vector<BrandName>> brands_;
};

// The models.kind of the shop's own copy language models.
inline constexpr const char* kCopyModelKind = "copy_lm";

} // namespace omni::text
