// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/json_line.h"
#include "io/line_reader.h"
#include "io/row_source.h"

namespace omni::io {

namespace {

class JsonLinesRowSource : public RowSource {
public:
    JsonLinesRowSource(std::istream& in, const ColumnSpec& spec, const std::string& file)
        : lines_(in), spec_(spec), file_(file)
    {
    }

    bool next(ImportRow& row) override
    {
        if (!lines_.next()) {
            if (!sawObject_)
                throw ImportError(file_, 1, "", "the file is empty: expected one JSON object per line");
            return false;
        }
        sawObject_ = true;
        const int64_t line = lines_.line();
        try {
            object_ = parseJsonObjectLine(lines_.text());
        } catch (const JsonSyntaxError& error) {
            throw ImportError(file_, line, "",
                              "malformed JSON at character " + std::to_string(error.column()) + ": " + error.what());
        }
        row.line = line;
        row.values.assign(spec_.columns.size(), std::string_view());
        row.attributes.clear();
        std::vector<bool> seen(spec_.columns.size(), false);
        for (const auto& [key, value] : object_) {
            if (spec_.attributes && key == "attributes") {
                if (value.type == JsonValue::Type::Null)
                    continue;
                if (value.type != JsonValue::Type::Object)
                    throw ImportError(file_, line, key, "must be an object of string values");
                for (const auto& [name, text] : value.members) {
                    if (name.empty())
                        throw ImportError(file_, line, key, "an attribute needs a name");
                    row.attributes.emplace_back(name, text);
                }
                continue;
            }
            if (value.type == JsonValue::Type::Object)
                throw ImportError(file_, line, key,
                                  spec_.attributes ? "nested objects are allowed only for \"attributes\""
                                                   : "nested objects are not allowed for this kind");
            if (const auto slot = spec_.slotOf(key)) {
                row.values[*slot] = value.text; // null has empty text: the same as a blank CSV cell
                seen[*slot] = true;
            } else if (spec_.attributes && key.size() > kAttributePrefix.size() &&
                       key.compare(0, kAttributePrefix.size(), kAttributePrefix) == 0) {
                if (!value.text.empty())
                    row.attributes.emplace_back(std::string_view(key).substr(kAttributePrefix.size()), value.text);
            } else {
                throw ImportError(file_, line, key, "unknown column; expected: " + spec_.expectedList());
            }
        }
        for (size_t slot = 0; slot < spec_.requiredCount; ++slot)
            if (!seen[slot])
                throw ImportError(file_, line, spec_.columns[slot], "missing required column");
        return true;
    }

    int64_t bytesRead() const override { return lines_.bytesRead(); }

private:
    LineReader lines_;
    const ColumnSpec& spec_;
    std::string file_;
    JsonObject object_; // the row's values point into it
    bool sawObject_ = false;
};

} // namespace

std::unique_ptr<RowSource> makeJsonLinesRowSource(std::istream& in, const ColumnSpec& spec, const std::string& file)
{
    return std::make_unique<JsonLinesRowSource>(in, spec, file);
}

} // namespace omni::io
