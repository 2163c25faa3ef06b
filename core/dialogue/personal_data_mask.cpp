// SPDX-License-Identifier: GPL-3.0-or-later
// maskPersonalData: phone numbers, e-mail addresses and street addresses out of text bound for
// logs, case summaries and exports. Hand-written scanners rather than std::regex: they run on
// every logged turn, and the Chinese address rules need code points, not bytes.
//
// What is masked and how:
//   Chinese mobiles (1[3-9] + 9 digits, spaces/dashes allowed, +86 / 0086 / 86 prefix): "138****5678"
//   other phone numbers (7-15 digits with + ( ) - . or spaces): every digit but the last four → '*'
//   e-mail addresses: "a***@example.com" (first letter of the mailbox kept, domain kept)
//   street addresses: "12 Nanjing Road", "Apt 5", "Room 1203", "南京路12号", "阳光小区3栋2单元501室" → "[address]"
// What is kept: order numbers (SO260403000001, digits glued to letters), SKUs, dates
// (2026-09-28), amounts (199.00), short numbers.
#include "dialogue/bot.h"

#include <cctype>
#include <string>
#include <vector>

namespace omni::dialogue {
namespace {

bool isAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// ---- e-mail ---------------------------------------------------------------------------------

bool isMailboxChar(char c) { return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool isDomainChar(char c) { return isAsciiAlnum(c) || c == '.' || c == '-'; }

std::string maskEmails(const std::string& text)
{
    std::string out;
    size_t copied = 0;
    for (size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
        if (at < copied)
            continue;
        size_t begin = at;
        while (begin > copied && isMailboxChar(text[begin - 1]))
            --begin;
        size_t end = at + 1;
        while (end < text.size() && isDomainChar(text[end]))
            ++end;
        while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-'))
            --end; // a sentence's full stop is not part of the domain
        const std::string domain = text.substr(at + 1, end - at - 1);
        if (begin == at || domain.find('.') == std::string::npos || domain.front() == '.')
            continue;
        out.append(text, copied, begin - copied);
        out += text[begin];
        out += "***@";
        out += domain;
        copied = end;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

// ---- phone numbers --------------------------------------------------------------------------

bool isPhoneSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'; }

// "2026-09-28", "2026/09/28", "28.09.2026": a date, not a phone.
bool looksLikeDate(const std::string& run)
{
    std::vector<std::string> groups;
    std::string current;
    char separator = 0;
    for (char c : run) {
        if (isDigit(c)) {
            current += c;
        } else {
            if (separator && c != separator)
                return false;
            separator = c;
            groups.push_back(current);
            current.clear();
        }
    }
    groups.push_back(current);
    if (groups.size() != 3 || (separator != '-' && separator != '/' && separator != '.'))
        return false;
    return (groups[0].size() == 4 && groups[1].size() <= 2 && groups[2].size() <= 2)
        || (groups[2].size() == 4 && groups[0].size() <= 2 && groups[1].size() <= 2);
}

// "199.00", "1,299.50": an amount.
bool looksLikeAmount(const std::string& run)
{
    const size_t dot = run.rfind('.');
    return dot != std::string::npos && run.size() - dot - 1 <= 2 && run.find_first_of(" -()") == std::string::npos;
}

// The masked form of a candidate phone run, or empty when it is not a phone number.
std::string maskPhoneRun(const std::string& run)
{
    std::string digits;
    for (char c : run)
        if (isDigit(c))
            digits += c;
    if (digits.size() < 7 || digits.size() > 15 || looksLikeDate(run) || looksLikeAmount(run))
        return {};
    // Chinese mobile, with or without the country code.
    std::string national = digits;
    std::string prefix;
    if (national.size() == 13 && national.compare(0, 2, "86") == 0) {
        prefix = run[0] == '+' ? "+86 " : "86 ";
        national = national.substr(2);
    } else if (national.size() == 15 && national.compare(0, 4, "0086") == 0) {
        prefix = "0086 ";
        national = national.substr(4);
    }
    const bool foreignCode = run[0] == '+' && prefix.empty(); // +1 415…, +44 20…: not a Chinese mobile
    if (!foreignCode && national.size() == 11 && national[0] == '1' && national[1] >= '3' && national[1] <= '9')
        return prefix + national.substr(0, 3) + "****" + national.substr(7);
    // A bare run of digits without any phone punctuation is only a phone when it is long enough
    // to be one (8+: a landline without area code); shorter bare numbers are quantities.
    const bool punctuated = run.find_first_of("+-() ") != std::string::npos;
    if (!punctuated && digits.size() < 8)
        return {};
    std::string masked = run;
    size_t keep = 4;
    for (size_t i = masked.size(); i-- > 0;) {
        if (!isDigit(masked[i]))
            continue;
        if (keep > 0)
            --keep;
        else
            masked[i] = '*';
    }
    return masked;
}

std::string maskPhones(const std::string& text)
{
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const bool canStart = isDigit(c) || ((c == '+' || c == '(') && i + 1 < text.size() && isDigit(text[i + 1]));
        const bool glued = i > 0 && (isAsciiAlnum(text[i - 1]) || text[i - 1] == '*' || text[i - 1] == '.');
        if (!canStart || glued) {
            out += c;
            ++i;
            continue;
        }
        size_t end = i + 1;
        while (end < text.size()) {
            const char d = text[end];
            if (isDigit(d) || d == '-' || d == '(' || d == ')' || d == '.') {
                ++end;
            } else if (d == ' ' && end + 1 < text.size() && (isDigit(text[end + 1]) || text[end + 1] == '(')) {
                ++end; // single spaces between groups
            } else {
                break;
            }
        }
        while (end > i + 1 && isPhoneSeparator(text[end - 1]) && text[end - 1] != ')')
            --end;
        // A run glued to letters on the right ("12345678abc", "2026年") is not a phone either way;
        // the run is left as it is.
        const std::string run = text.substr(i, end - i);
        const bool gluedRight = end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]));
        const std::string masked = gluedRight ? std::string() : maskPhoneRun(run);
        out += masked.empty() ? run : masked;
        i = end;
    }
    return out;
}

// ---- English street addresses ---------------------------------------------------------------

std::string lowerAscii(std::string word)
{
    for (char& c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
}

bool isStreetSuffix(const std::string& word)
{
    static const char* const suffixes[] = { "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "boulevard",
        "blvd", "drive", "dr", "way", "court", "ct", "place", "pl", "highway", "hwy", "alley", "terrace" };
    const std::string lower = lowerAscii(word);
    for (const char* suffix : suffixes)
        if (lower == suffix)
            return true;
    return false;
}

bool isUnitWord(const std::string& word)
{
    static const char* const units[] = { "apt", "apartment", "flat", "unit", "room", "rm", "suite", "building",
        "bldg", "floor" };
    const std::string lower = lowerAscii(word);
    for (const char* unit : units)
        if (lower == unit)
            return true;
    return false;
}

struct Token {
    size_t begin, end;
    std::string text;
};

std::vector<Token> asciiTokens(const std::string& text)
{
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        if (!isAsciiAlnum(text[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && isAsciiAlnum(text[end]))
            ++end;
        tokens.push_back({ i, end, text.substr(i, end - i) });
        i = end;
    }
    return tokens;
}

bool startsWithDigits(const std::string& word) { return !word.empty() && isDigit(word[0]) && word.size() <= 6; }

// Only blanks, commas and full stops between two tokens (the same address goes on).
bool adjacent(const std::string& text, const Token& a, const Token& b)
{
    for (size_t i = a.end; i < b.begin; ++i)
        if (text[i] != ' ' && text[i] != ',' && text[i] != '.' && text[i] != '#')
            return false;
    return b.begin - a.end <= 3;
}

std::string maskEnglishAddresses(const std::string& text)
{
    const std::vector<Token> tokens = asciiTokens(text);
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t t = 0; t < tokens.size(); ++t) {
        // "Apt 5", "Room 1203", "Unit 4B"
        if (isUnitWord(tokens[t].text) && t + 1 < tokens.size() && startsWithDigits(tokens[t + 1].text)
            && adjacent(text, tokens[t], tokens[t + 1])) {
            spans.push_back({ tokens[t].begin, tokens[t + 1].end });
            ++t;
            continue;
        }
        // "12 Nanjing Road", "88 West Nanjing Rd": a house number, one to four words, a street suffix.
        // The decimals of an amount ("169.00 CNY, shipped, on its way") are no house number, and a
        // street name runs on blanks only: a comma ends it.
        if (!startsWithDigits(tokens[t].text) || (tokens[t].begin > 0 && text[tokens[t].begin - 1] == '.'))
            continue;
        for (size_t k = t + 2; k < tokens.size() && k <= t + 5; ++k) {
            if (!adjacent(text, tokens[k - 1], tokens[k]) || text.find(',', tokens[k - 1].end) < tokens[k].begin)
                break;
            if (isStreetSuffix(tokens[k].text)) {
                size_t end = tokens[k].end;
                if (end < text.size() && text[end] == '.')
                    ++end;
                spans.push_back({ tokens[t].begin, end });
                t = k;
                break;
            }
            if (startsWithDigits(tokens[k].text))
                break;
        }
    }
    if (spans.empty())
        return text;
    // Join neighbouring spans ("Apt 5, 12 Nanjing Road" is one address).
    std::string out;
    size_t copied = 0;
    for (size_t s = 0; s < spans.size(); ++s) {
        const size_t begin = spans[s].first;
        size_t end = spans[s].second;
        while (s + 1 < spans.size()) {
            bool onlyGlue = true;
            for (size_t i = end; i < spans[s + 1].first; ++i)
                if (text[i] != ' ' && text[i] != ',')
                    onlyGlue = false;
            if (!onlyGlue)
                break;
            end = spans[++s].second;
        }
        out.append(text, copied, begin - copied);
        out += "[address]";
        copied = end;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

// ---- Chinese street addresses ---------------------------------------------------------------

struct CodePoint {
    uint32_t cp;
    size_t begin, end; // byte span
};

std::vector<CodePoint> decode(const std::string& text)
{
    std::vector<CodePoint> points;
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (i + length > text.size())
            length = 1;
        uint32_t cp = length == 1 ? byte : byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
        for (size_t k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        points.push_back({ cp, i, i + length });
        i += length;
    }
    return points;
}

bool isHan(uint32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }
bool isDigitCp(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

bool isOneOf(uint32_t cp, std::u32string_view set) { return set.find(cp) != std::u32string_view::npos; }

// Characters that end a street or estate name: 路 街 道 巷 弄 里 村 苑 园 区 城 座 (小区 花园 公寓 大厦 end in 区 园 寓 厦).
bool isPlaceEnd(uint32_t cp) { return isOneOf(cp, U"路街道巷弄里村苑园区城座寓厦楼"); }
// Units after a number: 号 栋 幢 号楼 单元 室 层 楼.
bool isUnitStart(uint32_t cp) { return isOneOf(cp, U"号栋幢单元室层楼座"); }
// Words a place name does not reach back over: "我住在南京路12号" masks "南京路12号".
bool stopsPlaceName(uint32_t cp) { return isOneOf(cp, U"在到住寄送是从往于的我您你他她请把给和与及至"); }

std::string maskChineseAddresses(const std::string& text)
{
    const std::vector<CodePoint> points = decode(text);
    std::vector<std::pair<size_t, size_t>> spans; // byte spans
    size_t i = 0;
    while (i < points.size()) {
        // A place-name end followed by a number and a unit: 路12号, 小区3栋, 大厦1203室.
        if (!isPlaceEnd(points[i].cp) || i + 1 >= points.size() || !isDigitCp(points[i + 1].cp)) {
            ++i;
            continue;
        }
        size_t end = i + 1;
        size_t last = 0; // index after the last unit matched
        while (end < points.size() && isDigitCp(points[end].cp)) {
            size_t d = end;
            while (d < points.size() && (isDigitCp(points[d].cp) || points[d].cp == '-'))
                ++d;
            if (d >= points.size() || !isUnitStart(points[d].cp))
                break;
            size_t u = d;
            while (u < points.size() && isUnitStart(points[u].cp) && u < d + 2)
                ++u;
            last = u;
            end = u;
        }
        if (last == 0) {
            ++i;
            continue;
        }
        size_t begin = i;
        while (begin > 0 && isHan(points[begin - 1].cp) && !stopsPlaceName(points[begin - 1].cp) && i - begin < 16)
            --begin;
        if (begin == i) { // a bare 路 with nothing before it is not a street name
            ++i;
            continue;
        }
        spans.push_back({ points[begin].begin, points[last - 1].end });
        i = last;
    }
    if (spans.empty())
        return text;
    std::string out;
    size_t copied = 0;
    for (const auto& [begin, end] : spans) {
        out.append(text, copied, begin - copied);
        out += "[address]";
        copied = end;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

} // namespace

std::string maskPersonalData(std::string_view text)
{
    std::string masked = maskEmails(std::string(text));
    masked = maskChineseAddresses(masked);
    masked = maskEnglishAddresses(masked);
    return maskPhones(masked);
}

} // namespace omni::dialogue
