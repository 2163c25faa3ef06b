// SPDX-License-Identifier: GPL-3.0-or-later
// Order numbers, amounts and sizes: the entities written with digits and a few letters.
#include "dialogue/entity_scan.h"

#include "dialogue/match_text.h"

#include <cstdio>
#include <cstdlib>

namespace omni::dialogue::scan {

bool startsWithAt(std::string_view text, size_t at, std::string_view literal)
{
    return at <= text.size() && text.size() - at >= literal.size() && text.compare(at, literal.size(), literal) == 0;
}

bool startsWithNoCaseAt(std::string_view text, size_t at, std::string_view asciiLiteral)
{
    if (at > text.size() || text.size() - at < asciiLiteral.size())
        return false;
    for (size_t k = 0; k < asciiLiteral.size(); ++k)
        if (match::asciiLower(text[at + k]) != match::asciiLower(asciiLiteral[k]))
            return false;
    return true;
}

bool latinBoundaryBefore(std::string_view text, size_t at)
{
    return at == 0 || !match::isAsciiAlnum(text[at - 1]);
}

bool latinBoundaryAfter(std::string_view text, size_t at)
{
    return at >= text.size() || !match::isAsciiAlnum(text[at]);
}

size_t skipSpaces(std::string_view text, size_t at)
{
    while (at < text.size() && text[at] == ' ')
        ++at;
    return at;
}

size_t digitsEnd(std::string_view text, size_t at)
{
    while (at < text.size() && match::isAsciiDigit(text[at]))
        ++at;
    return at;
}

uint32_t codePointBefore(std::string_view text, size_t at)
{
    if (at == 0)
        return 0;
    size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 && at - start < 4)
        --start;
    uint32_t cp = 0;
    match::decodeUtf8(text, start, cp);
    return cp;
}

uint32_t codePointAt(std::string_view text, size_t at)
{
    if (at >= text.size())
        return 0;
    uint32_t cp = 0;
    match::decodeUtf8(text, at, cp);
    return cp;
}

namespace {

constexpr size_t kOrderDigits = 12;

Candidate make(EntityKind kind, Rank rank, std::string_view text, size_t begin, size_t end, std::string value)
{
    Candidate candidate;
    candidate.entity.kind = kind;
    candidate.entity.text = std::string(text.substr(begin, end - begin));
    candidate.entity.value = std::move(value);
    candidate.entity.begin = begin;
    candidate.entity.end = end;
    candidate.rank = rank;
    return candidate;
}

// Twelve digits from at, people may group them with single spaces or dashes ("2604 0300 0001").
// Returns the end and the digits, or npos when there are not exactly twelve.
size_t orderDigits(std::string_view text, size_t at, std::string& digits)
{
    digits.clear();
    size_t i = at;
    size_t end = at;
    while (i < text.size()) {
        if (match::isAsciiDigit(text[i])) {
            digits += text[i];
            end = ++i;
            if (digits.size() > kOrderDigits)
                return std::string_view::npos;
            continue;
        }
        if ((text[i] == ' ' || text[i] == '-') && !digits.empty() && digits.size() < kOrderDigits && i + 1 < text.size()
            && match::isAsciiDigit(text[i + 1])) {
            ++i;
            continue;
        }
        break;
    }
    return digits.size() == kOrderDigits ? end : std::string_view::npos;
}

bool hasOrderContextBefore(std::string_view text, size_t at)
{
    const size_t from = at > 40 ? at - 40 : 0;
    const std::string before = match::asciiLower(text.substr(from, at - from));
    return before.find("订单") != std::string::npos || before.find("order") != std::string::npos
        || before.find("单号") != std::string::npos;
}

} // namespace

void findOrderNumbers(std::string_view text, std::vector<Candidate>& out)
{
    std::string digits;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        // "SO" + 12 digits, the shop's order key; separators people type after the prefix.
        if (match::asciiLower(text[i]) == 's' && match::asciiLower(text[i + 1]) == 'o' && latinBoundaryBefore(text, i)) {
            size_t j = i + 2;
            int separators = 0;
            while (j < text.size() && (text[j] == ' ' || text[j] == '-' || text[j] == '#' || text[j] == ':')
                && separators < 2) {
                ++j;
                ++separators;
            }
            if (j < text.size() && match::isAsciiDigit(text[j])) {
                const size_t end = orderDigits(text, j, digits);
                if (end != std::string_view::npos && latinBoundaryAfter(text, end)) {
                    out.push_back(make(EntityKind::OrderNumber, Rank::OrderNumber, text, i, end, "SO" + digits));
                    i = end - 1;
                    continue;
                }
            }
        }
        // Twelve bare digits right after "订单号" or "order number": the customer left the prefix out.
        if (match::isAsciiDigit(text[i]) && (i == 0 || !match::isAsciiAlnum(text[i - 1]))) {
            const size_t end = digitsEnd(text, i);
            if (end - i == kOrderDigits && latinBoundaryAfter(text, end) && hasOrderContextBefore(text, i))
                out.push_back(make(EntityKind::OrderNumber, Rank::OrderNumber, text, i, end,
                    "SO" + std::string(text.substr(i, end - i))));
            i = end - 1;
        }
    }
}

