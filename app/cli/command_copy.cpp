// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli copy: write copy for one product with the store's copy model (or a GPT-2
// folder) and print every candidate, best first, with its fact check, coverage, fluency and speed.
// omniconsole-cli copy-eval: the quality figures over several products.
#include "arguments.h"
#include "commands.h"
#include "copy_options.h"
#include "progress_printer.h"

#include "store/product_repository.h"
#include "store/store.h"
#include "text/copy_evaluation.h"
#include "text/copy_generator.h"

#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace omni::cli {

namespace {

store::Store openExisting(const std::string& path)
{
    if (!std::filesystem::exists(path))
        throw std::runtime_error("no store at " + path);
    return store::Store::openReadOnly(path);
}

int candidateCount(const Arguments& parsed)
{
    const long long count = parsed.intValue("candidates", 4);
    if (count < 1 || count > 64)
        throw UsageError("--candidates must be between 1 and 64");
    return static_cast<int>(count);
}

text::CopyStyle styleOption(const Arguments& parsed)
{
    const std::string code = parsed.value("style", "web_description");
    const std::optional<text::CopyStyle> style = text::parseStyle(code);
    if (!style)
        throw UsageError("unknown --style '" + code +
                         "' (push_title, web_description, mini_program_card, social_post, shelf_card)");
    return *style;
}

text::CopyTone toneOption(const Arguments& parsed)
{
    const std::string code = parsed.value("tone", "neutral");
    const std::optional<text::CopyTone> tone = text::parseTone(code);
    if (!tone)
        throw UsageError("unknown --tone '" + code + "' (neutral, warm, premium, playful)");
    return *tone;
}

void printCandidate(size_t rank, const text::CopyCandidate& candidate)
{
    std::printf("\n#%zu%s score %.3f  coverage %.2f  fluency %.3f  diversity %.2f  tokens %d\n", rank,
                candidate.rejected ? " REJECTED" : "", candidate.score, candidate.coverage,
                std::exp(candidate.meanLogProb), candidate.diversity, candidate.tokens);
    std::printf("%s\n", candidate.text.c_str());
    if (candidate.rejected && !candidate.rejectReason.empty())
        std::printf("  rejected: %s\n", candidate.rejectReason.c_str());
    int supported = 0;
    for (const text::Claim& claim : candidate.check.claims)
        if (claim.supported)
            ++supported;
    std::printf("  claims: %d supported, %d unsupported\n", supported, candidate.check.unsupportedCount());
    for (const text::Claim& claim : candidate.check.claims)
        if (!claim.supported)
            std::printf("  unsupported %s \"%s\"%s%s\n", text::factKindCode(claim.kind), claim.text.c_str(),
                        claim.why.empty() ? "" : ": ", claim.why.c_str());
}

} // namespace

