// SPDX-License-Identifier: GPL-3.0-or-later
// A small JSON writer for results files and the models table's metrics: objects, arrays,
// strings (escaped), numbers (NaN and infinities written as null), booleans. Indented, or compact
// on one line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace omni::recsys {

class JsonWriter {
public:
    explicit JsonWriter(bool indented = true) : indented_(indented) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(int64_t number);
    JsonWriter& value(int number) { return value(static_cast<int64_t>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // Inserts already-written JSON (e.g. a nested document) as a value.
    JsonWriter& raw(std::string_view json);

    const std::string& text() const { return out_; }

private:
    void beforeValue();
    void newline();

    std::string out_;
    std::vector<bool> first_; // per open container: no element written yet
    bool afterKey_ = false;
    bool indented_;
};

} // namespace omni::recsys