namespace {

// A number at at: digits with optional thousands commas and up to two decimals. Returns its end
// (at when none) and the value.
size_t parseNumber(std::string_view text, size_t at, double& value)
{
    size_t i = digitsEnd(text, at);
    if (i == at)
        return at;
    std::string digits(text.substr(at, i - at));
    // 1,299: a comma followed by exactly three digits continues the number.
    while (i + 3 < text.size() && text[i] == ',' && digitsEnd(text, i + 1) == i + 4 && digits.size() <= 3 * 4) {
        digits += text.substr(i + 1, 3);
        i += 4;
    }
    if (i + 1 < text.size() && text[i] == '.' && match::isAsciiDigit(text[i + 1])) {
        const size_t end = digitsEnd(text, i + 1);
        if (end - (i + 1) <= 2) {
            digits += text.substr(i, end - i);
            i = end;
        }
    }
    value = std::strtod(digits.c_str(), nullptr);
    return i;
}

std::string formatAmount(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

constexpr std::string_view kPrefixSymbols[] = { "¥", "￥", "$" };
constexpr std::string_view kPrefixWords[] = { "rmb", "cny", "usd" };
constexpr std::string_view kSuffixSymbols[] = { "块钱", "元", "块" };
constexpr std::string_view kSuffixWords[] = { "yuan", "rmb", "cny", "kuai", "usd", "dollars", "dollar" };

} // namespace

void findAmounts(std::string_view text, std::vector<Candidate>& out)
{
    for (size_t i = 0; i < text.size(); ++i) {
        if (!match::isAsciiDigit(text[i]) || (i > 0 && (match::isAsciiDigit(text[i - 1]) || text[i - 1] == '.')))
            continue;
        double value = 0;
        const size_t numberEnd = parseNumber(text, i, value);
        size_t begin = std::string_view::npos;
        size_t end = std::string_view::npos;
        // Currency before the number.
        size_t before = i;
        while (before > 0 && text[before - 1] == ' ')
            --before;
        for (std::string_view symbol : kPrefixSymbols)
            if (before >= symbol.size() && text.compare(before - symbol.size(), symbol.size(), symbol) == 0)
                begin = before - symbol.size();
        for (std::string_view word : kPrefixWords)
            if (before >= word.size() && startsWithNoCaseAt(text, before - word.size(), word)
                && latinBoundaryBefore(text, before - word.size()))
                begin = before - word.size();
        if (begin != std::string_view::npos && latinBoundaryAfter(text, numberEnd))
            end = numberEnd;
        // Currency after the number.
        const size_t after = skipSpaces(text, numberEnd);
        for (std::string_view symbol : kSuffixSymbols)
            if (end == std::string_view::npos && startsWithAt(text, after, symbol)) {
                begin = begin == std::string_view::npos ? i : begin;
                end = after + symbol.size();
            }
        for (std::string_view word : kSuffixWords)
            if (end == std::string_view::npos && startsWithNoCaseAt(text, after, word)
                && latinBoundaryAfter(text, after + word.size())) {
                begin = begin == std::string_view::npos ? i : begin;
                end = after + word.size();
            }
        if (begin != std::string_view::npos && end != std::string_view::npos)
            out.push_back(make(EntityKind::Amount, Rank::Amount, text, begin, end, formatAmount(value)));
        i = numberEnd > i ? numberEnd - 1 : i;
    }
}

namespace {

// "xl" -> "XL"; "2xl" -> "XXL"; empty when the token is no letter size.
std::string letterSize(std::string_view token)
{
    const std::string upper = [&] {
        std::string u(token);
        for (char& c : u)
            if (c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
        return u;
    }();
    for (const char* size : { "XS", "S", "M", "L", "XL", "XXL", "XXXL" })
        if (upper == size)
            return upper;
    if (upper == "2XL")
        return "XXL";
    if (upper == "3XL")
        return "XXXL";
    return {};
}

bool isUpperAscii(std::string_view token)
{
    for (char c : token)
        if (c >= 'a' && c <= 'z')
            return false;
    return true;
}

// The size word just before at ("size M", "size: 38", "尺码M", "尺码 38"): returns its start, or npos.
size_t sizeWordBefore(std::string_view text, size_t at)
{
    size_t i = at;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == ':'))
        --i;
    if (i >= 4 && startsWithNoCaseAt(text, i - 4, "size") && latinBoundaryBefore(text, i - 4))
        return i - 4;
    for (std::string_view word : { std::string_view("尺码"), std::string_view("尺寸"), std::string_view("码数") })
        if (i >= word.size() && text.compare(i - word.size(), word.size(), word) == 0)
            return i - word.size();
    return std::string_view::npos;
}

// 码 or 号 right after at (spaces allowed): returns the end, or npos.
size_t sizeMarkAfter(std::string_view text, size_t at, bool allowHao)
{
    const size_t i = skipSpaces(text, at);
    if (startsWithAt(text, i, "码"))
        return i + std::string_view("码").size();
    if (allowHao && startsWithAt(text, i, "号"))
        return i + std::string_view("号").size();
    return std::string_view::npos;
}

bool isShoeSize(long n) { return n >= 30 && n <= 50; }
bool isHeightSize(long n) { return n >= 50 && n <= 180; }

} // namespace

