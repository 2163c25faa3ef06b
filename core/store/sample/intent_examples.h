// SPDX-License-Identifier: GPL-3.0-or-later
// The default labelled examples of the customer-service intents: resources/dialogue/intent_examples.tsv,
// embedded in the core at build time like the starter knowledge base, parsed and written into a
// store's intent_examples table (schema v6).
//
// The file is tab-separated with the header "intent lang text"; lines starting with '#' are
// comments; intent is one of dialogue::intentName()'s names, lang "en" or "zh".
#pragma once

#include "store/database.h"
#include "store/intent_example_repository.h"

#include <string>
#include <string_view>
#include <vector>

namespace omni::store::sample {

// The text of resources/dialogue/intent_examples.tsv as it was when the core was built.
std::string_view defaultIntentExamplesTsv();

// Parses intent-example TSV (source "default"). Throws StoreError "source:line: column 'name':
// problem" on the first bad line (wrong column count, unknown intent or language, empty text,
// duplicate).
std::vector<IntentExampleRecord> parseIntentExamplesTsv(std::string_view text, const std::string& sourceName);

// Writes the embedded examples that the store does not have yet (a shop's own edits stay);
// returns how many were added.
int writeDefaultIntentExamples(const Database& db);

} // namespace omni::store::sample
