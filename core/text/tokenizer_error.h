// SPDX-License-Identifier: GPL-3.0-or-later
// What the tokenizers throw when a tokenizer cannot be built or read: a bad training request, a
// truncated or garbled serialized tokenizer, a broken vocab.json or merges.txt. The message says
// which file (or blob), where, and what is wrong.
#pragma once

#include <stdexcept>
#include <string>

namespace omni::text {

class TokenizerError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace omni::text
