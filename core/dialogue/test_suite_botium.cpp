// SPDX-License-Identifier: GPL-3.0-or-later
// Botium's text "convo" format, the lingua franca of chatbot test files: an optional first line
// with the conversation's name (and description lines after it), then blocks opened by "#me"
// (what the customer writes) and "#bot" (what the bot must answer). A #bot block's text lines
// become reply_contains of the turn before it ("!text": reply_not_contains; "*" a wildcard, read
// as a regular expression); the asserters that map onto our expectations are read (INTENT,
// TEXT_CONTAINS_ALL/ANY, TEXT_REGEXP_ALL/ANY, TEXT_WILDCARD_ALL), other asserters and logic hooks
// (BUTTONS, PAUSE, ...) are skipped, and #begin / #end blocks (logic hooks around the
// conversation) are skipped whole.
#include "dialogue/test_suite.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace omni::dialogue {

namespace {

std::string trim(std::string_view text)
{
    size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    return std::string(text.substr(begin, end - begin));
}

std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = text.find('\n', start);
        std::string line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) // a UTF-8 byte order mark
        lines[0].erase(0, 3);
    return lines;
}

std::string regexEscape(std::string_view text)
{
    static const std::string special = R"(\^$.|?*+()[]{}/)";
    std::string out;
    for (const char c : text) {
        if (special.find(c) != std::string::npos)
            out += '\\';
        out += c;
    }
    return out;
}

// Botium's wildcard ("*" for any text) as a regular expression.
std::string wildcardRegex(std::string_view text)
{
    std::string out;
    size_t start = 0;
    while (true) {
        const size_t star = text.find('*', start);
        out += regexEscape(text.substr(start, star == std::string_view::npos ? std::string_view::npos : star - start));
        if (star == std::string_view::npos)
            return out;
        out += ".*";
        start = star + 1;
    }
}

std::vector<std::string> splitArgs(std::string_view text)
{
    std::vector<std::string> args;
    size_t start = 0;
    while (true) {
        const size_t bar = text.find('|', start);
        std::string arg = trim(text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (!arg.empty())
            args.push_back(std::move(arg));
        if (bar == std::string_view::npos)
            return args;
        start = bar + 1;
    }
}

// The name of an asserter or logic hook when the line starts with one ("INTENT order_status").
std::string hookName(const std::string& line)
{
    size_t end = 0;
    while (end < line.size() && (std::isupper(static_cast<unsigned char>(line[end])) || line[end] == '_'))
        ++end;
    if (end < 3 || (end < line.size() && line[end] != ' ' && line[end] != '\t'))
        return {};
    static const std::vector<std::string> known = {
        "INTENT", "INTENT_CONFIDENCE", "INTENT_UNIQUE", "ENTITIES", "ENTITY_VALUES", "ENTITY_CONTENT",
        "TEXT_CONTAINS_ANY", "TEXT_CONTAINS_ALL", "TEXT_CONTAINS_ANY_IC", "TEXT_CONTAINS_ALL_IC", "TEXT_REGEXP_ANY",
        "TEXT_REGEXP_ALL", "TEXT_WILDCARD_ANY", "TEXT_WILDCARD_ALL", "TEXT_WILDCARD_ANY_IC", "TEXT_WILDCARD_ALL_IC",
        "TEXT_EQUALS", "TEXT_EQUALS_IC", "TEXT", "BUTTONS", "BUTTON", "MEDIA", "CARDS", "FORMS", "PAUSE",
        "WAITFORBOT", "JSON_PATH", "RESPONSE_LENGTH", "UPDATE_CUSTOM", "SET_SCRIPTING_MEMORY",
        "CLEAR_SCRIPTING_MEMORY", "INCLUDE", "CONDITIONAL_STEP_TIME_BASED", "SKIP_BOT_UNCONSUMED", "CHECKLINK"};
    const std::string name = line.substr(0, end);
    return std::find(known.begin(), known.end(), name) != known.end() ? name : std::string();
}

} // namespace

