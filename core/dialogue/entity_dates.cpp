// SPDX-License-Identifier: GPL-3.0-or-later
// Dates in English and Chinese, absolute or relative to the turn's time, normalised to
// "YYYY-MM-DD" (UTC). A date written without a year is put in the year that brings it nearest to
// now (a customer writing "12/28" on 5 January means last December); a bare "20号" in the nearest
// month the same way. "last Friday" and 上周五 are the Friday of the previous calendar week
// (weeks start on Monday), the reading Chinese 上周 has and English mostly agrees with.
#include "dialogue/entity_scan.h"

#include "dialogue/match_text.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cmath>

namespace omni::dialogue::scan {

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t daysFromCivil(int64_t y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(int64_t z, int64_t& y, int& m, int& d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2);
}

bool validDate(int64_t y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200)
        return false;
    int64_t yy = 0;
    int mm = 0, dd = 0;
    civilFromDays(daysFromCivil(y, m, d), yy, mm, dd);
    return mm == m && dd == d;
}

std::string formatDay(int64_t days)
{
    int64_t y = 0;
    int m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02d", static_cast<long long>(y), m, d);
    return buffer;
}

int64_t floorDiv(int64_t a, int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

struct Now {
    int64_t day = 0; // days since the epoch
    int64_t year = 0;
    int month = 0;
    int mondayBased = 0; // 0 = Monday .. 6 = Sunday
};

Now nowFrom(int64_t nowTs)
{
    Now now;
    now.day = floorDiv(nowTs, 86400);
    int d = 0;
    civilFromDays(now.day, now.year, now.month, d);
    now.mondayBased = static_cast<int>(((now.day % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
    return now;
}

// Month and day without a year: the year nearest to now. Returns false when no year makes it valid.
bool nearestYear(const Now& now, int m, int d, int64_t& day)
{
    bool found = false;
    for (int64_t y = now.year - 1; y <= now.year + 1; ++y) {
        if (!validDate(y, m, d))
            continue;
        const int64_t candidate = daysFromCivil(y, m, d);
        if (!found || std::llabs(candidate - now.day) < std::llabs(day - now.day))
            day = candidate;
        found = true;
    }
    return found;
}

// A day of the month alone: the nearest month that has it.
bool nearestMonth(const Now& now, int d, int64_t& day)
{
    bool found = false;
    for (int delta = -1; delta <= 1; ++delta) {
        int64_t y = now.year;
        int m = now.month + delta;
        if (m < 1)
            m += 12, --y;
        if (m > 12)
            m -= 12, ++y;
        if (!validDate(y, m, d))
            continue;
        const int64_t candidate = daysFromCivil(y, m, d);
        if (!found || std::llabs(candidate - now.day) < std::llabs(day - now.day))
            day = candidate;
        found = true;
    }
    return found;
}

void add(std::vector<Candidate>& out, std::string_view text, size_t begin, size_t end, int64_t day)
{
    Candidate candidate;
    candidate.entity.kind = EntityKind::Date;
    candidate.entity.text = std::string(text.substr(begin, end - begin));
    candidate.entity.value = formatDay(day);
    candidate.entity.begin = begin;
    candidate.entity.end = end;
    candidate.rank = Rank::Date;
    out.push_back(std::move(candidate));
}

long numberAt(std::string_view text, size_t begin, size_t end)
{
    return std::strtol(std::string(text.substr(begin, end - begin)).c_str(), nullptr, 10);
}

constexpr std::array<std::string_view, 12> kMonths = { "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december" };

// An English month name at at (full, or its first three letters, "Sept" too, optional "."):
// returns the month 1..12 and sets end, or 0.
int monthNameAt(std::string_view text, size_t at, size_t& end)
{
    if (!latinBoundaryBefore(text, at))
        return 0;
    for (size_t m = 0; m < kMonths.size(); ++m) {
        for (size_t length : { kMonths[m].size(), size_t(4), size_t(3) }) {
            if (length > kMonths[m].size() || (length == 4 && kMonths[m] != "september"))
                continue;
            if (startsWithNoCaseAt(text, at, kMonths[m].substr(0, length)) && latinBoundaryAfter(text, at + length)) {
                end = at + length;
                if (length < kMonths[m].size() && end < text.size() && text[end] == '.')
                    ++end;
                return static_cast<int>(m + 1);
            }
        }
    }
    return 0;
}

// "st", "nd", "rd", "th" after a day number.
size_t ordinalEnd(std::string_view text, size_t at)
{
    for (std::string_view suffix : { "st", "nd", "rd", "th" })
        if (startsWithNoCaseAt(text, at, suffix) && latinBoundaryAfter(text, at + 2))
            return at + 2;
    return at;
}

// Optional ", 2026" / " 2026" after a month-day: returns the end and the year (0 when none).
size_t yearAfter(std::string_view text, size_t at, int64_t& year)
{
    size_t i = at;
    if (i < text.size() && text[i] == ',')
        ++i;
    i = skipSpaces(text, i);
    const size_t end = digitsEnd(text, i);
    if (end - i == 4 && latinBoundaryAfter(text, end)) {
        year = numberAt(text, i, end);
        return end;
    }
    year = 0;
    return at;
}

bool resolve(const Now& now, int64_t year, int m, int d, int64_t& day)
{
    if (year != 0) {
        if (!validDate(year, m, d))
            return false;
        day = daysFromCivil(year, m, d);
        return true;
    }
    return nearestYear(now, m, d, day);
}

// Chinese numerals for small counts (三天前, 两周前).
int chineseDigit(uint32_t cp)
{
    switch (cp) {
    case 0x4E00: return 1; // 一
    case 0x4E8C: return 2; // 二
    case 0x4E24: return 2; // 两
    case 0x4E09: return 3; // 三
    case 0x56DB: return 4; // 四
    case 0x4E94: return 5; // 五
    case 0x516D: return 6; // 六
    case 0x4E03: return 7; // 七
    case 0x516B: return 8; // 八
    case 0x4E5D: return 9; // 九
    case 0x5341: return 10; // 十
    default: return 0;
    }
}

// 一二三四五六日天 after 周/星期/礼拜: Monday-based index, -1 when none.
int chineseWeekday(uint32_t cp)
{
    if (cp == 0x65E5 || cp == 0x5929) // 日 天
        return 6;
    if (cp == 0x672B) // 末: 上周末, last weekend, read as its Saturday
        return 5;
    const int n = chineseDigit(cp);
    return n >= 1 && n <= 6 && cp != 0x4E24 ? n - 1 : -1;
}

constexpr std::array<std::string_view, 7> kWeekdays = { "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday" };

struct Relative {
    std::string_view word;
    int offset;
    bool latin;
};

// Longest first where one contains another.
constexpr Relative kRelative[] = { { "the day before yesterday", -2, true }, { "day before yesterday", -2, true },
    { "the day after tomorrow", 2, true }, { "day after tomorrow", 2, true }, { "yesterday", -1, true },
    { "today", 0, true }, { "tonight", 0, true }, { "this morning", 0, true }, { "tomorrow", 1, true },
    { "last week", -7, true }, { "a week ago", -7, true }, { "大前天", -3, false }, { "前天", -2, false },
    { "昨天", -1, false }, { "昨日", -1, false }, { "昨晚", -1, false }, { "今天", 0, false }, { "今日", 0, false },
    { "今晚", 0, false }, { "明天", 1, false }, { "大后天", 3, false }, { "后天", 2, false } };

bool overlapsAny(const std::vector<Candidate>& out, size_t first, size_t begin, size_t end)
{
    for (size_t k = first; k < out.size(); ++k)
        if (begin < out[k].entity.end && out[k].entity.begin < end)
            return true;
    return false;
}

} // namespace

void findDates(std::string_view text, int64_t nowTs, std::vector<Candidate>& out)
{
    const Now now = nowFrom(nowTs);
    const size_t first = out.size();
    auto push = [&](size_t begin, size_t end, int64_t day) {
        if (!overlapsAny(out, first, begin, end))
            add(out, text, begin, end, day);
    };

    for (size_t i = 0; i < text.size(); ++i) {
        // Numeric forms start at a digit that follows no other digit.
        if (match::isAsciiDigit(text[i]) && (i == 0 || (!match::isAsciiAlnum(text[i - 1]) && text[i - 1] != '/'
                                                           && text[i - 1] != '.' && text[i - 1] != '-'))) {
            const size_t a = digitsEnd(text, i);
            const long first = numberAt(text, i, a);
            int64_t day = 0;
            // 2026-11-20, 2026/11/20, 2026.11.20, 2026年11月20日
            if (a - i == 4 && a < text.size()) {
                const bool chinese = startsWithAt(text, a, "年");
                const size_t mStart = chinese ? a + 3 : a + 1;
                if (chinese || text[a] == '-' || text[a] == '/' || text[a] == '.') {
                    const size_t mEnd = digitsEnd(text, mStart);
                    const size_t sep = mEnd;
                    if (mEnd > mStart && mEnd - mStart <= 2 && sep < text.size()) {
                        const bool okSep = chinese ? startsWithAt(text, sep, "月") : text[sep] == text[a];
                        const size_t dStart = chinese ? sep + 3 : sep + 1;
                        const size_t dEnd = digitsEnd(text, dStart);
                        if (okSep && dEnd > dStart && dEnd - dStart <= 2 && (chinese || latinBoundaryAfter(text, dEnd))) {
                            size_t end = dEnd;
                            if (chinese && (startsWithAt(text, dEnd, "日") || startsWithAt(text, dEnd, "号")))
                                end += 3;
                            if (resolve(now, first, static_cast<int>(numberAt(text, mStart, mEnd)),
                                    static_cast<int>(numberAt(text, dStart, dEnd)), day)) {
                                push(i, end, day);
                                i = end - 1;
                                continue;
                            }
                        }
                    }
                }
            }
            if (a - i <= 2) {
                // 11月20日 / 11月20号 / 11月20
                if (startsWithAt(text, a, "月")) {
                    const size_t dStart = a + 3;
                    const size_t dEnd = digitsEnd(text, dStart);
                    if (dEnd > dStart && dEnd - dStart <= 2) {
                        size_t end = dEnd;
                        if (startsWithAt(text, dEnd, "日") || startsWithAt(text, dEnd, "号"))
                            end += 3;
                        if (nearestYear(now, static_cast<int>(first), static_cast<int>(numberAt(text, dStart, dEnd)), day)) {
                            push(i, end, day);
                            i = end - 1;
                            continue;
                        }
                    }
                }
                // 11/20 (month first; day first when the first number cannot be a month)
                if (a < text.size() && text[a] == '/') {
                    const size_t bEnd = digitsEnd(text, a + 1);
                    const bool followedByMore = bEnd < text.size() && (text[bEnd] == '/' || text[bEnd] == '.');
                    if (bEnd > a + 1 && bEnd - (a + 1) <= 2 && latinBoundaryAfter(text, bEnd) && !followedByMore) {
                        const long second = numberAt(text, a + 1, bEnd);
                        int m = static_cast<int>(first), d = static_cast<int>(second);
                        if (m > 12 && second <= 12)
                            std::swap(m, d);
                        if (nearestYear(now, m, d, day)) {
                            push(i, bEnd, day);
                            i = bEnd - 1;
                            continue;
                        }
                    }
                }
                // 20号 / 20日 alone: that day of the nearest month (not 20号楼, 5号线).
                const bool afterMonth = i >= 3 && startsWithAt(text, i - 3, "月");
                if (!afterMonth && (startsWithAt(text, a, "号") || startsWithAt(text, a, "日"))) {
                    const uint32_t next = codePointAt(text, a + 3);
                    const bool place = next == 0x697C || next == 0x7EBF || next == 0x623F || next == 0x5E97
                        || next == 0x7801; // 楼 线 房 店 码
                    if (!place && first >= 1 && first <= 31 && nearestMonth(now, static_cast<int>(first), day)) {
                        push(i, a + 3, day);
                        i = a + 2;
                        continue;
                    }
                }
                // "20 November", "20th of Nov"
                size_t afterDay = ordinalEnd(text, a);
                size_t m0 = skipSpaces(text, afterDay);
                if (m0 > afterDay || afterDay > a) {
                    if (startsWithNoCaseAt(text, m0, "of "))
                        m0 = skipSpaces(text, m0 + 3);
                    size_t mEnd = 0;
                    if (const int m = monthNameAt(text, m0, mEnd); m != 0 && m0 > a) {
                        int64_t year = 0;
                        const size_t end = yearAfter(text, mEnd, year);
                        if (resolve(now, year, m, static_cast<int>(first), day)) {
                            push(i, end, day);
                            i = end - 1;
                            continue;
                        }
                    }
                }
                // "3 days ago", "2 weeks ago", 3天前, 2周前
                const size_t w = skipSpaces(text, a);
                bool relative = false;
                for (const auto& [unit, days] : { std::pair<std::string_view, int>{ "days ago", 1 }, { "day ago", 1 },
                         { "weeks ago", 7 }, { "week ago", 7 } })
                    if (!relative && w > a && startsWithNoCaseAt(text, w, unit) && latinBoundaryAfter(text, w + unit.size())) {
                        push(i, w + unit.size(), now.day - first * days);
                        i = w + unit.size() - 1;
                        relative = true;
                    }
                for (const auto& [unit, days] : { std::pair<std::string_view, int>{ "天前", 1 }, { "周前", 7 },
                         { "个星期前", 7 }, { "星期前", 7 } })
                    if (!relative && startsWithAt(text, a, unit)) {
                        push(i, a + unit.size(), now.day - first * days);
                        i = a + unit.size() - 1;
                        relative = true;
                    }
                if (relative)
                    continue;
            }
            i = a - 1;
            continue;
        }
        // "Nov 20", "November 20th, 2026"
        if (match::isAsciiAlnum(text[i])) {
            size_t mEnd = 0;
            if (const int m = monthNameAt(text, i, mEnd); m != 0) {
                const size_t dStart = skipSpaces(text, mEnd);
                const size_t dEnd = digitsEnd(text, dStart);
                if (dStart > mEnd || (mEnd > i && text[mEnd - 1] == '.')) {
                    if (dEnd > dStart && dEnd - dStart <= 2) {
                        const size_t afterOrdinal = ordinalEnd(text, dEnd);
                        if (latinBoundaryAfter(text, afterOrdinal)) {
                            int64_t year = 0;
                            const size_t end = yearAfter(text, afterOrdinal, year);
                            int64_t day = 0;
                            if (resolve(now, year, m, static_cast<int>(numberAt(text, dStart, dEnd)), day)) {
                                push(i, end, day);
                                i = end - 1;
                                continue;
                            }
                        }
                    }
                }
            }
            // "last Friday"
            if (startsWithNoCaseAt(text, i, "last ") && latinBoundaryBefore(text, i)) {
                const size_t w = skipSpaces(text, i + 5);
                bool matched = false;
                for (size_t k = 0; k < kWeekdays.size() && !matched; ++k)
                    for (size_t length : { kWeekdays[k].size(), size_t(3) })
                        if (!matched && startsWithNoCaseAt(text, w, kWeekdays[k].substr(0, length))
                            && latinBoundaryAfter(text, w + length)) {
                            const int64_t monday = now.day - now.mondayBased;
                            push(i, w + length, monday - 7 + static_cast<int64_t>(k));
                            i = w + length - 1;
                            matched = true;
                        }
                if (matched)
                    continue;
            }
        }
        // 上周五 / 上星期五 / 上礼拜五
        if (startsWithAt(text, i, "上")) {
            size_t w = std::string_view::npos;
            for (std::string_view word : { std::string_view("周"), std::string_view("星期"), std::string_view("礼拜") })
                if (startsWithAt(text, i + 3, word))
                    w = i + 3 + word.size();
            if (w != std::string_view::npos) {
                const int weekday = chineseWeekday(codePointAt(text, w));
                const int64_t monday = now.day - now.mondayBased;
                if (weekday >= 0) {
                    push(i, w + 3, monday - 7 + weekday);
                    i = w + 2;
                    continue;
                }
                push(i, w, now.day - 7); // 上周: a week ago
                i = w - 1;
                continue;
            }
        }
        // 三天前 / 两周前 / 一个星期前
        if (const int n = chineseDigit(codePointAt(text, i)); n > 0) {
            bool relative = false;
            for (const auto& [unit, days] : { std::pair<std::string_view, int>{ "天前", 1 }, { "周前", 7 },
                     { "个星期前", 7 }, { "星期前", 7 } })
                if (!relative && startsWithAt(text, i + 3, unit)) {
                    push(i, i + 3 + unit.size(), now.day - n * days);
                    i += 3 + unit.size() - 1;
                    relative = true;
                }
            if (relative)
                continue;
        }
        // Relative words.
        for (const Relative& relative : kRelative) {
            const bool hit = relative.latin
                ? startsWithNoCaseAt(text, i, relative.word) && latinBoundaryBefore(text, i)
                    && latinBoundaryAfter(text, i + relative.word.size())
                : startsWithAt(text, i, relative.word);
            if (hit) {
                push(i, i + relative.word.size(), now.day + relative.offset);
                i += relative.word.size() - 1;
                break;
            }
        }
    }
}

} // namespace omni::dialogue::scan
