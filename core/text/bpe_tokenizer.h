// SPDX-License-Identifier: GPL-3.0-or-later
// The shop's own byte-level BPE tokenizer, trained on the shop's text (titles, descriptions,
// reviews; English and Chinese). Ids 0-255 are the 256 single bytes, so any text (emoji, any
// script, even bytes that are not UTF-8) can be encoded; then come the learned merges, in the order
// learned; then the special (control) tokens, which encode() never produces (see tokenizer.h).
// The tokenizer travels inside the model file as serialize()'s versioned blob.
#pragma once

#include "runtime/job.h"
#include "text/tokenizer.h"
#include "text/tokenizer_error.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace omni::text {

class BpeMerger;

class BpeTokenizer : public Tokenizer {
public:
    // Learns up to vocabularySize - 256 - specialTokens.size() merges from texts (pre-tokenized
    // with PretokenizerKind::Shop; a pair must occur at least twice to be merged, so a small corpus
    // may give a smaller vocabulary: vocabSize() says what it is). Special tokens get the last ids,
    // in the order given. Throws TokenizerError for a vocabulary smaller than 256 + specials, an
    // empty or repeated special token; JobCancelled when job is cancelled.
    static BpeTokenizer train(const std::vector<std::string>& texts, int vocabularySize,
                              const std::vector<std::string>& specialTokens,
                              const runtime::JobContext* job = nullptr);

    // A versioned, checksummed text blob (stored inside the model file).
    std::string serialize() const;
    // Throws TokenizerError saying what is wrong with a truncated, garbled or newer blob.
    static BpeTokenizer deserialize(const std::string& blob);

    std::vector<TokenId> encode(std::string_view utf8) const override;
    std::string decode(const std::vector<TokenId>& ids) const override;
    std::string tokenBytes(TokenId id) const override;
    int32_t vocabSize() const override;
    std::optional<TokenId> specialId(std::string_view spelling) const override;
    bool isSpecial(TokenId id) const override;

    // The learned merges in rank order: merge i made token 256 + i from (left, right).
    const std::vector<std::pair<TokenId, TokenId>>& merges() const { return state_->merges; }
    const std::vector<std::string>& specialTokens() const { return state_->specials; }

private:
    struct State {
        std::vector<std::pair<TokenId, TokenId>> merges;
        std::vector<std::string> specials;
        std::vector<std::string> tokens; // bytes of ids 0 .. 256 + merges - 1
        std::unordered_map<std::string, TokenId> specialIds;
        std::shared_ptr<BpeMerger> merger;
    };
    BpeTokenizer(std::vector<std::pair<TokenId, TokenId>> merges, std::vector<std::string> specials);

    std::shared_ptr<const State> state_; // immutable and shared by copies, the piece cache included
};

} // namespace omni::text
