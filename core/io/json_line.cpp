// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/json_line.h"

#include <cstdint>

namespace omni::io {

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    JsonObject parseLine()
    {
        skipSpace();
        if (atEnd() || text_[pos_] != '{')
            fail("expected '{': each line must hold one JSON object");
        JsonObject object;
        parseMembers([&](std::string key, size_t keyColumn) {
            for (const auto& member : object)
                if (member.first == key)
                    failAt(keyColumn, "duplicate key \"" + key + "\"");
            object.emplace_back(std::move(key), parseValue());
        });
        skipSpace();
        if (!atEnd())
            fail("unexpected text after the object (one object per line)");
        return object;
    }

private:
    bool atEnd() const { return pos_ >= text_.size(); }

    [[noreturn]] void failAt(size_t position, const std::string& reason) const
    {
        throw JsonSyntaxError(position + 1, reason);
    }
    [[noreturn]] void fail(const std::string& reason) const { failAt(pos_, reason); }

    void skipSpace()
    {
        while (!atEnd() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\r' || text_[pos_] == '\n'))
            ++pos_;
    }

    void expect(char c, const char* what)
    {
        skipSpace();
        if (atEnd() || text_[pos_] != c)
            fail(std::string("expected ") + what);
        ++pos_;
    }

    // Reads "{ "key": <value>, ... }" starting at '{'; onMember parses each value.
    template <typename OnMember>
    void parseMembers(OnMember onMember)
    {
        ++pos_; // '{'
        skipSpace();
        if (!atEnd() && text_[pos_] == '}') {
            ++pos_;
            return;
        }
        for (;;) {
            skipSpace();
            if (atEnd() || text_[pos_] != '"')
                fail("expected a quoted key");
            const size_t keyColumn = pos_;
            std::string key = parseString();
            expect(':', "':' after the key");
            skipSpace();
            onMember(std::move(key), keyColumn);
            skipSpace();
            if (atEnd())
                fail("the object is not closed (missing '}')");
            if (text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (text_[pos_] == '}') {
                ++pos_;
                return;
            }
            fail("expected ',' or '}' after a value");
        }
    }

    JsonValue parseValue()
    {
        skipSpace();
        if (atEnd())
            fail("expected a value");
        JsonValue value;
        const char c = text_[pos_];
        if (c == '"') {
            value.type = JsonValue::Type::String;
            value.text = parseString();
        } else if (c == '{') {
            value.type = JsonValue::Type::Object;
            value.members = parseStringObject();
        } else if (c == '[') {
            fail("arrays are not supported (use a flat object per line)");
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            value.type = JsonValue::Type::Number;
            value.text = parseNumber();
        } else if (literal("true")) {
            value.type = JsonValue::Type::Bool;
            value.text = "true";
        } else if (literal("false")) {
            value.type = JsonValue::Type::Bool;
            value.text = "false";
        } else if (literal("null")) {
            value.type = JsonValue::Type::Null;
        } else {
            fail("expected a value (string, number, true, false, null or object)");
        }
        return value;
    }

    // A nested object may only hold strings: one level, as a product's attributes.
    std::vector<std::pair<std::string, std::string>> parseStringObject()
    {
        std::vector<std::pair<std::string, std::string>> members;
        parseMembers([&](std::string key, size_t keyColumn) {
            for (const auto& member : members)
                if (member.first == key)
                    failAt(keyColumn, "duplicate key \"" + key + "\"");
            if (atEnd() || text_[pos_] != '"')
                fail("values of a nested object must be strings (\"" + key + "\")");
            members.emplace_back(std::move(key), parseString());
        });
        return members;
    }

    bool literal(std::string_view word)
    {
        if (text_.substr(pos_, word.size()) != word)
            return false;
        pos_ += word.size();
        return true;
    }

    std::string parseNumber()
    {
        // The JSON grammar exactly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        const size_t start = pos_;
        auto digitsRun = [&] {
            const size_t from = pos_;
            while (!atEnd() && text_[pos_] >= '0' && text_[pos_] <= '9')
                ++pos_;
            return pos_ - from;
        };
        if (text_[pos_] == '-')
            ++pos_;
        if (!atEnd() && text_[pos_] == '0') {
            ++pos_;
            if (!atEnd() && text_[pos_] >= '0' && text_[pos_] <= '9')
                failAt(start, "numbers must not have leading zeros");
        } else if (digitsRun() == 0) {
            failAt(start, "malformed number");
        }
        if (!atEnd() && text_[pos_] == '.') {
            ++pos_;
            if (digitsRun() == 0)
                failAt(start, "malformed number (digits expected after '.')");
        }
        if (!atEnd() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            ++pos_;
            if (!atEnd() && (text_[pos_] == '+' || text_[pos_] == '-'))
                ++pos_;
            if (digitsRun() == 0)
                failAt(start, "malformed number (digits expected in the exponent)");
        }
        return std::string(text_.substr(start, pos_ - start));
    }

    unsigned parseHex4()
    {
        if (pos_ + 4 > text_.size())
            fail("\\u needs four hex digits");
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[pos_++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<unsigned>(c - 'A' + 10);
            else
                failAt(pos_ - 1, "\\u needs four hex digits");
        }
        return value;
    }

    static void appendUtf8(std::string& out, uint32_t codePoint)
    {
        if (codePoint < 0x80) {
            out.push_back(static_cast<char>(codePoint));
        } else if (codePoint < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        } else if (codePoint < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        }
    }

    // Called at the opening quote; returns the decoded text.
    std::string parseString()
    {
        const size_t start = pos_;
        ++pos_;
        std::string out;
        for (;;) {
            if (atEnd())
                failAt(start, "string is not closed");
            const char c = text_[pos_];
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in a string (write it as an escape such as \\n)");
            if (c != '\\') {
                out.push_back(c);
                ++pos_;
                continue;
            }
            const size_t escapeAt = pos_;
            ++pos_;
            if (atEnd())
                failAt(start, "string is not closed");
            switch (text_[pos_++]) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': {
                uint32_t codePoint = parseHex4();
                if (codePoint >= 0xDC00 && codePoint <= 0xDFFF)
                    failAt(escapeAt, "lone low surrogate \\u escape");
                if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
                    // Characters beyond the BMP (emoji, rare CJK) come as a surrogate pair.
                    if (text_.substr(pos_, 2) != "\\u")
                        failAt(escapeAt, "high surrogate \\u escape not followed by a low surrogate");
                    pos_ += 2;
                    const uint32_t low = parseHex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        failAt(escapeAt, "high surrogate \\u escape not followed by a low surrogate");
                    codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, codePoint);
                break;
            }
            default:
                failAt(escapeAt, std::string("unknown escape \\") + text_[pos_ - 1]);
            }
        }
    }

    std::string_view text_;
    size_t pos_ = 0;
};

} // namespace

JsonObject parseJsonObjectLine(std::string_view line) { return Parser(line).parseLine(); }

} // namespace omni::io
