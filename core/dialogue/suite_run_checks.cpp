// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/suite_run_checks.h"

#include <cstdio>
#include <regex>

namespace omni::dialogue {

namespace {

// ASCII case folding is enough: Chinese has no case, and the shop's Latin text is ASCII.
std::string folded(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool containsFolded(const std::string& haystackFolded, std::string_view needle)
{
    return haystackFolded.find(folded(needle)) != std::string::npos;
}

// The reply as quoted in a failure line: whole when short, else its start.
std::string quoted(const std::string& text)
{
    constexpr size_t kMax = 160;
    if (text.size() <= kMax)
        return "\"" + text + "\"";
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return "\"" + text.substr(0, cut) + "...\"";
}

std::string probability(double p)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", p);
    return buffer;
}

std::string entityList(const std::vector<Entity>& entities)
{
    if (entities.empty())
        return "none";
    std::string out;
    for (const Entity& entity : entities)
        out += (out.empty() ? "" : ", ") + std::string(entityKindName(entity.kind)) + "=" + entity.value;
    return out;
}

std::string valuesOf(const BotTurn& turn, const std::string& field)
{
    std::string out;
    for (const FactUsed& fact : turn.facts)
        if (fact.field == field)
            out += (out.empty() ? "" : ", ") + fact.value;
    return out.empty() ? "none" : out;
}

const char* yesNo(bool value) { return value ? "yes" : "no"; }

} // namespace

std::vector<std::string> unmetExpectations(const TurnExpectation& expect, const BotTurn& turn)
{
    std::vector<std::string> failures;
    if (expect.intent && turn.intent.top() != *expect.intent) {
        std::string line = std::string("intent: expected ") + intentName(*expect.intent) + ", got " +
                           intentName(turn.intent.top()) + " (" + probability(turn.intent.confidence()) + ")";
        line += "; " + std::string(intentName(*expect.intent)) + " had " +
                probability(turn.intent.probabilityOf(*expect.intent));
        failures.push_back(line);
    }
    for (const ExpectedEntity& entity : expect.entities) {
        bool found = false;
        for (const Entity& got : turn.entities)
            found = found || (got.kind == entity.kind && got.value == entity.value);
        if (!found)
            failures.push_back(std::string("entity: expected ") + entityKindName(entity.kind) + "=" + entity.value +
                               ", got " + entityList(turn.entities));
    }
    const std::string reply = folded(turn.reply);
    for (const std::string& text : expect.replyContains)
        if (!containsFolded(reply, text))
            failures.push_back("reply: expected to contain \"" + text + "\", got " + quoted(turn.reply));
    for (const std::string& text : expect.replyNotContains)
        if (containsFolded(reply, text))
            failures.push_back("reply: expected not to contain \"" + text + "\", got " + quoted(turn.reply));
    for (const std::string& pattern : expect.replyMatches) {
        bool matched = false;
        try {
            matched = std::regex_search(turn.reply, std::regex(pattern, std::regex::ECMAScript));
        } catch (const std::regex_error&) {
            matched = false; // parseSuiteJson refuses bad patterns; a suite built in code may not have
        }
        if (!matched)
            failures.push_back("reply: expected to match /" + pattern + "/, got " + quoted(turn.reply));
    }
    if (expect.handoff && *expect.handoff != turn.handoff)
        failures.push_back(std::string("handoff: expected ") + yesNo(*expect.handoff) + ", got " + yesNo(turn.handoff) +
                           (turn.handoff ? std::string(" (") + handoffReasonName(turn.handoffReason) + ")" : ""));
    if (expect.refused && *expect.refused != turn.refused)
        failures.push_back(std::string("refused: expected ") + yesNo(*expect.refused) + ", got " + yesNo(turn.refused) +
                           (turn.refused ? " (" + turn.refusalReason + ")" : ""));
    for (const ExpectedFact& fact : expect.facts) {
        bool found = false;
        for (const FactUsed& got : turn.facts)
            found = found || (got.field == fact.field && (!fact.value || got.value == *fact.value));
        if (!found)
            failures.push_back("fact " + fact.field + ": expected " + (fact.value ? *fact.value : std::string("any value")) +
                               ", got " + valuesOf(turn, fact.field));
    }
    return failures;
}

} // namespace omni::dialogue
