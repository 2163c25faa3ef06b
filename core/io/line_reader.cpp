// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/line_reader.h"

namespace omni::io {

namespace {
bool isBlank(const std::string& text)
{
    for (const char c : text)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}
} // namespace

bool LineReader::next()
{
    while (std::getline(in_, text_)) {
        ++line_;
        bytes_ += static_cast<int64_t>(text_.size()) + (in_.eof() ? 0 : 1);
        if (line_ == 1 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0)
            text_.erase(0, 3);
        if (!text_.empty() && text_.back() == '\r')
            text_.pop_back();
        if (!isBlank(text_))
            return true;
    }
    return false;
}

} // namespace omni::io
