// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/quantities.h"

#include "text/facts/chinese_segmenter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace omni::text {

namespace {

struct UnitSpelling {
    std::string spelling;
    std::string unit; // normalised; "" with sizeMark for 码
    bool cjk = false;
};

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Longest spellings first so "mAh" is not read as "m", "个月" not as "个", "毫升" not as "升".
const std::vector<UnitSpelling>& unitSpellings()
{
    static const std::vector<UnitSpelling> spellings = [] {
        const std::vector<std::pair<const char*, const char*>> table = {
            { "millilitres", "ml" }, { "milliliters", "ml" }, { "millilitre", "ml" }, { "milliliter", "ml" },
            { "ml", "ml" }, { "mL", "ml" }, { "ML", "ml" }, { "litres", "L" }, { "liters", "L" }, { "litre", "L" },
            { "liter", "L" }, { "L", "L" }, { "l", "L" }, { "kilograms", "kg" }, { "kilogram", "kg" }, { "kg", "kg" },
            { "KG", "kg" }, { "grams", "g" }, { "gram", "g" }, { "g", "g" }, { "millimetres", "mm" },
            { "millimeters", "mm" }, { "mm", "mm" }, { "centimetres", "cm" }, { "centimeters", "cm" }, { "cm", "cm" },
            { "metres", "m" }, { "meters", "m" }, { "metre", "m" }, { "meter", "m" }, { "m", "m" },
            { "inches", "inch" }, { "inch", "inch" }, { "hours", "h" }, { "hour", "h" }, { "hrs", "h" }, { "hr", "h" },
            { "h", "h" }, { "minutes", "min" }, { "minute", "min" }, { "mins", "min" }, { "min", "min" },
            { "days", "days" }, { "day", "days" }, { "months", "months" }, { "month", "months" },
            { "years", "years" }, { "year", "years" }, { "watts", "W" }, { "watt", "W" }, { "W", "W" },
            { "mAh", "mAh" }, { "pieces", "pcs" }, { "piece", "pcs" }, { "pcs", "pcs" }, { "packs", "packs" },
            { "pack", "packs" }, { "degrees", "degrees" }, { "degree", "degrees" }, { "°C", "degrees" },
            { "℃", "degrees" }, { "%", "%" },
            // Chinese
            { "毫升", "ml" }, { "升", "L" }, { "千克", "kg" }, { "公斤", "kg" }, { "克", "g" }, { "毫米", "mm" },
            { "厘米", "cm" }, { "公分", "cm" }, { "米", "m" }, { "英寸", "inch" }, { "寸", "inch" },
            { "小时", "h" }, { "分钟", "min" }, { "天", "days" }, { "个月", "months" }, { "年", "years" },
            { "瓦", "W" }, { "毫安时", "mAh" }, { "毫安", "mAh" }, { "件套", "pcs" }, { "片装", "pcs" },
            { "件", "pcs" }, { "片", "pcs" }, { "个", "pcs" }, { "支", "pcs" }, { "包装", "packs" },
            { "连包", "packs" }, { "包", "packs" }, { "袋", "packs" }, { "度", "degrees" }, { "码", "" },
        };
        std::vector<UnitSpelling> all;
        for (const auto& [spelling, unit] : table) {
            const std::string text = spelling;
            const bool cjk = std::any_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) >= 0x80; })
                && text != "°C" && text != "℃";
            all.push_back({ text, unit, cjk });
        }
        std::stable_sort(all.begin(), all.end(),
            [](const UnitSpelling& a, const UnitSpelling& b) { return a.spelling.size() > b.spelling.size(); });
        return all;
    }();
    return spellings;
}

bool startsWith(std::string_view text, size_t at, std::string_view prefix)
{
    return at <= text.size() && text.substr(at, prefix.size()) == prefix;
}

