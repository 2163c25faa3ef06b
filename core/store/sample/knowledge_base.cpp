// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/knowledge_base.h"

#include "store/database.h"
#include "store/sample/resource_tsv.h"

#include <set>
#include <utility>

namespace omni::store::sample {

namespace {

[[noreturn]] void fail(const std::string& source, size_t line, const std::string& column, const std::string& problem)
{
    failResourceLine(source, line, column, problem);
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
    forEachResourceRow(text, sourceName, {"topic", "lang", "title", "body"},
                       [&](size_t lineNumber, const std::vector<std::string_view>& fields) {
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
    });
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
