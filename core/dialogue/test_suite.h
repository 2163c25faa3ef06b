// SPDX-License-Identifier: GPL-3.0-or-later
// Conversation test suites: a readable JSON file per suite (docs/dialogue-suites.md describes the
// format), conversations with per-turn expectations, Botium-style "#me / #bot" import, and making
// a test case from a conversation tried in the simulator.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/entities.h"
#include "dialogue/intent.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omni::dialogue {

// A suite file that cannot be read: "file:line: problem".
class SuiteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ExpectedEntity {
    EntityKind kind = EntityKind::OrderNumber;
    std::string value; // normalised value (Entity::value)
};

struct ExpectedFact {
    std::string field;                // FactUsed::field
    std::optional<std::string> value; // any value when unset
};

struct TurnExpectation {
    std::optional<Intent> intent;
    std::vector<ExpectedEntity> entities;
    std::vector<std::string> replyContains;    // each must occur (case-insensitive)
    std::vector<std::string> replyNotContains; // none may occur (case-insensitive)
    std::vector<std::string> replyMatches;     // ECMAScript regexes, each must match somewhere
    std::optional<bool> handoff;
    std::optional<bool> refused;
    std::vector<ExpectedFact> facts;           // each must be among the turn's facts
};

struct TestTurn {
    std::string customerText;
    TurnExpectation expect;
};

struct TestCase {
    std::string name;
    std::optional<std::string> customerKey; // a store customer; unset: a persona with no history
    std::string persona = "Guest";
    std::string channelCode = "web";
    std::vector<TestTurn> turns;
};

struct TestSuite {
    std::string name;
    std::string description;
    std::vector<TestCase> cases;
};

// Field-by-field equality (a suite written and read back equals the original).
bool operator==(const ExpectedEntity& a, const ExpectedEntity& b);
bool operator==(const ExpectedFact& a, const ExpectedFact& b);
bool operator==(const TurnExpectation& a, const TurnExpectation& b);
bool operator==(const TestTurn& a, const TestTurn& b);
bool operator==(const TestCase& a, const TestCase& b);
bool operator==(const TestSuite& a, const TestSuite& b);
inline bool operator!=(const TestSuite& a, const TestSuite& b) { return !(a == b); }

TestSuite parseSuiteJson(std::string_view json, const std::string& sourceName); // throws SuiteError
std::string suiteToJson(const TestSuite& suite);                                  // pretty, stable order
TestSuite readSuiteFile(const std::string& path);                                 // throws SuiteError
void writeSuiteFile(const TestSuite& suite, const std::string& path);            // atomic

// A Botium "convo" text: optional first line = name, then blocks "#me" / "#bot" each followed by
// lines of text. A #bot block becomes replyContains of the preceding turn. Throws SuiteError.
TestCase importBotiumConvo(std::string_view text, const std::string& sourceName);

// A case that expects what the conversation did: per turn the intent, the entities, the hand-off
// and refusal decisions and the facts used (the reply's wording is not pinned).
TestCase testCaseFromConversation(const Conversation& conversation, const std::string& name);

} // namespace omni::dialogue