// Reads digits[.digits] (and "10,000") at `at`; returns the end or `at` when there is no number.
size_t readNumber(std::string_view text, size_t at, double& value)
{
    size_t i = at;
    std::string digits;
    while (i < text.size() && isDigit(text[i]))
        digits += text[i++];
    if (digits.empty())
        return at;
    // Thousands separators ("10,000 mAh"): groups of exactly three digits after a short head.
    while (digits.size() <= 7 && i + 3 < text.size() && text[i] == ',' && isDigit(text[i + 1])
        && isDigit(text[i + 2]) && isDigit(text[i + 3]) && (i + 4 >= text.size() || !isDigit(text[i + 4]))) {
        digits += std::string(text.substr(i + 1, 3));
        i += 4;
    }
    if (i + 1 < text.size() && text[i] == '.' && isDigit(text[i + 1])) {
        digits += '.';
        ++i;
        while (i < text.size() && isDigit(text[i]))
            digits += text[i++];
    }
    value = std::strtod(digits.c_str(), nullptr);
    return i;
}

size_t skipSpaces(std::string_view text, size_t at)
{
    while (at < text.size() && text[at] == ' ')
        ++at;
    return at;
}

bool isBoundary(const std::vector<size_t>& boundaries, size_t offset)
{
    return std::binary_search(boundaries.begin(), boundaries.end(), offset);
}

// The unit spelled at `at`, if any; returns its end or `at`.
size_t readUnit(std::string_view text, size_t at, const std::vector<size_t>& boundaries, std::string& unit,
    bool& sizeMark)
{
    for (const UnitSpelling& spelling : unitSpellings()) {
        if (!startsWith(text, at, spelling.spelling))
            continue;
        const size_t end = at + spelling.spelling.size();
        if (spelling.cjk) {
            if (!boundaries.empty() && !isBoundary(boundaries, end))
                continue; // 2升级版: 升 ends inside 升级
        } else if (end < text.size() && (isLetter(text[end]) || isDigit(text[end]))) {
            continue; // "5 Lite" is not five litres
        }
        unit = spelling.unit;
        sizeMark = spelling.spelling == "码";
        return end;
    }
    return at;
}


const std::vector<std::string_view> kCurrencyBefore = { "¥", "￥", "RMB", "CNY", "$" };
const std::vector<std::string_view> kCurrencyAfter = { "元", "块", "yuan", "RMB", "CNY" };
const std::vector<std::string_view> kSizeWords = { "EU", "size", "Size", "SIZE", "sizes", "Sizes", "尺码", "码数", "鞋码" };

bool containsNonAscii(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}


// Measurement units a spelled-out number may carry: "fifteen minutes", "两小时", "五十毫升". Count
// words (个, 件, "one piece") are left out on purpose: 一个 / "one of" are everyday words, not claims.
const std::vector<std::pair<std::string, std::string>>& spelledUnits()
{
    static const std::vector<std::pair<std::string, std::string>> units = { { "millilitres", "ml" },
        { "milliliters", "ml" }, { "litres", "L" }, { "liters", "L" }, { "litre", "L" }, { "liter", "L" },
        { "kilograms", "kg" }, { "grams", "g" }, { "centimetres", "cm" }, { "centimeters", "cm" },
        { "metres", "m" }, { "meters", "m" }, { "metre", "m" }, { "meter", "m" }, { "inches", "inch" },
        { "hours", "h" }, { "hour", "h" }, { "minutes", "min" }, { "minute", "min" }, { "days", "days" },
        { "months", "months" }, { "years", "years" }, { "watts", "W" }, { "degrees", "degrees" },
        { "毫升", "ml" }, { "千克", "kg" }, { "公斤", "kg" }, { "毫米", "mm" }, { "厘米", "cm" }, { "个小时", "h" },
        { "小时", "h" }, { "分钟", "min" }, { "个月", "months" }, { "毫安时", "mAh" }, { "英寸", "inch" },
        { "升", "L" }, { "克", "g" }, { "米", "m" }, { "寸", "inch" }, { "瓦", "W" }, { "天", "days" },
        { "年", "years" } };
    return units;
}

