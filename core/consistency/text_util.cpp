// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/text_util.h"

#include <cstdio>

namespace omni::consistency {

std::string asciiLower(const std::string& text)
{
    std::string lower = text;
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool containsCjk(const std::string& text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

std::string titleCaseWords(const std::string& text)
{
    std::string result = text;
    bool wordStart = true;
    for (char& c : result) {
        if (wordStart && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        wordStart = c == ' ' || c == '-';
    }
    return result;
}

std::string formatAmount(double amount)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", amount);
    return buffer;
}

std::string formatPrice(double price)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", price);
    return buffer;
}

} // namespace omni::consistency
