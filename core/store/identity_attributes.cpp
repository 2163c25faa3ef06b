// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/identity_attributes.h"

#include "store/sha256.h"

namespace omni::store {

namespace {

// Changing the salt changes every stored hash: stores written before would no longer link to new
// imports. Keep it.
constexpr std::string_view kSalt = "omniconsole/identity/v1/";

std::string_view trim(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string saltedHash(std::string_view kind, const std::string& value)
{
    std::string input;
    input.reserve(kSalt.size() + kind.size() + 1 + value.size());
    input.append(kSalt).append(kind).append(":").append(value);
    return sha256Hex(input);
}

} // namespace

std::optional<std::string> normalisePhone(std::string_view raw)
{
    std::string digits;
    for (char c : raw)
        if (c >= '0' && c <= '9')
            digits += c;
    if (digits.rfind("00", 0) == 0 && trim(raw).rfind("00", 0) == 0)
        digits.erase(0, 2);
    if (digits.size() < 6)
        return std::nullopt;
    return digits;
}

std::optional<std::string> normaliseEmail(std::string_view raw)
{
    const std::string_view text = trim(raw);
    const size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == text.size() || text.find('@', at + 1) != std::string_view::npos)
        return std::nullopt;
    std::string email(text);
    for (char& c : email)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return email;
}

std::optional<std::string> hashPhone(std::string_view raw)
{
    const auto phone = normalisePhone(raw);
    if (!phone)
        return std::nullopt;
    return saltedHash("phone", *phone);
}

std::optional<std::string> hashEmail(std::string_view raw)
{
    const auto email = normaliseEmail(raw);
    if (!email)
        return std::nullopt;
    return saltedHash("email", *email);
}

std::string shortHash(const std::string& hash) { return hash.substr(0, 8); }

} // namespace omni::store
