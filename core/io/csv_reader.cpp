// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_reader.h"

namespace omni::io {

namespace {
constexpr size_t kBufferSize = 1 << 16;
} // namespace

CsvReader::CsvReader(std::istream& in) : in_(in), buffer_(kBufferSize) {}

bool CsvReader::fill()
{
    if (pos_ < end_)
        return true;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    end_ = static_cast<size_t>(in_.gcount());
    pos_ = 0;
    if (!started_) {
        started_ = true;
        // A UTF-8 byte order mark (spreadsheets write one) is not part of the first column's name.
        if (end_ >= 3 && static_cast<unsigned char>(buffer_[0]) == 0xEF &&
            static_cast<unsigned char>(buffer_[1]) == 0xBB && static_cast<unsigned char>(buffer_[2]) == 0xBF) {
            pos_ = 3;
            consumed_ += 3;
        }
    }
    return pos_ < end_;
}

bool CsvReader::peek(char& c)
{
    if (!fill())
        return false;
    c = buffer_[pos_];
    return true;
}

std::string& CsvReader::newField()
{
    if (count_ == fields_.size())
        fields_.emplace_back();
    std::string& field = fields_[count_++];
    field.clear();
    return field;
}

bool CsvReader::next()
{
    count_ = 0;
    char c = 0;
    // Skip empty lines between records (a trailing blank line is common in hand-made files).
    for (;;) {
        if (!peek(c))
            return false;
        if (c == '\n') {
            ++pos_;
            ++consumed_;
            ++line_;
        } else if (c == '\r') {
            ++pos_;
            ++consumed_;
        } else {
            break;
        }
    }
    recordLine_ = line_;

    for (;;) {
        std::string& field = newField();
        const size_t fieldIndex = count_ - 1;
        if (peek(c) && c == '"') {
            ++pos_;
            ++consumed_;
            const int64_t openedOn = line_;
            // Quoted field: runs to the next lone quote; "" is one quote; line breaks are data.
            for (;;) {
                if (!fill())
                    throw CsvSyntaxError(openedOn, fieldIndex, "quoted field is not closed before the end of the file");
                const char* begin = buffer_.data() + pos_;
                const char* stop = begin;
                const char* limit = buffer_.data() + end_;
                while (stop < limit && *stop != '"') {
                    if (*stop == '\n')
                        ++line_;
                    ++stop;
                }
                field.append(begin, stop);
                consumed_ += stop - begin;
                pos_ += static_cast<size_t>(stop - begin);
                if (stop == limit)
                    continue;
                ++pos_; // the quote
                ++consumed_;
                if (peek(c) && c == '"') {
                    field.push_back('"');
                    ++pos_;
                    ++consumed_;
                    continue;
                }
                break;
            }
            if (!peek(c))
                return true;
            if (c != ',' && c != '\n' && c != '\r')
                throw CsvSyntaxError(line_, fieldIndex,
                                     std::string("unexpected character '") + c +
                                         "' after a closing quote (a quote inside a quoted field is written \"\")");
        } else {
            // Unquoted field: runs to the next comma or line end.
            for (;;) {
                if (!fill())
                    return true;
                const char* begin = buffer_.data() + pos_;
                const char* stop = begin;
                const char* limit = buffer_.data() + end_;
                while (stop < limit && *stop != ',' && *stop != '\n' && *stop != '\r' && *stop != '"')
                    ++stop;
                field.append(begin, stop);
                consumed_ += stop - begin;
                pos_ += static_cast<size_t>(stop - begin);
                if (stop == limit)
                    continue;
                if (*stop == '"')
                    throw CsvSyntaxError(line_, fieldIndex,
                                         "quote inside an unquoted field (quote the whole field and write a quote "
                                         "as \"\")");
                break;
            }
        }
        // Here the next character is a comma or a line end.
        peek(c);
        ++pos_;
        ++consumed_;
        if (c == ',')
            continue;
        if (c == '\r' && peek(c) && c == '\n') {
            ++pos_;
            ++consumed_;
        }
        ++line_;
        return true;
    }
}

} // namespace omni::io
