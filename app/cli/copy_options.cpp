// SPDX-License-Identifier: GPL-3.0-or-later
#include "copy_options.h"
#include "recsys_options.h"

namespace omni::cli {

std::vector<OptionSpec> copyOptionSpecs()
{
    return {{"temperature"}, {"top-k"},   {"top-p"},   {"repetition-penalty"}, {"seed"},
            {"candidates"},  {"device"},  {"threads"}, {"model-id"},           {"gpt2"},
            {"no-number-guard", false}};
}

text::SamplerSettings parseSamplerSettings(const Arguments& parsed)
{
    text::SamplerSettings settings;
    settings.temperature = static_cast<float>(numberOption(parsed, "temperature", settings.temperature, 0, 10));
    const long long topK = parsed.intValue("top-k", settings.topK);
    if (topK < 0)
        throw UsageError("--top-k must be 0 (off) or more");
    settings.topK = static_cast<int>(topK);
    settings.topP = static_cast<float>(numberOption(parsed, "top-p", settings.topP, 0.01, 1));
    settings.repetitionPenalty =
        static_cast<float>(numberOption(parsed, "repetition-penalty", settings.repetitionPenalty, 1, 10));
    const long long seed = parsed.intValue("seed", static_cast<long long>(settings.seed));
    if (seed < 0)
        throw UsageError("--seed must be 0 or more");
    settings.seed = static_cast<uint64_t>(seed);
    return settings;
}

runtime::DevicePreference parseDeviceOption(const Arguments& parsed)
{
    const auto device = runtime::parseDevicePreference(parsed.value("device", "auto"));
    if (!device)
        throw UsageError("unknown device '" + parsed.value("device") + "' (auto, cpu or cuda)");
    const long long threads = parsed.intValue("threads", 0);
    if (threads < 0)
        throw UsageError("--threads must be 0 (LibTorch's default) or more");
    runtime::setCpuThreads(static_cast<int>(threads));
    return *device;
}

std::unique_ptr<text::CopyGenerator> openGenerator(const Arguments& parsed, const store::Store& store)
{
    const runtime::DevicePreference device = parseDeviceOption(parsed);
    if (parsed.has("gpt2")) {
        if (parsed.has("model-id"))
            throw UsageError("--gpt2 and --model-id name two models: give one");
        return text::CopyGenerator::fromGpt2Folder(parsed.value("gpt2"), device);
    }
    std::optional<int64_t> id;
    if (parsed.has("model-id")) {
        const long long value = parsed.intValue("model-id", 0);
        if (value <= 0)
            throw UsageError("--model-id needs a model id (see 'omniconsole-cli info')");
        id = value;
    }
    return text::CopyGenerator::fromStore(store, id, device);
}

std::vector<text::CopyLanguage> parseLanguages(const std::string& text, bool allowBoth)
{
    if (text == "en")
        return {text::CopyLanguage::English};
    if (text == "zh")
        return {text::CopyLanguage::Chinese};
    if (allowBoth && text == "both")
        return {text::CopyLanguage::English, text::CopyLanguage::Chinese};
    throw UsageError("--lang must be en" + std::string(allowBoth ? ", zh or both" : " or zh") + ", not '" + text + "'");
}

void printCopyOptionHelp(std::FILE* out)
{
    std::fputs("\ndecoding:\n"
               "  --candidates N (default 4)  --temperature X (0.8; 0 is greedy)  --top-k N (40; 0 off, 1 greedy)\n"
               "  --top-p X (0.95)  --repetition-penalty X (1.1)  --seed N (1; candidate i uses seed + i)\n"
               "  --no-number-guard  let the model write numbers the product's record does not state\n"
               "                     (they are still caught by the fact checker; for comparison)\n"
               "model:\n"
               "  the store's active copy model unless --model-id ID, or --gpt2 FOLDER (model.safetensors,\n"
               "  vocab.json, merges.txt, optional config.json: a GPT-2-architecture model of your own)\n"
               "  --device auto|cpu|cuda --threads N\n",
               out);
}

} // namespace omni::cli
