// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_reader.h"
#include "io/field_parsers.h"
#include "io/row_source.h"

#include <algorithm>

namespace omni::io {

namespace {

constexpr size_t kNoSlot = static_cast<size_t>(-1);

class CsvRowSource : public RowSource {
public:
    CsvRowSource(std::istream& in, const ColumnSpec& spec, const std::string& file)
        : reader_(in), spec_(spec), file_(file)
    {
        readHeader();
    }

    bool next(ImportRow& row) override
    {
        try {
            if (!reader_.next())
                return false;
        } catch (const CsvSyntaxError& error) {
            throw ImportError(file_, error.line(), fieldName(error.field()), error.what());
        }
        const size_t count = reader_.size();
        if (count != header_.size()) {
            const std::string counts = "the row has " + std::to_string(count) + " fields, the header " +
                                       std::to_string(header_.size()) + " (quote values that contain commas)";
            throw ImportError(file_, reader_.line(), fieldName(std::min(count, header_.size())),
                              count < header_.size() ? "missing value: " + counts : "extra value: " + counts);
        }
        row.line = reader_.line();
        row.values.assign(spec_.columns.size(), std::string_view());
        row.attributes.clear();
        for (size_t i = 0; i < count; ++i) {
            if (slots_[i] != kNoSlot)
                row.values[slots_[i]] = reader_.field(i);
            else if (!reader_.field(i).empty()) // an empty attribute cell means "no such attribute"
                row.attributes.emplace_back(attributeNames_[i], reader_.field(i));
        }
        return true;
    }

    int64_t bytesRead() const override { return reader_.bytesRead(); }

private:
    std::string fieldName(size_t index) const
    {
        if (index < header_.size())
            return header_[index];
        return "(field " + std::to_string(index + 1) + ")";
    }

    void readHeader()
    {
        try {
            if (!reader_.next())
                throw ImportError(file_, 1, "", "the file is empty: expected a header row with the columns " +
                                                    spec_.expectedList());
        } catch (const CsvSyntaxError& error) {
            throw ImportError(file_, error.line(), fieldName(error.field()), error.what());
        }
        const int64_t line = reader_.line();
        std::vector<bool> seen(spec_.columns.size(), false);
        for (size_t i = 0; i < reader_.size(); ++i) {
            const std::string name(trimmed(reader_.field(i)));
            header_.push_back(name);
            attributeNames_.emplace_back();
            slots_.push_back(kNoSlot);
            if (name.empty())
                throw ImportError(file_, line, "(field " + std::to_string(i + 1) + ")",
                                  "empty column name in the header");
            for (size_t j = 0; j + 1 < header_.size(); ++j)
                if (header_[j] == name)
                    throw ImportError(file_, line, name, "the column appears twice in the header");
            if (const auto slot = spec_.slotOf(name)) {
                slots_.back() = *slot;
                seen[*slot] = true;
            } else if (spec_.attributes && name.size() > kAttributePrefix.size() &&
                       name.compare(0, kAttributePrefix.size(), kAttributePrefix) == 0) {
                attributeNames_.back() = name.substr(kAttributePrefix.size());
            } else {
                throw ImportError(file_, line, name, "unknown column; expected: " + spec_.expectedList());
            }
        }
        for (size_t slot = 0; slot < spec_.requiredCount; ++slot)
            if (!seen[slot])
                throw ImportError(file_, line, spec_.columns[slot],
                                  "missing required column; expected: " + spec_.expectedList());
    }

    CsvReader reader_;
    const ColumnSpec& spec_;
    std::string file_;
    std::vector<std::string> header_;
    std::vector<size_t> slots_;                // header position -> slot, kNoSlot for attributes
    std::vector<std::string> attributeNames_;  // header position -> attribute name (attr_ removed)
};

} // namespace

std::unique_ptr<RowSource> makeCsvRowSource(std::istream& in, const ColumnSpec& spec, const std::string& file)
{
    return std::make_unique<CsvRowSource>(in, spec, file);
}

} // namespace omni::io