int runCopy(const Args& args)
{
    const Command& command = *findCommand("copy");
    std::vector<OptionSpec> specs = copyOptionSpecs();
    for (const char* name : {"product", "style", "lang", "tone", "max-tokens"})
        specs.push_back({name});
    const Arguments parsed = Arguments::parse("copy", args, specs);
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    if (!parsed.has("product"))
        throw UsageError("copy needs --product SKU");
    text::CopySettings settings;
    settings.style = styleOption(parsed);
    settings.tone = toneOption(parsed);
    settings.language = parseLanguages(parsed.value("lang", "en"), false).front();
    settings.candidates = candidateCount(parsed);
    settings.sampler = parseSamplerSettings(parsed);
    settings.guardNumbers = !parsed.has("no-number-guard");
    const long long maxTokens = parsed.intValue("max-tokens", 0);
    if (maxTokens < 0)
        throw UsageError("--max-tokens must be 0 (the style's budget) or more");
    settings.maxTokens = static_cast<int>(maxTokens);

    const store::Store store = openExisting(parsed.positionals()[0]);
    const std::string sku = parsed.value("product");
    const std::optional<int64_t> productId = store::ProductRepository(store.db()).findIdBySku(sku);
    if (!productId)
        throw std::runtime_error("no product with SKU " + sku + " in " + store.path());
    const std::unique_ptr<text::CopyGenerator> generator = openGenerator(parsed, store);

    ProgressPrinter progress;
    const text::CopyResult result = generator->generate(store, *productId, settings, progress.job());
    progress.finish();
    std::printf("model: %s\n", generator->model().describe().c_str());
    std::printf("product: %s, %s copy in %s, tone %s\n", sku.c_str(), text::styleCode(settings.style),
                text::languageCode(settings.language), text::toneCode(settings.tone));
    std::printf("plan:");
    for (const text::PlannedFact& fact : result.plan.facts)
        std::printf(" [%s %s]", text::factKindCode(fact.kind), fact.surface.c_str());
    std::printf("\nprompt: %d tokens; time to first token %.0f ms; %.0f tokens/s\n", result.promptTokens,
                result.secondsToFirstToken * 1000, result.tokensPerSecond);
    if (result.repeatsDropped > 0)
        std::printf("repeats dropped: %d (the model wrote an earlier candidate's text again)\n", result.repeatsDropped);
    for (size_t i = 0; i < result.candidates.size(); ++i)
        printCandidate(i + 1, result.candidates[i]);
    return 0;
}

int runCopyEval(const Args& args)
{
    const Command& command = *findCommand("copy-eval");
    std::vector<OptionSpec> specs = copyOptionSpecs();
    for (const char* name : {"products", "style", "lang", "tone"})
        specs.push_back({name});
    const Arguments parsed = Arguments::parse("copy-eval", args, specs);
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    text::CopyEvaluationOptions options;
    const long long products = parsed.intValue("products", options.products);
    if (products < 1)
        throw UsageError("--products must be 1 or more");
    options.products = static_cast<int>(products);
    options.candidates = candidateCount(parsed);
    options.style = styleOption(parsed);
    options.tone = toneOption(parsed);
    options.languages = parseLanguages(parsed.value("lang", "both"), true);
    options.sampler = parseSamplerSettings(parsed);
    options.guardNumbers = !parsed.has("no-number-guard");

    const store::Store store = openExisting(parsed.positionals()[0]);
    const std::unique_ptr<text::CopyGenerator> generator = openGenerator(parsed, store);
    ProgressPrinter progress;
    const text::CopyEvaluation evaluation = text::evaluateCopyGeneration(store, *generator, options, progress.job());
    progress.finish();
    std::printf("model: %s\n", generator->model().describe().c_str());
    if (evaluation.heldOutPerplexity)
        std::printf("held-out perplexity: %.3f (measured when the model was trained)\n", *evaluation.heldOutPerplexity);
    std::printf("products: %d (%d held out from training), %d requests of %s copy, %d candidates each\n",
                evaluation.products, evaluation.heldOutProducts, evaluation.requests, text::styleCode(options.style),
                options.candidates);
    std::printf("candidates with zero unsupported claims: %d of %d (%.1f%%)\n", evaluation.cleanCandidates,
                evaluation.candidates, 100 * evaluation.cleanShare());
    std::printf("facts covered per description (best candidate): %.2f of %.2f planned\n",
                evaluation.coveredFactsPerDescription, evaluation.plannedFactsPerDescription);
    std::printf("accepted candidates: %d of %d requests; with unsupported claims: %d\n", evaluation.acceptedRequests,
                evaluation.requests, evaluation.acceptedWithUnsupportedClaims);
    std::printf("time to first token: mean %.0f ms, worst %.0f ms; %.0f tokens/s\n",
                evaluation.meanSecondsToFirstToken * 1000, evaluation.worstSecondsToFirstToken * 1000,
                evaluation.meanTokensPerSecond);
    std::printf("evaluation: %.1f s\n", evaluation.seconds);
    return 0;
}

} // namespace omni::cli
