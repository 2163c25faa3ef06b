// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/number_guard.h"

#include <algorithm>

namespace omni::text {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The numbers in text: digit runs with at most one decimal part ("5.5", "80", "1350").
std::vector<std::string> numbersIn(std::string_view text)
{
    std::vector<std::string> numbers;
    size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && isDigit(text[end]))
            ++end;
        if (end + 1 < text.size() && text[end] == '.' && isDigit(text[end + 1])) {
            end += 1;
            while (end < text.size() && isDigit(text[end]))
                ++end;
        }
        numbers.emplace_back(text.substr(i, end - i));
        i = end;
    }
    return numbers;
}

// Where the number ending at the end of text starts (text.size() when the text does not end in
// one). A trailing '.' after digits belongs to it: it may yet become a decimal point.
size_t openNumberStart(std::string_view text)
{
    size_t start = text.size();
    while (start > 0 && (isDigit(text[start - 1]) || text[start - 1] == '.'))
        --start;
    while (start < text.size() && !isDigit(text[start]))
        ++start;
    return start;
}

} // namespace

NumberGuard::NumberGuard(const Tokenizer& tokenizer, const std::vector<std::string>& allowedSources)
    : tokenizer_(tokenizer)
{
    for (const std::string& source : allowedSources)
        for (std::string& number : numbersIn(source))
            allowed_.push_back(std::move(number));
    std::sort(allowed_.begin(), allowed_.end());
    allowed_.erase(std::unique(allowed_.begin(), allowed_.end()), allowed_.end());
    for (TokenId id = 0; id < tokenizer.vocabSize(); ++id) {
        if (tokenizer.isSpecial(id))
            continue;
        const std::string bytes = tokenizer.tokenBytes(id);
        if (std::any_of(bytes.begin(), bytes.end(), isDigit))
            digitTokens_.push_back(id);
        else
            ordinaryTokens_.push_back(id);
    }
}

bool NumberGuard::isAllowedNumber(std::string_view number) const
{
    return std::binary_search(allowed_.begin(), allowed_.end(), std::string(number));
}

bool NumberGuard::isAllowedPrefix(std::string_view number) const
{
    const auto first = std::lower_bound(allowed_.begin(), allowed_.end(), std::string(number));
    return first != allowed_.end() && std::string_view(*first).substr(0, number.size()) == number;
}

bool NumberGuard::allows(std::string_view textSoFar, std::string_view bytes) const
{
    // Only the numbers that the new bytes touch are judged: the one open at the end of the text
    // (which the bytes extend or close) and those inside or at the end of the bytes.
    const size_t open = openNumberStart(textSoFar);
    std::string joined(textSoFar.substr(open));
    joined.append(bytes);
    size_t i = 0;
    while (i < joined.size()) {
        if (!isDigit(joined[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < joined.size() && isDigit(joined[end]))
            ++end;
        if (end + 1 < joined.size() && joined[end] == '.' && isDigit(joined[end + 1])) {
            end += 1;
            while (end < joined.size() && isDigit(joined[end]))
                ++end;
        }
        const std::string_view number(joined.data() + i, end - i);
        const bool atEnd = end == joined.size() || (end + 1 == joined.size() && joined[end] == '.');
        if (atEnd) {
            // Still open: it must be able to become a record number ("5" on the way to "5.5").
            std::string candidate(number);
            if (end + 1 == joined.size())
                candidate += '.';
            if (!isAllowedPrefix(candidate) && !(end + 1 == joined.size() && isAllowedNumber(number)))
                return false;
        } else if (!isAllowedNumber(number)) {
            return false;
        }
        i = end;
    }
    return true;
}

bool NumberGuard::numberIncomplete(std::string_view textSoFar) const
{
    const size_t open = openNumberStart(textSoFar);
    if (open == textSoFar.size())
        return false;
    std::string_view number = textSoFar.substr(open);
    if (!number.empty() && number.back() == '.')
        number.remove_suffix(1);
    return !isAllowedNumber(number);
}

void NumberGuard::addBanned(std::string_view textSoFar, std::vector<TokenId>& banned) const
{
    for (TokenId id : digitTokens_)
        if (!allows(textSoFar, tokenizer_.tokenBytes(id)))
            banned.push_back(id);
    if (openNumberStart(textSoFar) == textSoFar.size())
        return;
    // A token without digits closes the open number unless it starts with the decimal point, so
    // all of them are fine when the number is complete, none when it is not.
    const bool complete = !numberIncomplete(textSoFar);
    for (TokenId id : ordinaryTokens_) {
        const std::string bytes = tokenizer_.tokenBytes(id);
        if (!bytes.empty() && bytes.front() == '.') {
            if (!allows(textSoFar, bytes))
                banned.push_back(id);
        } else if (!complete) {
            banned.push_back(id);
        }
    }
}

} // namespace omni::text
