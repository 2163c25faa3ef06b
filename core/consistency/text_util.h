// SPDX-License-Identifier: GPL-3.0-or-later
// Byte-level helpers for UTF-8 titles: only ASCII is case-folded, so byte offsets stay valid.
#pragma once

#include <string>

namespace omni::consistency {

std::string asciiLower(const std::string& text);
bool isAsciiLetter(char c);
bool isAsciiDigit(char c);
bool containsCjk(const std::string& text); // any byte of a multi-byte UTF-8 sequence counts
// "light blue" -> "Light Blue", as English titles spell attribute values.
std::string titleCaseWords(const std::string& text);
std::string formatAmount(double amount); // 1.5 -> "1.5", 500 -> "500"
std::string formatPrice(double price);   // 2 decimals: "39.90"

} // namespace omni::consistency
