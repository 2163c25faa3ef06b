// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/vocab_json.h"

#include "text/tokenizer_error.h"
#include "text/utf8_stream.h"

#include <unordered_set>

namespace omni::text {

namespace {

class VocabReader {
public:
    VocabReader(std::string_view text, const std::string& name) : text_(text), name_(name) {}

    std::vector<std::pair<std::string, int64_t>> read()
    {
        std::vector<std::pair<std::string, int64_t>> entries;
        std::unordered_set<std::string> keys;
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") // a byte order mark some editors write
            pos_ += 3;
        skipSpace();
        if (atEnd())
            fail("the file is empty (expected a JSON object of token ids)");
        if (peek() != '{')
            fail("expected '{': vocab.json must hold one JSON object of token ids");
        ++pos_;
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++pos_;
        } else {
            for (;;) {
                skipSpace();
                if (atEnd())
                    fail("the object is not closed (missing '}')");
                if (peek() != '"')
                    fail("expected a quoted token");
                const size_t keyAt = pos_;
                std::string key = readString();
                skipSpace();
                if (atEnd() || peek() != ':')
                    fail("expected ':' after the token");
                ++pos_;
                skipSpace();
                const int64_t id = readId();
                if (!keys.insert(key).second)
                    failAt(keyAt, "token \"" + key + "\" appears twice");
                entries.emplace_back(std::move(key), id);
                skipSpace();
                if (atEnd())
                    fail("the object is not closed (missing '}')");
                if (peek() == ',') {
                    ++pos_;
                    continue;
                }
                if (peek() == '}') {
                    ++pos_;
                    break;
                }
                fail("expected ',' or '}' after an id");
            }
        }
        skipSpace();
        if (!atEnd())
            fail("unexpected text after the object");
        return entries;
    }

private:
    bool atEnd() const { return pos_ >= text_.size(); }
    char peek() const { return text_[pos_]; }

    [[noreturn]] void failAt(size_t position, const std::string& problem) const
    {
        size_t line = 1, lineStart = 0;
        for (size_t i = 0; i < position && i < text_.size(); ++i)
            if (text_[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        throw TokenizerError(name_ + ":" + std::to_string(line) + ":" + std::to_string(position - lineStart + 1) +
                             ": " + problem);
    }
    [[noreturn]] void fail(const std::string& problem) const { failAt(pos_, problem); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n'))
            ++pos_;
    }

    int64_t readId()
    {
        if (atEnd() || peek() < '0' || peek() > '9') {
            if (!atEnd() && peek() == '-')
                fail("token ids cannot be negative");
            fail("expected a token id (a non-negative integer)");
        }
        if (peek() == '0' && pos_ + 1 < text_.size() && text_[pos_ + 1] >= '0' && text_[pos_ + 1] <= '9')
            fail("a number cannot start with 0");
        int64_t value = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            value = value * 10 + (peek() - '0');
            if (value > 0x7FFFFFFF)
                fail("token id too large");
            ++pos_;
        }
        if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E'))
            fail("token ids must be whole numbers");
        return value;
    }

    unsigned hex4()
    {
        if (text_.size() - pos_ < 4)
            fail("incomplete \\u escape");
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[pos_++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= c - '0';
            else if (c >= 'a' && c <= 'f')
                value |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                value |= c - 'A' + 10;
            else
                failAt(pos_ - 1, "bad hex digit in a \\u escape");
        }
        return value;
    }

    std::string readString()
    {
        ++pos_; // opening quote
        std::string out;
        for (;;) {
            if (atEnd())
                fail("unterminated string");
            const char c = text_[pos_];
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character inside a string (write it as an escape)");
            if (c != '\\') {
                out += c;
                ++pos_;
                continue;
            }
            const size_t escapeAt = pos_;
            ++pos_;
            if (atEnd())
                fail("unterminated string");
            const char e = text_[pos_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned code = hex4();
                if (code >= 0xD800 && code <= 0xDBFF) {
                    if (text_.substr(pos_, 2) != "\\u")
                        failAt(escapeAt, "a high surrogate escape must be followed by a low one");
                    pos_ += 2;
                    const unsigned low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        failAt(escapeAt, "a high surrogate escape must be followed by a low one");
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    failAt(escapeAt, "a low surrogate escape without a high one");
                }
                appendUtf8(out, code);
                break;
            }
            default:
                failAt(escapeAt, std::string("unknown escape \\") + e);
            }
        }
    }

    std::string_view text_;
    const std::string& name_;
    size_t pos_ = 0;
};

} // namespace

std::vector<std::pair<std::string, int64_t>> parseVocabJson(std::string_view text, const std::string& name)
{
    return VocabReader(text, name).read();
}

} // namespace omni::text