TestCase importBotiumConvo(std::string_view text, const std::string& sourceName)
{
    enum class Block { Header, Me, Bot, Skipped };
    const std::vector<std::string> lines = splitLines(text);
    TestCase result;
    result.name = "";
    Block block = Block::Header;
    std::vector<std::string> meLines;
    size_t meLine = 0;

    auto fail = [&](size_t lineNumber, const std::string& problem) {
        throw SuiteError(sourceName + ":" + std::to_string(lineNumber) + ": " + problem);
    };
    auto flushMe = [&] {
        if (block != Block::Me)
            return;
        std::string said;
        for (const std::string& line : meLines)
            said += (said.empty() ? "" : "\n") + line;
        said = trim(said);
        if (said.empty())
            fail(meLine, "a #me block without text");
        TestTurn turn;
        turn.customerText = said;
        result.turns.push_back(std::move(turn));
        meLines.clear();
    };

    for (size_t i = 0; i < lines.size(); ++i) {
        const size_t lineNumber = i + 1;
        const std::string line = trim(lines[i]);
        if (!line.empty() && line[0] == '#') {
            std::string word = line.substr(1);
            const size_t space = word.find_first_of(" \t");
            if (space != std::string::npos)
                word = word.substr(0, space); // "#bot Mary": a sender name, not part of the text
            std::transform(word.begin(), word.end(), word.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (word == "me" || word == "bot" || word == "begin" || word == "end") {
                flushMe();
                if (word == "me") {
                    block = Block::Me;
                    meLine = lineNumber;
                } else if (word == "bot") {
                    if (result.turns.empty())
                        fail(lineNumber, "a #bot block before any #me block (there is no turn to expect it of)");
                    block = Block::Bot;
                } else {
                    block = Block::Skipped;
                }
                continue;
            }
            if (block == Block::Header)
                fail(lineNumber, "unknown block \"" + line + "\" (expected #me, #bot, #begin or #end)");
        }
        switch (block) {
        case Block::Header:
            if (line.empty())
                break;
            if (result.name.empty())
                result.name = line; // the first line names the conversation; the next ones describe it
            break;
        case Block::Me:
            meLines.push_back(lines[i]);
            break;
        case Block::Skipped:
            break;
        case Block::Bot: {
            if (line.empty())
                break;
            TurnExpectation& expect = result.turns.back().expect;
            const std::string hook = hookName(line);
            if (!hook.empty()) {
                const std::vector<std::string> args = splitArgs(trim(std::string_view(line).substr(hook.size())));
                if (hook == "INTENT") {
                    if (args.size() != 1)
                        fail(lineNumber, "INTENT takes one intent name");
                    expect.intent = parseIntent(args[0]);
                    if (!expect.intent)
                        fail(lineNumber, "unknown intent \"" + args[0] + "\"");
                } else if (hook == "TEXT_CONTAINS_ALL" || hook == "TEXT_CONTAINS_ALL_IC") {
                    expect.replyContains.insert(expect.replyContains.end(), args.begin(), args.end());
                } else if (hook == "TEXT_CONTAINS_ANY" || hook == "TEXT_CONTAINS_ANY_IC" ||
                           hook == "TEXT_WILDCARD_ANY" || hook == "TEXT_WILDCARD_ANY_IC" ||
                           hook == "TEXT_REGEXP_ANY") {
                    // Any one of them: one regular expression with alternatives.
                    std::string alternatives;
                    for (const std::string& arg : args)
                        alternatives += (alternatives.empty() ? "" : "|") +
                                        (hook == "TEXT_REGEXP_ANY" ? "(?:" + arg + ")"
                                         : hook.rfind("TEXT_WILDCARD", 0) == 0 ? wildcardRegex(arg)
                                                                               : regexEscape(arg));
                    if (!alternatives.empty())
                        expect.replyMatches.push_back(hook == "TEXT_REGEXP_ANY" ? alternatives
                                                                                 : "(?:" + alternatives + ")");
                } else if (hook == "TEXT_WILDCARD_ALL" || hook == "TEXT_WILDCARD_ALL_IC") {
                    for (const std::string& arg : args)
                        expect.replyMatches.push_back(wildcardRegex(arg));
                } else if (hook == "TEXT_REGEXP_ALL") {
                    expect.replyMatches.insert(expect.replyMatches.end(), args.begin(), args.end());
                }
                for (const std::string& pattern : expect.replyMatches) {
                    try {
                        std::regex check(pattern, std::regex::ECMAScript);
                    } catch (const std::regex_error& error) {
                        fail(lineNumber, "bad regular expression \"" + pattern + "\" (" + error.what() + ")");
                    }
                }
                break; // other asserters (buttons, media, pauses) have nothing to check here
            }
            if (line[0] == '!') {
                const std::string negated = trim(std::string_view(line).substr(1));
                if (!negated.empty())
                    expect.replyNotContains.push_back(negated);
            } else if (line.find('*') != std::string::npos) {
                expect.replyMatches.push_back(wildcardRegex(line));
            } else {
                expect.replyContains.push_back(line);
            }
            break;
        }
        }
    }
    flushMe();
    if (result.turns.empty())
        fail(lines.size(), "no #me block: a Botium convo needs at least one");
    if (result.name.empty()) {
        // Unnamed: the file's name without folders and extensions ("order_status.convo.txt" -> "order_status").
        std::string name = sourceName.substr(sourceName.find_last_of("/\\") + 1);
        result.name = name.substr(0, name.find('.'));
    }
    return result;
}

} // namespace omni::dialogue