void findSizes(std::string_view text, std::vector<Candidate>& out)
{
    // Chinese words for letter sizes.
    for (const auto& [word, size] : { std::pair<std::string_view, const char*>{ "加大码", "XL" }, { "大码", "L" },
             { "中码", "M" }, { "小码", "S" } })
        for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + word.size())) {
            bool inside = false;
            for (const Candidate& c : out)
                inside = inside || (c.entity.begin <= at && at < c.entity.end);
            if (!inside)
                out.push_back(make(EntityKind::Size, Rank::Size, text, at, at + word.size(), size));
        }

    size_t i = 0;
    while (i < text.size()) {
        if (!match::isAsciiAlnum(text[i]) || !latinBoundaryBefore(text, i)) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && match::isAsciiAlnum(text[end]))
            ++end;
        const std::string_view token = text.substr(i, end - i);
        const size_t sizeWord = sizeWordBefore(text, i);
        const bool afterApostrophe = i > 0 && (text[i - 1] == '\'' || codePointBefore(text, i) == 0x2019);

        // EU shoe sizes: "EU 38", "EU38".
        if (startsWithNoCaseAt(text, i, "eu")) {
            const size_t digits = skipSpaces(text, i + 2);
            const size_t digitsStop = digitsEnd(text, digits);
            if (digitsStop > digits && latinBoundaryAfter(text, digitsStop)
                && isShoeSize(std::strtol(std::string(text.substr(digits, digitsStop - digits)).c_str(), nullptr, 10))) {
                out.push_back(make(EntityKind::Size, Rank::Size, text, i, digitsStop,
                    "EU" + std::string(text.substr(digits, digitsStop - digits))));
                i = digitsStop;
                continue;
            }
        }
        // Numbers: 38码, size 38, 120cm, 120码, 120厘米.
        if (match::isAsciiDigit(token[0])) {
            const size_t digitsStop = digitsEnd(text, i);
            const long n = std::strtol(std::string(text.substr(i, digitsStop - i)).c_str(), nullptr, 10);
            const std::string digits(text.substr(i, digitsStop - i));
            const bool previousDigitOrPoint = i > 0 && (text[i - 1] == '.' || text[i - 1] == ',');
            size_t stop = std::string_view::npos;
            std::string value;
            const size_t unit = skipSpaces(text, digitsStop);
            if (!previousDigitOrPoint) {
                // 号 after a number up to 31 is a day of the month (20号), so only 码 makes it a size.
                if (const size_t mark = sizeMarkAfter(text, digitsStop, n > 31); mark != std::string_view::npos) {
                    if (isShoeSize(n))
                        stop = mark, value = "EU" + digits;
                    else if (isHeightSize(n))
                        stop = mark, value = digits + "cm";
                } else if ((startsWithNoCaseAt(text, unit, "cm") && latinBoundaryAfter(text, unit + 2))
                    || startsWithAt(text, unit, "厘米")) {
                    if (isHeightSize(n))
                        stop = unit + (text[unit] == 'c' || text[unit] == 'C' ? 2 : std::string_view("厘米").size()),
                        value = digits + "cm";
                } else if (sizeWord != std::string_view::npos && latinBoundaryAfter(text, digitsStop)) {
                    if (isShoeSize(n))
                        stop = digitsStop, value = "EU" + digits;
                    else if (isHeightSize(n))
                        stop = digitsStop, value = digits + "cm";
                }
            }
            if (stop != std::string_view::npos) {
                const size_t begin = sizeWord != std::string_view::npos ? sizeWord : i;
                out.push_back(make(EntityKind::Size, Rank::Size, text, begin, stop, value));
                i = stop;
                continue;
            }
            i = end;
            continue;
        }
        // Letter sizes.
        const std::string size = letterSize(token);
        if (!size.empty() && !afterApostrophe) {
            const size_t mark = sizeMarkAfter(text, end, true);
            const bool marked = mark != std::string_view::npos;
            const bool named = sizeWord != std::string_view::npos;
            // A lone capital letter after a number is a unit ("5.5 L", "2 M"), not a size.
            size_t back = i;
            while (back > 0 && text[back - 1] == ' ')
                --back;
            const bool afterNumber = back > 0 && match::isAsciiDigit(text[back - 1]);
            const bool standalone = latinBoundaryAfter(text, end) && !afterNumber
                && (size.size() >= 2 ? true : isUpperAscii(token));
            if (marked || named || standalone) {
                const size_t begin = named ? sizeWord : i;
                const size_t stop = marked ? mark : end;
                out.push_back(make(EntityKind::Size, Rank::Size, text, begin, stop, size));
                i = stop;
                continue;
            }
        }
        i = end;
    }
}

} // namespace omni::dialogue::scan
