// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/knowledge_base.h"

#include "store/database.h"

#include <set>
#include <utility>

namespace omni::store::sample {

namespace {

constexpr const char* kColumns[] = { "topic", "lang", "title", "body" };
constexpr size_t kColumnCount = 4;

[[noreturn]] void fail(const std::string& source, size_t line, const std::string& column, const std::string& problem)
{
    throw StoreError(source + ":" + std::to_string(line) + ": "
        + (column.empty() ? std::string() : "column '" + column + "': ") + problem);
}

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    size_t start = 0;
    for (;;) {
        const size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

std::string unescape(std::string_view field, const std::string& source, size_t line, const char* column)
{
    std::string text;
    text.reserve(field.size());
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\') {
            text += field[i];
            continue;
        }
        if (i + 1 == field.size())
            fail(source, line, column, "a backslash ends the field; write \\\\ for a backslash");
        const char next = field[++i];
        if (next == 'n')
            text += '\n';
        else if (next == 't')
            text += '\t';
        else if (next == '\\')
            text += '\\';
        else
            fail(source, line, column, std::string("unknown escape \\") + next + " (use \\n, \\t or \\\\)");
    }
    return text;
}

bool isTopicName(std::string_view topic)
{
    for (char c : topic)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return !topic.empty();
}

} // namespace

std::vector<KbArticle> parseKbTsv(std::string_view text, const std::string& sourceName)
{
    std::vector<KbArticle> articles;
    std::set<std::pair<std::string, std::string>> seen;
    bool headerSeen = false;
    size_t lineNumber = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const std::vector<std::string_view> fields = splitTabs(line);
        if (!headerSeen) {
            headerSeen = true;
            bool header = fields.size() == kColumnCount;
            for (size_t i = 0; header && i < kColumnCount; ++i)
                header = fields[i] == kColumns[i];
            if (!header)
                fail(sourceName, lineNumber, "", "expected the header \"topic<TAB>lang<TAB>title<TAB>body\"");
            continue;
        }
        if (fields.size() != kColumnCount)
            fail(sourceName, lineNumber, fields.size() < kColumnCount ? kColumns[fields.size()] : "body",
                "expected 4 tab-separated columns, found " + std::to_string(fields.size()));
        KbArticle article;
        article.topic = std::string(fields[0]);
        if (!isTopicName(article.topic))
            fail(sourceName, lineNumber, "topic", "\"" + article.topic + "\" is not a topic name (a-z, 0-9, _)");
        article.lang = std::string(fields[1]);
        if (article.lang != "en" && article.lang != "zh")
            fail(sourceName, lineNumber, "lang", "\"" + article.lang + "\" is not a language (en or zh)");
        article.title = unescape(fields[2], sourceName, lineNumber, "title");
        article.body = unescape(fields[3], sourceName, lineNumber, "body");
        if (article.title.empty())
            fail(sourceName, lineNumber, "title", "the title is empty");
        if (article.body.empty())
            fail(sourceName, lineNumber, "body", "the body is empty");
        if (!seen.insert({ article.topic, article.lang }).second)
            fail(sourceName, lineNumber, "topic", "\"" + article.topic + "\" in " + article.lang + " appears twice");
        articles.push_back(std::move(article));
    }
    if (!headerSeen)
        fail(sourceName, lineNumber, "", "the file is empty");
    return articles;
}

int writeDefaultKnowledgeBase(KbRepository& repository)
{
    const std::vector<KbArticle> articles = parseKbTsv(defaultKbTsv(), "resources/kb/default_kb.tsv");
    for (const KbArticle& article : articles)
        repository.upsert(article);
    return static_cast<int>(articles.size());
}

} // namespace omni::store::sample
