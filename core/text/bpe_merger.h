// SPDX-License-Identifier: GPL-3.0-or-later
// The part of byte-level BPE that both tokenizers share: the bytes of one pre-tokenized piece become
// single-byte tokens, then the adjacent pair with the lowest merge rank is merged, again and again,
// until no adjacent pair has a merge (GPT-2's algorithm; a heap keeps it O(n log n) in the piece
// length, so a long run of Chinese characters costs no more than it should). Results are cached per
// piece: shop text repeats the same words all the time.
#pragma once

#include "text/tokenizer.h"

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace omni::text {

class BpeMerger {
public:
    // byteIds[b]: the id of the token made of the single byte b.
    explicit BpeMerger(const std::array<TokenId, 256>& byteIds);

    // Merges are ranked in the order they are added (first = applied first). A pair added twice
    // keeps its first rank (returns false).
    bool addMerge(TokenId left, TokenId right, TokenId merged);
    size_t mergeCount() const { return merges_.size(); }

    // Appends the tokens of one piece to out. Thread-safe (the cache has its own lock).
    void encodePiece(std::string_view piece, std::vector<TokenId>& out) const;

private:
    struct Merge {
        int32_t rank;
        TokenId merged;
    };
    static uint64_t key(TokenId left, TokenId right)
    {
        return (static_cast<uint64_t>(static_cast<uint32_t>(left)) << 32) | static_cast<uint32_t>(right);
    }
    void mergePiece(std::string_view piece, std::vector<TokenId>& out) const;

    std::array<TokenId, 256> byteIds_;
    std::unordered_map<uint64_t, Merge> merges_;

    struct Cache {
        std::mutex mutex;
        std::unordered_map<std::string, std::vector<TokenId>> pieces;
    };
    std::unique_ptr<Cache> cache_ = std::make_unique<Cache>();
};

} // namespace omni::text
