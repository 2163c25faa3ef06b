// SPDX-License-Identifier: GPL-3.0-or-later
// The core's general JSON reader and writer: any JSON document into a tree of values that remember
// the line and column they were written at (so a file's reader can say "file:line: problem"), and
// the same tree written back, pretty-printed in a stable order. Numbers keep their literal, so
// 64-bit integers and prices like "12.50" are read exactly. The GPT-2 loader (text/lm/mini_json.h)
// and the dialogue test suites read with it; JSON Lines import keeps its one-line reader
// (io/json_line.h) and vocab.json its hashing reader (text/vocab_json.h) for their special needs.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omni::io::json {

// Malformed JSON: what() is "line L, column C: problem"; the position is also given as numbers.
class ParseError : public std::runtime_error {
public:
    ParseError(size_t offset, size_t line, size_t column, const std::string& reason);
    size_t offset() const { return offset_; } // 0-based byte
    size_t line() const { return line_; }     // 1-based
    size_t column() const { return column_; } // 1-based byte in the line
    const std::string& reason() const { return reason_; }

private:
    size_t offset_, line_, column_;
    std::string reason_;
};

struct Value {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    std::string text; // String: decoded UTF-8; Number: the literal as written
    std::vector<Value> items;
    std::vector<std::pair<std::string, Value>> members; // in file order
    size_t line = 0;   // where the value starts (1-based; 0 when built in code)
    size_t column = 0;

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    // The member named key of an object, or nullptr.
    const Value* find(std::string_view key) const;
    // A number that is a non-negative integer (no fraction, no exponent) fitting in 64 bits.
    std::optional<uint64_t> asUnsigned() const;
    // Any number as a double (nullopt for other types).
    std::optional<double> asDouble() const;

    // Building values in code, for writing.
    static Value makeNull() { return {}; }
    static Value makeString(std::string text);
    static Value makeBool(bool value);
    static Value makeInt(int64_t value);
    static Value makeNumber(double value, int decimals = 6); // fixed notation, trailing zeros trimmed
    static Value makeArray();
    static Value makeObject();
    Value& add(std::string key, Value value); // object member, returns the added value
    Value& push(Value value);                 // array item, returns the added value
};

// Parses exactly one JSON value (white space around it allowed); nesting is limited to 64 levels.
// Duplicate member names are kept as written (readers that care check them).
Value parse(std::string_view text);

// The text of a JSON string literal for text (quotes included); non-ASCII UTF-8 is written as is.
std::string quote(std::string_view text);

// value as JSON text, indented by indent spaces per level; an array or object holding only scalars
// stays on one line when it fits in about 100 columns. Ends without a newline.
std::string write(const Value& value, int indent = 2);

} // namespace omni::io::json
