// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/size_advice.h"

#include <cctype>
#include <cstdlib>
#include <vector>

namespace omni::dialogue {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A number starting at i ("94", "26.5"); end is set past it.
double numberAt(std::string_view text, size_t i, size_t& end)
{
    end = i;
    while (end < text.size() && (isDigit(text[end]) || (text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1]))))
        ++end;
    return std::atof(std::string(text.substr(i, end - i)).c_str());
}

bool isLetterSize(const std::string& word)
{
    for (const char* size : { "XXXL", "XXL", "XL", "L", "M", "S", "XS" })
        if (word == size)
            return true;
    return false;
}

} // namespace

std::optional<double> measurementCm(std::string_view text)
{
    for (size_t i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]) || (i > 0 && (isDigit(text[i - 1]) || text[i - 1] == '.')))
            continue;
        size_t end = 0;
        const double value = numberAt(text, i, end);
        size_t unit = end;
        while (unit < text.size() && text[unit] == ' ')
            ++unit;
        const std::string_view rest = text.substr(unit);
        const bool cm = (rest.size() >= 2 && std::tolower(static_cast<unsigned char>(rest[0])) == 'c'
                         && std::tolower(static_cast<unsigned char>(rest[1])) == 'm')
            || rest.substr(0, 6) == "厘米" || rest.substr(0, 6) == "公分";
        if (cm && value >= 10 && value <= 200)
            return value;
    }
    return std::nullopt;
}

std::optional<SizeRecommendation> recommendSize(const std::string& chartLine, double measurement)
{
    // Walk the line: a letter size, then the first "a-b" range after it belongs to it.
    std::vector<SizeRecommendation> chart;
    std::string pending;
    for (size_t i = 0; i < chartLine.size();) {
        const char c = chartLine[i];
        if (std::isalpha(static_cast<unsigned char>(c))) {
            size_t end = i;
            while (end < chartLine.size() && std::isalpha(static_cast<unsigned char>(chartLine[end])))
                ++end;
            const std::string word = chartLine.substr(i, end - i);
            if (isLetterSize(word))
                pending = word;
            i = end;
            continue;
        }
        if (isDigit(c) && !pending.empty()) {
            size_t end = 0;
            const double from = numberAt(chartLine, i, end);
            if (end < chartLine.size() && chartLine[end] == '-' && end + 1 < chartLine.size() && isDigit(chartLine[end + 1])) {
                size_t toEnd = 0;
                const double to = numberAt(chartLine, end + 1, toEnd);
                chart.push_back({ pending, from, to });
                pending.clear();
                i = toEnd;
                continue;
            }
            i = end;
            continue;
        }
        ++i;
    }
    std::optional<SizeRecommendation> best;
    for (const SizeRecommendation& size : chart)
        if (measurement >= size.from && measurement <= size.to)
            best = size; // later (larger) sizes win on a shared boundary
    return best;
}

} // namespace omni::dialogue
