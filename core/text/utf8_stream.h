// SPDX-License-Identifier: GPL-3.0-or-later
// UTF-8 scanning shared by the tokenizers, and the streaming decoder that turns a stream of token
// bytes into whole characters. A byte-level BPE token may end in the middle of a character (a
// Chinese character is three bytes and often two tokens), so text shown while a model is still
// generating goes through Utf8StreamDecoder: it holds back the bytes of an unfinished character
// until the rest arrives, and never shows half a character.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace omni::text {

// One step of strict UTF-8 decoding (no overlong forms, no surrogates, nothing above U+10FFFF).
struct Utf8Step {
    enum class Kind {
        Character,  // a whole character: codePoint, length bytes
        Incomplete, // the text ends inside a character that could still become valid: length bytes so far
        Invalid,    // not UTF-8: length = the maximal ill-formed subpart (>= 1 byte), to replace by one U+FFFD
    };
    Kind kind = Kind::Invalid;
    char32_t codePoint = 0;
    size_t length = 1;
};

// Decodes the character starting at text[position] (position < text.size()).
Utf8Step decodeUtf8At(std::string_view text, size_t position);

// Appends code point's UTF-8 encoding to out.
void appendUtf8(std::string& out, char32_t codePoint);

// Push bytes as they come; each call returns the whole characters completed so far (possibly none).
// Bytes that cannot be UTF-8 come out as U+FFFD at once; flush() ends the stream, turning an
// unfinished character left over into one U+FFFD.
class Utf8StreamDecoder {
public:
    std::string push(std::string_view bytes);
    std::string flush();
    // Bytes held back: the start of a character still waiting for its remaining bytes.
    size_t pendingBytes() const { return pending_.size(); }

private:
    std::string pending_;
};

} // namespace omni::text
