// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a tokenizer's vocab.json: one JSON object mapping token strings to non-negative integer
// ids, as Hugging Face writes it (on one line or pretty-printed). The JSON reader of JSON Lines
// import (io/json_line.h) reads one line of a few members and checks duplicate keys by scanning;
// a vocabulary has 50,000 keys, so it gets this small reader of its own with a hash for duplicates
// and errors that give line and column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omni::text {

// Entries in the order written. Throws TokenizerError "NAME:LINE:COLUMN: problem" for bad JSON, a
// value that is not a non-negative integer, or a repeated key.
std::vector<std::pair<std::string, int64_t>> parseVocabJson(std::string_view text, const std::string& name);

} // namespace omni::text
