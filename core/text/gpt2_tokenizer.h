// SPDX-License-Identifier: GPL-3.0-or-later
// GPT-2's byte-level BPE, read from the Hugging Face files a user brings with a GPT-2 model:
// vocab.json (token -> id, tokens spelled with GPT-2's byte-to-unicode alphabet) and merges.txt
// (one merge "left right" per line, in rank order, after an optional "#version" line).
// Encoding follows GPT-2 exactly: its pre-tokenization pattern (pretokenizer.h), then merges by
// rank inside each piece, so ids match those the model was trained on.
// "<|endoftext|>" is special, as is any vocab.json entry that is not spelled in the byte alphabet
// (an added token): encode() never produces them, specialId() finds them.
#pragma once

#include "text/tokenizer.h"
#include "text/tokenizer_error.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace omni::text {

class BpeMerger;

class Gpt2Tokenizer : public Tokenizer {
public:
    // Throws TokenizerError naming the file, the line (and column for JSON) and the problem:
    // a missing or unreadable file, bad JSON, a merges line that is not two tokens, a merge naming
    // a token vocab.json lacks, a byte with no token.
    static Gpt2Tokenizer fromFiles(const std::string& vocabJsonPath, const std::string& mergesTxtPath);
    // The same from the files' contents; the names are only used in error messages.
    static Gpt2Tokenizer fromText(std::string_view vocabJson, std::string_view mergesTxt,
                                  const std::string& vocabName = "vocab.json",
                                  const std::string& mergesName = "merges.txt");

    std::vector<TokenId> encode(std::string_view utf8) const override;
    std::string decode(const std::vector<TokenId>& ids) const override;
    std::string tokenBytes(TokenId id) const override;
    int32_t vocabSize() const override;
    std::optional<TokenId> specialId(std::string_view spelling) const override;
    bool isSpecial(TokenId id) const override;

    size_t mergeCount() const;

private:
    struct State {
        std::vector<std::string> tokens;  // bytes by id (empty for specials and unused ids)
        std::vector<bool> special;        // by id
        std::unordered_map<std::string, TokenId> specialIds;
        std::shared_ptr<BpeMerger> merger;
    };
    Gpt2Tokenizer() = default;
    std::shared_ptr<const State> state_;
};

// GPT-2's reversible map from the 256 bytes to printable characters (bytes_to_unicode in
// GPT-2's encoder.py): printable Latin-1 bytes map to themselves, the rest to U+0100 upwards.
char32_t gpt2ByteToUnicode(unsigned char byte);

} // namespace omni::text
