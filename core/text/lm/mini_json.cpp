// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/mini_json.h"

#include <cctype>
#include <limits>

namespace omni::text::json {

namespace {

constexpr int kMaxDepth = 64;

class Parser {
public:
    explicit Parser(std::string_view text)
        : text_(text)
    {
    }

    Value document()
    {
        Value value = parseValue(0);
        skipSpace();
        if (pos_ != text_.size())
            fail("unexpected text after the JSON value");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string& what) const { throw ParseError(pos_, what); }

    void skipSpace()
    {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' ||
                                       text_[pos_] == '\r'))
            ++pos_;
    }

    char peek()
    {
        skipSpace();
        if (pos_ >= text_.size())
            fail("unexpected end of the JSON text");
        return text_[pos_];
    }

    void expect(char c)
    {
        if (peek() != c)
            fail(std::string("expected '") + c + "'");
        ++pos_;
    }

    void literal(std::string_view word)
    {
        if (text_.substr(pos_, word.size()) != word)
            fail("unknown literal");
        pos_ += word.size();
    }

    Value parseValue(int depth)
    {
        if (depth > kMaxDepth)
            fail("nested too deeply");
        Value value;
        const char c = peek();
        if (c == '{') {
            value.type = Value::Type::Object;
            ++pos_;
            if (peek() == '}') {
                ++pos_;
                return value;
            }
            while (true) {
                if (peek() != '"')
                    fail("expected a member name in quotes");
                std::string key = parseString();
                expect(':');
                value.members.emplace_back(std::move(key), parseValue(depth + 1));
                if (peek() == ',') {
                    ++pos_;
                    continue;
                }
                expect('}');
                return value;
            }
        }
        if (c == '[') {
            value.type = Value::Type::Array;
            ++pos_;
            if (peek() == ']') {
                ++pos_;
                return value;
            }
            while (true) {
                value.items.push_back(parseValue(depth + 1));
                if (peek() == ',') {
                    ++pos_;
                    continue;
                }
                expect(']');
                return value;
            }
        }
        if (c == '"') {
            value.type = Value::Type::String;
            value.text = parseString();
            return value;
        }
        if (c == 't' || c == 'f') {
            value.type = Value::Type::Bool;
            value.boolean = c == 't';
            literal(c == 't' ? "true" : "false");
            return value;
        }
        if (c == 'n') {
            literal("null");
            return value;
        }
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
            value.type = Value::Type::Number;
            const size_t start = pos_;
            if (text_[pos_] == '-')
                ++pos_;
            auto digits = [this] {
                const size_t first = pos_;
                while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_])))
                    ++pos_;
                if (pos_ == first)
                    fail("expected a digit");
            };
            digits();
            if (pos_ < text_.size() && text_[pos_] == '.') {
                ++pos_;
                digits();
            }
            if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
                ++pos_;
                if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-'))
                    ++pos_;
                digits();
            }
            value.text = std::string(text_.substr(start, pos_ - start));
            return value;
        }
        fail("expected a JSON value");
    }

    unsigned hex4()
    {
        if (pos_ + 4 > text_.size())
            fail("a \\u escape needs four hex digits");
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = text_[pos_++];
            code <<= 4;
            if (h >= '0' && h <= '9')
                code |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
                code |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                code |= static_cast<unsigned>(h - 'A' + 10);
            else
                fail("a \\u escape needs four hex digits");
        }
        return code;
    }

    static void appendUtf8(std::string& out, unsigned code)
    {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    std::string parseString()
    {
        ++pos_; // the opening quote
        std::string out;
        while (true) {
            if (pos_ >= text_.size())
                fail("unterminated string");
            const char c = text_[pos_++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("a control character inside a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size())
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
                if (code >= 0xD800 && code < 0xDC00 && text_.substr(pos_, 2) == "\\u") {
                    pos_ += 2;
                    const unsigned low = hex4();
                    if (low < 0xDC00 || low >= 0xE000)
                        fail("an unpaired surrogate in a \\u escape");
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, code);
                break;
            }
            default:
                fail("an unknown escape in a string");
            }
        }
    }

    std::string_view text_;
    size_t pos_ = 0;
};

} // namespace

const Value* Value::find(std::string_view key) const
{
    for (const auto& [name, value] : members)
        if (name == key)
            return &value;
    return nullptr;
}

std::optional<uint64_t> Value::asUnsigned() const
{
    if (type != Type::Number || text.empty())
        return std::nullopt;
    uint64_t result = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const uint64_t digit = static_cast<uint64_t>(c - '0');
        if (result > (std::numeric_limits<uint64_t>::max() - digit) / 10)
            return std::nullopt;
        result = result * 10 + digit;
    }
    return result;
}

Value parse(std::string_view text) { return Parser(text).document(); }

} // namespace omni::text::json
