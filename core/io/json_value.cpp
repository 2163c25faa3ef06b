// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/json_value.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace omni::io::json {

ParseError::ParseError(size_t offset, size_t line, size_t column, const std::string& reason)
    : std::runtime_error("line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + reason)
    , offset_(offset)
    , line_(line)
    , column_(column)
    , reason_(reason)
{
}

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
    // Line and column of pos_, counted only when needed (errors and value starts are rare
    // enough next to the bytes scanned; values remember theirs through mark()).
    void advanceLineTo(size_t pos)
    {
        for (; counted_ < pos && counted_ < text_.size(); ++counted_)
            if (text_[counted_] == '\n') {
                ++line_;
                lineStart_ = counted_ + 1;
            }
    }

    void mark(Value& value)
    {
        advanceLineTo(pos_);
        value.line = line_;
        value.column = pos_ - lineStart_ + 1;
    }

    [[noreturn]] void fail(const std::string& what)
    {
        advanceLineTo(pos_);
        throw ParseError(pos_, line_, pos_ - lineStart_ + 1, what);
    }

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

    void expect(char c, const char* what)
    {
        if (peek() != c)
            fail(std::string("expected ") + what);
        ++pos_;
    }

    void literal(std::string_view word)
    {
        if (text_.substr(pos_, word.size()) != word)
            fail("unknown literal (strings need double quotes)");
        pos_ += word.size();
    }

    Value parseValue(int depth)
    {
        if (depth > kMaxDepth)
            fail("nested too deeply");
        Value value;
        const char c = peek();
        mark(value);
        if (c == '{') {
            value.type = Value::Type::Object;
            ++pos_;
            if (peek() == '}') {
                ++pos_;
                return value;
            }
            while (true) {
                if (peek() != '"')
                    fail("expected a member name in double quotes");
                std::string key = parseString();
                expect(':', "':' after a member name");
                value.members.emplace_back(std::move(key), parseValue(depth + 1));
                if (peek() == ',') {
                    ++pos_;
                    continue;
                }
                expect('}', "',' or '}' in an object");
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
                expect(']', "',' or ']' in an array");
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
            if (static_cast<unsigned char>(c) < 0x20) {
                --pos_;
                fail("a control character (such as a line break) inside a string");
            }
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
    size_t counted_ = 0;
    size_t line_ = 1;
    size_t lineStart_ = 0;
};

bool isScalar(const Value& value)
{
    return !value.isArray() && !value.isObject();
}

void writeScalar(const Value& value, std::string& out)
{
    switch (value.type) {
    case Value::Type::Null: out += "null"; break;
    case Value::Type::Bool: out += value.boolean ? "true" : "false"; break;
    case Value::Type::Number: out += value.text.empty() ? "0" : value.text; break;
    case Value::Type::String: out += quote(value.text); break;
    default: break;
    }
}

void writeValue(const Value& value, int indent, int level, std::string& out)
{
    if (isScalar(value)) {
        writeScalar(value, out);
        return;
    }
    const bool object = value.isObject();
    const size_t count = object ? value.members.size() : value.items.size();
    if (count == 0) {
        out += object ? "{}" : "[]";
        return;
    }
    // A short container of scalars reads best on one line: ["a", "b"], {"field": "status", "value": "shipped"}.
    bool flat = true;
    for (size_t i = 0; i < count && flat; ++i)
        flat = isScalar(object ? value.members[i].second : value.items[i]);
    if (flat) {
        std::string line = object ? "{" : "[";
        for (size_t i = 0; i < count; ++i) {
            if (i > 0)
                line += ", ";
            if (object) {
                line += quote(value.members[i].first);
                line += ": ";
            }
            writeScalar(object ? value.members[i].second : value.items[i], line);
        }
        line += object ? "}" : "]";
        if (line.size() + static_cast<size_t>(indent * level) <= 100 || indent == 0) {
            out += line;
            return;
        }
    }
    out += object ? "{" : "[";
    const std::string inner(static_cast<size_t>(indent * (level + 1)), ' ');
    for (size_t i = 0; i < count; ++i) {
        out += i > 0 ? "," : "";
        if (indent > 0) {
            out += '\n';
            out += inner;
        }
        if (object) {
            out += quote(value.members[i].first);
            out += indent > 0 ? ": " : ":";
        }
        writeValue(object ? value.members[i].second : value.items[i], indent, level + 1, out);
    }
    if (indent > 0) {
        out += '\n';
        out += std::string(static_cast<size_t>(indent * level), ' ');
    }
    out += object ? "}" : "]";
}

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

std::optional<double> Value::asDouble() const
{
    if (type != Type::Number || text.empty())
        return std::nullopt;
    return std::strtod(text.c_str(), nullptr);
}

Value Value::makeString(std::string text)
{
    Value value;
    value.type = Type::String;
    value.text = std::move(text);
    return value;
}

Value Value::makeBool(bool flag)
{
    Value value;
    value.type = Type::Bool;
    value.boolean = flag;
    return value;
}

Value Value::makeInt(int64_t number)
{
    Value value;
    value.type = Type::Number;
    value.text = std::to_string(number);
    return value;
}

Value Value::makeNumber(double number, int decimals)
{
    Value value;
    if (!std::isfinite(number))
        return value; // JSON has no NaN or infinity: null
    value.type = Type::Number;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, number);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    if (text == "-0")
        text = "0";
    value.text = text;
    return value;
}

Value Value::makeArray()
{
    Value value;
    value.type = Type::Array;
    return value;
}

Value Value::makeObject()
{
    Value value;
    value.type = Type::Object;
    return value;
}

Value& Value::add(std::string key, Value value)
{
    members.emplace_back(std::move(key), std::move(value));
    return members.back().second;
}

Value& Value::push(Value value)
{
    items.push_back(std::move(value));
    return items.back();
}

Value parse(std::string_view text) { return Parser(text).document(); }

std::string quote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

std::string write(const Value& value, int indent)
{
    std::string out;
    writeValue(value, indent, 0, out);
    return out;
}

} // namespace omni::io::json
