// SPDX-License-Identifier: GPL-3.0-or-later
// The labelled utterances the intent model learns from (schema v6): the shipped defaults and the
// ones support leads add in the app. The intent is kept by its name (dialogue::intentName) so the
// store does not depend on the dialogue code.
#pragma once

#include "store/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::store {

struct IntentExampleRecord {
    int64_t id = 0;
    std::string intent; // "order_status", ...
    std::string lang;   // "en" or "zh"
    std::string text;
    std::string source = "default"; // "default" or "analyst"
    int64_t createdAt = 0;
};

class IntentExampleRepository {
public:
    explicit IntentExampleRepository(const Database& db) : db_(db) {}
    // Inserts; returns the id. The same (intent, lang, text) twice is refused with StoreError.
    int64_t add(const IntentExampleRecord& example);
    void update(const IntentExampleRecord& example); // by id
    void remove(int64_t id);
    std::vector<IntentExampleRecord> list() const; // by intent, lang, id
    int64_t count() const;

private:
    const Database& db_;
};

} // namespace omni::store
