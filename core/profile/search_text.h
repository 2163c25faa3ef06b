// SPDX-License-Identifier: GPL-3.0-or-later
// How customer search sees text: one normal form for what is indexed and what is typed, and the
// places inside a text where a typed query may start matching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace omni::profile {

// Lower-case ASCII; full-width ASCII (what a Chinese keyboard types: "ＡＢＣ１２３") folded to
// ASCII and the ideographic space to a space; runs of spaces as one; trimmed. Other characters
// (Chinese among them) stay as they are: there is no case to fold.
std::string normaliseForSearch(std::string_view text);

enum class WordStarts {
    Text,       // names, e-mails: after separators, at letter/digit changes, at every non-ASCII character
    Identifier, // keys and account ids: after separators and at the first letter-to-digit change only
};

// Byte offsets in a normalised text where a query may match: 0 and the word starts. A Chinese
// name is written without spaces, so every character starts a "word" and "伟" finds "李伟".
// Random account ids would otherwise start a word at nearly every character; Identifier keeps
// them to their meaningful parts ("card-0012345" -> card-0012345, 0012345; "u1234567" -> 1234567).
std::vector<uint32_t> wordStarts(std::string_view normalised, WordStarts kind);

// The digits of text, or "" when text has anything but digits, spaces, '+', '-', '(', ')'
// or fewer than minDigits digits: a typed phone number in any of its usual forms.
std::string phoneDigits(std::string_view text, size_t minDigits);

} // namespace omni::profile
