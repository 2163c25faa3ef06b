// SPDX-License-Identifier: GPL-3.0-or-later
// Learning the shop tokenizer's merges. The corpus is first reduced to its distinct pieces with
// their frequencies (a shop's text repeats the same words endlessly), then merges are learned on
// those piece types: pair counts are kept up to date incrementally, only in the pieces that hold
// the pair being merged, and a max-heap with lazy re-checks finds the most frequent pair.
#include "text/bpe_tokenizer.h"

#include "text/pretokenizer.h"

#include <algorithm>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace omni::text {

namespace {

// A pair must occur this often to be worth a token of its own.
constexpr int64_t kMinPairFrequency = 2;

uint64_t pairKey(TokenId left, TokenId right)
{
    return (static_cast<uint64_t>(static_cast<uint32_t>(left)) << 32) | static_cast<uint32_t>(right);
}
TokenId leftOf(uint64_t key) { return static_cast<TokenId>(key >> 32); }
TokenId rightOf(uint64_t key) { return static_cast<TokenId>(key & 0xFFFFFFFFu); }

struct Word {
    std::vector<TokenId> symbols;
    int64_t count = 0;
};

struct QueueEntry {
    int64_t count;
    uint64_t pair;
    // Most frequent first; ties go to the smaller pair of ids, so training is deterministic.
    bool operator<(const QueueEntry& other) const
    {
        return count != other.count ? count < other.count : pair > other.pair;
    }
};

} // namespace

BpeTokenizer BpeTokenizer::train(const std::vector<std::string>& texts, int vocabularySize,
                                 const std::vector<std::string>& specialTokens, const runtime::JobContext* job)
{
    const int64_t reserved = 256 + static_cast<int64_t>(specialTokens.size());
    if (vocabularySize < reserved)
        throw TokenizerError("a vocabulary of " + std::to_string(vocabularySize) +
                             " tokens is too small: the 256 bytes and " + std::to_string(specialTokens.size()) +
                             " special tokens need " + std::to_string(reserved));
    {
        std::unordered_set<std::string> seen;
        for (const std::string& spelling : specialTokens) {
            if (spelling.empty())
                throw TokenizerError("a special token cannot be empty");
            if (!seen.insert(spelling).second)
                throw TokenizerError("special token \"" + spelling + "\" is given twice");
        }
    }
    const int64_t wantedMerges = vocabularySize - reserved;

    // 1. Distinct pieces and their frequencies.
    std::unordered_map<std::string_view, int64_t> pieceCounts;
    std::vector<std::string_view> pieces;
    for (size_t t = 0; t < texts.size(); ++t) {
        pieces.clear();
        pretokenize(texts[t], PretokenizerKind::Shop, pieces);
        for (const std::string_view piece : pieces)
            if (piece.size() >= 2) // a single byte has no pair to merge
                ++pieceCounts[piece];
        if (job && t % 4096 == 0)
            job->step(static_cast<int64_t>(t), static_cast<int64_t>(texts.size()), "Counting words");
    }

    std::vector<Word> words;
    words.reserve(pieceCounts.size());
    for (const auto& [piece, count] : pieceCounts) {
        Word word;
        word.count = count;
        word.symbols.reserve(piece.size());
        for (const char c : piece)
            word.symbols.push_back(static_cast<unsigned char>(c));
        words.push_back(std::move(word));
    }
    // Hash-map order is not stable across runs: sort for deterministic training.
    std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
        return a.count != b.count ? a.count > b.count : a.symbols < b.symbols;
    });
    pieceCounts.clear();

    // 2. Pair counts and where each pair occurs.
    std::unordered_map<uint64_t, int64_t> pairCounts;
    std::unordered_map<uint64_t, std::vector<int32_t>> pairWords;
    for (int32_t w = 0; w < static_cast<int32_t>(words.size()); ++w) {
        const Word& word = words[w];
        for (size_t i = 0; i + 1 < word.symbols.size(); ++i) {
            const uint64_t pair = pairKey(word.symbols[i], word.symbols[i + 1]);
            pairCounts[pair] += word.count;
            std::vector<int32_t>& where = pairWords[pair];
            if (where.empty() || where.back() != w)
                where.push_back(w);
        }
    }
    std::priority_queue<QueueEntry> queue;
    for (const auto& [pair, count] : pairCounts)
        queue.push({count, pair});

    // 3. Merge the most frequent pair until the vocabulary is full or no pair repeats.
    std::vector<std::pair<TokenId, TokenId>> merges;
    merges.reserve(static_cast<size_t>(wantedMerges));
    std::vector<TokenId> merged;
    std::vector<uint64_t> newPairs;
    while (static_cast<int64_t>(merges.size()) < wantedMerges && !queue.empty()) {
        const QueueEntry top = queue.top();
        queue.pop();
        const auto current = pairCounts.find(top.pair);
        const int64_t count = current == pairCounts.end() ? 0 : current->second;
        if (count != top.count) { // stale: counts dropped since it was queued
            if (count > 0)
                queue.push({count, top.pair});
            continue;
        }
        if (count < kMinPairFrequency)
            break;

        const TokenId a = leftOf(top.pair), b = rightOf(top.pair);
        const TokenId c = static_cast<TokenId>(256 + merges.size());
        merges.emplace_back(a, b);
        pairCounts.erase(current);

        const auto add = [&](TokenId left, TokenId right, int64_t delta, int32_t w) {
            const uint64_t pair = pairKey(left, right);
            int64_t& value = pairCounts[pair];
            value += delta;
            if (delta > 0) {
                // Pairs that gain are exactly the pairs holding the new token c: queued once below.
                std::vector<int32_t>& where = pairWords[pair];
                if (where.empty())
                    newPairs.push_back(pair);
                if (where.empty() || where.back() != w)
                    where.push_back(w);
            }
        };

        std::vector<int32_t> affected = std::move(pairWords[top.pair]);
        pairWords.erase(top.pair);
        newPairs.clear();
        for (const int32_t w : affected) {
            Word& word = words[w];
            const std::vector<TokenId>& s = word.symbols;
            merged.clear();
            for (size_t i = 0; i < s.size();) {
                if (i + 1 < s.size() && s[i] == a && s[i + 1] == b) {
                    // Left neighbour: the current symbol (it may itself be a c just made).
                    if (!merged.empty()) {
                        add(merged.back(), a, -word.count, w);
                        add(merged.back(), c, word.count, w);
                    }
                    if (i + 2 < s.size()) {
                        add(b, s[i + 2], -word.count, w);
                        add(c, s[i + 2], word.count, w);
                    }
                    merged.push_back(c);
                    i += 2;
                } else {
                    merged.push_back(s[i]);
                    ++i;
                }
            }
            word.symbols.assign(merged.begin(), merged.end());
        }
        // The (a, b) count itself was erased; the neighbour updates above may have touched a
        // pair (a, b) again only for overlapping runs like "aaa", which the erase already covers.
        pairCounts.erase(top.pair);
        for (const uint64_t pair : newPairs) {
            const auto found = pairCounts.find(pair);
            if (found != pairCounts.end() && found->second > 0)
                queue.push({found->second, pair});
        }
        if (job && merges.size() % 64 == 0)
            job->step(static_cast<int64_t>(merges.size()), wantedMerges, "Learning merges");
    }
    if (job)
        job->step(wantedMerges, wantedMerges, "Learning merges");
    return BpeTokenizer(std::move(merges), specialTokens);
}

} // namespace omni::text
