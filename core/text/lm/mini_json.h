// SPDX-License-Identifier: GPL-3.0-or-later
// A small, complete JSON reader for the two JSON files the GPT-2 loader meets: the safetensors
// header (objects, arrays, integers) and Hugging Face's config.json (any JSON). Numbers keep their
// literal so that 64-bit offsets are read exactly. INTERNAL to core/text/lm.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omni::text::json {

// Malformed JSON; what() says what was expected and offset() is the byte where it went wrong.
class ParseError : public std::runtime_error {
public:
    ParseError(size_t offset, const std::string& what)
        : std::runtime_error("at byte " + std::to_string(offset) + ": " + what)
        , offset_(offset)
    {
    }
    size_t offset() const { return offset_; }

private:
    size_t offset_;
};

struct Value {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    std::string text; // String: decoded UTF-8; Number: the literal
    std::vector<Value> items;
    std::vector<std::pair<std::string, Value>> members; // in file order

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    // The member named key of an object, or nullptr.
    const Value* find(std::string_view key) const;
    // A number that is a non-negative integer (no fraction, no exponent) fitting in 64 bits.
    std::optional<uint64_t> asUnsigned() const;
};

// Parses exactly one JSON value (white space around it allowed); nesting is limited to 64 levels.
Value parse(std::string_view text);

} // namespace omni::text::json
