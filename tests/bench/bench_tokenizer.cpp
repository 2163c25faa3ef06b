// SPDX-License-Identifier: GPL-3.0-or-later
// Shop BPE tokenizer speed: training time to a vocabulary size, then encoding throughput (first
// pass, with the piece cache cold, and a second pass) and tokens per character.
//
//   bench_tokenizer CORPUS.txt [vocabulary-size=4096]
//
// CORPUS.txt holds one text per line (e.g. product titles, descriptions and reviews exported
// from a sample shop).
#include "bench_machine.h"
#include "text/bpe_tokenizer.h"
#include "text/utf8_stream.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace omni;
using namespace omni::bench;

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_tokenizer CORPUS.txt [vocabulary-size]\n");
        return 2;
    }
    const int vocabularySize = argc > 2 ? std::stoi(argv[2]) : 4096;
    std::ifstream in(argv[1]);
    std::vector<std::string> texts;
    size_t bytes = 0, characters = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty())
            continue;
        bytes += line.size();
        for (size_t p = 0; p < line.size(); p += text::decodeUtf8At(line, p).length)
            ++characters;
        texts.push_back(std::move(line));
    }
    std::printf("machine: %s\ncorpus: %zu texts, %.2f MB, %zu characters\n", cpuModel().c_str(), texts.size(),
                bytes / 1e6, characters);

    const auto trainStart = Clock::now();
    const text::BpeTokenizer tokenizer = text::BpeTokenizer::train(
        texts, vocabularySize, {"<|endoftext|>", "<|lang:en|>", "<|lang:zh|>"});
    const double trainMs = millisecondsSince(trainStart);
    std::printf("train to %d: %.0f ms (vocabulary %d)\n", vocabularySize, trainMs, tokenizer.vocabSize());

    for (const char* pass : {"first (cold cache)", "second (warm cache)"}) {
        const auto start = Clock::now();
        size_t tokens = 0;
        bool roundTrip = true;
        for (const std::string& text : texts) {
            const auto ids = tokenizer.encode(text);
            tokens += ids.size();
            if (pass[0] == 'f')
                roundTrip = roundTrip && tokenizer.decode(ids) == text;
        }
        const double ms = millisecondsSince(start);
        std::printf("encode %s: %.0f ms, %.1f MB/s, %zu tokens, %.3f tokens/character%s\n", pass, ms,
                    bytes / 1e3 / ms, tokens, double(tokens) / double(characters),
                    pass[0] == 'f' ? (roundTrip ? ", round trip ok" : ", ROUND TRIP FAILED") : "");
    }
    return 0;
}
