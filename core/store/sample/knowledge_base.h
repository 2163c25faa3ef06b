// SPDX-License-Identifier: GPL-3.0-or-later
// The starter knowledge base: resources/kb/default_kb.tsv, embedded in the core at build time
// (the core has no Qt resource system), parsed and written through KbRepository.
//
// The file is tab-separated with the header "topic lang title body"; lines starting with '#' are
// comments; in a body, \n is a line break, \t a tab and \\ a backslash.
#pragma once

#include "store/kb_repository.h"
#include "store/records.h"

#include <string>
#include <string_view>
#include <vector>

namespace omni::store::sample {

// The text of resources/kb/default_kb.tsv as it was when the core was built.
std::string_view defaultKbTsv();

// Parses knowledge-base TSV. Throws StoreError "source:line: column 'name': problem" on the
// first bad line (wrong column count, unknown language, empty field, bad escape, duplicate).
std::vector<KbArticle> parseKbTsv(std::string_view text, const std::string& sourceName);

// Writes the embedded articles; returns how many.
int writeDefaultKnowledgeBase(KbRepository& repository);

} // namespace omni::store::sample
