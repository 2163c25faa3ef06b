// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/line_reader.h"
#include "io/row_source.h"

namespace omni::io {

namespace {

class UserItemRowSource : public RowSource {
public:
    UserItemRowSource(std::istream& in, const std::string& file) : lines_(in), file_(file) {}

    bool next(ImportRow& row) override
    {
        if (!lines_.next()) {
            if (!sawLine_)
                throw ImportError(file_, 1, "", "the file is empty: expected \"user item\" lines");
            return false;
        }
        sawLine_ = true;
        const std::string& text = lines_.text();
        row.line = lines_.line();
        row.values.clear();
        row.attributes.clear();
        size_t pos = 0;
        for (;;) {
            while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t'))
                ++pos;
            if (pos == text.size())
                break;
            const size_t start = pos;
            while (pos < text.size() && text[pos] != ' ' && text[pos] != '\t')
                ++pos;
            row.values.emplace_back(text.data() + start, pos - start);
        }
        if (row.values.size() != 2)
            throw ImportError(file_, row.line, "",
                              "expected 2 fields \"user item\", found " + std::to_string(row.values.size()));
        return true;
    }

    int64_t bytesRead() const override { return lines_.bytesRead(); }

private:
    LineReader lines_;
    std::string file_;
    bool sawLine_ = false;
};

} // namespace

std::unique_ptr<RowSource> makeUserItemRowSource(std::istream& in, const std::string& file)
{
    return std::make_unique<UserItemRowSource>(in, file);
}

} // namespace omni::io