int englishNumberWord(const std::string& word)
{
    static const std::map<std::string, int> numbers = { { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
        { "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 }, { "eleven", 11 },
        { "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 },
        { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 },
        { "forty", 40 }, { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 } };
    std::string lower = word;
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    const auto found = numbers.find(lower);
    return found == numbers.end() ? -1 : found->second;
}

// 一 二 两 三 ... 十 百 千: the value of a run of Chinese numerals ("十五" 15, "二百五十" 250), or -1.
int chineseNumeral(std::string_view run)
{
    static const std::vector<std::pair<std::string_view, int>> digits = { { "零", 0 }, { "一", 1 }, { "二", 2 },
        { "两", 2 }, { "三", 3 }, { "四", 4 }, { "五", 5 }, { "六", 6 }, { "七", 7 }, { "八", 8 }, { "九", 9 } };
    static const std::vector<std::pair<std::string_view, int>> scales = { { "十", 10 }, { "百", 100 }, { "千", 1000 } };
    int total = 0, pending = -1;
    for (size_t i = 0; i < run.size(); i += 3) {
        const std::string_view character = run.substr(i, 3);
        bool matched = false;
        for (const auto& [spelling, value] : digits)
            if (character == spelling) {
                pending = value;
                matched = true;
            }
        for (const auto& [spelling, scale] : scales)
            if (character == spelling) {
                total += (pending < 0 ? 1 : pending) * scale;
                pending = -1;
                matched = true;
            }
        if (!matched)
            return -1;
    }
    return total + (pending < 0 ? 0 : pending);
}

bool isChineseNumeralAt(std::string_view text, size_t at)
{
    for (const std::string_view numeral : { "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千" })
        if (text.substr(at, numeral.size()) == numeral)
            return true;
    return false;
}

// Spelled-out numbers with a measurement unit, in both languages.
void scanSpelledQuantities(std::string_view text, const std::vector<size_t>& boundaries, std::vector<TextQuantity>& found)
{
    size_t i = 0;
    while (i < text.size()) {
        if (isLetter(text[i]) && (i == 0 || !isLetter(text[i - 1]))) {
            size_t end = i;
            while (end < text.size() && isLetter(text[end]))
                ++end;
            int value = englishNumberWord(std::string(text.substr(i, end - i)));
            size_t numberEnd = end;
            // "twenty-four", "twenty four"
            if (value >= 20 && value % 10 == 0 && numberEnd < text.size() && (text[numberEnd] == '-' || text[numberEnd] == ' ')) {
                size_t next = numberEnd + 1;
                size_t nextEnd = next;
                while (nextEnd < text.size() && isLetter(text[nextEnd]))
                    ++nextEnd;
                const int unitValue = englishNumberWord(std::string(text.substr(next, nextEnd - next)));
                if (unitValue > 0 && unitValue < 10) {
                    value += unitValue;
                    numberEnd = nextEnd;
                }
            }
            size_t resume = std::max(end, numberEnd);
            if (value > 0 && numberEnd < text.size() && text[numberEnd] == ' ') {
                const size_t unitAt = numberEnd + 1;
                for (const auto& [spelling, unit] : spelledUnits()) {
                    if (static_cast<unsigned char>(spelling[0]) >= 0x80 || !startsWith(text, unitAt, spelling))
                        continue;
                    const size_t unitEnd = unitAt + spelling.size();
                    if (unitEnd < text.size() && isLetter(text[unitEnd]))
                        continue;
                    TextQuantity quantity;
                    quantity.begin = i;
                    quantity.end = unitEnd;
                    quantity.amounts.push_back(value);
                    quantity.unit = unit;
                    found.push_back(quantity);
                    resume = unitEnd;
                    break;
                }
            }
            i = resume;
            continue;
        }
        if (isChineseNumeralAt(text, i)) {
            size_t end = i;
            while (end < text.size() && isChineseNumeralAt(text, end))
                end += 3;
            const int value = chineseNumeral(text.substr(i, end - i));
            if (value > 0) {
                for (const auto& [spelling, unit] : spelledUnits()) {
                    if (static_cast<unsigned char>(spelling[0]) < 0x80 || !startsWith(text, end, spelling))
                        continue;
                    const size_t unitEnd = end + spelling.size();
                    if (!boundaries.empty() && !isBoundary(boundaries, unitEnd))
                        continue; // 一升级 is no litre
                    TextQuantity quantity;
                    quantity.begin = i;
                    quantity.end = unitEnd;
                    quantity.amounts.push_back(value);
                    quantity.unit = unit;
                    found.push_back(quantity);
                    break;
                }
            }
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace

bool precededBy(std::string_view text, size_t at, const std::vector<std::string_view>& words, size_t& wordBegin)
{
    size_t i = at;
    while (i > 0 && text[i - 1] == ' ')
        --i;
    if (i >= 3 && text.substr(i - 3, 3) == "：")
        i -= 3;
    else if (i > 0 && text[i - 1] == ':')
        --i;
    while (i > 0 && text[i - 1] == ' ')
        --i;
    for (const std::string_view word : words) {
        if (i >= word.size() && text.substr(i - word.size(), word.size()) == word) {
            const size_t begin = i - word.size();
            // An ASCII word must not be the tail of a longer word ("Bluetooth SIZE" is fine, "resize" is not).
            if (isLetter(word[0]) && begin > 0 && isLetter(text[begin - 1]))
                continue;
            wordBegin = begin;
            return true;
        }
    }
    return false;
}

std::vector<TextQuantity> scanQuantities(std::string_view text)
{
    std::vector<TextQuantity> found;
    const std::vector<size_t> boundaries = containsNonAscii(text) ? wordBoundaries(text) : std::vector<size_t>();
    size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        TextQuantity quantity;
        quantity.begin = i;
        size_t currencyBegin = 0;
        // Directly after a currency sign or code ("RMB169", "¥169"): a price even when glued.
        for (const std::string_view sign : kCurrencyBefore) {
            size_t at = i;
            while (at > 0 && text[at - 1] == ' ')
                --at;
            if (at >= sign.size() && text.substr(at - sign.size(), sign.size()) == sign
                && !(isLetter(sign[0]) && at - sign.size() > 0 && isLetter(text[at - sign.size() - 1]))) {
                quantity.price = true;
                currencyBegin = at - sign.size();
                break;
            }
        }
        const bool glued = i > 0 && (isLetter(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '_');
        double value = 0;
        size_t end = readNumber(text, i, value);
        if (glued && !quantity.price) {
            i = end; // SPF50, iPhone15, PM2.5: part of a name
            continue;
        }
        quantity.amounts.push_back(value);
        // Ranges, dimensions and lists of numbers sharing one unit.
        bool unitInside = false;
        for (;;) {
            size_t at = skipSpaces(text, end);
            std::string innerUnit;
            bool innerSize = false;
            // "6 months - 12 months" / "80 cm x 160 cm": a unit before the separator.
            size_t afterUnit = readUnit(text, at, boundaries, innerUnit, innerSize);
            size_t sepAt = skipSpaces(text, afterUnit);
            QuantityShape shape = QuantityShape::Single;
            size_t next = sepAt;
            if (startsWith(text, sepAt, "-") || startsWith(text, sepAt, "~")) {
                shape = QuantityShape::Range;
                next = sepAt + 1;
            } else if (startsWith(text, sepAt, "–") || startsWith(text, sepAt, "～") || startsWith(text, sepAt, "至")) {
                shape = QuantityShape::Range;
                next = sepAt + 3;
            } else if (startsWith(text, sepAt, "to ")) {
                shape = QuantityShape::Range;
                next = sepAt + 3;
            } else if (startsWith(text, sepAt, "x") || startsWith(text, sepAt, "X") || startsWith(text, sepAt, "*")) {
                shape = QuantityShape::Dimensions;
                next = sepAt + 1;
            } else if (startsWith(text, sepAt, "×")) {
                shape = QuantityShape::Dimensions;
                next = sepAt + 2;
            } else if (startsWith(text, sepAt, "/")) {
                shape = QuantityShape::List;
                next = sepAt + 1;
            }
            if (shape == QuantityShape::Single)
                break;
            next = skipSpaces(text, next);
            if (next >= text.size() || !isDigit(text[next]))
                break;
            if (quantity.amounts.size() > 1 && quantity.shape != shape)
                break;
            if (shape == QuantityShape::Range && quantity.amounts.size() > 1)
                break;
            double second = 0;
            const size_t secondEnd = readNumber(text, next, second);
            quantity.shape = shape;
            quantity.amounts.push_back(second);
            if (afterUnit != at) {
                unitInside = true;
                quantity.unit = innerUnit;
            }
            end = secondEnd;
        }
        // The unit after the (last) number, or the unit written inside.
        const size_t unitAt = skipSpaces(text, end);
        std::string unit;
        bool sizeMark = false;
        size_t unitEnd = readUnit(text, unitAt, boundaries, unit, sizeMark);
        if (unitEnd == unitAt && end < text.size() && text[end] == '-') {
            const size_t hyphenated = readUnit(text, end + 1, boundaries, unit, sizeMark); // "20-inch"
            if (hyphenated != end + 1)
                unitEnd = hyphenated;
        }
        if (unitEnd != unitAt) {
            quantity.unit = unit;
            quantity.sizePrefix = sizeMark;
            end = unitEnd;
        } else if (!unitInside && end < text.size() && isLetter(text[end])) {
            i = end; // 5G, 4K, 3D: a name, not a number
            while (i < text.size() && (isLetter(text[i]) || isDigit(text[i])))
                ++i;
            continue;
        }
        if (startsWith(text, end, "+")) {
            quantity.orMore = true;
            ++end;
        } else if (startsWith(text, end, "以上")) {
            quantity.orMore = true;
            end += 6;
        }
        if (quantity.price) {
            quantity.begin = currencyBegin;
        } else {
            size_t after = skipSpaces(text, end);
            for (const std::string_view sign : kCurrencyAfter) {
                if (quantity.unit.empty() && startsWith(text, after, sign)
                    && !(isLetter(sign[0]) && after + sign.size() < text.size() && isLetter(text[after + sign.size()]))) {
                    quantity.price = true;
                    end = after + sign.size();
                    break;
                }
            }
        }
        size_t wordBegin = 0;
        if (!quantity.price && quantity.unit.empty() && precededBy(text, quantity.begin, kSizeWords, wordBegin)) {
            quantity.sizePrefix = true;
            if (text.substr(wordBegin, 2) == "EU")
                quantity.begin = wordBegin;
        }
        quantity.end = end;
        found.push_back(std::move(quantity));
        i = end;
    }
    scanSpelledQuantities(text, boundaries, found);
    std::stable_sort(found.begin(), found.end(),
        [](const TextQuantity& a, const TextQuantity& b) { return a.begin < b.begin; });
    return found;
}

std::string unitFamily(const std::string& unit)
{
    static const std::map<std::string, std::string> families = { { "ml", "volume" }, { "L", "volume" },
        { "g", "mass" }, { "kg", "mass" }, { "mm", "length" }, { "cm", "length" }, { "m", "length" },
        { "h", "time" }, { "min", "time" }, { "days", "days" }, { "months", "months" }, { "years", "years" } };
    const auto found = families.find(unit);
    return found != families.end() ? found->second : unit;
}

double toBase(double amount, const std::string& unit)
{
    static const std::map<std::string, double> factors
        = { { "L", 1000 }, { "kg", 1000 }, { "cm", 10 }, { "m", 1000 }, { "h", 60 } };
    const auto found = factors.find(unit);
    return found != factors.end() ? amount * found->second : amount;
}

bool sameQuantity(const Quantity& a, const Quantity& b)
{
    if (unitFamily(a.unit) != unitFamily(b.unit))
        return false;
    const double x = toBase(a.amount, a.unit);
    const double y = toBase(b.amount, b.unit);
    return std::fabs(x - y) <= 1e-6 * std::max(1.0, std::fabs(y));
}

std::string formatAmount(double amount)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", amount);
    return buffer;
}

std::string formatQuantity(const Quantity& quantity)
{
    return quantity.unit.empty() ? formatAmount(quantity.amount) : formatAmount(quantity.amount) + " " + quantity.unit;
}

} // namespace omni::text
