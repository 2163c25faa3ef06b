// SPDX-License-Identifier: GPL-3.0-or-later
// What every tokenizer the copy generator can drive offers: the shop's own byte-level BPE
// (bpe_tokenizer.h) and GPT-2's, read from a user's vocab.json + merges.txt (gpt2_tokenizer.h).
// Token ids are int32; a token is a sequence of bytes, which need not be whole UTF-8 characters
// (one Chinese character is often split over two byte-level tokens): streaming output goes through
// Utf8StreamDecoder (utf8_stream.h) so that the editor only ever sees whole characters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

using TokenId = int32_t;

class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    // Ordinary text to ids. Special-token spellings inside text ("<|lang:en|>") are NOT turned into
    // special ids here: only specialId() yields those, so shop text can never inject control tokens.
    virtual std::vector<TokenId> encode(std::string_view utf8) const = 0;
    // Ids back to text; special tokens decode to nothing. decode(encode(s)) == s for any valid UTF-8.
    virtual std::string decode(const std::vector<TokenId>& ids) const = 0;
    // The raw bytes of one token (empty for a special token), for streaming.
    virtual std::string tokenBytes(TokenId id) const = 0;
    virtual int32_t vocabSize() const = 0;
    // The id of a special token by its spelling ("<|endoftext|>", "<|lang:zh|>", "<|channel:web|>"),
    // or none when this tokenizer has no such token.
    virtual std::optional<TokenId> specialId(std::string_view spelling) const = 0;
    virtual bool isSpecial(TokenId id) const = 0;
};

} // namespace omni::text
