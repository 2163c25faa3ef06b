// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps sampled copy from inventing numbers. A small shop model copies a fact's digits one token
// at a time and slips ("5 L" for 5.5 L, "135 W" for 1350 W); the fact checker then rejects the
// candidate. The guard bans, at each step, the tokens that would start, extend or end a number
// so that it is not one the product's record states (its titles, descriptions, attribute values
// and price): every number the model writes is then a real one, and only the choice of WHICH
// real number remains for the checker to judge. Works on raw token bytes, for any tokenizer.
#pragma once

#include "text/tokenizer.h"

#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

class NumberGuard {
public:
    // allowedSources: texts whose numbers may appear (digits with an optional decimal part).
    NumberGuard(const Tokenizer& tokenizer, const std::vector<std::string>& allowedSources);

    // Adds to banned the ids that, appended to the copy's bytes so far, would make a number the
    // record does not state, or cut one short. Tokens without digits are only checked while a
    // number is open at the end of the text.
    void addBanned(std::string_view textSoFar, std::vector<TokenId>& banned) const;

    // Whether text + bytes keeps every number touched by bytes a record number (or, at the very
    // end, the start of one).
    bool allows(std::string_view textSoFar, std::string_view bytes) const;

    // Whether the text ends in a number that is only the start of a record number ("13" of
    // "1350"): the copy must not end there.
    bool numberIncomplete(std::string_view textSoFar) const;

    const std::vector<std::string>& allowedNumbers() const { return allowed_; }

private:
    bool isAllowedNumber(std::string_view number) const;
    bool isAllowedPrefix(std::string_view number) const;

    const Tokenizer& tokenizer_;
    std::vector<std::string> allowed_;      // sorted, unique: "1350", "5.5", "50"
    std::vector<TokenId> digitTokens_;      // tokens whose bytes hold a digit
    std::vector<TokenId> ordinaryTokens_;   // every other non-special token
};

} // namespace omni::text
