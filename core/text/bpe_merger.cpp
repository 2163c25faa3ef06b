// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/bpe_merger.h"

#include <functional>
#include <queue>

namespace omni::text {

namespace {
// Enough for the words of a large shop; beyond it the cache starts over rather than grow forever.
constexpr size_t kMaxCachedPieces = 200000;
// Longer pieces are not worth keeping: they rarely repeat.
constexpr size_t kMaxCachedPieceBytes = 64;
} // namespace

BpeMerger::BpeMerger(const std::array<TokenId, 256>& byteIds) : byteIds_(byteIds) {}

bool BpeMerger::addMerge(TokenId left, TokenId right, TokenId merged)
{
    return merges_.emplace(key(left, right), Merge{static_cast<int32_t>(merges_.size()), merged}).second;
}

void BpeMerger::encodePiece(std::string_view piece, std::vector<TokenId>& out) const
{
    if (piece.empty())
        return;
    if (piece.size() == 1) {
        out.push_back(byteIds_[static_cast<unsigned char>(piece[0])]);
        return;
    }
    const bool cacheable = piece.size() <= kMaxCachedPieceBytes;
    if (cacheable) {
        std::lock_guard<std::mutex> lock(cache_->mutex);
        const auto found = cache_->pieces.find(std::string(piece));
        if (found != cache_->pieces.end()) {
            out.insert(out.end(), found->second.begin(), found->second.end());
            return;
        }
    }
    const size_t from = out.size();
    mergePiece(piece, out);
    if (cacheable) {
        std::lock_guard<std::mutex> lock(cache_->mutex);
        if (cache_->pieces.size() >= kMaxCachedPieces)
            cache_->pieces.clear();
        cache_->pieces.emplace(std::string(piece), std::vector<TokenId>(out.begin() + from, out.end()));
    }
}

void BpeMerger::mergePiece(std::string_view piece, std::vector<TokenId>& out) const
{
    const int n = static_cast<int>(piece.size());
    // Symbols in a doubly linked list over the piece's bytes; a merged-away symbol gets id -1.
    std::vector<TokenId> ids(n);
    std::vector<int> prev(n), next(n);
    for (int i = 0; i < n; ++i) {
        ids[i] = byteIds_[static_cast<unsigned char>(piece[i])];
        prev[i] = i - 1;
        next[i] = i + 1 < n ? i + 1 : -1;
    }

    // Candidate merges: lowest rank first, then leftmost (as GPT-2 merges every occurrence of the
    // best pair left to right). Entries go stale when a neighbour changes; they are checked on pop.
    struct Candidate {
        int32_t rank;
        int position;
        TokenId left, right, merged;
        bool operator>(const Candidate& other) const
        {
            return rank != other.rank ? rank > other.rank : position > other.position;
        }
    };
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> queue;
    const auto consider = [&](int position) {
        if (position < 0 || next[position] < 0)
            return;
        const TokenId left = ids[position], right = ids[next[position]];
        const auto found = merges_.find(key(left, right));
        if (found != merges_.end())
            queue.push({found->second.rank, position, left, right, found->second.merged});
    };
    for (int i = 0; i + 1 < n; ++i)
        consider(i);

    while (!queue.empty()) {
        const Candidate candidate = queue.top();
        queue.pop();
        const int position = candidate.position;
        const int right = next[position];
        if (ids[position] != candidate.left || right < 0 || ids[right] != candidate.right)
            continue; // stale
        ids[position] = candidate.merged;
        ids[right] = -1;
        next[position] = next[right];
        if (next[right] >= 0)
            prev[next[right]] = position;
        consider(prev[position]);
        consider(position);
    }
    for (int i = 0; i >= 0; i = next[i])
        out.push_back(ids[i]);
}

} // namespace omni::text
