// SPDX-License-Identifier: GPL-3.0-or-later
// The one JSON shape JSON Lines import needs: a flat object per line whose values are strings,
// numbers, true/false or null, plus (one level deep) objects of string values, as a product's
// "attributes". Arrays and deeper nesting are refused with a message rather than half-read.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omni::io {

// Malformed or unsupported JSON. column is the 1-based byte position in the line.
class JsonSyntaxError : public std::runtime_error {
public:
    JsonSyntaxError(size_t column, const std::string& reason) : std::runtime_error(reason), column_(column) {}
    size_t column() const { return column_; }

private:
    size_t column_;
};

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Object };
    Type type = Type::Null;
    // String: the decoded UTF-8 text. Number: the literal as written (so "12.50" stays "12.50" and
    // is converted by the same code as a CSV field). Bool: "true" or "false".
    std::string text;
    std::vector<std::pair<std::string, std::string>> members; // Object: its string members, in order
};

// Members in the order written; duplicate keys are refused.
using JsonObject = std::vector<std::pair<std::string, JsonValue>>;

// Parses one line holding exactly one object (surrounding white space allowed).
JsonObject parseJsonObjectLine(std::string_view line);

} // namespace omni::io
