// SPDX-License-Identifier: GPL-3.0-or-later
// Copy language model decoding speed: time to first token for a prompt, tokens per second while
// generating, the cost of one token at several context positions (flat with a KV cache), for each
// intra-op thread count; the memory-bandwidth ceiling (weights read once per token) from a stream
// copy measured here; and the one-row matrix kernels the decoding step could use.
//
//   bench_copy_lm [--prompt 60] [--tokens 190] [--runs 5] [--threads 1,2] [--vocabulary 4096]
//                 [--context 256] [--layers 4] [--width 256] [--heads 4]
//
// See docs/benchmarks.md, "Copy language model speed".
#include "bench_machine.h"

#include "text/lm/decoder_lm.h"
#include "text/lm/decoder_network.h"
#include "text/sampler.h"

#include <torch/types.h>
#include <torch/utils.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <vector>

using namespace omni;
using bench::Clock;

namespace {

struct Flags {
    std::map<std::string, std::string> values;
    Flags(int argc, char** argv)
    {
        for (int i = 1; i + 1 < argc; i += 2)
            if (std::strncmp(argv[i], "--", 2) == 0)
                values[argv[i] + 2] = argv[i + 1];
    }
    int integer(const std::string& name, int fallback) const
    {
        const auto it = values.find(name);
        return it == values.end() ? fallback : std::stoi(it->second);
    }
    std::string text(const std::string& name, const std::string& fallback) const
    {
        const auto it = values.find(name);
        return it == values.end() ? fallback : it->second;
    }
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Copy bandwidth in GB/s (bytes read + bytes written), best of several passes over 256 MiB.
double copyBandwidth()
{
    const size_t bytes = size_t(256) << 20;
    std::vector<char> source(bytes, 1), target(bytes, 0);
    double best = 0;
    for (int pass = 0; pass < 5; ++pass) {
        const auto start = Clock::now();
        std::memcpy(target.data(), source.data(), bytes);
        const double seconds = bench::secondsSince(start);
        best = std::max(best, 2.0 * static_cast<double>(bytes) / seconds / 1e9);
        source[static_cast<size_t>(pass)] = target[static_cast<size_t>(pass) + 1]; // keep the copy alive
    }
    return best;
}

std::vector<text::TokenId> promptTokens(int count, int vocabulary)
{
    std::vector<text::TokenId> tokens;
    for (int i = 0; i < count; ++i)
        tokens.push_back(static_cast<text::TokenId>((i * 7919 + 13) % vocabulary));
    return tokens;
}

struct RunTimes {
    double firstTokenMs = 0;
    double tokensPerSecond = 0;
};

// Prompt in one pass, then `tokens` sampled tokens one step each (default sampler settings).
RunTimes generate(const text::DecoderLM& model, const std::vector<text::TokenId>& prompt, int tokens, uint64_t seed)
{
    text::SamplerSettings settings;
    settings.seed = seed;
    text::Sampler sampler(settings);
    std::vector<text::TokenId> history = prompt;
    RunTimes times;
    const auto start = Clock::now();
    auto session = model.startSession();
    std::vector<float> logits = session->feed(prompt);
    history.push_back(sampler.next(logits, history));
    times.firstTokenMs = bench::millisecondsSince(start);
    const auto decoding = Clock::now();
    for (int i = 1; i < tokens; ++i) {
        logits = session->feed({history.back()});
        history.push_back(sampler.next(logits, history));
    }
    times.tokensPerSecond = (tokens - 1) / bench::secondsSince(decoding);
    return times;
}

// Milliseconds of each single-token feed from position 0 to the end of the context.
std::vector<double> perPositionMs(const text::DecoderLM& model)
{
    auto session = model.startSession();
    std::vector<double> times;
    for (int position = 0; position < model.contextLength(); ++position) {
        const auto start = Clock::now();
        session->feed({static_cast<text::TokenId>((position * 31 + 5) % model.vocabSize())});
        times.push_back(bench::millisecondsSince(start));
    }
    return times;
}

// Microseconds per call of the one-row kernels for a [out, in] weight.
void kernelTable(int64_t out, int64_t in)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor weight = torch::randn({out, in});
    const torch::Tensor bias = torch::randn({out});
    const torch::Tensor x = torch::randn({in});
    const torch::Tensor row = x.unsqueeze(0);
    const std::vector<std::pair<const char*, std::function<torch::Tensor()>>> kernels = {
        {"addmv(b, W, x)", [&] { return torch::addmv(bias, weight, x); }},
        {"addmm(b, x[1,in], W^T)", [&] { return torch::addmm(bias, row, weight.t()); }},
        {"linear(x[1,in], W, b)", [&] { return torch::linear(row, weight, bias); }},
        {"matmul(x[1,in], W^T) + b", [&] { return torch::matmul(row, weight.t()) + bias; }},
    };
    std::printf("  weight [%lld, %lld]:", static_cast<long long>(out), static_cast<long long>(in));
    for (const auto& [name, kernel] : kernels) {
        for (int i = 0; i < 50; ++i)
            kernel();
        std::vector<double> samples;
        for (int r = 0; r < 7; ++r) {
            const auto start = Clock::now();
            for (int i = 0; i < 200; ++i)
                kernel();
            samples.push_back(bench::millisecondsSince(start) * 1000.0 / 200);
        }
        std::printf("  %s %.1f us", name, median(samples));
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    const Flags flags(argc, argv);
    text::DecoderConfig config;
    config.vocabularySize = flags.integer("vocabulary", 4096);
    config.contextLength = flags.integer("context", 256);
    config.layers = flags.integer("layers", 4);
    config.width = flags.integer("width", 256);
    config.heads = flags.integer("heads", 4);
    const int promptLength = flags.integer("prompt", 60);
    const int tokens = std::min(flags.integer("tokens", 190), config.contextLength - promptLength);
    const int runs = flags.integer("runs", 5);
    std::vector<int> threadCounts;
    std::stringstream list(flags.text("threads", "1,2"));
    for (std::string item; std::getline(list, item, ',');)
        threadCounts.push_back(std::stoi(item));

    bench::printMachine();
    text::DecoderLM model(config, 1);
    const int64_t parameters = model.parameterCount();
    // Read per token: every weight once (the position table only one row, the cache a few rows).
    const double bytesPerToken =
        4.0 * static_cast<double>(parameters - static_cast<int64_t>(config.contextLength - 1) * config.width);
    std::printf("model: %s; %lld parameters, %.1f MB of float32 weights; prompt %d tokens, %d generated, %d runs\n",
                model.describe().c_str(), static_cast<long long>(parameters), 4.0 * parameters / 1e6, promptLength,
                tokens, runs);
    const double bandwidth = copyBandwidth();
    std::printf("memory: stream copy %.1f GB/s (read + write); ceiling at that rate %.0f tokens/s "
                "(%.1f MB read per token)\n",
                bandwidth, bandwidth * 1e9 / bytesPerToken, bytesPerToken / 1e6);

    const std::vector<text::TokenId> prompt = promptTokens(promptLength, config.vocabularySize);
    for (int threads : threadCounts) {
        model.setDecodingThreads(threads);
        generate(model, prompt, tokens, 99); // warm-up
        std::vector<double> firstToken, rate;
        for (int r = 0; r < runs; ++r) {
            const RunTimes times = generate(model, prompt, tokens, static_cast<uint64_t>(r + 1));
            firstToken.push_back(times.firstTokenMs);
            rate.push_back(times.tokensPerSecond);
        }
        std::vector<std::vector<double>> positions;
        for (int r = 0; r < runs; ++r)
            positions.push_back(perPositionMs(model));
        std::printf("threads %d: time to first token %.1f ms (median of %d; min %.1f, max %.1f), "
                    "%.0f tokens/s (median; min %.0f, max %.0f)\n",
                    threads, median(firstToken), runs, *std::min_element(firstToken.begin(), firstToken.end()),
                    *std::max_element(firstToken.begin(), firstToken.end()), median(rate),
                    *std::min_element(rate.begin(), rate.end()), *std::max_element(rate.begin(), rate.end()));
        std::printf("  one token at position:");
        for (int position : {16, 64, 128, 224}) {
            if (position + 8 > config.contextLength)
                continue;
            std::vector<double> samples;
            for (const std::vector<double>& run : positions)
                for (int p = position; p < position + 8; ++p)
                    samples.push_back(run[static_cast<size_t>(p)]);
            std::printf("  %d: %.2f ms", position, median(samples));
        }
        std::printf("\n");
        // Without the cache every new token recomputes its whole prefix.
        std::vector<double> recompute;
        for (int r = 0; r < runs; ++r) {
            const std::vector<text::TokenId> prefix = promptTokens(std::min(225, config.contextLength), config.vocabularySize);
            const torch::Tensor ids = torch::tensor(std::vector<int64_t>(prefix.begin(), prefix.end())).unsqueeze(0);
            torch::set_num_threads(threads);
            torch::NoGradGuard noGrad;
            const auto start = Clock::now();
            const torch::Tensor hidden = model.network()->hidden(ids, 0, false);
            model.network()->logits(hidden.select(1, hidden.size(1) - 1));
            recompute.push_back(bench::millisecondsSince(start));
        }
        std::printf("  without a cache, the token at position 224 (recomputing its prefix): %.1f ms\n",
                    median(recompute));
    }

    std::printf("one-row kernels (1 thread, median of 7 x 200 calls):\n");
    torch::set_num_threads(1);
    const int64_t w = config.width;
    kernelTable(3 * w, w);
    kernelTable(4 * w, w);
    kernelTable(w, 4 * w);
    kernelTable(config.vocabularySize, w);
    return 0;
}
